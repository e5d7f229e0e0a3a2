// zerolog ConsoleWriter{NoColor: true} demo (default TimeFormat time.Kitchen) and one with TimeFormat RFC3339.
package main

import (
	"errors"
	"os"
	"time"

	"github.com/rs/zerolog"

	"logdemo/common"
)

func main() {
	w := zerolog.ConsoleWriter{Out: os.Stdout, NoColor: true}
	if len(os.Args) > 1 && os.Args[1] == "rfc3339" {
		w.TimeFormat = time.RFC3339
	}
	zerolog.SetGlobalLevel(zerolog.TraceLevel)
	logger := zerolog.New(w).With().Timestamp().Logger()
	svc := logger.With().Str("service", "checkout").Logger()
	for i, r := range common.Script() {
		l := logger
		if i%3 == 1 {
			l = svc
		}
		var e *zerolog.Event
		switch r.Level {
		case "trace":
			e = l.Trace()
		case "debug":
			e = l.Debug()
		case "info":
			e = l.Info()
		case "warn":
			e = l.Warn()
		case "error":
			e = l.Error()
		}
		e.Fields(r.KV).Msg(r.Msg)
	}
	logger.Log().Str("note", "no level").Msg("plain Log() event")
	logger.Error().Err(errors.New("open /var/lib/shop/état.db: permission denied")).Msg("cannot open database")
	logger.WithLevel(zerolog.FatalLevel).Str("mount", "/var/lib/shop").Msg("disk full, cannot write journal")
	logger.WithLevel(zerolog.PanicLevel).Msg("invariant violated: negative stock")
}
