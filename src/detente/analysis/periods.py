"""Calendar periods for series: day, week (ISO), month, year.

An event is placed in a period by the first day its date covers, and only when its date is at
least as precise as the period (a `2022` event has no month; a `2022-W07` event counts in the
month of its Monday). Series count what happened: status `occurred` only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.errors import ConfigError
from detente.store.filters import period_end, period_start
from detente.time.ranges import PRECISION_RANK

PERIODS: dict[str, str] = {
    "day": "%Y-%m-%d",
    "week": "%G-W%V",
    "month": "%Y-%m",
    "year": "%Y",
}


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise ConfigError(
            f"unknown period {by!r}", where="by", hint=f"use one of {', '.join(PERIODS)}"
        )
    return by


def period_sql(by: str, column: str = "date_start") -> str:
    """SQL giving the first day of the period holding a DATE column (label it with `label`)."""
    if check_period(by) == "day":
        return column
    return f"CAST(date_trunc('{by}', {column}) AS DATE)"


def eligible_precisions(by: str) -> list[str]:
    """Date precisions fine enough to place an event in a `by` period."""
    limit = PRECISION_RANK[check_period(by)]
    return [p for p, rank in PRECISION_RANK.items() if rank <= limit]


def label(day: dt.date, by: str) -> str:
    return day.strftime(PERIODS[check_period(by)])


def period_first_day(day: dt.date, by: str) -> dt.date:
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_period(day: dt.date, by: str) -> dt.date:
    """The first day of the period after the one starting on `day`."""
    if by == "day":
        return day + dt.timedelta(days=1)
    if by == "week":
        return day + dt.timedelta(days=7)
    if by == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day.replace(year=day.year + 1, month=1, day=1)


def period_labels(first: dt.date, last: dt.date, by: str) -> list[str]:
    """Every period label from the one holding `first` to the one holding `last`."""
    labels = []
    day = period_first_day(first, by)
    while day <= last:
        labels.append(label(day, by))
        day = next_period(day, by)
    return labels


def as_date(value: str | dt.date | None, *, end: bool, where: str) -> dt.date | None:
    """`since`/`until` as a day: YYYY, YYYY-MM, YYYY-MM-DD or a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return period_end(value, where=where) if end else period_start(value, where=where)


def rounded(value: Any) -> float | None:
    """A SQL aggregate as a float to 4 places (None stays None)."""
    return None if value is None else round(float(value), 4)
