"""Lists as CSV: every list endpoint answers `?format=csv`.

Events use the export's layout (`export.flat.FLAT_COLUMNS`, the same columns as
`detente export --format csv`); other lists use their keys as columns. Cells are flattened
(lists joined with `;`, participants as `TUR:GOV` codes) and text cells that a spreadsheet
would run as a formula (`=`, `+`, `-`, `@` first) get a leading `'`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def participant_code(actor: Mapping[str, Any]) -> str:
    """`TUR:GOV`, `ISR`, `-:MIL` — country and sector of one participant."""
    country = actor.get("country") or "-"
    sector = actor.get("sector")
    return f"{country}:{sector}" if sector else str(country)


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
