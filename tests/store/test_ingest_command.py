from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.store.database import Database


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "visit.txt").write_text(
        "date 2022-02-18\nA Turkish delegation visited Israel on Thursday.\n", encoding="utf-8"
    )
    (articles / "call.txt").write_text(
        "date 2022-01-20\nIsrael's foreign minister spoke with his Turkish counterpart.\n",
        encoding="utf-8",
    )
    return articles


def test_ingest_stores_articles_and_prints_a_summary(folder: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "articles coded" in result.output
    with Database(db_path, read_only=True) as db:
        assert db.stats()["n_articles"] == 2


def test_quiet_prints_nothing(folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["ingest", str(folder), "--db", str(tmp_path / "q.duckdb"), "--quiet"]
    )
    assert result.exit_code == 0
    assert result.output == ""


def test_dry_run_counts_and_writes_nothing(folder: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "dry.duckdb"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(db_path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.output
    assert "articles to code (new)" in result.output
    with Database(db_path, read_only=True) as db:
        assert db.stats()["n_articles"] == 0
        assert db.stats()["n_runs"] == 0


def test_a_failed_article_is_recorded_and_the_exit_code_is_not_zero(
    folder: Path, tmp_path: Path
) -> None:
    (folder / "undated.txt").write_text("Turkey and Israel met.\n", encoding="utf-8")
    db_path = tmp_path / "fail.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path), "--quiet"])
    assert result.exit_code == 65
    with Database(db_path, read_only=True) as db:
        assert db.stats()["n_articles"] == 2
        failures = db.failures()
    assert len(failures) == 1
    assert "undated.txt" in failures[0]["origin"]
    assert "date YYYY-MM-DD" in failures[0]["reason"]


def test_n_process_option_is_accepted(folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["ingest", str(folder), "--db", str(tmp_path / "np.duckdb"), "--n-process", "1", "-q"],
    )
    assert result.exit_code == 0, result.output


def test_info_shows_counts_and_dedupe_rules(folder: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "info.duckdb"
    runner = CliRunner()
    runner.invoke(cli, ["ingest", str(folder), "--db", str(db_path), "-q"])
    result = runner.invoke(cli, ["info", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "n_articles" in result.output
    assert "window_days" in result.output
