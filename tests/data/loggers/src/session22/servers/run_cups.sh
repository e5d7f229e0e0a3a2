#!/bin/bash
# CUPS 2.4.2 cupsd -f: ErrorLog at LogLevel info and AccessLog (AccessLogLevel all); lpstat/lpadmin/lp/cancel against it.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/cups; rm -rf $W; mkdir -p $W/log $W/spool/tmp $W/cache $W/state $W/conf/ppd $W/conf/ssl $CORPUS/raw; chgrp -R lp $W; chmod -R g+rwX $W
cat > $W/conf/cupsd.conf <<C
LogLevel info
AccessLogLevel all
MaxLogSize 0
Listen 127.0.0.1:5360
Browsing Off
DefaultAuthType Basic
WebInterface No
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow from 127.0.0.1
</Location>
C
cat > $W/conf/cups-files.conf <<C
AccessLog $W/log/access_log
ErrorLog $W/log/error_log
PageLog $W/log/page_log
RequestRoot $W/spool
TempDir $W/spool/tmp
CacheDir $W/cache
StateDir $W/state
ServerRoot $W/conf
User lp
Group lp
SystemGroup root
C
TZ=UTC cupsd -f -c $W/conf/cupsd.conf -s $W/conf/cups-files.conf > $W/stdout.txt 2>&1 &
P=$!; sleep 3
export CUPS_SERVER=127.0.0.1:5360
lpstat -r > /dev/null 2>&1
lpadmin -p Büro_Drucker -E -v file:///dev/null -m raw > /dev/null 2>&1
lpadmin -p kasse -E -v ipp://127.0.0.1:5399/ipp/print -m everywhere > /dev/null 2>&1
lpstat -p > /dev/null 2>&1
echo "Rechnung Nr. 42 – Grüße" | lp -d nosuch > /dev/null 2>&1
echo "hello" | lp -d Büro_Drucker -t 'Quartal "Q4"' > /dev/null 2>&1
sleep 2
cancel -a Büro_Drucker > /dev/null 2>&1
lpadmin -x kasse > /dev/null 2>&1
sleep 1; kill -TERM $P; wait $P
cp $W/log/error_log $CORPUS/raw/cups_error_log.log
cp $W/log/access_log $CORPUS/raw/cups_access_log.log
