"""IRC clients of ZNC: one with the right password (joins, talks, asks *status), one with a wrong one."""
import socket
import time


def talk(lines, wait=1.0):
    s = socket.create_connection(("127.0.0.1", 16697), timeout=5)
    for line in lines:
        if isinstance(line, float):
            time.sleep(line)
            continue
        s.sendall(line.encode("utf-8") + b"\r\n")
    time.sleep(wait)
    try:
        s.recv(65536)
    except OSError:
        pass
    s.close()


talk(["PASS kasse/lokal:geheim", "NICK kasse", "USER kasse 0 * :Kasse", 2.0,
      "PRIVMSG #köln :Grüße aus der Kasse \u263a", "PRIVMSG *status :ListNetworks",
      "PRIVMSG *status :Jump", 1.5, "PRIVMSG *status :gibtsnicht", "QUIT :tschüss"])
talk(["PASS kasse/lokal:falsch", "NICK kasse", "USER kasse 0 * :Kasse"])
talk(["NICK ohnepass", "USER x 0 * :x"], wait=2.0)
