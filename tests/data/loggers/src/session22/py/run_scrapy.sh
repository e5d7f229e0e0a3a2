#!/bin/bash
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/scrapy; rm -rf $W; mkdir -p $W/www $CORPUS/raw
printf '<ul><li data-price="9.99">Kaffee</li><li>Tee ohne Preis</li><li data-price="4.50">Müsli</li></ul>' > $W/www/index.html
printf '<p>broken</p>' > $W/www/broken.html
python3 -m http.server 5372 --bind 127.0.0.1 --directory $W/www > $W/http.txt 2>&1 &
H=$!; sleep 1
cd $W && TZ=UTC $CORPUS/.venv/bin/python $D/scrapy_shop.py http://127.0.0.1:5372 > $W/stdout.txt 2>&1
kill $H
cp $W/scrapy.log $CORPUS/raw/scrapy.log
