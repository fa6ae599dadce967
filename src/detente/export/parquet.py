"""Parquet: a folder of files partitioned by the event date, `year=2022/month=2/…`.

Flat columns (as in the CSV export, typed) plus `data`, the full event JSON, so the folder can
be queried in place (`SELECT … FROM read_parquet('out/**/*.parquet', hive_partitioning=1)`)
and read back into events. Undated events go to `year=0/month=0`.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from detente.errors import ConfigError
from detente.export.flat import BOOL_COLUMNS, FLAT_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, flat_row

if TYPE_CHECKING:
    import duckdb

    from detente.export import ExportSummary

CHUNK = 50_000


def _type(column: str) -> pa.DataType:
    if column in INT_COLUMNS:
        return pa.int32()
    if column in FLOAT_COLUMNS:
        return pa.float64()
    if column in BOOL_COLUMNS:
        return pa.bool_()
    return pa.string()


SCHEMA = pa.schema(
    [
        *[(c, _type(c)) for c in FLAT_COLUMNS],
        ("data", pa.string()),
        ("year", pa.int32()),
        ("month", pa.int32()),
    ]
)


def parquet_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a row of SCHEMA: the flat columns, its full JSON, and its partition
    (year/month of the date's first day; 0 when it has no date)."""
    row = flat_row(event)
    start = row["date_start"]
    day = dt.date.fromisoformat(start) if start else None
    row["year"] = day.year if day else 0
    row["month"] = day.month if day else 0
    row["data"] = json.dumps(event, ensure_ascii=False)
    return row


def write_parquet(
    conn: duckdb.DuckDBPyConnection, events: Iterator[dict[str, Any]], path: Path
) -> ExportSummary:
    from detente.export import ExportSummary

    if path.exists() and (path.is_file() or any(path.iterdir())):
        if not (path / "_detente_export").exists():
            raise ConfigError(
                "the output folder exists and is not an earlier detente parquet export",
                where=str(path),
                hint="give a new folder",
            )
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    (path / "_detente_export").write_text("parquet export written by detente\n", encoding="utf-8")
    summary = ExportSummary("parquet", str(path))
    batch: list[dict[str, Any]] = []
    part = 0

    def flush() -> None:
        nonlocal part
        if not batch:
            return
        table = pa.Table.from_pylist(batch, schema=SCHEMA)
        ds.write_dataset(
            table,
            path,
            format="parquet",
            partitioning=ds.partitioning(
                pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive"
            ),
            basename_template=f"part-{part}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        part += 1
        batch.clear()

    for event in events:
        batch.append(parquet_row(event))
        summary.n_events += 1
        if len(batch) >= CHUNK:
            flush()
    flush()
    summary.n_rows = summary.n_events
    summary.files = sorted(str(p) for p in path.rglob("*.parquet"))
    return summary


def read_parquet_export(path: str | Path) -> list[dict[str, Any]]:
    """The events of a parquet export (their full JSON), in date then id order."""
    files = sorted(Path(path).rglob("*.parquet"))
    if not files:
        return []
    tables = [pq.read_table(f, columns=["data", "date_start", "id"]) for f in files]
    rows = pa.concat_tables(tables).to_pylist()
    rows.sort(key=lambda r: (r["date_start"] is None, r["date_start"] or "", r["id"]))
    return [json.loads(r["data"]) for r in rows]
