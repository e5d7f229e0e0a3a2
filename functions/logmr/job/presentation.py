"""How a job's summary is shown: a list of views, declared once by the job and read both by the
terminal renderer (cli/render.py) and by the dashboard (frontend/app.js, from `GET /analyses`).

A view points into the summary with paths: dot-separated keys and list indexes
(`"latency.p95"`, `"samples.0"`); a list of paths means the values summed (numbers) or joined by
spaces (text). A path that leads to an object of name -> value is read as its [name, value] pairs,
so `rows="status"` over `{"200": 9, "404": 1}` gives two rows whose paths are "0" and "1".

Titles and text are templates with `{path}` or `{path|format}` placeholders. Formats, the same in
both renderers:

- `count`: a whole number with thousands separators (12,345);
- `compact`: the same up to 99,999, then 123.5k or 1.24M (wide tables that must fit a terminal);
- `percent` or `percent:N`: a share as a percentage with N decimals (default 2);
- `ms`: milliseconds with one decimal, `-` when missing;
- `top:N`: an object of name -> count shown as its first N entries, "name count, ...";
- `duration`: seconds as 30s, 5m, 2h or 1d;
- `time`: an ISO 8601 time shown as `2026-11-30 12:00:00`;
- `regex`: a template's text as an RE2 regex matching the messages it stands for (`<*>`, `<NUM>`...
  as `\\S+`, the rest literal), for drill-down conditions;
- `route`: an http route as an RE2 regex of its paths (`:id`, `:uuid`, `:hex` as `[^/]+`);
- `quoted`: text quoted for a `--where` value;
- `text` (the default): the value as text.

Drill-down: views may name `--where` conditions (templates over the clicked row) that the
dashboard runs the same analysis with (or the view's `drill_analysis`: templates' bars open in
`parse`, every record of the template with its header fields), over the same inputs, when a row is
clicked.

The terminal shows tables and text; the dashboard shows every view, charts as charts.
"""

from __future__ import annotations

from typing import Literal

import msgspec

Format = str
Path = str | list[str]


class Column(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    title: str
    value: Path
    format: Format = "text"
    #: One line cut to fit (a sample line) instead of wrapped.
    cut: bool = False


class Table(msgspec.Struct, tag="table", omit_defaults=True, forbid_unknown_fields=True):
    """Rows of the summary as a table: at most `limit` rows, then the `total` row (an object of the
    summary with the same shape as a row, or "" for the summary itself) labelled "all"."""

    title: str
    rows: str
    columns: list[Column]
    limit: int = 15
    total: str | None = None
    #: A time series: consecutive rows merged (numbers summed) so that at most `fold` are shown;
    #: `interval` is the path of one row's width in seconds, shown by `{@interval|duration}`.
    fold: int | None = None
    interval: str | None = None


class Text(msgspec.Struct, tag="text", forbid_unknown_fields=True):
    """A line of text from a template over the summary; shown only when `when` (a path) holds
    something other than 0, "", null or an empty list."""

    template: str
    when: str | None = None


class Bars(msgspec.Struct, tag="bars", omit_defaults=True, forbid_unknown_fields=True):
    """A horizontal bar per row: `label` and `value` are paths into each row."""

    title: str
    rows: str
    label: Path
    value: str
    format: Format = "count"
    label_format: Format = "text"
    limit: int = 20
    #: Drill-down: `--where` conditions (templates over the row) a click on a bar runs the job with.
    drill: list[str] = []
    #: The analysis the drill-down runs (same options): "" for the shown job's own.
    drill_analysis: str = ""


class Stacked(msgspec.Struct, tag="stacked", omit_defaults=True, forbid_unknown_fields=True):
    """A bar per row split by level: `parts` is the row's object of level -> count, `total` its sum;
    `note` (a template over the row) is shown at the end of each bar."""

    title: str
    rows: str
    label: Path
    parts: str
    total: str
    note: str = ""
    limit: int = 20
    drill: list[str] = []


class Histogram(msgspec.Struct, tag="histogram", omit_defaults=True, forbid_unknown_fields=True):
    """A time series as columns split by level; `time` is the path of each point's time, `first`
    and `last` paths of the summary shown under the axis, and `interval` of a column's seconds."""

    title: str
    rows: str
    time: str
    parts: str
    total: str
    interval: str
    first: str = "first"
    last: str = "last"
    #: Drill-down: a click on a column runs the job over that column's time only.
    drill: bool = False


class Samples(msgspec.Struct, tag="samples", omit_defaults=True, forbid_unknown_fields=True):
    """Example lines per row: `heading` a template over the row, `samples` the path of its sample
    or list of samples."""

    title: str
    rows: str
    heading: str
    samples: str
    limit: int = 10


class Records(msgspec.Struct, tag="records", omit_defaults=True, forbid_unknown_fields=True):
    """A row (a template, say) that opens on the dashboard to its records: `heading` a template
    over the row, `records` the path of its list of records (objects), `columns` what is shown of
    each (paths into a record: its line and header fields)."""

    title: str
    rows: str
    heading: str
    records: str
    columns: list[Column]
    limit: int = 20


View = Table | Text | Bars | Stacked | Histogram | Samples | Records
Kind = Literal["table", "text", "bars", "stacked", "histogram", "samples", "records"]

#: What a job that keeps Job.summarize shows: its top rows.
TOP_VIEWS: list[View] = [
    Table("Top results", rows="top", columns=[Column("key", "0"), Column("value", "1", "count")]),
    Bars("Top keys", rows="top", label="0", value="1"),
]
#: CountJob's summary also has the total and the number of distinct keys.
COUNT_VIEWS: list[View] = [
    *TOP_VIEWS,
    Text("total {total|count} over {distinct_keys|count} distinct keys", when="distinct_keys"),
]


def views_document(views: list[View]) -> list[dict]:
    """The views as JSON for the dashboard (`GET /analyses`)."""
    return msgspec.to_builtins(views)
