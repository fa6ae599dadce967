"""Which events a question is about: one filter shared by the library, CLI and HTTP API.

    EventFilter(actor="TUR", recipient="ISR", since="2021-01", event="CONSULT")

Every field is optional; set fields combine with AND. `since`/`until` take `YYYY`, `YYYY-MM`
or `YYYY-MM-DD` and compare with the event's date range (an event dated `2022-01` is inside
`since=2022-01-15`'s range when any part of January overlaps it). `actor`/`recipient` match a
country or IGO code among the event's actors/recipients (in a joint event with several actors
and no recipient, each actor also counts as the others' recipient, as in dyad series); `text`
searches the evidence sentence; `date_source="text"` keeps the events whose date the article
states (not the publication date standing in for a missing one).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from detente.errors import ConfigError
from detente.records import DATE_SOURCES, PRECISIONS, STATUSES


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    mode: str | None = None
    context: str | None = None
    quad: int | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    article_id: str | None = None
    precision: str | None = None
    date_source: str | None = None
    historical: bool | None = None

    def __post_init__(self) -> None:
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise ConfigError(f"quad must be 1, 2, 3 or 4, not {self.quad!r}", where="quad")
        if self.status is not None and self.status not in STATUSES:
            raise ConfigError(
                f"unknown status {self.status!r}",
                where="status",
                hint=f"valid statuses: {', '.join(STATUSES)}",
            )
        if self.precision is not None and self.precision not in PRECISIONS:
            raise ConfigError(
                f"unknown date precision {self.precision!r}",
                where="precision",
                hint=f"valid precisions: {', '.join(PRECISIONS)}",
            )
        if self.date_source is not None and self.date_source not in DATE_SOURCES:
            raise ConfigError(
                f"unknown date source {self.date_source!r}",
                where="date_source",
                hint="text (the sentence dates it), context (an earlier sentence does) or "
                "publication (no date in the text: the publication date stands in)",
            )
        if self.since is not None:
            period_start(self.since, where="since")
        if self.until is not None:
            period_end(self.until, where="until")

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> EventFilter:
        """Build from query parameters or CLI options; empty values mean "not set"."""
        unknown = sorted(set(values) - set(VALID_FILTERS))
        if unknown:
            raise ConfigError(
                f"unknown filter(s) {', '.join(unknown)}",
                where="filters",
                hint=f"valid filters: {', '.join(VALID_FILTERS)}",
            )
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if value is None or value == "":
                continue
            if key == "quad":
                clean[key] = _as_int(value, key)
            elif key == "historical":
                clean[key] = _as_bool(value, key)
            else:
                clean[key] = str(value)
        return cls(**clean)

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in VALID_FILTERS)

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A SQL condition over the `events` table (aliased) and its parameters."""
        p = f"{alias}."
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append(f"list_contains({p}actor_codes, ?)")
            params.append(self.actor.upper())
        if self.recipient:
            # a joint event ("Turkey and Israel agreed") makes each actor the others' recipient
            clauses.append(
                f"(list_contains({p}recipient_codes, ?) OR (len({p}recipient_codes) = 0 "
                f"AND len({p}actor_codes) > 1 AND list_contains({p}actor_codes, ?)))"
            )
            params += [self.recipient.upper(), self.recipient.upper()]
        for column in ("mode", "status", "quad"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"{p}{column} = ?")
                params.append(value)
        if self.event:
            clauses.append(f"{p}event = ?")
            params.append(self.event.upper())
        if self.precision:
            clauses.append(f"{p}date_precision = ?")
            params.append(self.precision)
        if self.date_source:
            clauses.append(f"json_extract_string({p}data, '$.date_source') = ?")
            params.append(self.date_source)
        if self.context:
            clauses.append(f"list_contains({p}contexts, ?)")
            params.append(self.context)
        if self.historical is not None:
            clauses.append(f"{p}historical = ?")
            params.append(self.historical)
        if self.since:
            clauses.append(f"{p}date_end >= ?")
            params.append(period_start(self.since, where="since"))
        if self.until:
            clauses.append(f"{p}date_start <= ?")
            params.append(period_end(self.until, where="until"))
        if self.text:
            clauses.append(
                f"{p}id IN (SELECT event_id FROM mentions WHERE text ILIKE ? ESCAPE '\\')"
            )
            params.append(f"%{_escape_like(self.text)}%")
        if self.article_id:
            clauses.append(f"{p}id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
            params.append(self.article_id)
        return (" AND ".join(clauses) or "TRUE"), params


VALID_FILTERS: tuple[str, ...] = tuple(f.name for f in fields(EventFilter))

# How events can be ordered: SQL over the `events` table aliased `e`.
EVENT_SORTS: dict[str, str] = {
    "date": "e.date_start {dir} NULLS LAST, e.id",
    "published": "e.published {dir} NULLS LAST, e.id",
    "event": "e.event {dir}, e.date_start DESC NULLS LAST, e.id",
    "n_mentions": "e.n_mentions {dir}, e.id",
    "n_articles": "e.n_articles {dir}, e.id",
    "confidence": "e.confidence {dir} NULLS LAST, e.id",
    "goldstein": "e.goldstein {dir} NULLS LAST, e.id",
    "plover_score": "e.plover_score {dir} NULLS LAST, e.id",
}


def period_start(value: str, *, where: str = "since") -> dt.date:
    """The first day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
    year, month, day = _parse_period(value, where)
    return dt.date(year, month or 1, day or 1)


def period_end(value: str, *, where: str = "until") -> dt.date:
    """The last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
    year, month, day = _parse_period(value, where)
    if month is None:
        return dt.date(year, 12, 31)
    if day is None:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def _parse_period(value: str, where: str) -> tuple[int, int | None, int | None]:
    parts = str(value).strip().split("-")
    try:
        if len(parts) > 3 or len(parts[0]) != 4 or any(len(x) != 2 for x in parts[1:]):
            raise ValueError(value)
        numbers = [int(x) for x in parts]
        year = numbers[0]
        month = numbers[1] if len(numbers) > 1 else None
        day = numbers[2] if len(numbers) > 2 else None
        dt.date(year, month or 1, day or 1)  # validates ranges
    except ValueError:
        raise ConfigError(
            f"{value!r} is not a date", where=where, hint="use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    return year, month, day


def _as_int(value: Any, key: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{value!r} is not a number", where=key) from None


def _as_bool(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y"):
        return True
    if text in ("0", "false", "no", "n"):
        return False
    raise ConfigError(f"{value!r} is not true or false", where=key, hint="use true or false")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
