#!/bin/bash
# Sphinx 2.2.11 (Debian sphinxsearch) searchd, driven over SphinxQL (sphinxql.py) and the binary API.
# run 1: the default query log format (plain) -> sphinx_searchd.log, sphinx_query.log
# run 2: query_log_format = sphinxql (documented alternative) -> sphinx_query_sphinxql.log
. /work/helper36a/src/env.sh
D=$RUN/sphinx
run() {  # $1 = searchd log, $2 = query log, $3 = extra searchd setting
  rm -rf $D; mkdir -p $D; cd $D
  rm -f "$1" "$2"
  sed -e "s|log = /work/helper36a/out/sphinx_searchd.log|log = $1|" \
      -e "s|query_log = /work/helper36a/out/sphinx_query.log|query_log = $2\n\t$3|" \
      $OUT/src/sphinx/sphinx.conf > $D/sphinx.conf
  searchd --config $D/sphinx.conf --nodetach > $D/stdout.txt 2>&1 & P=$!
  sleep 2
  python3 $OUT/src/sphinx/sphinxql.py 47501
  # Sphinx API (port 47500): a client that sends an HTTP request instead
  python3 -c 'import socket; s = socket.create_connection(("127.0.0.1", 47500)); s.recv(4); s.sendall(b"\x00\x00\x00\x01GET / HTTP/1.0\r\n\r\n"); s.close()'
  sleep 1
  kill -HUP $P; sleep 2     # SIGHUP: rotate (reload indexes)
  kill -TERM $P; wait $P
}
run $OUT/out/sphinx_searchd.log $OUT/out/sphinx_query.log ""
run $D/searchd2.log $OUT/out/sphinx_query_sphinxql.log "query_log_format = sphinxql"
