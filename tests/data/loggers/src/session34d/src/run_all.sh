#!/bin/bash
# Re-run every tool of corpus 34d (Debian 12, as root; see README.md for the packages) and gather the kept
# logs under $OUT/corpus with their corpus names. OUT is /tmp/w34d/out: several configuration files beside the
# scripts name that folder (carbon.conf, motion.conf, ircd.conf, rtorrent.rc, biboumi.cfg, shop.pa, shop.liq).
# Needs: NODE_MODULES (a folder where `npm ci` ran with src/node/package*.json; default /tmp/w34d/npm/node_modules)
#        VENV (a venv with src/esphome/requirements.txt installed; default /tmp/w34d/venv)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=/tmp/w34d/out
mkdir -p $OUT/corpus
for t in snapserver gerbera motion vlc mpv ffmpeg pulseaudio carbon statsd liquidsoap quassel ircd_hybrid \
         hitch shellinabox p0f rtorrent biboumi zigbee2mqtt esphome; do
  echo "== $t"
  "$HERE/$t/run.sh"
done
while read -r src dst; do
  cp "$OUT/$src" "$OUT/corpus/$dst"
done <<'LIST'
snap/snapserver.log snapserver.log
gerbera/gerbera.log gerbera.log
motion/motion.log motion.log
vlc/vlc.log vlc_file.log
mpv/mpv.log mpv_logfile.log
ffmpeg/ffmpeg_debug.log ffmpeg_debug.log
ffmpeg/ffmpeg_level.log ffmpeg_level.log
pulseaudio/pulseaudio.log pulseaudio.log
carbon/log/console.log carbon_console.log
carbon/nodaemon.log carbon_nodaemon.log
statsd/statsd.log statsd_console.log
liquidsoap/liquidsoap.log liquidsoap.log
quassel/core.log quassel_core.log
ircd_hybrid/ircd.log ircd_hybrid.log
hitch/hitch.log hitch.log
shellinabox/shellinabox.log shellinabox.log
p0f/p0f.log p0f.log
rtorrent/rtorrent.log rtorrent.log
biboumi/biboumi.log biboumi.log
zigbee2mqtt/log/zigbee2mqtt.log zigbee2mqtt.log
esphome/esphome.log esphome_config.log
LIST
ls -l $OUT/corpus
