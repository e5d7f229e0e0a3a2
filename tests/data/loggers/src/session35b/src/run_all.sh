#!/bin/bash
# Re-run every tool of corpus 35b and copy the logs next to this folder (../). Debian 12, root, TZ=UTC.
# apt-get install -y --no-install-recommends rsyslog busybox socklog systemd-journal-remote podman runc \
#   libivykis0 libnet1 libwrap0      (syslog-ng-core and inetutils-syslogd are unpacked, see below)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
mkdir -p /tmp/h35b/out /tmp/h35b/debs /tmp/h35b/root
if [ ! -x /tmp/h35b/root/usr/sbin/syslog-ng ]; then   # both conflict with rsyslog: unpacked, not installed
  (cd /tmp/h35b/debs && apt-get download syslog-ng-core inetutils-syslogd && for d in *.deb; do dpkg -x "$d" /tmp/h35b/root; done)
fi
if [ ! -x /tmp/h35b/venv/bin/python ]; then
  python3 -m venv /tmp/h35b/venv
  /tmp/h35b/venv/bin/pip install opentelemetry-sdk==1.45.2 opentelemetry-exporter-otlp-json-file==0.66b1 python-logstash==0.4.8
fi
if [ ! -d /tmp/h35b/node/node_modules/pino-syslog ]; then
  mkdir -p /tmp/h35b/node && (cd /tmp/h35b/node && npm init -y >/dev/null &&
    npm install --no-audit --no-fund @opentelemetry/sdk-logs@0.223.1 @opentelemetry/api-logs@0.223.1 \
      @opentelemetry/resources@2.12.1 pino@10 pino-syslog@4.0.0)
fi
"$HERE/rsyslog/run_rsyslog.sh"
"$HERE/syslogng/run_syslogng.sh"
"$HERE/busybox/run_busybox.sh"
"$HERE/inetutils/run_inetutils.sh"
"$HERE/socklog/run_socklog.sh"
"$HERE/journal/run_journal.sh"
"$HERE/podman/run_podman.sh"
NODE_DIR=/tmp/h35b/node "$HERE/node/run_node.sh"
O=/tmp/h35b/out; P=/tmp/h35b/venv/bin/python
rm -f $O/otel_otlp_json_file.jsonl
export OTEL_SERVICE_NAME=shop-api OTEL_RESOURCE_ATTRIBUTES=host.name=web-1,deployment.environment=prod
$P "$HERE/otel/gen_otel.py" pretty > $O/otel_console_pretty.log
$P "$HERE/otel/gen_otel.py" compact > $O/otel_console_compact.jsonl
$P "$HERE/otel/gen_otel.py" otlpfile $O/otel_otlp_json_file.jsonl
unset OTEL_SERVICE_NAME OTEL_RESOURCE_ATTRIBUTES
$P "$HERE/logstash/gen_logstash.py" $O/python_logstash_tcp.jsonl
# journald was started by run_journal.sh if none was running: stop it
# (and remove the sockets and volatile journal it left, so that the next run starts it again)
if [ -f /tmp/h35b/journald.pid ]; then
  kill "$(cat /tmp/h35b/journald.pid)"; rm -f /tmp/h35b/journald.pid; sleep 1
  rm -rf /run/systemd/journal /run/log/journal
fi
cp $O/* "$HERE/.."
