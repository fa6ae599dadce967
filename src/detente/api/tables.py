"""Lists as CSV: every list endpoint answers `?format=csv` with these columns.

Cells are flattened (lists joined with `;`, participants as `TUR:GOV` codes) and text cells
that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading `'`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

EVENT_COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "date_precision",
    "event",
    "mode",
    "contexts",
    "cameo",
    "quad",
    "plover_score",
    "goldstein",
    "actors",
    "actor_text",
    "recipients",
    "recipient_text",
    "status",
    "historical",
    "location",
    "location_country",
    "article_id",
    "published",
    "n_mentions",
    "n_articles",
    "confidence",
    "trigger",
    "sentence",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def participant_code(actor: Mapping[str, Any]) -> str:
    """`TUR:GOV`, `ISR`, `-:MIL` — country and sector of one participant."""
    country = actor.get("country") or "-"
    sector = actor.get("sector")
    return f"{country}:{sector}" if sector else str(country)


def event_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event dict (the `detente code` shape) flattened to EVENT_COLUMNS."""
    actors = event.get("actors") or []
    recipients = event.get("recipients") or []
    location = event.get("location") or {}
    evidence = event.get("evidence") or {}
    trigger = evidence.get("trigger") or {}
    return {
        "id": event.get("id"),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "event": event.get("event"),
        "mode": event.get("mode"),
        "contexts": ";".join(event.get("contexts") or []),
        "cameo": event.get("cameo"),
        "quad": event.get("quad"),
        "plover_score": event.get("plover_score"),
        "goldstein": event.get("goldstein"),
        "actors": ";".join(participant_code(a) for a in actors),
        "actor_text": ";".join(str(a.get("text") or "") for a in actors),
        "recipients": ";".join(participant_code(a) for a in recipients),
        "recipient_text": ";".join(str(a.get("text") or "") for a in recipients),
        "status": event.get("status"),
        "historical": event.get("historical"),
        "location": location.get("name"),
        "location_country": location.get("country"),
        "article_id": event.get("article_id"),
        "published": event.get("published"),
        "n_mentions": event.get("n_mentions"),
        "n_articles": event.get("n_articles"),
        "confidence": event.get("confidence"),
        "trigger": trigger.get("text"),
        "sentence": evidence.get("text"),
    }


def flat_cell(value: Any) -> Any:
    """A value fit for one CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        if all(isinstance(v, Mapping) and "country" in v for v in value):
            return ";".join(participant_code(v) for v in value)
        return ";".join(str(flat_cell(v)) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def columns_of(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Keys in first-seen order across all rows."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def csv_lines(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    """The header line, then one line per row (for streaming)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def take() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(columns)
    yield take()
    for row in rows:
        writer.writerow([flat_cell(row.get(c)) for c in columns])
        yield take()


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    return "".join(csv_lines(rows, columns if columns is not None else columns_of(rows)))
