"""`--engine ray` runs the same stages as the local engine: same events, same failures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest
from scale_corpus import N_GOOD, TOO_LONG_ID

from detente.coder import Coder
from detente.config import Config
from detente.read.paths import read_paths
from detente.scale.run import ScaleSummary

pytestmark = pytest.mark.slow


def parquet_events(out: str) -> dict[str, dict[str, Any]]:
    table = ds.dataset(Path(out) / "events", format="parquet", partitioning="hive").to_table()
    return {row["id"]: json.loads(row["data"]) for row in table.to_pylist()}


def test_ray_writes_the_events_the_local_coder_codes(
    ray_run: ScaleSummary, corpus: Path, small_batches: Config
) -> None:
    coder = Coder(small_batches)
    expected = {
        event.id: event.to_json()
        for result in coder.code_stream(read_paths([str(corpus)]))
        for event in result.events
    }
    written = parquet_events(ray_run.out)
    assert len(expected) >= N_GOOD // 2  # the corpus does code into events
    assert written == expected


def test_ray_and_local_engines_write_the_same_tables(
    ray_run: ScaleSummary, local_run: ScaleSummary
) -> None:
    assert parquet_events(ray_run.out) == parquet_events(local_run.out)
    counts = ("n_partitions", "n_articles", "n_events", "n_failures")
    assert [getattr(ray_run, c) for c in counts] == [getattr(local_run, c) for c in counts]


def test_ray_run_records_every_failure_and_drops_no_input(ray_run: ScaleSummary) -> None:
    assert ray_run.n_articles == N_GOOD
    assert ray_run.n_failures == 2
    by_type = {f.error_type: f for f in ray_run.failures}
    too_long = next(f for f in ray_run.failures if f.article_id == TOO_LONG_ID)
    assert "more than the parser's limit" in too_long.reason
    assert too_long.origin.endswith("b.jsonl:12")
    unreadable = next(f for f in ray_run.failures if f is not too_long)
    assert "not valid JSON" in unreadable.reason
    assert unreadable.origin.endswith("b.jsonl:11")
    assert "InputError" in by_type


def test_ray_partitions_events_by_year_and_month(ray_run: ScaleSummary) -> None:
    folders = {p.relative_to(ray_run.out) for p in Path(ray_run.out).glob("events/*/*")}
    assert folders and all(f.parts[1].startswith("year=") for f in folders)
    table = ds.dataset(
        Path(ray_run.out) / "events", format="parquet", partitioning="hive"
    ).to_table(columns=["date_start", "year", "month"])
    for row in table.to_pylist():
        if row["date_start"]:
            year, month = (int(x) for x in row["date_start"].split("-")[:2])
            assert (row["year"], row["month"]) == (year, month)
