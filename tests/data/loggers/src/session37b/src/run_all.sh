#!/bin/bash
# Regenerate every file of set 37b (about 3 minutes), then the expected files. Run as root on Debian 12 with:
#   apt-get install -y --no-install-recommends chromium firefox-esr flatpak lightdm lightdm-gtk-greeter xvfb xauth \
#     x11-utils xterm x11-xserver-utils packagekit packagekit-tools polkitd plymouth libimobiledevice-utils dbus
# The ran files get new times and pids; the composed files come out byte for byte the same.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=${OUT:-$HERE/../out} TZ=UTC
"$HERE/chromium/run_chromium.sh"
"$HERE/firefox/run_firefox.sh"
"$HERE/lightdm/run_lightdm.sh"
"$HERE/flatpak/run_flatpak.sh"
"$HERE/polkit_packagekit/run_polkit_packagekit.sh"
"$HERE/plymouth/run_plymouth.sh"
for g in gen_logcat gen_macos gen_windows gen_idevicesyslog; do python3 "$HERE/composed/$g.py"; done
# what the runs left on the machine: the test user and LightDM's per-user data
userdel -r h37bkim 2>/dev/null
rm -rf /var/lib/lightdm-data/h37bkim /var/lib/lightdm-data/lightdm /var/lib/lightdm/.Xauthority /var/lib/lightdm/.cache
python3 "$HERE/../make_expected.py"
