// Package common holds the messages every demo program logs.
package common

import (
	"errors"
	"fmt"
	"strings"
)

// Rec is one log call: level name, message, key/value fields.
type Rec struct {
	Level string
	Msg   string
	KV    []interface{}
}

// ErrTimeout is a realistic error value.
var ErrTimeout = errors.New("pq: canceling statement due to statement timeout")

// Long returns a message over 2 KB.
func Long() string {
	var b strings.Builder
	b.WriteString("cache warmup finished, keys: ")
	for i := 0; i < 180; i++ {
		fmt.Fprintf(&b, "product:%05d ", i)
	}
	return strings.TrimSpace(b.String())
}

// Script returns the records to log; levels: trace debug info warn error (fatal/crit handled by callers).
func Script() []Rec {
	r := []Rec{
		{"info", "server starting", []interface{}{"port", 8080, "env", "production", "version", "1.4.2"}},
		{"debug", "loaded configuration", []interface{}{"file", "/etc/shop/config.yaml", "entries", 42}},
		{"trace", "entering handler", []interface{}{"handler", "ListOrders"}},
		{"info", "user login", []interface{}{"user", "jürgen", "ip", "203.0.113.7", "method", "password"}},
		{"warn", "user login failed", []interface{}{"user", "zoë@example.com", "ip", "198.51.100.23", "reason", "bad password"}},
		{"info", "Bestellung für Café Zoë in 東京 bestätigt (Größe: ü)", []interface{}{"order_id", 1042, "city", "東京"}},
		{"info", `customer wrote "deliver to the back door" and 'thanks'`, []interface{}{"note", `say "hi"`}},
		{"debug", "columns:\tid\tname\tprice", []interface{}{"sep", "\t"}},
		{"info", `exported report to C:\Users\zoë\reports\q4.csv`, []interface{}{"path", `C:\tmp\q4.csv`}},
		{"warn", "config reload produced warnings\nsecond line: key 'timeout' is deprecated\nthird line: use 'deadline'", []interface{}{"file", "config.yaml"}},
		{"error", "DB timeout", []interface{}{"db", "orders", "query", "SELECT * FROM orders WHERE id = $1", "err", ErrTimeout, "after_ms", 5000}},
		{"info", Long(), []interface{}{"keys", 180}},
		{"error", "payment provider returned an error", []interface{}{"provider", "stripe", "status", 502, "err", fmt.Errorf("charge failed: %w", errors.New("upstream connect error or disconnect/reset before headers"))}},
		{"info", "", []interface{}{"empty_message", true}},
		{"info", "   message with leading and trailing spaces   ", nil},
		{"debug", "key=value inside the message and a = sign", []interface{}{"k", "a=b"}},
	}
	paths := []string{"/api/orders", "/api/orders/42", "/api/users/me", "/healthz", "/api/cart", "/static/app.js", "/api/search?q=caf%C3%A9", "/api/orders/99"}
	statuses := []int{200, 201, 200, 200, 404, 304, 200, 500}
	methods := []string{"GET", "POST", "GET", "GET", "DELETE", "GET", "GET", "PUT"}
	for i := 0; i < 24; i++ {
		j := i % len(paths)
		lv := "info"
		if statuses[j] >= 500 {
			lv = "error"
		} else if statuses[j] >= 400 {
			lv = "warn"
		}
		r = append(r, Rec{lv, "HTTP request done", []interface{}{"method", methods[j], "path", paths[j], "status", statuses[j], "duration_ms", 3.25 + float64(i)*1.5, "bytes", 512 + i*37, "request_id", fmt.Sprintf("req-%04d", i+1)}})
	}
	r = append(r,
		Rec{"warn", "slow query", []interface{}{"db", "orders", "duration_ms", 1532.4}},
		Rec{"error", "could not connect to redis", []interface{}{"addr", "10.0.0.5:6379", "err", errors.New("dial tcp 10.0.0.5:6379: connect: connection refused")}},
		Rec{"info", "shutting down", []interface{}{"signal", "SIGTERM"}},
	)
	return r
}
