#!/usr/bin/env python3
"""Drive gopls over stdio like an editor would: initialize, open a file with errors, hover, shut down.

Usage: gopls_client.py LOGFILE WORKDIR  (gopls writes its -rpc.trace log to LOGFILE)
"""
import json
import subprocess
import sys
import time
from pathlib import Path

logfile, work = sys.argv[1], Path(sys.argv[2])
(work / "shop").mkdir(parents=True, exist_ok=True)
src = work / "shop" / "main.go"
text = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Café Zoë in 東京", undefinedThing)\n}\n'
src.write_text(text, encoding="utf-8")
(work / "shop" / "go.mod").write_text("module example.com/shop\n\ngo 1.19\n")
p = subprocess.Popen(["gopls", "-rpc.trace", "-logfile", logfile, "serve"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, cwd=work / "shop")


def send(obj):
    body = json.dumps(obj).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()


def read():
    length = 0
    while True:
        line = p.stdout.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(p.stdout.read(length))


def request(rid, method, params):
    send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
    while True:
        msg = read()
        if msg.get("id") == rid and "method" not in msg:
            return msg


uri = src.as_uri()
request(1, "initialize", {"processId": None, "rootUri": (work / "shop").as_uri(), "capabilities": {}})
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "go", "version": 1, "text": text}}})
time.sleep(2)
request(2, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 2}})
request(3, "textDocument/definition", {"textDocument": {"uri": uri + ".missing"}, "position": {"line": 0, "character": 0}})
request(4, "shutdown", None)
send({"jsonrpc": "2.0", "method": "exit"})
p.wait(timeout=10)
