"""The database schema, as numbered migrations.

A database records the migrations applied to it in `schema_migrations`. Opening one runs the
missing migrations in order (inside one transaction); a database written by a newer detente is
refused with a message saying so, and a read-only open of an older one asks for an upgrade.

    articles         one row per coded article (content hash, so re-ingesting is a no-op)
    coded_events     every event as the coder produced it, per article (JSON), → events.id
    events           one row per happening: the de-duplicated event, flat columns + JSON
    mentions         every evidence span of every coded event, → events.id
    participants     actors and recipients of each event (one row each)
    dyads            actor-country × recipient-country pairs of each event, for fast series
    actors           canonical actor codes seen, with a label
    failures         every input that could not be coded, with the reason
    runs             what was ingested when, with which coder version and config hash

Codes are strings (CAMEO "042" keeps its zero); dates carry their precision and the range
they cover (`date_start`/`date_end`) so filters and series can compare them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.errors import StoreError

if TYPE_CHECKING:
    import duckdb


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial tables",
        (
            """CREATE TABLE articles (
                id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, published DATE NOT NULL,
                title VARCHAR, source VARCHAR, url VARCHAR, language VARCHAR, origin VARCHAR,
                text VARCHAR NOT NULL, n_events INTEGER NOT NULL, run_id INTEGER,
                coder_version VARCHAR)""",
            """CREATE TABLE coded_events (
                id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
                data JSON NOT NULL)""",
            """CREATE TABLE events (
                id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, event VARCHAR NOT NULL,
                mode VARCHAR, contexts VARCHAR[], cameo VARCHAR, quad TINYINT,
                plover_score DOUBLE, goldstein DOUBLE,
                actor_codes VARCHAR[], recipient_codes VARCHAR[],
                date VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE,
                status VARCHAR NOT NULL, historical BOOLEAN NOT NULL,
                location_name VARCHAR, location_country VARCHAR,
                confidence DOUBLE, published DATE, coder_version VARCHAR,
                n_mentions INTEGER NOT NULL, n_articles INTEGER NOT NULL, data JSON NOT NULL)""",
            """CREATE TABLE mentions (
                event_id VARCHAR NOT NULL, coded_event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL, position INTEGER NOT NULL,
                sentence_index INTEGER, start INTEGER, "end" INTEGER, text VARCHAR,
                trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
                actor_spans JSON, recipient_spans JSON, date_span JSON)""",
            """CREATE TABLE participants (
                event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, position INTEGER NOT NULL,
                code VARCHAR, sector VARCHAR, name VARCHAR, text VARCHAR)""",
            """CREATE TABLE dyads (
                event_id VARCHAR NOT NULL, actor VARCHAR NOT NULL, recipient VARCHAR NOT NULL,
                date_start DATE, date_precision VARCHAR, status VARCHAR, quad TINYINT,
                plover_score DOUBLE, goldstein DOUBLE)""",
            "CREATE TABLE actors (code VARCHAR NOT NULL, label VARCHAR)",
            """CREATE TABLE failures (
                origin VARCHAR NOT NULL, article_id VARCHAR, reason VARCHAR NOT NULL,
                error_type VARCHAR, run_id INTEGER, failed_at TIMESTAMP)""",
            """CREATE TABLE runs (
                id INTEGER NOT NULL, started_at TIMESTAMP, finished_at TIMESTAMP,
                status VARCHAR, inputs VARCHAR[], coder_version VARCHAR, config_hash VARCHAR,
                config JSON, n_read INTEGER, n_coded INTEGER, n_unchanged INTEGER,
                n_replaced INTEGER, n_events INTEGER, n_merged INTEGER, n_failures INTEGER)""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version

BOOKKEEPING = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER NOT NULL, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"""


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied, 0 for an empty database."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
    ).fetchone()
    if not exists or not exists[0]:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchone()
        if tables and tables[0]:
            raise StoreError(
                "this file is a DuckDB database but not a detente one (no schema_migrations)",
                hint="use a new --db path",
            )
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(conn: duckdb.DuckDBPyConnection, *, where: str, read_only: bool) -> int:
    """Bring the database to LATEST_VERSION; returns the version it had before."""
    before = schema_version(conn)
    if before > LATEST_VERSION:
        raise StoreError(
            f"the database has schema version {before}, this detente knows up to {LATEST_VERSION}",
            where=where,
            hint="upgrade detente (pip install -U detente) to open it",
        )
    if before == LATEST_VERSION:
        return before
    if read_only:
        raise StoreError(
            f"the database has schema version {before}, this detente needs {LATEST_VERSION}",
            where=where,
            hint=f"upgrade it once with `detente info --db {where} --upgrade`",
        )
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute(BOOKKEEPING)
        for migration in MIGRATIONS:
            if migration.version <= before:
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
        conn.execute("COMMIT")
    except Exception as exc:
        conn.execute("ROLLBACK")
        raise StoreError(f"could not upgrade the database: {exc}", where=where) from exc
    return before
