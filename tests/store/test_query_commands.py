"""Wiring of the read commands: events, dyad, actor, query, export, info on a small database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import coded, make_article, make_event

from detente.cli import cli
from detente.store.database import Database


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    a = make_article("a", "2022-01-20")
    b = make_article("b", "2022-03-15")
    with Database(path) as db:
        db.ingest_coded(
            [
                coded(
                    a,
                    make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-01-18"),
                    make_event(a, "ACCUSE", ["ISR"], ["TUR"], "2022-01-19", sentence=1),
                ),
                coded(b, make_event(b, "AGREE", ["TUR", "ISR"], [], "2022-03-14")),
            ]
        )
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_events_filters_and_prints_jsonl(db_path: str) -> None:
    lines = run(
        "events", "--db", db_path, "--actor", "TUR", "--recipient", "ISR", "--format", "jsonl"
    )
    events = [json.loads(line) for line in lines.splitlines()]
    assert [e["event"] for e in events] == ["AGREE", "CONSULT"]  # the joint event counts too
    assert {"n_mentions", "n_articles", "cameo"} <= set(events[0])


def test_dyad_prints_monthly_rows_with_zero_months(db_path: str) -> None:
    out = run("dyad", "TUR", "ISR", "--db", db_path, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["period"], r["events"]) for r in rows] == [
        ("2022-01", 1),
        ("2022-02", 0),
        ("2022-03", 1),
    ]
    both = run("dyad", "TUR", "ISR", "--both", "--db", db_path, "--format", "jsonl")
    assert {json.loads(line)["direction"] for line in both.splitlines()} == {"TUR->ISR", "ISR->TUR"}
    table = run("dyad", "TUR", "ISR", "--db", db_path, "--format", "table")
    assert "2022-02" in table


def test_dyad_without_codes_lists_top_dyads(db_path: str) -> None:
    out = run("dyad", "--db", db_path, "--format", "csv")
    assert out.splitlines()[0].startswith("direction,events")
    assert "TUR->ISR,2" in out


def test_dyad_with_one_code_is_an_error(db_path: str) -> None:
    result = CliRunner().invoke(cli, ["dyad", "TUR", "--db", db_path])
    assert result.exit_code == 64
    assert "two actor codes" in result.output


def test_actor_profile_and_actor_list(db_path: str) -> None:
    profile = json.loads(run("actor", "TUR", "--db", db_path, "--format", "jsonl"))
    assert profile["n_events"] == 3
    table = run("actor", "TUR", "--db", db_path, "--format", "table")
    assert "partners" in table and "timeline by month" in table
    listing = run("actor", "--db", db_path, "--format", "csv")
    assert listing.splitlines()[0].startswith("code,label")


def test_query_refuses_writes_with_exit_64(db_path: str) -> None:
    assert "CONSULT" in run("query", "SELECT event FROM events", "--db", db_path, "--format", "csv")
    result = CliRunner().invoke(cli, ["query", "DROP TABLE events", "--db", db_path])
    assert result.exit_code == 64


def test_export_writes_the_file(db_path: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    message = run("export", "--format", "csv", "-o", str(out), "--db", db_path, "--event", "AGREE")
    assert "wrote 1 events" in message
    assert out.read_text(encoding="utf-8").count("\n") == 2


def test_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 74
    assert "detente ingest" in result.output
