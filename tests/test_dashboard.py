"""The dashboard in headless Chromium (Debian's, driven by Playwright) against `logmr serve`: sign in,
submit a job, watch it finish live without a reload, read its result chart; screenshots are saved
in test-artifacts/."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from helpers import CHROMIUM, FLAGS, LOGHUB, TOKEN, call, free_port, serving
from logmr.analyses import ANALYSES
from logmr.formats import LEVELS
from logmr.job.presentation import Table
from logmr.job.summary_text import table_cells

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def test_dashboard_submit_and_watch_live(tmp_path: Path, sample_dir: Path) -> None:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: apt-get install chromium (scripts/test.sh does)"
    ARTIFACTS.mkdir(exist_ok=True)
    with serving(tmp_path / "home", sample_dir) as (base, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/")
        page.fill("#token", "wrong-token")
        page.click("#sign-in-form button")
        page.wait_for_selector("#banner:has-text('refused')")
        page.fill("#token", TOKEN)
        page.click("#sign-in-form button")
        page.wait_for_selector("#analysis option[value='services']", state="attached")
        page.wait_for_selector("#connection.live")
        page.evaluate("window.notReloaded = true")

        page.select_option("#analysis", "timeline")
        assert 'interval (default "1m")' in page.inner_text("#analysis-help")
        page.select_option("#analysis", "services")
        assert "per (service, level)" in page.inner_text("#analysis-help")
        page.fill("#inputs", "/etc")
        page.click("#submit-form button[type=submit]")
        page.wait_for_selector("#submit-error:has-text('outside the folders')")

        page.fill("#inputs", str(sample_dir))
        page.fill("#partitions", "3")
        page.fill("#split-size", "200KB")
        page.click("#submit-form button[type=submit]")
        page.wait_for_selector("tr[data-job] .status.SUCCEEDED", timeout=60_000)
        bars = page.locator("tr[data-job] .bar")
        assert bars.count() == 2
        assert [bars.nth(i).get_attribute("aria-valuenow") for i in range(2)] == ["100", "100"]
        assert page.evaluate("window.notReloaded") is True, "the page was reloaded"
        page.screenshot(path=str(ARTIFACTS / "dashboard-jobs.png"), full_page=True)

        page.click("tr[data-job] a")
        page.wait_for_selector(".chart .stack")
        assert page.locator(".chart .item").count() > 10
        assert "% err" in page.inner_text("#job-charts") and "ERROR" in page.inner_text("#job-charts")
        page.screenshot(path=str(ARTIFACTS / "dashboard-job.png"), full_page=True)

        phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        phone.goto(f"{base}/?token={TOKEN}")
        phone.wait_for_selector("tr[data-job] .status.SUCCEEDED")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no sideways scroll"
        phone.screenshot(path=str(ARTIFACTS / "dashboard-phone.png"), full_page=True)
        browser.close()


def test_dashboard_says_when_the_connection_is_lost_and_reconnects(tmp_path: Path, sample_dir: Path) -> None:
    from playwright.sync_api import sync_playwright

    port = free_port()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        with serving(tmp_path / "home", sample_dir, port) as (base, _):
            page.goto(f"{base}/?token={TOKEN}")
            page.wait_for_selector("#connection.live")
        page.wait_for_selector("#banner:has-text('Lost the live connection')", timeout=20_000)
        assert page.locator("#connection.lost").count() == 1
        with serving(tmp_path / "home", sample_dir, port):
            page.wait_for_selector("#connection.live", timeout=60_000)
            assert page.locator("#banner").is_hidden()
        browser.close()


def shown_tables(page: Any) -> list[dict[str, Any]]:
    """The dashboard's tables: each one's caption and its rows' cell texts."""
    return page.eval_on_selector_all(
        ".summary-table table",
        "tables => tables.map(t => ({title: t.caption.innerText,"
        " rows: [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.innerText))}))",
    )


def expected_tables(analysis: str, summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The same tables as the terminal shows them (job/presentation.table_cells), bars left blank."""
    tables = []
    for view in ANALYSES[analysis].presentation:
        if isinstance(view, Table):
            cells = table_cells(view, summary)
            bars = [column.format == "bar" for column in view.columns]
            rows = [["" if bar else text for text, bar in zip(row, bars, strict=True)] for row in cells.rows]
            tables.append({"title": cells.title, "rows": rows + ([cells.total] if cells.total else [])})
    return tables


def test_dashboard_charts_http_template_and_timeline_results(tmp_path: Path, sample_dir: Path) -> None:
    from playwright.sync_api import sync_playwright

    data = tmp_path / "data"
    shutil.copytree(sample_dir, data / "sample")
    start = datetime(2026, 11, 1, tzinfo=UTC)  # four hours of records: a 240-point timeline
    lines = [
        json.dumps({"time": (start + timedelta(seconds=7 * i)).isoformat(), "level": LEVELS[i % 5], "msg": "m"})
        for i in range(2057)
    ]
    (data / "long.jsonl").write_text("\n".join(lines) + "\n")
    runs = (("http", "sample", {}), ("templates", "sample", {}), ("timeline", "long.jsonl", {"interval": "1m"}))
    with serving(tmp_path / "home", data) as (base, _), sync_playwright() as playwright:
        jobs = {}
        for analysis, inputs, options in runs:
            body = {"analysis": analysis, "inputs": [str(data / inputs)], "options": options}
            status, job = call(base, "POST", "/jobs", body)
            assert status == 202, job
            jobs[analysis] = job["job_id"]
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/?token={TOKEN}")
        page.wait_for_selector("tr[data-job] .status.SUCCEEDED >> nth=2", timeout=60_000)

        page.click(f"tr[data-job='{jobs['http']}'] a")
        page.wait_for_selector(".chart h3:has-text('Slowest routes')")
        charts = page.inner_text("#job-charts")
        _, result = call(base, "GET", f"/jobs/{jobs['http']}/result")
        summary = result["summary"]
        assert f"{summary['requests']:,} requests" in charts
        assert "Requests per status" in charts and "503" in charts and "GET /" in charts
        assert page.locator(".chart").nth(0).locator(".item").count() == len(summary["status"])
        assert shown_tables(page) == expected_tables("http", summary)
        page.screenshot(path=str(ARTIFACTS / "dashboard-http.png"), full_page=True)

        page.goto(f"{base}/?token={TOKEN}#/jobs/{jobs['templates']}")
        page.wait_for_selector(".chart h3:has-text('Most frequent log templates')")
        _, result = call(base, "GET", f"/jobs/{jobs['templates']}/result")
        top = result["summary"]["templates"][0]
        assert top["template"] in page.inner_text("#job-charts")
        first_service, records = next(iter(top["services"].items()))
        assert f"from {first_service} {records:,}" in page.inner_text("#job-charts")
        assert "<NUM>" in page.inner_text(".summary-table")
        assert shown_tables(page) == expected_tables("templates", result["summary"])
        page.screenshot(path=str(ARTIFACTS / "dashboard-templates.png"), full_page=True)

        page.goto(f"{base}/?token={TOKEN}#/jobs/{jobs['timeline']}")
        page.wait_for_selector(".timeline .column")
        _, result = call(base, "GET", f"/jobs/{jobs['timeline']}/result")
        series = result["summary"]["series"]
        assert page.locator(".timeline .column").count() == len(series) == 240
        tallest = max(range(len(series)), key=lambda i: series[i]["total"])
        height = page.locator(".timeline .column-stack").nth(tallest).evaluate("e => e.style.height")
        assert height == "100%"
        assert "Error peaks" in page.inner_text("#job-charts")
        tables = shown_tables(page)
        assert tables == expected_tables("timeline", result["summary"])
        assert len(tables[0]["rows"]) == 24 and tables[0]["title"].startswith("Records per 10m (")
        page.screenshot(path=str(ARTIFACTS / "dashboard-timeline.png"), full_page=True)

        phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        for analysis in ("timeline", "http", "templates"):
            phone.goto(f"{base}/?token={TOKEN}#/jobs/{jobs[analysis]}")
            phone.wait_for_selector(".chart")
            assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), analysis
        phone.screenshot(path=str(ARTIFACTS / "dashboard-templates-phone.png"), full_page=True)
        browser.close()


def test_drill_down_filters_and_compare(tmp_path: Path, sample_dir: Path) -> None:
    """A click on a service starts the same analysis filtered to it; the form takes conditions and
    a window; the compare panel shows what changed against another job (GET /jobs/{id}/diff)."""
    from playwright.sync_api import sync_playwright

    with serving(tmp_path / "home", sample_dir) as (base, _), sync_playwright() as playwright:
        browser, page, first = _drillable_job(playwright, base, "services", sample_dir)
        service = page.locator(".chart .item.drill .label").first.inner_text()
        drilled = _follow_drill(page, page.locator(".chart .item.drill").first, first["job_id"])
        assert f'service="{service}"' in page.inner_text("#job-filter")
        _, result = call(base, "GET", f"/jobs/{drilled}/result")
        assert [row["service"] for row in result["summary"]["services"]] == [service]
        assert result["counters"]["filtered"] > 0

        page.click(".legend [data-level='WARN']")  # a level: the same inputs, that level only
        page.wait_for_function(f"!location.hash.endsWith('{drilled}')")
        by_level = page.evaluate("decodeURIComponent(location.hash.slice(7))")
        page.wait_for_selector(f"#job-title:has-text('{by_level}')")
        page.wait_for_selector("#job-status .status.SUCCEEDED", timeout=60_000)
        assert page.inner_text("#job-filter") == "Records level=WARN"
        page.goto(f"{base}/?token={TOKEN}#/jobs/{drilled}")
        page.wait_for_selector(f"#job-title:has-text('{drilled}')")
        page.click("#compare-panel summary")
        page.select_option("#compare", first["job_id"])
        page.wait_for_selector("#job-compare table")
        assert service in page.inner_text("#job-compare") and "services" in page.inner_text("#job-compare caption")
        page.screenshot(path=str(ARTIFACTS / "dashboard-drill-compare.png"), full_page=True)

        page.goto(f"{base}/?token={TOKEN}#/")
        page.wait_for_selector("#analysis option[value='services']", state="attached")
        page.select_option("#analysis", "services")
        page.fill("#inputs", str(sample_dir))
        page.fill("#where", "level>=ERROR\nservice!=auth")
        page.select_option("#range", "24h")
        assert page.input_value("#since") == "24h"
        page.fill("#since", "2026-11-01T00:00:00Z")
        page.click("#submit-form button[type=submit]")
        # (three jobs before this one: the first, the drilled, the level's; the list shows a fourth)
        page.wait_for_function("document.querySelectorAll('tr[data-job]').length >= 4")
        _, listing = call(base, "GET", "/jobs")
        newest = listing["jobs"][0]
        assert newest["filter"] == {
            "where": ["level>=ERROR", "service!=auth"],
            "since": "2026-11-01T00:00:00Z",
            "until": None,
        }
        page.fill("#where", "level>=LOUD")
        page.click("#submit-form button[type=submit]")
        page.wait_for_selector("#submit-error:has-text('unknown level')")
        browser.close()


def test_parse_templates_open_to_their_lines_and_header_fields(tmp_path: Path) -> None:
    """parse's templates, each opening to its first records: the line and its time, level,
    component, pid and host, as the result's summary has them."""
    from playwright.sync_api import sync_playwright

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(LOGHUB / "HDFS" / "HDFS_2k.log", data / "hdfs.log")
    with serving(tmp_path / "home", data) as (base, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/?token={TOKEN}")
        page.wait_for_selector("#analysis option[value='parse']", state="attached")
        page.select_option("#analysis", "parse")
        page.fill("#inputs", str(data))
        page.fill("#partitions", "2")
        page.select_option("#output-format", "parquet")
        page.click("#submit-form button[type=submit]")
        page.wait_for_selector("tr[data-job] .status.SUCCEEDED", timeout=60_000)
        job = call(base, "GET", "/jobs")[1]["jobs"][0]
        page.click("tr[data-job] a")
        page.wait_for_selector(".drill-records summary")
        _, result = call(base, "GET", f"/jobs/{job['job_id']}/result")
        # a part per split: parse's rows are written by the map tasks of its last step
        parts = [f"part-{m:05d}.parquet" for m in range(result["counters"]["splits_total"])]
        assert [link.rsplit("/", 1)[-1] for link in result["outputs"]] == parts
        templates = result["summary"]["templates"]
        details = page.locator(".drill-records")
        assert details.count() == min(20, len(templates))
        assert page.locator(".drill-records table").first.is_hidden(), "closed until clicked"
        details.nth(1).locator("summary").click()
        second = templates[1]
        assert second["template"] in details.nth(1).locator("summary").inner_text()
        shown = details.nth(1).locator("tbody tr")
        header = [details.nth(1).locator("th").nth(i).inner_text().lower() for i in range(5)]
        assert header == ["time", "level", "component", "pid", "host"]
        _assert_records_shown(shown, second["lines"])
        for i, line in enumerate(second["lines"]):
            assert shown.nth(i).locator("td").nth(7).inner_text() == f"{line['offset']:,}"
        page.screenshot(path=str(ARTIFACTS / "dashboard-parse.png"), full_page=True)
        phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        phone.goto(f"{base}/?token={TOKEN}#/jobs/{job['job_id']}")
        phone.wait_for_selector(".drill-records summary")
        phone.locator(".drill-records summary").first.click()
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no sideways scroll"
        browser.close()


def test_a_template_opens_in_parse_to_its_records_and_header_fields(tmp_path: Path) -> None:
    """templates' bars open in parse (same inputs and options, the template's regex as condition):
    every record the template stands for, each with its time, level, component, pid and host."""
    from playwright.sync_api import sync_playwright

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(LOGHUB / "HDFS" / "HDFS_2k.log", data / "hdfs.log")
    with serving(tmp_path / "home", data) as (base, _), sync_playwright() as playwright:
        browser, page, first = _drillable_job(playwright, base, "templates", data)
        _, mined = call(base, "GET", f"/jobs/{first['job_id']}/result")
        top = mined["summary"]["templates"][0]
        bar = page.locator(".chart .item.drill").first
        assert bar.locator(".label").inner_text() == top["template"]
        assert (bar.get_attribute("title") or "").startswith("Run parse with message~")
        drilled = _follow_drill(page, bar, first["job_id"])
        _, job = call(base, "GET", f"/jobs/{drilled}")
        assert job["analysis"] == "parse"
        _, result = call(base, "GET", f"/jobs/{drilled}/result")
        # The template's records and no others: as many as templates counted, all of this template.
        assert result["summary"]["total"] == top["count"] > 0
        assert [row["template"] for row in result["summary"]["templates"]] == [top["template"]]
        page.wait_for_selector(".drill-records summary")
        page.locator(".drill-records summary").first.click()
        lines = result["summary"]["templates"][0]["lines"]
        shown = page.locator(".drill-records").first.locator("tbody tr")
        _assert_records_shown(shown, lines)
        browser.close()


def _drillable_job(playwright: Any, base: str, analysis: str, folder: Path) -> tuple[Any, Any, dict]:
    """A job of `analysis` over `folder` submitted, and its page open in Chromium once its chart's
    items can be drilled into: (browser, page, the submitted job)."""
    status, job = call(base, "POST", "/jobs", {"analysis": analysis, "inputs": [str(folder)]})
    assert status == 202, job
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/?token={TOKEN}#/jobs/{job['job_id']}")
    page.wait_for_selector(".chart .item.drill")
    return browser, page, job


def _follow_drill(page: Any, clicked: Any, from_job: str) -> str:
    """Click a drill-down and wait for the job it starts to succeed, on its own page: its id."""
    clicked.click()
    page.wait_for_function(f"location.hash.startsWith('#/jobs/') && !location.hash.endsWith('{from_job}')")
    drilled = page.evaluate("decodeURIComponent(location.hash.slice(7))")
    page.wait_for_selector(f"#job-title:has-text('{drilled}')")  # the drilled job's page, not the first's
    page.wait_for_selector("#job-status .status.SUCCEEDED", timeout=60_000)
    return drilled


def _assert_records_shown(shown: Any, lines: list[dict]) -> None:
    """A drill-down's record rows: each record's time, level, component, pid, host and line."""
    assert shown.count() == len(lines) > 0
    for i, line in enumerate(lines):
        cells = [shown.nth(i).locator("td").nth(c).inner_text() for c in range(6)]
        assert cells[0] == line["time"].replace("T", " ")
        assert cells[1:5] == [line["level"], line["service"], str(line["pid"]), line["host"] or ""]
        assert cells[5] == line["message"]
