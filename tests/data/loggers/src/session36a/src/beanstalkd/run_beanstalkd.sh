#!/bin/bash
# beanstalkd 1.12 (Debian) with -V -V (verbose twice: connections and the protocol trace, on stdout) and a binlog
# (-b); its stdout and stderr (warnings) appended to one file; a second instance started on the same port appends
# its start-up failure to the same file; stopped with SIGTERM
. /work/helper36a/src/env.sh
L=$OUT/out/beanstalkd_verbose.log; rm -f $L
D=$RUN/beanstalkd; rm -rf $D; mkdir -p $D/binlog; cd $D
beanstalkd -l 127.0.0.1 -p 47311 -b $D/binlog -V -V >> $L 2>&1 & B=$!
sleep 0.5
python3 $OUT/src/beanstalkd/client.py 47311
beanstalkd -l 127.0.0.1 -p 47311 -b $D/binlog2 -V >> $L 2>&1; echo "second instance exit $?"
kill -TERM $B; wait $B
