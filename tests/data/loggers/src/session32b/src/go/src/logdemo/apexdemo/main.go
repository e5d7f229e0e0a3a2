// apex/log demo: arg default (the package's default handler, via the standard library's log) | json.
package main

import (
	"fmt"
	"os"

	"github.com/apex/log"
	"github.com/apex/log/handlers/json"

	"logdemo/common"
)

func fields(kv []interface{}) log.Fields {
	f := log.Fields{}
	for i := 0; i+1 < len(kv); i += 2 {
		f[kv[i].(string)] = kv[i+1]
	}
	return f
}

func main() {
	if os.Args[1] == "json" {
		log.SetHandler(json.New(os.Stdout))
	}
	log.SetLevel(log.DebugLevel)
	svc := log.WithField("service", "checkout")
	for i, r := range common.Script() {
		var e *log.Entry
		if i%3 == 1 {
			e = svc.WithFields(fields(r.KV))
		} else {
			e = log.WithFields(fields(r.KV))
		}
		switch r.Level {
		case "trace", "debug":
			e.Debug(r.Msg)
		case "info":
			e.Info(r.Msg)
		case "warn":
			e.Warn(r.Msg)
		case "error":
			e.Error(r.Msg)
		}
	}
	log.WithError(fmt.Errorf("open /var/lib/shop/état.db: %w", os.ErrPermission)).Error("cannot open database")
	log.Infof("processed %d orders in %s", 17, "1.2s")
	// Fatal calls os.Exit(1) after logging
	log.WithField("mount", "/var/lib/shop").Fatal("disk full, cannot write journal")
}
