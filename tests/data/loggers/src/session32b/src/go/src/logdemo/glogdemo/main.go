// glog demo: the log file glog writes by default (-log_dir), every severity, V levels, and Fatal's goroutine dump.
package main

import (
	"flag"
	"fmt"

	"github.com/golang/glog"

	"logdemo/common"
)

func kvs(kv []interface{}) string {
	s := ""
	for i := 0; i+1 < len(kv); i += 2 {
		s += fmt.Sprintf(" %v=%v", kv[i], kv[i+1])
	}
	return s
}

func main() {
	flag.Parse()
	for _, r := range common.Script() {
		switch r.Level {
		case "trace":
			glog.V(2).Infof("%s%s", r.Msg, kvs(r.KV))
		case "debug":
			glog.V(1).Infof("%s%s", r.Msg, kvs(r.KV))
		case "info":
			glog.Infof("%s%s", r.Msg, kvs(r.KV))
		case "warn":
			glog.Warningf("%s%s", r.Msg, kvs(r.KV))
		case "error":
			glog.Errorf("%s%s", r.Msg, kvs(r.KV))
		}
	}
	glog.Info("plain Info with ", 3, " args")
	glog.Fatalf("disk full, cannot write journal mount=%s", "/var/lib/shop")
}
