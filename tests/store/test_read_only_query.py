from __future__ import annotations

import pytest
from factories import coded, make_article, make_event

from detente.errors import ConfigError
from detente.store.database import Database


def test_select_returns_columns_and_rows(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    db.ingest_coded([coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"]))])
    columns, rows = db.query("SELECT event, cameo FROM events")
    assert columns == ["event", "cameo"]
    assert rows == [("CONSULT", "042")]


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE events",
        "DELETE FROM events",
        "CREATE TABLE x AS SELECT 1",
        "COPY events TO '/tmp/out.csv'",
        "ATTACH '/tmp/other.duckdb'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM '/etc/passwd.csv'",
        "SELECT 1; DROP TABLE events",
    ],
)
def test_writes_and_file_access_are_refused(db: Database, sql: str) -> None:
    with pytest.raises(ConfigError):
        db.query(sql)
    assert db.count_events() == 0  # the events table is still there


def test_rows_are_capped(db: Database) -> None:
    _, rows = db.query("SELECT * FROM range(5000)", max_rows=10)
    assert len(rows) == 10


def test_a_runaway_query_is_stopped(db: Database) -> None:
    with pytest.raises(ConfigError, match="stopped"):
        db.query("SELECT count(*) FROM range(100000000000) a", timeout_s=0.2)


def test_the_database_itself_refuses_files_when_the_sql_check_misses_one(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SQL check is a first line; DuckDB runs with file access turned off underneath it."""
    import detente.store.query as query

    monkeypatch.setattr(query, "check_read_only", lambda sql: None)
    with pytest.raises(ConfigError, match="file system operations are disabled"):
        db.query("SELECT * FROM read_csv('/etc/passwd')")
