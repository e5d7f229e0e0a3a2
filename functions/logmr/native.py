"""logmr's C kernels, where they are built (layer/native; layer/build-native.sh compiles them:
scripts/setup.sh runs it, and layer/Makefile for Lambda): `json_tally` and `suspect_ends`
(formats/json_native.py), `KeyCounts` (engine/count_combiner.py), `merge_counts` (engine/reducer.py),
`ascii_words` (analyses/wordcount.py), `count_rows` (formats/columnar.py), `dfa_extract`
(formats/group_dfa.py), `dfa_count` (formats/dfa_counts.py), `quoted_columns`
(formats/access_kernel.py), `doubled` (formats/plain_messages.py), `json_unescape`
(formats/json_text.py), `LineHits` and `hit_samples` (analyses/hyperscan_patterns.py,
formats/json_text.py). Each is None where the module is missing, built from other sources (its
`ABI` not this one's: a layer older than the code) or turned off with `LOGMR_NATIVE=0` (the
benchmarks' baseline); logmr then does the same in Python."""

from __future__ import annotations

import os
from typing import Any

ABI = 17  # (the build's logmr_native.ABI: its functions' arguments and results as logmr calls them)
module: Any
try:
    import logmr_native as module
except ImportError:  # (not built: no C compiler where logmr was installed)
    module = None

if os.environ.get("LOGMR_NATIVE") == "0" or getattr(module, "ABI", None) != ABI:
    module = None

json_tally = getattr(module, "json_tally", None)
suspect_ends = getattr(module, "suspect_ends", None)
KeyCounts = getattr(module, "KeyCounts", None)
ascii_words = getattr(module, "ascii_words", None)
merge_counts = getattr(module, "merge_counts", None)
dfa_extract = getattr(module, "dfa_extract", None)
json_unescape = getattr(module, "json_unescape", None)
LineHits = getattr(module, "LineHits", None)
hit_samples = getattr(module, "hit_samples", None)
count_rows = getattr(module, "count_rows", None)
dfa_count = getattr(module, "dfa_count", None)
quoted_columns = getattr(module, "quoted_columns", None)
doubled = getattr(module, "doubled", None)
