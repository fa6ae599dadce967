"""The days an event date covers, given its precision: `2022-01` covers 2022-01-01..31."""

from __future__ import annotations

import calendar
import datetime as dt

from detente.records import PRECISIONS

# finest first: day 0 … decade 5
PRECISION_RANK: dict[str, int] = {precision: rank for rank, precision in enumerate(PRECISIONS)}


def date_range(value: str | None, precision: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a TIMEX3-style value; (None, None) when it cannot be read."""
    if not value or not precision:
        return None, None
    try:
        return _date_range(value, precision)
    except (ValueError, IndexError):
        return None, None


def _date_range(value: str, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "day":
        day = dt.date.fromisoformat(value[:10])
        return day, day
    if precision == "week":
        year_text, week_text = value.split("-W")
        monday = dt.date.fromisocalendar(int(year_text), int(week_text[:2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if precision == "quarter":
        year, quarter = int(value[:4]), int(value.split("-Q")[1][:1])
        first = 3 * (quarter - 1) + 1
        last = first + 2
        return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    if precision == "year":
        year = int(value[:4])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if precision == "decade":
        decade = int(value[:3]) * 10
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
    raise ValueError(precision)
