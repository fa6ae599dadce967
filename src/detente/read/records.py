"""JSONL and CSV: one article per record, with named fields.

Recognised fields: `id`, `date` or `published`, `title`, `text`, `url`, `source`,
`language`; every other field is kept as metadata.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from detente.errors import InputError
from detente.read.article import make_article
from detente.records import Article, Failure

KNOWN_FIELDS = ("id", "date", "published", "title", "text", "url", "source", "language")


def article_from_record(
    record: dict[str, Any], *, origin: str, default_date: date | None = None
) -> Article:
    if "date" in record and record["date"] not in (None, ""):
        published, field_name = record["date"], "date"
    elif "published" in record and record["published"] not in (None, ""):
        published, field_name = record["published"], "published"
    else:
        published, field_name = default_date, "date"
    return make_article(
        text=record.get("text"),
        published=published,
        article_id=_as_str(record.get("id")),
        title=_as_str(record.get("title")),
        source=_as_str(record.get("source")),
        url=_as_str(record.get("url")),
        language=_as_str(record.get("language")) or "en",
        origin=origin,
        metadata={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
        date_field=field_name,
    )


def read_jsonl(
    text: str, *, name: str, default_date: date | None = None
) -> Iterator[Article | Failure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failed(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield _failed(origin, "each line must be a JSON object with a 'text' and a 'date'")
            continue
        try:
            yield article_from_record(record, origin=origin, default_date=default_date)
        except InputError as exc:
            yield Failure(origin, str(exc), _as_str(record.get("id")))


def read_csv(
    text: str, *, name: str, delimiter: str = ",", default_date: date | None = None
) -> Iterator[Article | Failure]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = reader.fieldnames or []
    if "text" not in columns:
        yield _failed(
            f"{name}:1",
            f"the header has no 'text' column (columns: {', '.join(columns) or 'none'})",
        )
        return
    for record in reader:
        origin = f"{name}:{reader.line_num}"
        if None in record:
            yield _failed(origin, "the row has more fields than the header")
            continue
        try:
            yield article_from_record(dict(record), origin=origin, default_date=default_date)
        except InputError as exc:
            yield Failure(origin, str(exc), _as_str(record.get("id")))


def _failed(origin: str, reason: str) -> Failure:
    return Failure(origin=origin, reason=f"{origin}: {reason}")


def _as_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
