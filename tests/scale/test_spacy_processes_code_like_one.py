"""Single-machine parallelism (spaCy `n_process`) codes the same events as one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ray_codes_like_local import parquet_events

from detente.config import Config
from detente.scale.run import ScaleSummary, ingest_to_parquet

pytestmark = pytest.mark.slow


def test_two_parser_processes_write_the_same_events(
    local_run: ScaleSummary, corpus: Path, small_batches: Config, tmp_path: Path
) -> None:
    two = ingest_to_parquet(
        [str(corpus)], tmp_path / "out", config=small_batches.with_coding(n_process=2)
    )
    assert two.n_events == local_run.n_events > 0
    assert (two.n_articles, two.n_failures) == (local_run.n_articles, local_run.n_failures)
    assert parquet_events(two.out) == parquet_events(local_run.out)
