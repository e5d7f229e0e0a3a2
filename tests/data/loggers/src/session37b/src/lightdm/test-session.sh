#!/bin/sh
# The "desktop" of the autologin session: run by /etc/X11/Xsession, whose stdout and stderr go to
# ~/.xsession-errors. Each command below is something a desktop session's programs commonly complain about.
echo "test-session: started on display $DISPLAY as $(id -un), locale ${LANG:-unset}"
echo "test-session: Grüße aus der Sitzung — 東京 ✓" >&2
xmessage -timeout 2 "logmr 37b" &
xterm -geometry 80x24 -fa nonexistent-font -e sleep 2 &
xprop -root -notype _NO_SUCH_ATOM 2>&1
xrdb -query nonexistent-file 2>&1
gsettings get org.gnome.desktop.interface gtk-theme 2>&1 || true
gsettings get org.example.NoSuchSchema some-key 2>&1 || true
dbus-send --session --print-reply --dest=org.freedesktop.Notifications /org/freedesktop/Notifications org.freedesktop.Notifications.GetServerInformation 2>&1 || true
python3 -c 'import applet_tray_indicator' 2>&1 || true
timeout 3 /usr/sbin/lightdm-gtk-greeter 2>&1 || true
xset q > /dev/null 2>&1 && echo "test-session: xset ok"
wait
echo "test-session: exiting with status 3" >&2
exit 3
