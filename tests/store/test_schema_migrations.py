from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from detente.errors import StoreError
from detente.store.database import Database
from detente.store.schema import LATEST_VERSION


def test_a_new_database_gets_the_latest_schema(tmp_path: Path) -> None:
    with Database(tmp_path / "new.duckdb") as db:
        assert db.schema_version == LATEST_VERSION
        assert db.upgraded_from == 0
    with Database(tmp_path / "new.duckdb", read_only=True) as db:
        assert db.stats()["n_articles"] == 0


def test_a_database_from_a_newer_detente_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Database(path).close()
    with duckdb.connect(str(path)) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')")
    with pytest.raises(StoreError, match="schema version 999"):
        Database(path)


def test_an_older_database_opened_read_only_asks_for_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE schema_migrations (version INTEGER, name VARCHAR)")
    with pytest.raises(StoreError, match="--upgrade"):
        Database(path, read_only=True)
    with Database(path) as db:
        assert db.schema_version == LATEST_VERSION


def test_a_foreign_duckdb_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE sales (n INTEGER)")
    with pytest.raises(StoreError, match="not a detente one"):
        Database(path)


def test_opening_a_missing_file_read_only_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="detente ingest"):
        Database(tmp_path / "missing.duckdb", read_only=True)
