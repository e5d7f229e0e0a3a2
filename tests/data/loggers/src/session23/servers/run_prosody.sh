#!/bin/bash
# Prosody 0.12.3 (Lua XMPP server): -F with a config of our own (a module that does not exist); a first start as root (refused), then as the prosody user; log = { debug = file }; a client stream to a host it does not serve, a good
# stream with a bad SASL auth, malformed XML, a port probe; SIGHUP (reload + log reopen), SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/prosody; rm -rf $W; mkdir -p $W/data $CORPUS/raw
cat > $W/prosody.cfg.lua <<C
pidfile = "$W/prosody.pid"
data_path = "$W/data"
daemonize = false
log = { debug = "$W/prosody.log" }
interfaces = { "127.0.0.1" }
c2s_ports = { 5451 }
s2s_ports = { 5452 }
http_ports = { }
https_ports = { }
admin_interfaces = { }
modules_enabled = { "roster"; "saslauth"; "disco"; "ping"; "posix"; "nosuchmodule" }
authentication = "internal_hashed"
c2s_require_encryption = false
allow_unencrypted_plain_auth = true
VirtualHost "shop.test"
C
TZ=UTC timeout 10 prosody -F --config $W/prosody.cfg.lua > $W/stdout.txt 2>&1   # as root: mod_posix refuses to run (and a module is missing)
chown -R prosody $W
TZ=UTC runuser -u prosody -- prosody -F --config $W/prosody.cfg.lua >> $W/stdout.txt 2>&1 & P=$!; sleep 3
x() { printf "$1" | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5451 1; }
x "<?xml version='1.0'?><stream:stream to='other.test' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>"
x "<?xml version='1.0'?><stream:stream to='shop.test' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'><auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGrDvHJnZW4Ad3Jvbmc=</auth>"
x "<?xml version='1.0'?><stream:stream to='shop.test' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'><message><body>unclosed</mess"
x "GET / HTTP/1.1\r\nHost: shop.test\r\n\r\n"
Q=$(cat $W/prosody.pid); kill -HUP $Q; sleep 1; kill -TERM $Q; wait $P
cp $W/prosody.log $CORPUS/raw/prosody.log
