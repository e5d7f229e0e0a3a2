"""The cost estimate: usage times documented prices, each price overridable."""

from __future__ import annotations

import pytest

from logmr.engine import cost


def test_estimate_from_usage() -> None:
    usage = {
        "lambda_mb_ms": 2048 * 10_000,
        "lambda_storage_mb_ms": 1536 * 10_000,
        "lambda_requests": 12,
        "s3_get": 1000,
        "s3_put": 200,
        "ddb_write_units": 400,
        "ddb_read_units": 0,
    }
    estimate = cost.estimate(usage, maps=8, partitions=2, steps=1)
    items = estimate["items_usd"]
    assert items["lambda_compute"] == pytest.approx(20 * 0.0000166667, rel=1e-6)  # 2 GB x 10 s
    assert items["lambda_requests"] == pytest.approx(12 * 0.2 / 1e6)
    assert items["lambda_storage"] == pytest.approx(15 * 0.0000000309, rel=1e-6)  # 1.5 GB beyond 512 MB x 10 s
    assert estimate["usage"]["state_transitions"] == 2 + (4 + 16 + 2)
    assert items["step_functions"] == pytest.approx(24 * 0.025 / 1000)
    assert items["s3_requests"] == pytest.approx(200 * 0.005 / 1000 + 1000 * 0.0004 / 1000)
    assert items["dynamodb"] == pytest.approx(400 * 0.625 / 1e6)
    assert estimate["usd"] == pytest.approx(sum(items.values()), abs=1e-8)


def test_prices_can_be_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGMR_PRICE_LAMBDA_GB_SECOND", "0.0000133334")
    estimate = cost.estimate({"lambda_mb_ms": 1024 * 1000}, maps=1, partitions=1, steps=1)
    assert estimate["items_usd"]["lambda_compute"] == pytest.approx(0.0000133334)
    assert estimate["prices_usd"]["lambda_gb_second"] == 0.0000133334


def test_usage_counts_ephemeral_storage_beyond_the_free_512_mb(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from logmr.runners.stepfunctions import Usage
    from logmr.storage import LocalStore

    monkeypatch.setenv("EPHEMERAL_STORAGE_MB", "2048")
    assert Usage(LocalStore(tmp_path), 1024).extra_storage_mb == 1536
    monkeypatch.delenv("EPHEMERAL_STORAGE_MB")
    assert Usage(LocalStore(tmp_path), 1024).counters()["lambda_storage_mb_ms"] == 0
