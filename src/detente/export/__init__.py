"""Exports of the event database: the formats analysts load elsewhere.

    plover-jsonl   one event per line, the `detente code` JSON shape (+ n_mentions, n_articles)
    csv            one event per line, flat columns, UTF-8, every text field quoted
    gdelt-csv      GDELT 2.0 event-table columns, one row per actor × recipient dyad
    parquet        a folder partitioned by year=/month= of the event date (flat columns + JSON)

Each format has a writer here and a reader (`read_*`) that gives back what was written, so
every export is checked by a round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError
from detente.store.rows import event_dict

if TYPE_CHECKING:
    import duckdb

    from detente.store.filters import EventFilter

CHUNK = 10_000


@dataclass(slots=True)
class ExportSummary:
    format: str
    path: str
    n_events: int = 0
    n_rows: int = 0
    files: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "path": self.path,
            "n_events": self.n_events,
            "n_rows": self.n_rows,
            "files": list(self.files),
        }


Writer = Callable[["duckdb.DuckDBPyConnection", Iterator[dict[str, Any]], Path], ExportSummary]


def _writers() -> dict[str, Writer]:
    from detente.export.csv import write_csv
    from detente.export.gdelt import write_gdelt_csv
    from detente.export.parquet import write_parquet
    from detente.export.plover import write_plover_jsonl

    return {
        "plover-jsonl": write_plover_jsonl,
        "csv": write_csv,
        "gdelt-csv": write_gdelt_csv,
        "parquet": write_parquet,
    }


FORMATS: tuple[str, ...] = ("plover-jsonl", "csv", "gdelt-csv", "parquet")


def export_events(
    conn: duckdb.DuckDBPyConnection, fmt: str, path: Path, filters: EventFilter
) -> ExportSummary:
    writers = _writers()
    if fmt not in writers:
        raise ConfigError(
            f"unknown export format {fmt!r}",
            where="format",
            hint=f"use one of {', '.join(FORMATS)}",
        )
    return writers[fmt](conn, iter_events(conn, filters), path)


def iter_events(conn: duckdb.DuckDBPyConnection, filters: EventFilter) -> Iterator[dict[str, Any]]:
    """Matching events in date order (then id), as JSON dicts with their counts."""
    where, params = filters.where("e")
    cursor = conn.cursor()
    try:
        result = cursor.execute(
            f"SELECT e.data, e.n_mentions, e.n_articles FROM events e WHERE {where} "
            "ORDER BY e.date_start NULLS LAST, e.id",
            params,
        )
        while rows := result.fetchmany(CHUNK):
            for data, n_mentions, n_articles in rows:
                yield event_dict(data, n_mentions, n_articles)
    finally:
        cursor.close()
