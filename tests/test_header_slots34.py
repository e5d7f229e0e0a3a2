"""Header slots learned in session 34: a bracketed name alone as the header, where no time nor level
anchors one (`header_candidates.named_header`): a library's or a tool's prefix on most lines, a few names
written many times. Before, such a file had no layout: each line a record, the name in its message."""

from __future__ import annotations

from helpers import read_both_paths
from logmr.formats.header import infer_layout

TRANSFORMERS = [
    "[transformers] Offline mode: forcing local_files_only=True",
    "[transformers] loading configuration file /tmp/hf/modell-café/config.json",
    "[transformers] Model config BertConfig {",
    '  "hidden_size": 64,',
    '  "model_type": "bert"',
    "}",
    "",
    "[transformers] Modell für Jürgen geladen: bert",
    "Traceback (most recent call last):",
    '  File "run.py", line 46, in <module>',
    "KeyError: 'fehlt'",
    "[transformers] wieder sichtbar: café",
    "[transformers] Konfiguration geladen (DEBUG)",
    "[transformers] nur einmal",
]
KRESD = [
    "[system] warning: hard limit for number of file-descriptors is only 20000",
    "[system] error: module 'nonexistent' not found:",
    "\tno field package.preload['nonexistent']",
    "[plan  ][00000.00] plan '.' type 'NS' uid [65536.00]",
    "[resolv][65536.01]   => using root hints",
    "[resolv][65536.02]   >< TA: '.'",
    "[taupd ] refreshing TA for .",
]


def _rows(lines: list[str], count: int) -> list[tuple]:
    return [(r.timestamp, r.level, r.service, r.message) for r in read_both_paths(lines, count)]


def test_a_bracketed_name_on_every_record_is_its_service() -> None:
    """The JSON dump's lines, its closing `}` and a traceback continue the record above them (the level:
    none, read as INFO)."""
    assert _rows(TRANSFORMERS, 7) == [
        (None, "INFO", "transformers", "Offline mode: forcing local_files_only=True"),
        (None, "INFO", "transformers", "loading configuration file /tmp/hf/modell-café/config.json"),
        (None, "INFO", "transformers", "Model config BertConfig {"),
        (None, "INFO", "transformers", "Modell für Jürgen geladen: bert"),
        (None, "INFO", "transformers", "wieder sichtbar: café"),
        (None, "INFO", "transformers", "Konfiguration geladen (DEBUG)"),
        (None, "INFO", "transformers", "nur einmal"),
    ]


def test_padded_names_and_a_bracket_glued_after_some() -> None:
    """Knot Resolver's `[plan  ][00000.00] `: the name's padding and one blank after it are no message's."""
    assert _rows(KRESD, 6) == [
        (None, "INFO", "system", "warning: hard limit for number of file-descriptors is only 20000"),
        (None, "INFO", "system", "error: module 'nonexistent' not found:"),
        (None, "INFO", "plan", "[00000.00] plan '.' type 'NS' uid [65536.00]"),
        (None, "INFO", "resolv", "[65536.01]   => using root hints"),
        (None, "INFO", "resolv", "[65536.02]   >< TA: '.'"),
        (None, "INFO", "taupd", "refreshing TA for ."),
    ]


def test_brackets_that_name_no_component_stay_in_the_message() -> None:
    """A checklist's or a progress counter's brackets (`[x]`, `[1/5]`: many distinct, or not a name), and a
    name on too few lines, anchor no header."""
    steps = [f"[{n}/9] Building CXX object src/f{n}.cc.o" for n in range(1, 10)]
    assert infer_layout(("\n".join(steps) + "\n").encode()) is None
    words = [f"[{word}] done" for word in ("alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa")]
    assert infer_layout(("\n".join(words) + "\n").encode()) is None
    few = ["[build] start", "compiling a.c", "compiling b.c", "compiling c.c", "[build] done"]
    assert infer_layout(("\n".join(few) + "\n").encode()) is None
