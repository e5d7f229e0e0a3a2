// Go generators: `go run main.go zap_prod|zap_dev|zerolog|logrus_text|logrus_json|slog_json|slog_text|klog`,
// each writing one corpus file to stdout or stderr (see run_go.sh). Built against Debian's packaged sources.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"golang.org/x/exp/slog"
	"k8s.io/klog/v2"
)

var script = [][2]string{
	{"debug", "connecting to db host=db-1 port=5432"},
	{"info", "service started"},
	{"info", "user Zoë Łukasz-Søren logged in from München"},
	{"info", "日本語のメッセージ: 注文を受け付けました"},
	{"warn", "retrying request \"GET /api/v1/orders\" after 250 ms"},
	{"info", "path C:\\Users\\zoe\\orders.csv\tloaded"},
	{"error", "two-line message\nsecond line of the same message"},
	{"info", "emoji in text: payment ok \u2705 \U0001F600"},
	{"debug", "cache hit ratio 0.93"},
	{"info", "shutting down"},
}

var errDeclined = errors.New("card declined for order 1234: \"insufficient funds\"")

func pause() { time.Sleep(3 * time.Millisecond) }

func main() {
	switch os.Args[1] {
	case "zap_prod":
		log, _ := zap.NewProduction()
		log = log.Named("checkout")
		// A request body logged as a field: the first line is longer than 64 KiB.
		log.Info("request body", zap.String("body", strings.Repeat("{\"sku\":\"A-1\",\"qty\":1}", 4000)))
		for _, s := range script {
			switch s[0] {
			case "debug":
				log.Debug(s[1])
			case "info":
				log.Info(s[1], zap.Int("order_id", 1234))
			case "warn":
				log.Warn(s[1])
			case "error":
				log.Error(s[1])
			}
			pause()
		}
		log.Error("payment failed", zap.Error(errDeclined), zap.Int("order_id", 1234))
		log.DPanic("dpanic level message")
		log.Sync()
	case "zap_dev":
		log, _ := zap.NewDevelopment()
		log = log.Named("checkout")
		for _, s := range script {
			switch s[0] {
			case "debug":
				log.Debug(s[1])
			case "info":
				log.Info(s[1], zap.Int("order_id", 1234))
			case "warn":
				log.Warn(s[1])
			case "error":
				log.Error(s[1])
			}
			pause()
		}
		log.Error("payment failed", zap.Error(errDeclined), zap.Int("order_id", 1234))
		log.Sync()
	case "zerolog":
		log := zerolog.New(os.Stdout).With().Timestamp().Str("service", "checkout").Logger().Level(zerolog.TraceLevel)
		log.Trace().Msg("trace level message")
		for _, s := range script {
			l, _ := zerolog.ParseLevel(s[0])
			log.WithLevel(l).Int("order_id", 1234).Msg(s[1])
			pause()
		}
		log.Error().Err(errDeclined).Msg("payment failed")
		log.WithLevel(zerolog.FatalLevel).Msg("fatal level message")
		log.WithLevel(zerolog.PanicLevel).Msg("panic level message")
	case "logrus_text", "logrus_json":
		log := logrus.New()
		log.SetOutput(os.Stdout)
		log.SetLevel(logrus.TraceLevel)
		if os.Args[1] == "logrus_json" {
			log.SetFormatter(&logrus.JSONFormatter{})
		}
		e := log.WithField("service", "checkout")
		e.Trace("trace level message")
		for _, s := range script {
			l, _ := logrus.ParseLevel(s[0])
			e.WithField("order_id", 1234).Log(l, s[1])
			pause()
		}
		e.WithError(errDeclined).Error("payment failed")
		func() {
			defer func() { recover() }()
			e.Panic("panic level message")
		}()
	case "slog_json", "slog_text":
		var h slog.Handler = slog.HandlerOptions{Level: slog.DebugLevel}.NewJSONHandler(os.Stdout)
		if os.Args[1] == "slog_text" {
			h = slog.HandlerOptions{Level: slog.DebugLevel}.NewTextHandler(os.Stdout)
		}
		log := slog.New(h).With("service", "checkout")
		for _, s := range script {
			l := map[string]slog.Level{"debug": slog.DebugLevel, "info": slog.InfoLevel, "warn": slog.WarnLevel, "error": slog.ErrorLevel}[s[0]]
			log.Log(l, s[1], "order_id", 1234)
			pause()
		}
		log.Error("payment failed", errDeclined, "order_id", 1234)
	case "klog":
		klog.InitFlags(nil)
		flag.Set("logtostderr", "true")
		flag.Parse()
		for _, s := range script {
			switch s[0] {
			case "debug":
				klog.V(0).Info(s[1])
			case "info":
				klog.Info(s[1])
			case "warn":
				klog.Warning(s[1])
			case "error":
				klog.Error(s[1])
			}
			pause()
		}
		klog.InfoS("structured message", "pod", klog.KRef("kube-system", "coredns-1"), "reason", "Zoë said \"hi\"")
		klog.ErrorS(errDeclined, "payment failed", "order_id", 1234)
		klog.Flush()
		klog.Fatal(fmt.Sprintf("fatal level message for order %d", 1234))
	}
}
