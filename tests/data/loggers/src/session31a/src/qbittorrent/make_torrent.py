#!/usr/bin/env python3
"""Write a single-file .torrent (bencoded, 16 KiB pieces) for PATH with a tracker on 127.0.0.1."""
import hashlib
import os
import sys


def benc(v):
    if isinstance(v, int):
        return b"i%de" % v
    if isinstance(v, str):
        v = v.encode()
    if isinstance(v, bytes):
        return b"%d:%s" % (len(v), v)
    if isinstance(v, list):
        return b"l" + b"".join(benc(x) for x in v) + b"e"
    return b"d" + b"".join(benc(k) + benc(v[k]) for k in sorted(v)) + b"e"


path, out = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
pieces = b"".join(hashlib.sha1(data[i:i + 16384]).digest() for i in range(0, len(data), 16384))
info = {"name": os.path.basename(path), "length": len(data), "piece length": 16384, "pieces": pieces}
torrent = {"announce": "http://127.0.0.1:9/announce", "comment": "Testdatei aus Köln", "info": info}
open(out, "wb").write(benc(torrent))
