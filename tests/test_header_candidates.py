"""Header inference tries a candidate slot only where its kind's regex alone fits enough lines
(formats/header_candidates.py): the layouts must be those of trying every candidate, and most
candidates must never be compiled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logmr.formats import header_candidates
from logmr.formats.header import infer_layout

LOGGERS = Path(__file__).parent / "data" / "loggers"
# Every text sample of other tools' documented output (the accuracy corpus, its gaps and sources).
SAMPLES = sorted(p for p in LOGGERS.rglob("*.log") if p.stat().st_size)


def _layouts(paths: list[Path]) -> list:
    return [infer_layout(path.read_bytes()[:65536]) for path in paths]


def test_the_kinds_regexes_pass_over_no_candidate_that_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(SAMPLES) > 100
    learned = _layouts(SAMPLES)
    assert sum(1 for layout in learned if layout) > 80  # (most of them are plain text with a header)
    # every kind "fits" every line: each candidate is tried, as before the kinds' regexes
    monkeypatch.setattr(header_candidates, "_kind_pattern", lambda kind: re.compile(""))
    assert _layouts(SAMPLES) == learned


def test_a_log4j_sample_compiles_few_candidates() -> None:
    header_candidates.slot_pattern.cache_clear()
    lines = [
        f"2026-12-03 14:0{i}:00,123 {level} [main] com.example.shop.Checkout - order {i} placed\n"
        for i, level in enumerate(["INFO", "WARN", "ERROR", "DEBUG", "INFO", "INFO"])
    ]
    assert infer_layout("".join(lines).encode()) is not None
    candidates = len({*header_candidates.SPECIFIC, *header_candidates.WORDS})
    assert candidates > 400
    assert header_candidates.slot_pattern.cache_info().currsize < candidates // 4
