#!/bin/bash
# sudo 1.9.13p3 (Debian) with its own log file: `Defaults logfile=...` (all other sudoers options as shipped).
# Two throw-away users (removed at the end); w30anna's password is generated here and never stored.
set -u
export TZ=UTC
D=/tmp/w30/sudo
mkdir -p $D && rm -f $D/sudo.log
useradd -M -s /bin/bash w30anna
useradd -M -s /bin/bash w30bob
PW=$(openssl rand -hex 12); PWB=$(openssl rand -hex 12)
echo "w30anna:$PW" | chpasswd
echo "w30bob:$PWB" | chpasswd
cd $D
cat > /etc/sudoers.d/w30 <<EOS
Defaults logfile=$D/sudo.log
w30anna ALL=(root) /usr/bin/id, /usr/bin/echo, /usr/bin/ls, /usr/bin/true
w30anna ALL=(nobody) NOPASSWD: /usr/bin/whoami
EOS
chmod 0440 /etc/sudoers.d/w30
visudo -c -q || { echo "sudoers broken"; rm -f /etc/sudoers.d/w30; exit 1; }
A() { runuser -u w30anna -- "$@"; }
sudo -u nobody id                                       # root itself
echo "$PW" | A sudo -S -p '' id                         # allowed, with password
A sudo -u nobody whoami                                 # NOPASSWD rule
echo "$PW" | A sudo -S -p '' echo "Grüße aus Köln — café 日本"   # non-ASCII arguments
echo "$PW" | A sudo -S -p '' ls -la /usr/share/doc/sudo/examples /usr/share/doc/sudo/README.gz /etc/sudoers.d /var/log   # long line
printf 'falsch\n' | A sudo -S -p '' -k id               # one wrong password, then EOF
printf 'falsch\nnochmal\nfalsch3\n' | A sudo -S -p '' -k true   # three wrong passwords
echo "$PW" | A sudo -S -p '' -k cat /etc/shadow          # not allowed
echo "$PW" | A sudo -S -p '' -k -u nosuchuser id        # unknown run-as user
echo "$PW" | A sudo -S -p '' -k /usr/bin/nichtda        # command not found / not allowed
runuser -u w30bob -- sudo -n id                         # not in sudoers, -n
echo "$PWB" | runuser -u w30bob -- sudo -S -p '' id  # not in sudoers
echo "$PWB" | runuser -u w30bob -- sudo -S -p '' -u nobody ls /tmp/w30/sudo  # not in sudoers
echo "$PW" | A sudo -S -p '' -k -l                      # list
A sudo -n -k id                                         # -n, a password would be needed
sudo -u w30anna env 'MSG=tab	here' /usr/bin/printf '%s\n' 'x'   # root, env setting with a tab
rm -f /etc/sudoers.d/w30
userdel w30anna; userdel w30bob
rm -f /run/sudo/ts/w30anna /run/sudo/ts/w30bob   # their sudo time stamps
unset PW PWB
