// go-kit log demo: arg logfmt | json. Uses log.With(ts=DefaultTimestampUTC, caller=DefaultCaller) as in go-kit's docs.
package main

import (
	"os"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"

	"logdemo/common"
)

func main() {
	var logger log.Logger
	if os.Args[1] == "json" {
		logger = log.NewJSONLogger(log.NewSyncWriter(os.Stdout))
	} else {
		logger = log.NewLogfmtLogger(log.NewSyncWriter(os.Stdout))
	}
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)
	svc := log.With(logger, "component", "checkout")
	for i, r := range common.Script() {
		l := logger
		if i%3 == 1 {
			l = svc
		}
		kv := append([]interface{}{"msg", r.Msg}, r.KV...)
		switch r.Level {
		case "trace", "debug":
			level.Debug(l).Log(kv...)
		case "info":
			level.Info(l).Log(kv...)
		case "warn":
			level.Warn(l).Log(kv...)
		case "error":
			level.Error(l).Log(kv...)
		}
	}
	// a record without a level and one without msg, both common in go-kit programs
	logger.Log("msg", "no level on this one", "transport", "HTTP", "addr", ":8080")
	level.Info(svc).Log("event", "cache_flush", "entries", 1200)
	svc.Log("err", common.ErrTimeout)
}
