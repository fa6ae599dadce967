"""A database's content as plain data, to compare two databases (or one, twice)."""

from __future__ import annotations

from typing import Any

from detente.store.database import Database

# Every table that holds coded content; `runs` is left out (each run is recorded).
CONTENT_TABLES: dict[str, str] = {
    "articles": "id",
    "coded_events": "id",
    "events": "id",
    "mentions": "coded_event_id, position",
    "participants": "event_id, role, position",
    "dyads": "event_id, actor, recipient",
    "actors": "code",
    "failures": "origin",
}


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table, order in CONTENT_TABLES.items():
        columns, rows = db.query(f"SELECT * FROM {table} ORDER BY {order}", max_rows=1_000_000)
        keep = [i for i, c in enumerate(columns) if c not in ("failed_at", "run_id")]
        out[table] = [tuple(row[i] for i in keep) for row in rows]
    return out
