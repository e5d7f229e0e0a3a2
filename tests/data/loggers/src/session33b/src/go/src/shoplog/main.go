// Go loggers from Debian's golang-*-dev packages (GOPATH build, Go 1.19.8):
//   shoplog loggo      juju/loggo default writer (loggo.DefaultFormatter) on stderr, level TRACE
//   shoplog logutils   hashicorp/logutils LevelFilter under the standard log package (log.LstdFlags)
//   shoplog oplogging  op/go-logging with the format of its examples/example.go, on stderr
package main

import (
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/hashicorp/logutils"
	"github.com/juju/loggo"
	logging "github.com/op/go-logging"
)

type order struct {
	id    int
	who   string
	total float64
}

var orders = []order{{1001, "Café Zoë in 東京", 12.5}, {1002, `O'Brien "Bob"`, 3}, {1003, "tab\there", 0}, {1004, "Łódź ½ ☃", 7}, {1005, `back\slash`, 0}}

func runLoggo() {
	loggo.GetLogger("").SetLogLevel(loggo.TRACE)
	mainL := loggo.GetLogger("shop")
	http := loggo.GetLogger("shop.http")
	db := loggo.GetLogger("shop.db")
	mainL.Infof("shop-api starting, pid %d", os.Getpid())
	mainL.Debugf("config loaded from %s", "/etc/shop/config.yml")
	mainL.Tracef("workers=%d", 4)
	http.Infof("listening on 127.0.0.1:8080")
	for _, o := range orders {
		http.Infof("GET /orders/%d 200 customer=%s", o.id, o.who)
		db.Debugf("SELECT * FROM orders WHERE id = %d", o.id)
		if o.total == 0 {
			mainL.Warningf(`order %d has total 0, path C:\shop\orders`, o.id)
		}
	}
	err := errors.New("payment gateway refused: card declined")
	http.Errorf("POST /checkout failed: %v", err)
	http.Errorf("multi-line report:\nline two\n\tline three")
	db.Warningf("slow query 1.52 s: note = 'naïve'")
	mainL.Infof("Übersicht: Grüße aus Köln")
	db.Criticalf("database connection lost, shutting down")
	mainL.Infof("shop-api stopped")
}

func runLogutils() {
	filter := &logutils.LevelFilter{
		Levels:   []logutils.LogLevel{"TRACE", "DEBUG", "INFO", "WARN", "ERROR"},
		MinLevel: logutils.LogLevel("TRACE"),
		Writer:   os.Stderr,
	}
	log.SetOutput(filter)
	log.Printf("[INFO] shop-api starting, pid %d", os.Getpid())
	log.Printf("[DEBUG] config loaded from %s", "/etc/shop/config.yml")
	log.Printf("[TRACE] workers=%d", 4)
	log.Print("[INFO] http: listening on 127.0.0.1:8080")
	for _, o := range orders {
		log.Printf("[INFO] http: GET /orders/%d 200 customer=%s", o.id, o.who)
		log.Printf("[DEBUG] db: SELECT * FROM orders WHERE id = %d", o.id)
		if o.total == 0 {
			log.Printf(`[WARN] order %d has total 0, path C:\shop\orders`, o.id)
		}
	}
	log.Print("a line without a level prefix (passes the filter unchanged)")
	log.Printf("[ERROR] http: POST /checkout failed: %v", errors.New("payment gateway refused: card declined"))
	log.Print("[ERROR] multi-line report:\nline two\n\tline three")
	log.Print("[WARN] db: slow query 1.52 s: note = 'naïve'")
	log.Print("[INFO] Übersicht: Grüße aus Köln")
	log.Print("[ERROR] database connection lost, shutting down")
	log.Print("[INFO] shop-api stopped")
}

var olog = logging.MustGetLogger("shop")

func startServer() {
	olog.Infof("shop-api starting, pid %d", os.Getpid())
	olog.Debugf("config loaded from %s", "/etc/shop/config.yml")
	olog.Notice("listening on 127.0.0.1:8080")
}

func handle(o order) {
	olog.Infof("GET /orders/%d 200 customer=%s", o.id, o.who)
	olog.Debugf("SELECT * FROM orders WHERE id = %d", o.id)
	if o.total == 0 {
		olog.Warningf(`order %d has total 0, path C:\shop\orders`, o.id)
	}
}

func runOpLogging() {
	format := logging.MustStringFormatter(
		`%{color}%{time:15:04:05.000} %{shortfunc} ▶ %{level:.4s} %{id:03x}%{color:reset} %{message}`,
	)
	backend := logging.NewLogBackend(os.Stderr, "", 0)
	logging.SetBackend(logging.NewBackendFormatter(backend, format))
	startServer()
	for _, o := range orders {
		handle(o)
	}
	olog.Errorf("POST /checkout failed: %v", errors.New("payment gateway refused: card declined"))
	olog.Error("multi-line report:\nline two\n\tline three")
	olog.Warning("slow query 1.52 s: note = 'naïve'")
	olog.Info("Übersicht: Grüße aus Köln")
	olog.Critical("database connection lost, shutting down")
	olog.Notice("shop-api stopped")
}

func main() {
	switch os.Args[1] {
	case "loggo":
		runLoggo()
	case "logutils":
		runLogutils()
	case "oplogging":
		runOpLogging()
	default:
		fmt.Fprintln(os.Stderr, "usage: shoplog loggo|logutils|oplogging")
		os.Exit(2)
	}
}
