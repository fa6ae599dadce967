"""A Ray run's Parquet is queryable in place and loads into a Database like a local ingest."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from scale_corpus import N_GOOD

from detente.config import Config
from detente.errors import ConfigError
from detente.scale.load import load_parquet
from detente.scale.run import ScaleSummary
from detente.store.database import Database

pytestmark = pytest.mark.slow


def test_duckdb_queries_the_ray_output_in_place(ray_run: ScaleSummary) -> None:
    rows = duckdb.sql(
        f"SELECT year, count(*) FROM read_parquet('{ray_run.out}/events/**/*.parquet', "
        "hive_partitioning=1) GROUP BY year ORDER BY year"
    ).fetchall()
    assert sum(n for _, n in rows) == ray_run.n_events
    assert {year for year, _ in rows} <= {0, 2020, 2021, 2022}  # "on Monday" may be in 2020
    joined = duckdb.sql(
        f"SELECT count(DISTINCT a.id) FROM read_parquet('{ray_run.out}/articles/**/*.parquet') a "
        f"JOIN read_parquet('{ray_run.out}/events/**/*.parquet') e ON e.article_id = a.id"
    ).fetchall()
    assert 0 < joined[0][0] <= N_GOOD


def test_ray_output_loads_into_a_database_like_a_local_ingest(
    ray_run: ScaleSummary, corpus: Path, small_batches: Config, tmp_path: Path
) -> None:
    with Database(tmp_path / "local.duckdb", config=small_batches) as local:
        local.ingest([str(corpus)])
        local_ids = {e["id"] for e in local.events(limit=1000)}
    with Database(tmp_path / "ray.duckdb", config=small_batches) as db:
        summary = load_parquet(db, ray_run.out)
        assert summary.n_coded == N_GOOD
        assert summary.n_failures == 2
        stats = db.stats()
        assert (stats["n_articles"], stats["n_failures"]) == (N_GOOD, 2)
        assert {e["id"] for e in db.events(limit=1000)} == local_ids
        _, rows = db.query("SELECT count(*) FROM events")
        assert rows[0][0] == len(local_ids)
        again = load_parquet(db, ray_run.out)
        assert again.n_unchanged == N_GOOD  # a second load changes nothing


def test_loading_refuses_a_folder_no_scaled_run_wrote(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    with Database(":memory:") as db, pytest.raises(ConfigError, match="not a folder written"):
        load_parquet(db, tmp_path)
