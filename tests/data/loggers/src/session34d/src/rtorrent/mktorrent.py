"""Write a single-file .torrent (bencoded, standard library only) for the file given."""
import hashlib
import sys
from pathlib import Path


def bencode(v):
    if isinstance(v, int):
        return b"i%de" % v
    if isinstance(v, str):
        v = v.encode()
    if isinstance(v, bytes):
        return b"%d:%s" % (len(v), v)
    if isinstance(v, list):
        return b"l" + b"".join(bencode(x) for x in v) + b"e"
    return b"d" + b"".join(bencode(k) + bencode(v[k]) for k in sorted(v)) + b"e"


src, dst, tracker = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
data = src.read_bytes()
piece = 16384
pieces = b"".join(hashlib.sha1(data[i:i + piece]).digest() for i in range(0, len(data), piece))
info = {"name": src.name, "length": len(data), "piece length": piece, "pieces": pieces}
dst.write_bytes(bencode({"announce": tracker, "comment": "O'Brien \"Bob\" C:\\shop\\orders", "info": info}))
