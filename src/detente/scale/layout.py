"""The Parquet folder a scaled run writes, the same whichever engine wrote it.

    OUT/_detente_scale.json                 manifest: engine, inputs, coder version, counts
    OUT/_detente_progress.jsonl             the rounds done so far (`detente.scale.rounds`)
    OUT/events/year=2022/month=2/*.parquet  one row per event: the flat export columns + `data`
                                            (the full `Event.to_json()`), as `detente export
                                            parquet` writes them; undated → year=0/month=0
    OUT/articles/year=…/month=…/*.parquet   one row per coded article (by publication date)
    OUT/failures/*.parquet                  one row per input that could not be read or coded

Query it in place with DuckDB:

    SELECT event, count(*) FROM read_parquet('OUT/events/**/*.parquet', hive_partitioning=1)
    GROUP BY event

or load it into a database with `detente ingest --from-parquet OUT`.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from detente.errors import ConfigError
from detente.export.parquet import SCHEMA as EVENT_SCHEMA
from detente.export.parquet import parquet_row
from detente.scale.rows import Row, article_from_json

MANIFEST = "_detente_scale.json"
PROGRESS = "_detente_progress.jsonl"  # written by `detente.scale.rounds`
PARTITIONS = pa.schema([("year", pa.int32()), ("month", pa.int32())])

ARTICLE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("published", pa.date32()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("origin", pa.string()),
        ("content_hash", pa.string()),
        ("n_events", pa.int32()),
        ("text", pa.string()),
        ("data", pa.string()),  # the whole article as JSON, read back by `load_parquet`
        ("year", pa.int32()),
        ("month", pa.int32()),
    ]
)

FAILURE_SCHEMA = pa.schema(
    [
        ("origin", pa.string()),
        ("reason", pa.string()),
        ("article_id", pa.string()),
        ("error_type", pa.string()),
    ]
)


def event_table(coded: Iterable[Row]) -> pa.Table:
    """The event rows of some coded rows, typed as the Parquet export types them."""
    rows = [
        parquet_row(event)
        for row in coded
        if not row.get("failure")
        for event in json.loads(row["events"] or "[]")
    ]
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def article_table(coded: Iterable[Row]) -> pa.Table:
    rows: list[dict[str, Any]] = []
    for row in coded:
        if row.get("failure") or not row.get("article"):
            continue
        article = article_from_json(row["article"])
        rows.append(
            {
                "id": article.id,
                "published": article.published,
                "title": article.title,
                "source": article.source,
                "url": article.url,
                "language": article.language,
                "origin": article.origin,
                "content_hash": article.content_hash,
                "n_events": len(json.loads(row["events"] or "[]")),
                "text": article.text,
                "data": row["article"],
                "year": article.published.year,
                "month": article.published.month,
            }
        )
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def failure_table(coded: Iterable[Row]) -> pa.Table:
    rows = [json.loads(r["failure"]) for r in coded if r.get("failure")]
    return pa.Table.from_pylist(rows, schema=FAILURE_SCHEMA)


def prepare_out(out: str | Path, *, resume: bool = False) -> Path:
    """An empty output folder; an earlier scaled run's folder (finished or killed) is replaced,
    or kept when resuming; anything else is refused (a typo cannot wipe someone's files)."""
    path = Path(out)
    if path.is_file():
        raise ConfigError("the output path is a file", where=str(path), hint="give a folder")
    if resume:
        if not (path / PROGRESS).exists():
            raise ConfigError(
                "nothing to resume: no earlier `detente ingest --out` run in this folder",
                where=str(path),
                hint="run without --resume",
            )
        return path
    if path.exists() and any(path.iterdir()):
        if not (path / MANIFEST).exists() and not (path / PROGRESS).exists():
            raise ConfigError(
                "the output folder exists and is not an earlier `detente ingest --out` folder",
                where=str(path),
                hint="give a new or empty folder",
            )
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_table(table: pa.Table, out: Path, name: str, *, part: str) -> None:
    """Append one table's rows under OUT/name (hive-partitioned by year/month if it has them)."""
    if table.num_rows == 0:
        return
    partitioned = "year" in table.column_names
    ds.write_dataset(
        table,
        out / name,
        format="parquet",
        partitioning=ds.partitioning(PARTITIONS, flavor="hive") if partitioned else None,
        basename_template=f"part-{part}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def read_manifest(out: str | Path) -> dict[str, Any]:
    path = Path(out) / MANIFEST
    if not path.exists():
        raise ConfigError(
            f"not a folder written by `detente ingest --out` (no {MANIFEST})",
            where=str(out),
            hint="give the folder an `--engine ray --out DIR` run wrote",
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def dataset(out: str | Path, name: str) -> ds.Dataset | None:
    """One table of the folder as a pyarrow dataset, or None if the run wrote no rows to it."""
    folder = Path(out) / name
    if not folder.exists() or not any(folder.rglob("*.parquet")):
        return None
    return ds.dataset(folder, format="parquet", partitioning="hive")


def count_rows(out: str | Path, name: str) -> int:
    data = dataset(out, name)
    return 0 if data is None else int(data.count_rows())
