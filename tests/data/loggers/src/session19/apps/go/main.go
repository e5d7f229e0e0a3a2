package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

func run(l *log.Logger) {
	l.Println("starting checkout service version 1.4.2 on :8080")
	l.Printf("connected to postgres host=db-1 port=5432 pool=%d", 20)
	l.Println("loaded 1284 products from cache in 312ms")
	l.Printf("user Zoë Łukasz-Søren logged in from München (session %s)", "a3f9c2")
	l.Printf("order %d accepted: total=%.2f EUR items=%d", 100234, 59.90, 3)
	l.Printf(`request "GET /api/orders/100234" took 45ms status=200`)
	l.Println("WARNING: cache hit ratio 0.42 below threshold 0.80")
	l.Printf("error: payment gateway returned 502 for order %d, retrying (attempt %d/3)", 100235, 2)
	err := fmt.Errorf("charge order 100236: %w", errors.New("dial tcp 10.0.0.7:443: connect: connection refused"))
	l.Println("payment failed:", err)
	l.Printf("config reloaded:\n  max_conns=100\n  timeout=30s")
	l.Println("日本語のメッセージ: 注文を受け付けました")
	l.Println("slow query detected\tduration=1.204s\ttable=orders")
	l.Printf("path C:\\temp\\exports\\orders.csv written (%d bytes)", 48213)
	time.Sleep(3 * time.Millisecond)
	l.Println("shutting down: received signal terminated")
}

func main() {
	switch os.Args[1] {
	case "default":
		run(log.Default())
		log.Panicln("invariant violated: negative stock for sku", "SKU-2231")
	case "micro":
		l := log.New(os.Stderr, "", log.LstdFlags|log.Lmicroseconds|log.Lshortfile)
		run(l)
		l.Fatalf("cannot bind :8080: address already in use")
	case "prefix":
		l := log.New(os.Stderr, "checkout: ", log.LstdFlags)
		run(l)
		l.Fatalln("fatal: database unreachable after 5 attempts")
	}
}
