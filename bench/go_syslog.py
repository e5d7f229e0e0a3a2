"""rsyslog's ISO lines from Go services whose messages are logfmt (Prometheus', Grafana's, dockerd's and
containerd's shapes) and a fifth sshd lines, a hundred lines a second, levels drawn with a fixed seed:
what a syslog file of a host running such services looks like, for the price of reading the level
a message names (docs/benchmarks.md, session 29).

    .venv/bin/python bench/go_syslog.py OUT.log [BYTES]      # 256000000 by default
"""

from __future__ import annotations

import random
import sys

LEVELS = ["info"] * 8 + ["warn", "error", "debug", "warning"]
TAGS = ["prometheus[812]", "grafana-server[900]", "dockerd[55]", "containerd[77]", "sshd[1001]"]


def line(n: int, level: str) -> str:
    """The n-th line, its message by its tag's shape."""
    second = n // 100
    time = f"2026-12-03T{(second // 3600) % 24:02d}:{(second // 60) % 60:02d}:{second % 60:02d}.{n % 1000000:06d}+00:00"
    tag = TAGS[n % 5]
    if tag.startswith("prometheus"):
        message = f'ts=2026-12-03T14:59:10.{n % 1000:03d}Z caller=main.go:{n % 900} level={level} msg="scrape done"'
        message += f" target=node-{n % 50}"
    elif tag.startswith("grafana"):
        message = f'logger=sqlstore t=2026-12-03T14:59:11.002+00:00 level={level} msg="Connecting to DB" n={n}'
    elif tag.startswith("sshd"):
        message = f"Accepted publickey for user{n % 40} from 10.0.{n % 255}.5 port {n % 60000} ssh2"
    else:
        message = f'time="2026-12-03T14:59:13.{n:09d}Z" level={level} msg="cleaning up dead shim" id={n:x}'
    return f"{time} web-{n % 4} {tag}: {message}\n"


def main(path: str, size: int) -> None:
    rng = random.Random(29)
    written, n = 0, 0
    with open(path, "w") as out:
        while written < size:
            n += 1
            text = line(n, LEVELS[rng.randrange(len(LEVELS))])
            out.write(text)
            written += len(text)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 256_000_000)
