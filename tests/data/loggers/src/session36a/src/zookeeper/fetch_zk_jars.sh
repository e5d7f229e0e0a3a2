#!/bin/sh
# The ZooKeeper 3.8.0 server's jars and their dependencies from Debian, extracted (not installed: the zookeeper
# package would pull in default-jre); run with the machine's OpenJDK 17
set -e
mkdir -p /work/helper36a/pkgs/zk && cd /work/helper36a/pkgs/zk
apt-get download libzookeeper-java libnetty-java libslf4j-java libdropwizard-metrics-java libjctools-java \
  liblogback-java libcommons-cli-java libsnappy-java
for f in *.deb; do dpkg -x "$f" root; done
