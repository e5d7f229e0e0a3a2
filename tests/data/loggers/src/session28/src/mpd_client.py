"""Plain MPD protocol client for the mpd run (127.0.0.1:16600)."""
import socket, time

def session(cmds):
    s = socket.create_connection(("127.0.0.1", 16600), timeout=5)
    f = s.makefile("rwb")
    print(f.readline())
    for c in cmds:
        f.write((c + "\n").encode()); f.flush()
        while True:
            line = f.readline()
            if not line or line.startswith(b"OK") or line.startswith(b"ACK"):
                print(c, line); break
        time.sleep(0.2)
    s.close()

session(["status", "password falsch", "password geheim", "add \"Björk/tone-été.wav\"", "add nosuchfile.mp3",
         "kaputtcommand", "play 0", "status"])
time.sleep(2.5)
session(["password geheim", "add kaputt.flac", "play 1", "update Björk", "load \"keine-liste\"", "save \"meine-liste-ü\"",
         "enableoutput 1", "stop", "clear"])
time.sleep(1)
session(["password geheim", "kill"])
