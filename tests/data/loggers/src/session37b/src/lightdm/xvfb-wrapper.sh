#!/bin/sh
# LightDM's xserver-command: Xvfb in place of Xorg (no display hardware here). LightDM passes Xorg's arguments
# (":0 -seat seat0 -auth ... -nolisten tcp vt7 -novtswitch"); Xvfb has no VTs, so vtN and -novtswitch are dropped.
args=""
for a in "$@"; do
  case "$a" in
    vt[0-9]*|-novtswitch) ;;
    *) args="$args $a" ;;
  esac
done
exec /usr/bin/Xvfb $args -screen 0 1024x768x24
