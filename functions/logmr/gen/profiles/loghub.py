"""System logs scaled up from the loghub 2k samples (tests/data/loghub, read from the repository):
each record is a sample line drawn at random with its header kept and its message's variables
(numbers, IPs, hex, HDFS block ids) replaced by fresh values of the same shape, so the templates
stay and the values do not repeat. Needs a checkout: the samples are not part of the package."""

from __future__ import annotations

import csv
import functools
import random
import re
from pathlib import Path

from .events import Event

Rendered = list[tuple[str, dict | None]]
LOGHUB = Path(__file__).resolve().parents[4] / "tests" / "data" / "loghub"
SYSTEMS = ("Apache", "HDFS", "Hadoop", "Linux", "OpenSSH", "Proxifier", "Spark", "Zookeeper")
VARIABLE = re.compile(r"blk_-?\d+|\d{1,3}(?:\.\d{1,3}){3}|0x[0-9a-fA-F]+|\d+")
DIGITS = "0123456789"
# The level words of the samples (the generator does not depend on formats/, which reads them).
LEVEL_WORDS = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "warning": "WARN"}
LEVEL_WORDS |= {"error": "ERROR", "fatal": "FATAL", "critical": "FATAL", "severe": "ERROR"}


@functools.cache
def sample(system: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """(header, message, tail, level, component) of each sample line."""
    folder = LOGHUB / system
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} missing: the loghub profiles need the repository's tests/data/loghub")
    raw = (folder / f"{system}_2k.log").read_text(encoding="utf-8", errors="replace").splitlines()
    with open(folder / f"{system}_2k.log_structured.csv", encoding="utf-8", newline="") as rows:
        parsed = list(csv.DictReader(rows))
    lines = []
    for line, row in zip(raw, parsed, strict=True):
        content = row["Content"]
        at = line.rfind(content)
        if at < 0:
            continue
        # None where there is no level (Linux's "Level" column holds the host name)
        level = LEVEL_WORDS.get((row.get("Level") or "").strip().lower())
        component = row.get("Component") or row.get("Program")
        lines.append((line[:at], content, line[at + len(content) :], level, component))
    return lines


def _fresh(rng: random.Random, match: re.Match) -> str:
    text = match.group(0)
    if text.startswith("blk_"):
        sign = "-" if rng.random() < 0.5 else ""
        return f"blk_{sign}{rng.getrandbits(62)}"
    if text.startswith("0x"):
        return "0x" + "".join(rng.choice("0123456789abcdef") for _ in text[2:])
    if "." in text:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice(DIGITS[1:]) if len(text) > 1 else rng.choice(DIGITS)
    return first + "".join(rng.choices(DIGITS, k=len(text) - 1))


def render(system: str, rng: random.Random, events: list[Event]) -> Rendered:
    lines = sample(system)
    out = []
    for header, content, tail, level, component in rng.choices(lines, k=len(events)):
        message = VARIABLE.sub(lambda m: _fresh(rng, m), content)
        known = {"time": None, "level": level, "service": component}
        out.append((f"{header}{message}{tail}\n", known | {"host": None, "message": message}))
    return out


RENDERERS = {f"loghub-{system.lower()}": functools.partial(render, system) for system in SYSTEMS}
