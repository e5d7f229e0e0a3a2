#!/bin/bash
# Flatpak 1.14.10 (Debian 12 flatpak 1.14.10-1~deb12u2) with -v / -vv / --ostree-verbose, per-user installation
# in a throw-away HOME. A local repository (file://) holds a tiny runtime (busybox) and app built here; the real
# commands' stderr and stdout are appended, in order, to one file as a terminal would show them.
# No system bus, no systemd user session, no internet: flatpak logs what it does about each.
set -u
export TZ=UTC HOME=/tmp/h37b_fphome
OUT=${OUT:-/tmp/set37b/out}
B=/tmp/h37b_fpb
rm -rf $HOME $B; mkdir -p $HOME $B/rt/usr/bin $B/rt/files; cd $B  # build-export --runtime wants files/ and exports usr/
cat > rt/metadata <<'M'
[Runtime]
name=org.logmr.Platform
runtime=org.logmr.Platform/x86_64/1.0
sdk=org.logmr.Platform/x86_64/1.0
M
cp /bin/busybox rt/usr/bin/; ln -s busybox rt/usr/bin/sh
mkdir -p rt/usr/lib/x86_64-linux-gnu rt/usr/lib64   # busybox is dynamically linked: its loader and libraries
cp /lib/x86_64-linux-gnu/libc.so.6 /lib/x86_64-linux-gnu/libresolv.so.2 rt/usr/lib/x86_64-linux-gnu/
cp /lib64/ld-linux-x86-64.so.2 rt/usr/lib64/
flatpak build-export --runtime repo rt 1.0 > /dev/null
L="$OUT/flatpak_verbose.log"; : > "$L"
f() { flatpak "$@" >> "$L" 2>&1; echo "flatpak $* -> rc=$?"; }
f -v --user remote-add --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo
f -v --ostree-verbose --user remote-add --no-gpg-verify logmr-local file://$B/repo
f -v --ostree-verbose --user install -y logmr-local org.logmr.Platform
# the app is built against the runtime just installed
flatpak build-init app org.logmr.Hello org.logmr.Platform org.logmr.Platform 1.0 > /dev/null
mkdir -p app/files/bin
printf '#!/usr/bin/sh\necho "Hallo aus der Sandbox — 東京"\necho "hello: config file missing: /app/etc/hello.conf" >&2\nexit 2\n' > app/files/bin/hello
chmod +x app/files/bin/hello
flatpak build-finish app --command=hello --share=network --filesystem=home > /dev/null
flatpak build-export repo app > /dev/null
f -v --ostree-verbose --user install -y logmr-local org.logmr.Hello
f -v --user install -y logmr-local org.logmr.Hello
f -vv --user run org.logmr.Hello
f -v --user install -y logmr-local org.example.DoesNotExist
f -v --user list
f -v --user uninstall -y org.logmr.Hello
cd /; rm -rf $HOME $B
