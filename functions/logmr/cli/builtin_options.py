"""The built-in analyses' options as the command line takes them (one flag each, shared by the
analyses that take it), read from builtin_options.json. Computing them imported every analysis to
read its Options struct: 0.015 s of every `logmr run`'s start, which imports only the analysis it
runs. tests/test_cli.py checks that the file says what the analyses do; after an analysis's options
change, `python -m logmr.cli.builtin_options` writes it again."""

from __future__ import annotations

from pathlib import Path

import msgspec

from ..job.options import OptionSpec, option_specs

TABLE = Path(__file__).with_name("builtin_options.json")

#: An option's name -> (the option, the analyses that take it), in the order the flags are listed.
BuiltinOptions = dict[str, tuple[OptionSpec, list[str]]]


def computed_options() -> BuiltinOptions:
    """The options from the analyses' Options structs (every analysis imported). An option two
    analyses share is one flag, so it must mean the same to both."""
    from ..analyses import ANALYSES

    found: BuiltinOptions = {}
    for analysis, cls in ANALYSES.items():
        for spec in option_specs(cls.Options):
            known, analyses = found.setdefault(spec.name, (spec, []))
            if (known.kind, known.flag) != (spec.kind, spec.flag):
                raise TypeError(f"option {spec.name!r} of {analysis} differs from {analyses[0]}'s")
            analyses.append(analysis)
    return found


def written_options() -> BuiltinOptions:
    """The options as builtin_options.json holds them."""
    rows = msgspec.json.decode(TABLE.read_bytes())
    return {row["option"]["name"]: (OptionSpec(**row["option"]), row["analyses"]) for row in rows}


def write_options() -> None:
    """builtin_options.json from the analyses' Options structs."""
    from dataclasses import asdict

    rows = [{"option": asdict(spec), "analyses": analyses} for spec, analyses in computed_options().values()]
    TABLE.write_bytes(msgspec.json.format(msgspec.json.encode(rows), indent=2) + b"\n")


if __name__ == "__main__":
    write_options()
