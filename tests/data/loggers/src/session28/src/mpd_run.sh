#!/bin/sh
# mpd --no-daemon with log_file + log_level "verbose" (mpd.conf); test files made here; client mpd_client.py; "kill" ends it
export TZ=UTC
cd /tmp/w28/mpd
mkdir -p music/Björk pl
echo "not audio" > "music/Björk/Jóga.mp3"; echo "broken" > music/kaputt.flac
python3 -c "
import wave,struct,math
w=wave.open('music/Björk/tone-été.wav','wb');w.setnchannels(1);w.setsampwidth(2);w.setframerate(8000)
w.writeframes(b''.join(struct.pack('<h',int(8000*math.sin(i/5))) for i in range(16000)));w.close()"
mpd --no-daemon /tmp/corpus28/src/mpd.conf > mpd.out 2> mpd.err &
sleep 2
python3 /tmp/corpus28/src/mpd_client.py
