"""CSV: one event per row, flat columns (see `flat.FLAT_COLUMNS`), UTF-8.

Every cell is quoted (so codes stay strings: CAMEO "042", and commas, quotes and newlines in
evidence sentences are safe); an empty cell means "unknown". Lists (actors of an event,
contexts) are joined with `;` in matching order.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.export.flat import BOOL_COLUMNS, FLAT_COLUMNS, flat_row, typed

if TYPE_CHECKING:
    import duckdb

    from detente.export import ExportSummary


def write_csv(
    conn: duckdb.DuckDBPyConnection, events: Iterator[dict[str, Any]], path: Path
) -> ExportSummary:
    from detente.export import ExportSummary

    summary = ExportSummary("csv", str(path), files=[str(path)])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(FLAT_COLUMNS)
        for event in events:
            row = flat_row(event)
            writer.writerow([cell(c, row[c]) for c in FLAT_COLUMNS])
            summary.n_events += 1
    summary.n_rows = summary.n_events
    return summary


def cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in BOOL_COLUMNS:
        return "true" if value else "false"
    return str(value)


def read_csv_export(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a `csv` export, typed as `flat_row` made them."""
    with Path(path).open(encoding="utf-8", newline="") as source:
        reader = csv.DictReader(source)
        return [{c: typed(c, row[c]) for c in FLAT_COLUMNS} for row in reader]
