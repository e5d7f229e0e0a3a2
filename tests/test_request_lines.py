"""A web server's request lines among an app's log lines, and stack traces in a file with no header
(formats/request_lines.py, formats/headless.py): each request line is a record of its own with its
HTTP fields (it used to continue the record above it and be lost), a traceback joins the message
it belongs to, and a job counts the same records at any split size."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from helpers import run_job
from logmr.formats import detect_format
from logmr.formats.reading import learn_layout

ESC = "\x1b"


def _flask(n: int) -> str:
    """Flask's default handler (`[asctime] LEVEL in module: message`) among Werkzeug's request lines."""
    second = f"{n % 60:02d}"
    return (
        f"[2026-12-02 14:32:{second},251] INFO in shop: cart {n} computed\n"
        f'127.0.0.1 - - [02/Dec/2026 14:32:{second}] "GET /cart/{n} HTTP/1.1" 200 -\n'
        f'127.0.0.1 - - [02/Dec/2026 14:32:{second}] "{ESC}[33mGET /missing HTTP/1.1{ESC}[0m" 404 -\n'
        f"[2026-12-02 14:32:{second},260] ERROR in app: Exception on /boom [GET]\n"
        "Traceback (most recent call last):\n"
        '  File "app.py", line 20, in boom\n'
        "    raise RuntimeError('declined')\n"
        "RuntimeError: declined\n"
        f'127.0.0.1 - - [02/Dec/2026 14:32:{second}] "POST /boom HTTP/1.1" 500 265\n'
        "a line printed after a request\n"
    )


def _django(n: int) -> str:
    """Django's runserver: messages with no header, its request lines, a logged traceback."""
    return (
        f'[02/Dec/2026 14:32:17] "GET /items/{n} HTTP/1.1" 200 32\n'
        f"Internal Server Error: /boom/{n}\n"
        "Traceback (most recent call last):\n"
        '  File "views.py", line 16, in boom\n'
        "    raise ValueError('bad')\n"
        "    ^^^^^^^^^^^^^^^^^^^^^^^\n"
        "ValueError: bad\n"
        f'[02/Dec/2026 14:32:18] "GET /boom/{n} HTTP/1.1" 500 55295\n'
        "Traceback (most recent call last):\n"  # (uWSGI's: printed alone, after a request line)
        '  File "app.py", line 5, in application\n'
        "KeyError\n"
        "Not Found: /missing\n"
    )


def _records(text: str) -> list:
    data = text.encode()
    fmt = detect_format(data[:65536])
    fmt = fmt.with_layout(learn_layout(fmt.name, data[:65536]))
    return [record for record, _ in fmt.records(data, "app")]


def test_request_lines_are_records_among_the_apps() -> None:
    records = _records("".join(map(_flask, range(40))))
    assert len(records) == 6 * 40
    app, ok, missing, error, failed, printed = records[:6]
    assert (app.level, app.service, app.message) == ("INFO", "shop", "cart 0 computed")
    assert (ok.timestamp, ok.method, ok.path, ok.status, ok.bytes) == ("2026-12-02T14:32:00", "GET", "/cart/0", 200, 0)
    assert (ok.message, ok.level, ok.host) == ("GET /cart/0 HTTP/1.1", "INFO", None)
    assert (missing.message, missing.status, missing.level) == ("GET /missing HTTP/1.1", 404, "WARN")
    assert (error.level, error.message) == ("ERROR", "Exception on /boom [GET]")
    assert error.fields["stack"].endswith("RuntimeError: declined")
    assert (failed.status, failed.bytes, failed.level) == (500, 265, "ERROR")
    assert printed.message == "a line printed after a request"  # (it does not continue the request)


def test_morgans_request_lines_are_records_in_each_of_its_formats() -> None:
    """Express's morgan, `dev` (in colours), `tiny` and `short` (an IPv6 client too), `-` where the
    client left before the answer; a line that only looks like one stays text."""
    dev = f"{ESC}[0mGET /orders/42 {ESC}[32m200{ESC}[0m 1.837 ms - 26{ESC}[0m\n"
    dev += f"{ESC}[0mPOST /orders {ESC}[31m500{ESC}[0m 12.5 ms - -{ESC}[0m\nGET /slow - - ms - -\n"
    tiny = "GET /orders/42 200 26 - 1.837 ms\nDELETE /orders/7 404 143 - 0.5 ms\nGET /slow - - - - ms\n"
    short = "127.0.0.1 - GET /orders/42 HTTP/1.1 200 26 - 1.837 ms\n::1 - HEAD /x HTTP/1.1 304 - - 0.2 ms\n"
    short += "::1 - GET /slow HTTP/1.1 - - - - ms\n"
    wanted = [
        ("GET /orders/42", "GET", "/orders/42", 200, 26, 1.837),
        ("POST /orders", "POST", "/orders", 500, 0, 12.5),
        ("GET /slow", "GET", "/slow", None, 0, None),
        ("GET /orders/42", "GET", "/orders/42", 200, 26, 1.837),
        ("DELETE /orders/7", "DELETE", "/orders/7", 404, 143, 0.5),
        ("GET /slow", "GET", "/slow", None, 0, None),
        ("GET /orders/42 HTTP/1.1", "GET", "/orders/42", 200, 26, 1.837),
        ("HEAD /x HTTP/1.1", "HEAD", "/x", 304, 0, 0.2),
        ("GET /slow HTTP/1.1", "GET", "/slow", None, 0, None),
    ]
    found = [record for text in (dev, tiny, short) for record in _records(text * 20)[:3]]
    assert [(r.message, r.method, r.path, r.status, r.bytes, r.latency_ms) for r in found] == wanted
    assert [r.level for r in found[:3]] == ["INFO", "ERROR", "INFO"]
    looks = _records("GET /orders/42 200 26 - 1.837 seconds\nGET /orders/42 200 26 - 1.837 ms\n" * 20)
    assert looks[0].status is None and looks[1].status == 200


def test_granians_access_lines_are_records_among_its_own() -> None:
    """Granian's `[LEVEL] message` lines and its access log's (`[time +0000] addr - "request" status
    ms`, the latency in milliseconds without a unit, no size): each request line a record of its own."""
    own = "[INFO] Starting granian (main PID: 17168)\n[WARNING] Configuration allows spawning up to 256 threads\n"
    requests = '[2026-12-04 03:11:27 +0000] 127.0.0.1 - "GET /K\u00f6ln HTTP/1.1" 200 0.136\n'
    requests += '[2026-12-04 03:11:28 +0000] ::1 - "POST /boom HTTP/1.1" 500 12.041\n'
    records = _records((own + requests) * 20)[:4]
    assert [(r.level, r.message) for r in records[:2]] == [
        ("INFO", "Starting granian (main PID: 17168)"),
        ("WARN", "Configuration allows spawning up to 256 threads"),
    ]
    assert [(r.timestamp, r.level, r.message, r.status, r.bytes, r.latency_ms) for r in records[2:]] == [
        ("2026-12-04T03:11:27+00:00", "INFO", "GET /K\u00f6ln HTTP/1.1", 200, None, 0.136),
        ("2026-12-04T03:11:28+00:00", "ERROR", "POST /boom HTTP/1.1", 500, None, 12.041),
    ]


def test_tracebacks_join_in_a_file_with_no_header() -> None:
    records = _records("".join(map(_django, range(40))))
    assert [r.message for r in records[:5]] == [
        "GET /items/0 HTTP/1.1",
        "Internal Server Error: /boom/0",
        "GET /boom/0 HTTP/1.1",
        "Traceback (most recent call last):",
        "Not Found: /missing",
    ]
    assert len(records) == 5 * 40
    assert records[1].fields["stack"].splitlines()[-1] == "ValueError: bad"
    assert records[3].fields["stack"].splitlines()[-1] == "KeyError"
    assert (records[2].status, records[2].level, records[2].timestamp) == (500, "ERROR", "2026-12-02T14:32:18")


def test_layouts_learn_request_lines_and_traces_only_where_the_sample_has_them() -> None:
    app = "".join(f"[2026-12-02 14:32:{n:02d},251] INFO in shop: cart {n}\n" for n in range(60))
    one = app + '127.0.0.1 - - [02/Dec/2026 14:32:00] "GET / HTTP/1.1" 200 -\n'
    assert learn_layout("plain", app.encode())[-1][0] == learn_layout("plain", one.encode())[-1][0] == "tag"
    assert learn_layout("plain", (one * 2).encode())[-1][0] == "reqline"
    bare = "".join(f"worker {n} started\n" for n in range(60))
    assert learn_layout("plain", bare.encode()) is None
    assert learn_layout("plain", (bare + _django(0)[48:]).encode()) == [["traces", "none"]]


def test_jobs_count_the_same_records_at_any_split_size(tmp_path: Path) -> None:
    expected = {  # (service, level) of each record a block writes, the file's name the default service
        "flask": Counter({("shop", "INFO"): 1, ("flask", "INFO"): 2, ("flask", "WARN"): 1, ("app", "ERROR"): 1})
        + Counter({("flask", "ERROR"): 1}),
        "django": Counter({("django", "INFO"): 4, ("django", "ERROR"): 1}),
    }
    for name, write in (("flask", _flask), ("django", _django)):
        path = tmp_path / f"{name}.log"
        path.write_text("".join(map(write, range(6000))))  # (over 2 MB: splits cut inside records)
        for split in (1 << 16, 1 << 30):
            rows, result = run_job("services", [path], tmp_path / f"{name}-{split}", split_size=split)
            assert rows == {key: 6000 * n for key, n in expected[name].items()}, rows
            assert result["counters"]["malformed"] == 0
            status = run_job("http", [path], tmp_path / f"{name}-http-{split}", split_size=split)[1]["summary"]
            assert status["requests"] == 6000 * (3 if name == "flask" else 2)


def test_lines_after_a_request_line_are_records_at_any_split(tmp_path: Path) -> None:
    """Nothing continues a request line: the lines after one up to the next header are each a
    record (a blank line among them too), the same wherever a split starts, even past the caps."""
    header = "[2026-12-02 14:32:{:02d},251] INFO in shop: cart {} computed"
    request = '127.0.0.1 - - [02/Dec/2026 14:32:{:02d}] "GET /cart/{} HTTP/1.1" 200 -'
    lines = [line for n in range(30) for line in (header.format(n, n), request.format(n, n), request.format(n, n))]
    lines += [header.format(59, 99), request.format(59, 99), "", "printed after a request"]
    lines += [f"  continuation {i}" for i in range(499)] + [header.format(58, 100)]
    data = ("\n".join(lines) + "\n").encode()
    records = _records(data.decode())
    assert [r.message for r in records[-503:-499]] == [
        "cart 99 computed",
        "GET /cart/99 HTTP/1.1",
        "printed after a request",
        "  continuation 0",
    ]
    path = tmp_path / "cap.log"
    path.write_bytes(data)
    at = data.index(b"  continuation 498")
    counts = [
        run_job("services", [path], tmp_path / f"out-{split}", split_size=split)[0] for split in (at, at - 7, 1 << 30)
    ]
    assert counts[0] == counts[1] == counts[2] and sum(counts[2].values()) == len(records)
