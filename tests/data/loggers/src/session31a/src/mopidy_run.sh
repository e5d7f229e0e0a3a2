#!/bin/bash
# Run inside `unshare -n`: mopidy 3.4.1 (Debian) in the foreground, its default console log (stderr, not a TTY).
set -u
export TZ=UTC
W=/tmp/w31a/mopidy
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W/home $W/music/Künstler $W/playlists
export HOME=$W/home XDG_CONFIG_HOME=$W/home/.config XDG_DATA_HOME=$W/home/.local/share XDG_CACHE_HOME=$W/home/.cache
cp $SRC/mopidy/mopidy.conf $W/
# a real (silent) WAV and a fake MP3
python3 -c "
import wave
w = wave.open('$W/music/Künstler/Stille in Köln.wav', 'wb'); w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
w.writeframes(b'\0\0' * 16000); w.close()"
echo "kein mp3" > "$W/music/Künstler/日本の歌.mp3"
printf '#EXTM3U\n#EXTINF:-1,Radio Köln\nhttp://127.0.0.1:9/stream.mp3\nfile:///nicht/da.ogg\n' > "$W/playlists/Meine Liste.m3u8"
# run 1: a bad config value (mopidy refuses to start)
sed 's/^timeout = 2000/timeout = zwei Sekunden/; s/^output = fakesink/output = lautsprecher-köln/' $W/mopidy.conf > $W/kaputt.conf
mopidy --config $W/kaputt.conf > $W/stdout.txt 2> $W/mopidy_raw.log &
PID1=$!
sleep 5
kill -TERM $PID1 2>/dev/null
wait $PID1
# run 2
mopidy --config $W/mopidy.conf >> $W/stdout.txt 2>> $W/mopidy_raw.log &
PID=$!
sleep 6
R() { curl -s -H 'Content-Type: application/json' -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\"${2:+,\"params\":$2}}" http://127.0.0.1:6680/mopidy/rpc; echo; }
{
R core.library.browse '{"uri":null}'
R core.library.browse '{"uri":"file:///tmp/w31a/mopidy/music/K%C3%BCnstler"}'
R core.tracklist.add '{"uris":["file:///tmp/w31a/mopidy/music/K%C3%BCnstler/Stille%20in%20K%C3%B6ln.wav"]}'
R core.tracklist.add '{"uris":["file:///tmp/w31a/mopidy/music/K%C3%BCnstler/%E6%97%A5%E6%9C%AC%E3%81%AE%E6%AD%8C.mp3"]}'
R core.tracklist.add '{"uris":["http://127.0.0.1:9/stream.mp3"]}'
R core.tracklist.add '{"uris":["spotify:track:nichtda"]}'
R core.playback.play
sleep 3
R core.playback.next
sleep 2
R core.playback.play '{"tlid":2}'
sleep 2
R core.playlists.as_list
R core.gibt.es.nicht
R core.tracklist.add '{"falsch": 1}'
R core.playback.stop
} > $W/client.txt 2>&1
sleep 1
kill -TERM $PID
wait $PID
echo "exit $?" >> $W/client.txt
