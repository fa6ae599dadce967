from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from factories import coded, make_article, make_event

from detente.errors import ConfigError
from detente.export.csv import read_csv_export
from detente.export.flat import flat_row
from detente.export.gdelt import read_gdelt_csv
from detente.export.parquet import read_parquet_export
from detente.export.plover import event_from_json, read_plover_jsonl
from detente.records import Event
from detente.store.database import Database
from detente.store.filters import EventFilter

TRICKY = 'Turkey said: "we, the people\nof Ankara" — İbrahim Kalın; ünïcode, 042.'


@pytest.fixture
def coded_events(db: Database) -> list[Event]:
    a = make_article("a", "2022-02-18", TRICKY)
    b = make_article("b", "2022-03-02", "Israel and Turkey met Egypt and Jordan.")
    events_a = [
        make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", mode="visit", extra_mentions=2),
        make_event(a, "ACCUSE", ["ISR"], ["TUR"], "2022-W06", "week", sentence=1, location="Gaza"),
    ]
    events_b = [make_event(b, "AGREE", ["ISR", "TUR"], ["EGY", "JOR"], "2022-03", "month")]
    db.ingest_coded([coded(a, *events_a), coded(b, *events_b)])
    return events_a + events_b


def test_plover_jsonl_reimports_to_the_same_events(
    db: Database, coded_events: list[Event], tmp_path: Path
) -> None:
    out = tmp_path / "events.jsonl"
    summary = db.export("plover-jsonl", out)
    assert summary.n_events == 3
    lines = read_plover_jsonl(out)
    assert lines == db.events(sort="date", descending=False)
    back = {e.id: e.to_json() for e in (event_from_json(line) for line in lines)}
    assert back == {e.id: e.to_json() for e in coded_events}


def test_csv_is_quoted_utf8_and_reads_back(
    db: Database, coded_events: list[Event], tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    db.export("csv", out)
    raw = out.read_text(encoding="utf-8")
    assert '"042"' in raw and "İbrahim Kalın" in raw
    with out.open(encoding="utf-8", newline="") as f:
        assert len(list(csv.reader(f))) == 4  # header + 3, newlines inside quotes are kept
    rows = read_csv_export(out)
    expected = [flat_row(e) for e in db.events(sort="date", descending=False)]
    assert rows == expected
    consult = next(r for r in rows if r["event"] == "CONSULT")
    assert consult["evidence"] == TRICKY
    assert consult["cameo"] == "042"


def test_gdelt_csv_expands_dyads_and_keeps_cameo_codes(
    db: Database, coded_events: list[Event], tmp_path: Path
) -> None:
    out = tmp_path / "gdelt.csv"
    summary = db.export("gdelt-csv", out)
    rows = read_gdelt_csv(out)
    assert summary.n_events == 3 and summary.n_rows == len(rows) == 1 + 1 + 4
    agree = [r for r in rows if r["PloverEvent"] == "AGREE"]
    assert sorted((r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in agree) == [
        ("ISR", "EGY"),
        ("ISR", "JOR"),
        ("TUR", "EGY"),
        ("TUR", "JOR"),
    ]
    consult = next(r for r in rows if r["PloverEvent"] == "CONSULT")
    assert consult["EventCode"] == "042" and consult["EventRootCode"] == "04"
    assert consult["SQLDATE"] == "20220217" and consult["Actor1Code"] == "TURGOV"
    assert consult["SOURCEURL"] == "https://example.org/a"
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows)


def test_parquet_is_partitioned_by_year_and_month_and_reads_back(
    db: Database, coded_events: list[Event], tmp_path: Path
) -> None:
    out = tmp_path / "parquet"
    summary = db.export("parquet", out)
    folders = sorted(str(Path(f).parent.relative_to(out)) for f in summary.files)
    assert folders == ["year=2022/month=2", "year=2022/month=3"]
    assert read_parquet_export(out) == db.events(sort="date", descending=False)
    in_place = duckdb.sql(
        f"SELECT year, month, count(*) FROM read_parquet('{out}/**/*.parquet', "
        "hive_partitioning = 1) GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert in_place == [(2022, 2, 2), (2022, 3, 1)]
    _, rows = db.query("SELECT 1")  # the database is untouched by the export
    assert rows == [(1,)]
    # a second export into the same folder replaces the first
    db.export("parquet", out, EventFilter(event="AGREE"))
    assert [e["event"] for e in read_parquet_export(out)] == ["AGREE"]


def test_filters_apply_to_exports(db: Database, coded_events: list[Event], tmp_path: Path) -> None:
    out = tmp_path / "tur.jsonl"
    db.export("plover-jsonl", out, EventFilter(actor="TUR", recipient="ISR"))
    assert [json.loads(line)["event"] for line in out.read_text().splitlines()] == ["CONSULT"]


def test_an_unknown_format_lists_the_valid_ones(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="plover-jsonl"):
        db.export("xlsx", tmp_path / "x.xlsx")


def test_parquet_refuses_to_overwrite_a_foreign_folder(db: Database, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(ConfigError, match="new folder"):
        db.export("parquet", tmp_path / "mine")
