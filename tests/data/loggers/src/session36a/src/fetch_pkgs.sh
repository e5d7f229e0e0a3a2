#!/bin/sh
# Debian 12 packages, extracted (not installed) so no service starts and nothing in /etc changes
set -e
cd /work/helper36a && mkdir -p pkgs/root && cd pkgs
apt-get download redis-server redis-tools beanstalkd nutcracker sphinxsearch webdis kcat zookeeper-bin \
  libzookeeper-mt2 mosquitto-clients liblzf1 libjemalloc2 libodbc2 librdkafka1 libmosquitto1 libcjson1 \
  libhiredis0.14 libb64-0d libltdl7
for f in *.deb; do dpkg -x "$f" root; done
cd .. && python3 -m venv venv && venv/bin/pip install arq==0.28.0 "redis[hiredis]==5.3.1" amqtt==0.12.1 pymysql ruff
(cd src/node && npm install kafkajs@2.2.4)
python3 -m venv venv2 && venv2/bin/pip install taskiq==0.13.0 taskiq-redis==1.2.4 faust-streaming==0.15.3
