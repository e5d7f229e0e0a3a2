// log15 demo: go run with arg logfmt | terminal | json.
package main

import (
	"os"

	"github.com/inconshreveable/log15"

	"logdemo/common"
)

func main() {
	switch os.Args[1] {
	case "logfmt":
		// default: the root logger's StdoutHandler (LogfmtFormat when stdout is not a terminal)
	case "terminal":
		log15.Root().SetHandler(log15.StreamHandler(os.Stdout, log15.TerminalFormat()))
	case "json":
		log15.Root().SetHandler(log15.StreamHandler(os.Stdout, log15.JsonFormat()))
	}
	root := log15.Root()
	app := log15.New("module", "checkout")
	for i, r := range common.Script() {
		l := root
		if i%3 == 1 {
			l = app
		}
		switch r.Level {
		case "trace", "debug":
			l.Debug(r.Msg, r.KV...)
		case "info":
			l.Info(r.Msg, r.KV...)
		case "warn":
			l.Warn(r.Msg, r.KV...)
		case "error":
			l.Error(r.Msg, r.KV...)
		}
	}
	app.Info("odd number of context values", "lonely")
	app.Crit("disk full, cannot write journal", "mount", "/var/lib/shop", "free_bytes", 0)
}
