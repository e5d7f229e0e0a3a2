#!/bin/sh
# Rust tools: ripgrep 13 (Debian) --debug, cargo 1.95 (rustup) CARGO_LOG, alacritty 0.11 (Debian) -vv under Xvfb.
OUT=${OUT:-/tmp/w34f/out}
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
export TZ=UTC

# --- ripgrep --debug: stderr only (the log), in a folder with ignore files and a missing path
mkdir -p "$W/rg/sub" && cd "$W/rg"
printf 'Café Zoë in 東京\norder 1001\n' > orders.txt
printf 'secret Café\n' > sub/.hidden
printf '*.log\n!keep.log\n' > .gitignore
printf 'Café\n' > x.log
printf 'bin\000ary Café\n' > data.bin
rg --debug --no-require-git 'Caf[eé]' . nosuchfile > /dev/null 2> "$OUT/ripgrep_debug.log"

# --- cargo CARGO_LOG: a fresh crate, first build
cd "$W" && cargo new --vcs none -q shopcrate && cd shopcrate
CARGO_LOG=cargo::core::compiler::fingerprint=info,cargo::ops=debug,cargo::util::network=trace \
  cargo build --offline > /dev/null 2> "$OUT/cargo_log.log"

# --- alacritty -vv under Xvfb with a wrong config file; the shell inside exits after 2 s
Xvfb :77 -screen 0 1024x768x24 > /dev/null 2>&1 &
X=$!; sleep 1
DISPLAY=:77 timeout -s TERM 8 alacritty -vv --config-file "$HERE/alacritty_bad.yml" \
  -e sh -c 'echo Café; sleep 2; exit 3' > "$OUT/alacritty_vv.log" 2>&1
kill -TERM $X; wait $X
cd /; rm -rf "$W"
