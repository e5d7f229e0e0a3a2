#!/bin/bash
# node-gyp 12.4.0 (npm) on Node 20.20.2, default log level (info): `node-gyp rebuild --nodedir=/usr` of a tiny
# addon in a folder with a non-ASCII name (the headers of the installed Node, no download), then the same with
# -DGRUSS_KAPUTT (a compile error), then `node-gyp configure` with a missing binding.gyp. stdout and stderr of
# the three runs go to one file, as `npm install` output is usually captured.
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/nodegyp
D=/tmp/w30/nodegyp; G=/tmp/w30/node/node_modules/.bin/node-gyp
rm -rf $D && mkdir -p $D && cp -r "$S/addon-café" $D/ && mkdir -p $D/leer
export npm_config_cache=$D/npm-cache HOME=$D
{
  cd "$D/addon-café" && $G rebuild --nodedir=/usr
  CFLAGS=-DGRUSS_KAPUTT $G rebuild --nodedir=/usr
  cd $D/leer && $G configure --nodedir=/usr
} > $D/nodegyp_raw.log 2>&1
