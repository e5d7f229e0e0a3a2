#!/bin/bash
# FreeRADIUS 3.2.1: a copy of Debian's /etc/freeradius/3.0, `freeradius -f -l FILE -d DIR` (foreground, log to a file; auth logging on),
# radclient requests on 127.0.0.1: an Access-Request that is accepted (a user in `users`), a wrong password, an unknown user,
# a request with a wrong shared secret, a Status-Server; SIGHUP (HUP: reload), SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/freeradius; rm -rf $W; mkdir -p $W $CORPUS/raw
cp -a /etc/freeradius/3.0 $W/raddb
sed -i 's#^\(\s*logdir = \).*#\1'"$W"'#; s#^\(\s*run_dir = \).*#\1'"$W"'#' $W/raddb/radiusd.conf
sed -i '/^log {/,/^}/ s/^\(\s*auth = \)no/\1yes/; /^log {/,/^}/ s/^\(\s*auth_badpass = \)no/\1yes/; /^log {/,/^}/ s/^\(\s*auth_goodpass = \)no/\1yes/' $W/raddb/radiusd.conf
printf '"jürgen" Cleartext-Password := "Sch0ko!"\n\tReply-Message := "Hallo %%{User-Name}"\n' | cat - $W/raddb/mods-config/files/authorize > $W/a && mv $W/a $W/raddb/mods-config/files/authorize
sed -i 's/^\(\s*\)port = 0/\1port = 0/' $W/raddb/sites-enabled/default
sed -i 's/^\(\s*secret\s*=\s*\)testing123/\1s3cret-shop/' $W/raddb/clients.conf
chown -R freerad:freerad $W 2>/dev/null || true
TZ=UTC freeradius -f -l $W/radius.log -d $W/raddb -n radiusd > $W/stdout.txt 2>&1 & P=$!; sleep 3
r() { echo "$1" | radclient -x -r 1 -t 2 127.0.0.1:1812 "$2" "$3" > /dev/null 2>&1; }
r 'User-Name = "jürgen", User-Password = "Sch0ko!"' auth s3cret-shop
r 'User-Name = "jürgen", User-Password = "wrong"' auth s3cret-shop
r 'User-Name = "mallory", User-Password = "x"' auth s3cret-shop
r 'User-Name = "jürgen", User-Password = "Sch0ko!"' auth wrong-secret
r 'Message-Authenticator = 0x00' status s3cret-shop
kill -HUP $P; sleep 1.5; kill -TERM $P; wait $P
cp $W/radius.log $CORPUS/raw/freeradius.log
