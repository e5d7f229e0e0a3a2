#!/bin/sh
# runit's runsv + svlogd -tt, daemontools' multilog t, s6-log T: each stamps the lines of shopsvc.sh
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; W=/tmp/w34g/run/sup; export TZ=UTC
rm -rf $W; mkdir -p $W/shop/log/main $W/multilog $W/s6log $O
# runit: a service directory with a log service, run by runsv (no runit as PID 1 needed)
printf '#!/bin/sh\nexec 2>&1\n%s/shopsvc.sh\nexec sleep 60\n' "$D" > $W/shop/run
printf '#!/bin/sh\nexec svlogd -tt ./main\n' > $W/shop/log/run
chmod +x $W/shop/run $W/shop/log/run
runsv $W/shop & R=$!; sleep 3; sv force-stop $W/shop; sv exit $W/shop; wait $R
cp $W/shop/log/main/current $O/svlogd_tt.log
# daemontools: multilog t (TAI64N "@4000..." labels)
$D/shopsvc.sh 2>&1 | multilog t $W/multilog
cp $W/multilog/current $O/multilog_tai64n.log
# s6: s6-log T (ISO 8601 stamps)
$D/shopsvc.sh 2>&1 | s6-log T $W/s6log
cp $W/s6log/current $O/s6_log_iso.log
