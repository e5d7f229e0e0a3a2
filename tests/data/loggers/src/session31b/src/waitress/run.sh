#!/bin/sh
# waitress-serve with one thread so that parallel slow requests queue up; stderr+stdout to waitress_raw.log
export TZ=UTC
waitress-serve --listen=127.0.0.1:18431 --threads=1 --channel-timeout=3 --expose-tracebacks --trusted-proxy=127.0.0.1 --trusted-proxy-headers=x-forwarded-for --log-untrusted-proxy-headers app:app > waitress_raw.log 2>&1 &
PID=$!
sleep 1.5
curl -s http://127.0.0.1:18431/ > /dev/null
curl -s http://127.0.0.1:18431/boom > /dev/null
curl -s -H 'X-Forwarded-Proto: https' -H 'Forwarded: for="[2001:db8::1]";proto=https' http://127.0.0.1:18431/proxy > /dev/null
curl -s -H 'X-Forwarded-For: nicht-eine-adresse, 10.0.0.1' http://127.0.0.1:18431/proxy2 > /dev/null
curl -s http://127.0.0.1:18431/halb > /dev/null
for i in 1 2 3 4; do curl -s http://127.0.0.1:18431/langsam > /dev/null & done
sleep 0.3
curl -s "http://127.0.0.1:18431/K%C3%B6ln?q=%E6%97%A5%E6%9C%AC" > /dev/null &
wait_start=$(date +%s)
sleep 7
# a client that sends a bad request line, and one that sends a header too large
python3 -c "
import socket
s = socket.create_connection(('127.0.0.1', 18431))
s.sendall(b'GARBAGE\\r\\n\\r\\n')
print(s.recv(200))
s.close()
"
python3 -c "
import socket
s = socket.create_connection(('127.0.0.1', 18431))
s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + b'a' * 300000 + b'\r\n\r\n')
print(s.recv(200))
s.close()
"
# a client that connects and stays idle past the channel timeout
python3 -c "
import socket, time
s = socket.create_connection(('127.0.0.1', 18431))
time.sleep(8)
s.close()
"
kill -TERM $PID
wait $PID
