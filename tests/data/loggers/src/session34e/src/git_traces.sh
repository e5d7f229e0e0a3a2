#!/bin/sh
# git's trace logs on a local repository and a local clone (TZ=UTC). Writes to $OUT (default /tmp/w34e/out).
set -u
OUT=${OUT:-/tmp/w34e/out}; W=${W:-/tmp/w34e/work/git}
export TZ=UTC HOME=$W/home GIT_CONFIG_NOSYSTEM=1
rm -rf "$W"; mkdir -p "$W/home" "$OUT"
git config --global user.name "Zoë Café"; git config --global user.email shop@example.com
git config --global init.defaultBranch main
cd "$W" && git init -q shop && cd shop
printf 'orders\n' > README && git add README && git commit -qm "first: Café Zoë in 東京"
# GIT_TRACE=1: a commit, an alias, a failing command
git config alias.st status
GIT_TRACE="$OUT/git_trace.log" sh -c 'printf "x\n" >> README; git add README; git commit -qm "second \"quoted\"	tab C:\\shop\\orders"; git st -s; git log --oneline -n 2 >/dev/null; git show nosuchref >/dev/null 2>&1; true'
# GIT_TRACE_PACKET: ls-remote over file:// (protocol v2)
cd "$W" && git clone -q "$W/shop" clone1 && cd clone1 && GIT_TRACE_PACKET="$OUT/git_trace_packet.log" git ls-remote -q "file://$W/shop" >/dev/null
# GIT_TRACE2_EVENT (JSON lines) and GIT_TRACE2_PERF (columns): a local clone and a fetch with an error
cd "$W/clone1" && GIT_TRACE2_EVENT="$OUT/git_trace2_event.jsonl" git fetch -q origin nosuchbranch 2>/dev/null
cd "$W/clone1" && GIT_TRACE2_PERF="$OUT/git_trace2_perf.log" git log --oneline -n 1 >/dev/null
GIT_TRACE2_PERF="$OUT/git_trace2_perf.log" git checkout nosuchbranch 2>/dev/null
true
