"""Calendar arithmetic behind normalisation: shifting by units, picking the nearest weekday.

`Direction` is where an underspecified expression points from the anchor (the publication
date): "past" for "visited on Thursday", "future" for "will meet on Thursday", None when the
sentence does not say.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from typing import Literal

Direction = Literal["past", "future", "present"]


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """(2022, 1) shifted by -1 is (2021, 12)."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def shift_days(day: dt.date, by: int) -> dt.date:
    return day + dt.timedelta(days=by)


def add_months(day: dt.date, by: int) -> dt.date:
    """The same day of the month `by` months on, clipped: Jan 31 + 1 → Feb 28."""
    year, month = shift_month(day.year, day.month, by)
    last = _calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(anchor: dt.date, weekday: int, direction: Direction | None) -> dt.date:
    """The day named by a bare weekday ("on Thursday"), ISO weekday 1–7.

    Past: the latest such day on or before the anchor. Future: the first on or after it.
    Present or unknown: the one in the anchor's week, which news uses for this week's days.
    """
    offset = weekday - anchor.isoweekday()
    if direction == "past":
        return shift_days(anchor, offset if offset <= 0 else offset - 7)
    if direction == "future":
        return shift_days(anchor, offset if offset >= 0 else offset + 7)
    if direction == "present":
        return shift_days(anchor, offset if offset >= 0 else offset + 7)
    return shift_days(anchor, offset)


def resolve_month_year(anchor: dt.date, month: int, direction: Direction | None) -> int:
    """The year of a month named without one ("in March").

    Past: the latest such month on or before the anchor's month; future: the first on or
    after it; otherwise the occurrence nearest the anchor.
    """
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    candidates = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(candidates, key=lambda y: abs((y * 12 + month) - (anchor.year * 12 + anchor.month)))


def resolve_day_year(anchor: dt.date, month: int, day: int, direction: Direction | None) -> int:
    """The year of a day named without one ("on March 21")."""
    here = valid_day(anchor.year, month, day) or dt.date(anchor.year, month, 28)
    if direction == "past":
        return anchor.year if here <= anchor else anchor.year - 1
    if direction == "future":
        return anchor.year if here >= anchor else anchor.year + 1
    if abs((here - anchor).days) <= 183:
        return anchor.year
    return anchor.year - 1 if here > anchor else anchor.year + 1


def season_of(day: dt.date) -> tuple[int, str]:
    """The season a day falls in, as (year, code).

    A winter is named by the year of its January: December 2022 is in 2023-WI, so the
    seasons of one year run WI, SP, SU, FA.
    """
    month = day.month
    if month in (3, 4, 5):
        return day.year, "SP"
    if month in (6, 7, 8):
        return day.year, "SU"
    if month in (9, 10, 11):
        return day.year, "FA"
    return (day.year + 1 if month == 12 else day.year), "WI"


_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def resolve_season_year(anchor: dt.date, season: str, shift: int | None) -> int:
    """The year of "last/this/next summer" (shift -1/0/+1), or of a bare season (None)."""
    year, current = season_of(anchor)
    here = _SEASON_ORDER.index(current)
    target = _SEASON_ORDER.index(season)
    if shift is None or shift == 0:
        return year
    if shift < 0:
        return year if target < here else year - 1
    return year if target > here else year + 1


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1
