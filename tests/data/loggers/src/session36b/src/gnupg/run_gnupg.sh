#!/bin/bash
# GnuPG 2.2.40 gpg-agent and dirmngr with log-file in their .conf (the documented way to get a log).
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/gnupg; rm -rf "$W"; mkdir -p -m 700 "$W/home"
export TZ=UTC GNUPGHOME=$W/home LC_ALL=C.UTF-8
cat > "$GNUPGHOME/gpg-agent.conf" <<CONF
log-file $W/gpg-agent.log
verbose
debug-level basic
allow-loopback-pinentry
default-cache-ttl 5
CONF
cat > "$GNUPGHOME/dirmngr.conf" <<CONF
log-file $W/dirmngr.log
verbose
keyserver hkps://keys.example.invalid
CONF
G="gpg --batch --no-tty"
gpg-connect-agent /bye >/dev/null 2>&1
$G --pinentry-mode loopback --passphrase 'Café Zoë in 東京' --quick-gen-key 'Zoë Shop <zoe@example.test>' ed25519 sign 1d >"$W/gpg.out" 2>&1
echo 'order 1042 "paid"' > "$W/msg.txt"
$G --pinentry-mode loopback --passphrase 'wrong passphrase' -u zoe@example.test --clearsign "$W/msg.txt" >>"$W/gpg.out" 2>&1
$G --pinentry-mode loopback --passphrase 'Café Zoë in 東京' -u zoe@example.test --yes --clearsign "$W/msg.txt" >>"$W/gpg.out" 2>&1
$G -u nobody@example.test --yes --clearsign "$W/msg.txt" >>"$W/gpg.out" 2>&1
gpg-connect-agent 'GET_PASSPHRASE --no-ask nokey X X X' 'NOSUCHCOMMAND' 'KEYINFO --list' /bye >>"$W/gpg.out" 2>&1
gpgconf --reload gpg-agent
sleep 1
# dirmngr: no network here; key lookups fail
$G --recv-keys 0x0123456789ABCDEF >>"$W/gpg.out" 2>&1
$G --auto-key-locate clear,wkd --locate-keys bob@example.invalid >>"$W/gpg.out" 2>&1
gpg-connect-agent --dirmngr 'KS_SEARCH Café' /bye >>"$W/gpg.out" 2>&1
sleep 1
gpgconf --kill dirmngr
gpgconf --kill gpg-agent
sleep 3
cp "$W/gpg-agent.log" "$OUT/out/gpg_agent.log"
cp "$W/dirmngr.log" "$OUT/out/dirmngr.log"
