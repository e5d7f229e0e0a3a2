"""How fast logmr reads XML log records, against the standard library's XML parser alone over the
same bytes, side by side in one process (no peer engine reads these files: DuckDB and polars have
no XML reader).

    .venv/bin/python bench/xml_records.py [--size 32MB] [--repeat 3]

For each XML file of the corpus (tests/data/loggers: java.util.logging's XMLFormatter, Log4j 2's
XmlLayout default, complete and compact, logback's log4j XMLLayout), its records repeated to
`--size` bytes and cut into 4 MiB blocks as a map task reads them:

- `parse`: xml.etree.ElementTree.XMLPullParser fed the blocks inside one root element, every
  element built and its end read (the XML parse and tree alone: no record, no field);
- `logmr`: the format's `parse_block` of each block for services' fields (service, level; the
  record path whole: elements found, parsed, read into records, malformed lines counted).

Prints MB/s and records/s per file and the ratio logmr / parse (1.0: logmr costs what parsing the
XML costs; more: what finding records and reading their fields adds).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from xml.etree.ElementTree import XMLPullParser

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from logmr.formats import get_format  # noqa: E402

FILES = (
    "jul_xmlformatter.log",
    "log4j2_xmllayout.log",
    "log4j2_xml_complete.log",
    "log4j2_xml_compact.log",
    "logback_log4j_xmllayout.log",
)
BLOCK = 4 << 20


def _blocks(path: Path, size: int) -> list[bytes]:
    data = path.read_bytes()
    start = min(at for at in (data.find(b"<record>"), data.find(b"<Event"), data.find(b"<log4j:event")) if at >= 0)
    body = data[start:]
    whole = body * (size // len(body) + 1)
    blocks, at = [], 0
    while at < size:
        end = whole.rfind(b"\n", at, at + BLOCK) + 1 or at + BLOCK
        blocks.append(whole[at:end])
        at = end
    return blocks


def _parse(blocks: list[bytes]) -> int:
    parser = XMLPullParser(("end",))
    parser.feed(b'<logmr xmlns:log4j="urn:log4j">')
    ends = 0
    for block in blocks:
        for chunk in block.split(b"</log>"):  # (a JUL run's closing tag: the root is ours)
            parser.feed(chunk.replace(b"<Events", b"<x").replace(b"</Events>", b""))
            ends += sum(1 for _ in parser.read_events())
    return ends


def _logmr(blocks: list[bytes]) -> int:
    fmt = get_format("xml")
    return sum(fmt.parse_block(block, ("service", "level"), "bench").records for block in blocks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="32MB")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = int(float(args.size.rstrip("MB")) * 10**6)
    print("| file | MB | records | parse MB/s | logmr MB/s | logmr records/s | logmr / parse |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in FILES:
        blocks = _blocks(ROOT / "tests" / "data" / "loggers" / name, size)
        mb = sum(map(len, blocks)) / 10**6
        best = {}
        for _ in range(args.repeat):
            for label, run in (("parse", _parse), ("logmr", _logmr)):
                started = time.perf_counter()
                result = run(blocks)
                best[label] = min(best.get(label, float("inf")), time.perf_counter() - started)
                if label == "logmr":
                    records = result
        print(
            f"| {name} | {mb:.0f} | {records:,} | {mb / best['parse']:.1f} | {mb / best['logmr']:.1f} | "
            f"{records / best['logmr']:,.0f} | {best['logmr'] / best['parse']:.2f} |"
        )


if __name__ == "__main__":
    main()
