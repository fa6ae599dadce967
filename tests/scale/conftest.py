"""A small generated corpus (with two bad inputs), coded once by each engine per session."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from scale_corpus import BAD_JSON_LINE, N_GOOD, TOO_LONG_ID, generate_articles

from detente.config import Config
from detente.scale.run import ScaleSummary, ingest_to_parquet


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two input files: 20 articles, then 10 more plus a line that is not JSON and an
    article longer than the parser accepts (a coding failure, not a reading one)."""
    folder = tmp_path_factory.mktemp("corpus")
    articles = generate_articles(N_GOOD)
    with (folder / "a.jsonl").open("w", encoding="utf-8") as out:
        for article in articles[:20]:
            out.write(json.dumps(article) + "\n")
    with (folder / "b.jsonl").open("w", encoding="utf-8") as out:
        for article in articles[20:]:
            out.write(json.dumps(article) + "\n")
        out.write(BAD_JSON_LINE + "\n")
        too_long = {"id": TOO_LONG_ID, "date": "2022-03-01", "text": "word " * 200_001}
        out.write(json.dumps(too_long) + "\n")
    return folder


@pytest.fixture(scope="session")
def small_batches() -> Config:
    return Config().with_coding(batch_size=8, n_process=1)


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[None]:
    """One local Ray for the session: 2 CPUs, loopback, no dashboard, no usage stats."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    from detente.scale.ray_engine import start_ray

    started = start_ray(num_cpus=2)
    yield
    if started:
        import ray

        ray.shutdown()


@pytest.fixture(scope="session")
def ray_run(
    corpus: Path, small_batches: Config, ray_cluster: None, tmp_path_factory: pytest.TempPathFactory
) -> ScaleSummary:
    out = tmp_path_factory.mktemp("ray") / "out"
    # one input file per round: the tables of two rounds land side by side in one folder
    return ingest_to_parquet([str(corpus)], out, engine="ray", config=small_batches, round_size=1)


@pytest.fixture(scope="session")
def local_run(
    corpus: Path, small_batches: Config, tmp_path_factory: pytest.TempPathFactory
) -> ScaleSummary:
    out = tmp_path_factory.mktemp("local") / "out"
    return ingest_to_parquet([str(corpus)], out, engine="local", config=small_batches)
