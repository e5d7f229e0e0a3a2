#!/bin/bash
# npm's debug log (<cache>/_logs/*-debug-0.log): a script that fails (npm run) and an offline install of a package not in the cache.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/npm; rm -rf $W; mkdir -p $W/proj $W/cache $CORPUS/raw
cd $W/proj
cat > package.json <<J
{ "name": "shop-frontend", "version": "1.0.0", "scripts": { "build": "node -e \"console.error('Übersetzung fehlt: de.json'); process.exit(2)\"" } }
J
TZ=UTC npm --cache $W/cache --loglevel silly run build > $W/run.txt 2>&1
TZ=UTC npm --cache $W/cache --offline install left-pad-corpus22-missing > $W/install.txt 2>&1
ls $W/cache/_logs/
# the second run's log (the install that fails) is the corpus file; the first (npm run) is kept beside it in work/
cp $(ls $W/cache/_logs/*-debug-0.log | sort | tail -1) $CORPUS/raw/npm_debug.log
