#!/bin/sh
# Build every demo program from this folder (Debian 12: g++ 12, the -dev packages listed in ../README.md).
# Usage: sh build.sh BUILD_DIR
set -e
B=${1:-/tmp/w32a/build}
mkdir -p "$B"
cd "$(dirname "$0")"
g++ -std=c++17 -O1 spdlog_demo.cpp -o "$B/spdlog_demo" $(pkg-config --cflags --libs spdlog)
g++ -std=c++17 -O1 glog_demo.cpp -o "$B/glog_demo" $(pkg-config --cflags --libs libglog)
g++ -std=c++17 -O1 log4cplus_demo.cpp -o "$B/log4cplus_demo" $(pkg-config --cflags --libs log4cplus)
g++ -std=c++17 -O1 -DBOOST_LOG_DYN_LINK boostlog_demo.cpp -o "$B/boostlog_demo" \
    -lboost_log_setup -lboost_log -lboost_thread -lboost_filesystem -lpthread
gcc -O1 glib_demo.c -o "$B/glib_demo" $(pkg-config --cflags --libs glib-2.0)
g++ -std=c++17 -O1 -fPIC qt_demo.cpp -o "$B/qt_demo" $(pkg-config --cflags --libs Qt5Core)
gcc -O1 log4c_demo.c -o "$B/log4c_demo" -llog4c
g++ -std=c++17 -O1 easylogging_demo.cpp /usr/include/easylogging++.cc -o "$B/easylogging_demo" -lpthread
g++ -std=c++17 -O1 log4cxx_demo.cpp -o "$B/log4cxx_demo" $(pkg-config --cflags --libs liblog4cxx)
echo "built in $B"
