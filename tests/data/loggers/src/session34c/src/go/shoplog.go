// shoplog: one made-up shop's activity through several Go loggers (Debian golang-*-dev, GOPATH mode).
// Usage: shoplog gommon|stdr|pion|dlog
package main

import (
	"errors"
	"fmt"
	stdlog "log"
	"os"

	"github.com/go-logr/stdr"
	"github.com/jedisct1/dlog"
	glog "github.com/labstack/gommon/log"
	"github.com/pion/logging"
)

type order struct {
	id       int
	status   int
	customer string
}

var orders = []order{
	{1001, 200, "Café Zoë in 東京"},
	{1002, 200, `O'Brien "Bob"`},
	{1003, 200, "tab\there"},
	{1004, 404, "Łódź ½ ☃"},
	{1005, 200, `back\slash`},
}

const multi = "multi-line report:\nline two\n\tline three"

func gommon() {
	l := glog.New("shop-api")
	l.SetLevel(glog.DEBUG)
	l.Print("shop-api starting on 127.0.0.1:8080")
	l.Infof("config loaded: workers=%d db=%s", 4, "postgres://shop@localhost/shop")
	l.Debug("cache warm: 128 entries")
	for _, o := range orders {
		if o.status == 404 {
			l.Warnf("GET /orders/%d %d customer=%s", o.id, o.status, o.customer)
		} else {
			l.Infof("GET /orders/%d %d customer=%s", o.id, o.status, o.customer)
		}
	}
	l.Infoj(glog.JSON{"event": "order_paid", "order": 1001, "amount": 12.5})
	l.Warn(`disk almost full on C:\shop\orders (91% used)`)
	l.Errorf("POST /checkout failed: %v", errors.New("payment gateway timeout after 30s"))
	l.Info(multi)
	l.Print("shop-api stopped")
	l.Fatal("database connection lost")
}

func stdrun() {
	stdr.SetVerbosity(2)
	std := stdlog.New(os.Stderr, "", stdlog.LstdFlags)
	root := stdr.New(std)
	log := root.WithName("shop")
	http := log.WithName("http")
	log.Info("shop-api starting", "addr", "127.0.0.1:8080", "pid", os.Getpid())
	log.Info("config loaded", "workers", 4, "db", "postgres://shop@localhost/shop")
	log.V(1).Info("cache warm", "entries", 128)
	log.V(2).Info("cache entry", "key", "order:1001")
	for _, o := range orders {
		http.Info(fmt.Sprintf("GET /orders/%d", o.id), "status", o.status, "customer", o.customer)
	}
	log.Info(`disk almost full on C:\shop\orders`, "used", "91%")
	log.Error(errors.New("payment gateway timeout after 30s"), "POST /checkout failed", "order", 1002)
	log.Info(multi)
	log.Error(nil, "database connection lost", "retries", 3)
	root.Info("shop-api stopped")
}

func pion() {
	f := logging.NewDefaultLoggerFactory()
	f.DefaultLogLevel = logging.LogLevelTrace
	l := f.NewLogger("shop")
	h := f.NewLogger("http")
	l.Infof("shop-api starting on 127.0.0.1:8080 (pid %d)", os.Getpid())
	l.Infof("config loaded: workers=%d db=%s", 4, "postgres://shop@localhost/shop")
	l.Debug("cache warm: 128 entries")
	l.Trace("cache entry order:1001")
	for _, o := range orders {
		if o.status == 404 {
			h.Warnf("GET /orders/%d %d customer=%s", o.id, o.status, o.customer)
		} else {
			h.Infof("GET /orders/%d %d customer=%s", o.id, o.status, o.customer)
		}
	}
	l.Warn(`disk almost full on C:\shop\orders (91% used)`)
	l.Errorf("POST /checkout failed: %v", errors.New("payment gateway timeout after 30s"))
	l.Info(multi)
	l.Error("database connection lost")
	l.Info("shop-api stopped")
}

func dlogrun() {
	dlog.Init("shop-api", dlog.SeverityDebug, "DAEMON")
	dlog.Noticef("shop-api starting on 127.0.0.1:8080 (pid %d)", os.Getpid())
	dlog.Infof("config loaded: workers=%d db=%s", 4, "postgres://shop@localhost/shop")
	dlog.Debug("cache warm: 128 entries")
	for _, o := range orders {
		if o.status == 404 {
			dlog.Warnf("GET /orders/%d %d customer=%s", o.id, o.status, o.customer)
		} else {
			dlog.Infof("GET /orders/%d %d customer=%s", o.id, o.status, o.customer)
		}
	}
	for i := 0; i < 6; i++ { // dlog drops a message repeated more than 3 times within 5 s
		dlog.Warn(`disk almost full on C:\shop\orders (91% used)`)
	}
	dlog.Errorf("POST /checkout failed: %v", errors.New("payment gateway timeout after 30s"))
	dlog.Info(multi)
	dlog.Critical("database connection lost")
	dlog.Notice("shop-api stopped")
	dlog.Fatal("cannot reopen the listener: address already in use")
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: shoplog gommon|stdr|pion|dlog")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "gommon":
		gommon()
	case "stdr":
		stdrun()
	case "pion":
		pion()
	case "dlog":
		dlogrun()
	}
}
