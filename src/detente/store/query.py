"""Read-only SQL over the event database, with a row cap and a time limit.

Only SELECT (and EXPLAIN) statements run; anything that writes, attaches, installs or reads
files outside the database is refused with a ConfigError before it runs.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import duckdb

from detente.errors import ConfigError

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}

# Table functions and settings that reach outside the database file.
OUTSIDE = re.compile(
    r"\b(read_\w+|\w+_scan|glob|sniff_csv|parquet_\w+|getenv|current_setting|duckdb_secrets"
    r"|duckdb_settings|query_table|query)\s*\(",
    re.IGNORECASE,
)
FILE_AS_TABLE = re.compile(r"\b(from|join)\s*['\"][^'\"]*[./\\]", re.IGNORECASE)


def check_read_only(sql: str) -> None:
    """Raise ConfigError unless `sql` only reads the database."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise ConfigError(f"the SQL does not parse: {exc}", where="query") from None
    if not statements:
        raise ConfigError("no SQL statement given", where="query")
    for statement in statements:
        if statement.type not in ALLOWED:
            kind = str(statement.type).rsplit(".", 1)[-1]
            raise ConfigError(
                f"only read-only queries run here, not {kind}",
                where="query",
                hint="use SELECT (the tables: articles, events, mentions, participants, "
                "dyads, actors, failures, runs)",
            )
    match = OUTSIDE.search(sql) or FILE_AS_TABLE.search(sql)
    if match:
        raise ConfigError(
            f"queries may read only the database, not {match.group(0).strip()!r}",
            where="query",
            hint="query the tables: articles, events, mentions, participants, dyads, actors",
        )


def run_query(
    conn: duckdb.DuckDBPyConnection, sql: str, *, max_rows: int = 1000, timeout_s: float = 5.0
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and at most `max_rows` rows; interrupted after `timeout_s` seconds."""
    check_read_only(sql)
    timer = threading.Timer(timeout_s, conn.interrupt)
    timer.start()
    try:
        result = conn.execute(sql)
        columns = [d[0] for d in result.description or []]
        rows = result.fetchmany(max(0, int(max_rows)))
    except duckdb.InterruptException:
        raise ConfigError(
            f"the query ran longer than {timeout_s:g} s and was stopped",
            where="query",
            hint="add filters or a LIMIT",
        ) from None
    except duckdb.Error as exc:
        raise ConfigError(f"the query failed: {exc}", where="query") from None
    finally:
        timer.cancel()
    return columns, rows
