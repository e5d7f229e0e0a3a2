"""pyarrow for the kernels, without pandas.

pyarrow imports pandas, when it is installed, the first time it asks whether a value is a pandas
object (its `_PandasAPIShim`) or converts Python objects (Arrow's C++ looks for pandas' own null
values): any `pa.array` of a Python list, any compute function given a Python value.
That import is 0.3-0.5 s of CPU in each worker (pandas 3, numpy 2), more than a worker's whole
share of a short job, and our kernels never hand pyarrow a pandas object. So this module imports
pyarrow and lets those first looks find no pandas, which pyarrow remembers. Whatever asks pyarrow
for pandas itself (`Table.to_pandas`) still gets it: pyarrow tries the import again there. Where
pandas is imported already, nothing is changed.

Imported before a job's workers start (runners/pool.py), so they inherit it, or by each worker as
it starts while the runner plans (runners/early_pool.py). (The `logmr` program
hides numpy from built-in analyses, cli/run.py, so there pandas' import fails early anyway: 9 ms a
worker. A job run from Python, as `logmr serve` runs them, has numpy.)
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

import pyarrow
import pyarrow.compute


class _NoPandas(MetaPathFinder):
    """Finds `pandas` missing while it is first in sys.meta_path."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def settle_pandas() -> bool:
    """Let pyarrow's lazy look for pandas find none (unless pandas is imported already): True if
    pyarrow will not import pandas to answer whether a value is a pandas object."""
    shim = getattr(pyarrow.lib, "_pandas_api", None)
    if shim is None or "pandas" in sys.modules:
        return shim is not None and not shim.have_pandas
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        pyarrow.array([None])  # (a conversion from Python objects: Arrow's C++ looks once too)
        return not shim.have_pandas
    finally:
        sys.meta_path.remove(finder)


settle_pandas()
