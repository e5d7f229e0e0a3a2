#!/bin/bash
# kcat 1.7.1 / librdkafka 2.0.2 (Debian) against two "brokers" on 127.0.0.1: 47600 (nothing listens) and 47601
# (not_kafka.py: answers with an HTTP error). librdkafka's default log callback writes to stderr.
. /work/helper36a/src/env.sh
D=$RUN/kafka; rm -rf $D; mkdir -p $D; cd $D
python3 $OUT/src/kafka/not_kafka.py 47601 & F=$!
sleep 0.5
# a consumer with debug contexts broker,protocol,consumer; stopped with SIGINT after 4 s
timeout -s INT 4 kcat -C -b 127.0.0.1:47600,127.0.0.1:47601 -t 'orders-café' -X client.id='shop-api "zoë"' \
  -d broker,protocol,consumer 2> $OUT/out/kcat_librdkafka_debug.log
kill $F
