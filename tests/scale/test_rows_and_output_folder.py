"""Plain rows survive the engine boundary; the output folder is guarded."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scale_corpus import N_GOOD

from detente.cli import cli
from detente.errors import ConfigError
from detente.records import Article, Failure
from detente.scale.layout import MANIFEST, prepare_out
from detente.scale.rows import (
    article_from_json,
    article_to_json,
    failed_rows,
    failure_from_json,
    item_from_row,
    item_row,
)


def test_articles_and_failures_round_trip_through_plain_rows() -> None:
    article = Article(
        id="a1",
        published=dt.date(2022, 2, 18),
        text="Turkey's president met Israel's president in Ankara.",
        title="Visit",
        url="https://example.org/a1",
        origin="in.jsonl:3",
        metadata={"section": "world", "rank": 2},
    )
    failure = Failure("in.jsonl:4", "in.jsonl:4: not valid JSON", error_type="InputError")
    assert article_from_json(article_to_json(article)) == article
    assert item_from_row(item_row(article)) == article
    assert item_from_row(item_row(failure)) == failure
    assert all(isinstance(v, str) for v in item_row(article).values())


def test_a_batch_that_fails_whole_comes_back_as_one_failure_per_input() -> None:
    article = Article(id="a1", published=dt.date(2022, 1, 1), text="Text.", origin="f.jsonl:1")
    unreadable = Failure("f.jsonl:2", "f.jsonl:2: not valid JSON")
    rows = failed_rows([item_row(article), item_row(unreadable)], MemoryError("out of memory"))
    failures = [failure_from_json(r["failure"]) for r in rows]
    assert [f.origin for f in failures] == ["f.jsonl:1", "f.jsonl:2"]
    assert failures[0].article_id == "a1"
    assert "MemoryError: out of memory" in failures[0].reason
    assert failures[1] == unreadable


def test_the_output_folder_must_be_new_or_an_earlier_run(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ConfigError, match="not an earlier"):
        prepare_out(theirs)
    assert (theirs / "notes.txt").exists()
    earlier = tmp_path / "earlier"
    (earlier / "events").mkdir(parents=True)
    (earlier / MANIFEST).write_text("{}", encoding="utf-8")
    assert prepare_out(earlier) == earlier
    assert list(earlier.iterdir()) == []


def test_ray_engine_needs_an_output_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--engine", "ray"])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_local_engine_writes_parquet_that_ingest_loads(corpus: Path, tmp_path: Path) -> None:
    out, db_path = tmp_path / "out", tmp_path / "db.duckdb"
    wrote = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "-q"])
    assert wrote.exit_code == 65, wrote.output  # the two bad inputs
    assert json.loads((out / MANIFEST).read_text())["n_failures"] == 2
    loaded = CliRunner().invoke(
        cli, ["ingest", "--from-parquet", str(out), "--db", str(db_path), "-q"]
    )
    assert loaded.exit_code == 65, loaded.output
    from detente.store.database import Database

    with Database(db_path, read_only=True) as db:
        assert db.stats()["n_articles"] == N_GOOD
