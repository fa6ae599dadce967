"""What normalising one expression yields, and what it is normalised against."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from detente.records import DatePrecision
from detente.time.calendar import Direction

TimexKind = Literal["date", "time", "duration", "set"]


@dataclass(frozen=True, slots=True)
class TimeContext:
    """The anchor (publication date), the tense's direction, and the narrative's last date.

    `reference` is the last day the text itself stated before this expression ("the next
    day" counts from it); it starts as the anchor.
    """

    anchor: dt.date
    direction: Direction | None = None
    reference: dt.date | None = None
    reference_precision: DatePrecision = "day"

    @property
    def ref(self) -> dt.date:
        return self.reference or self.anchor


@dataclass(frozen=True, slots=True)
class Resolution:
    """A TIMEX3-style reading: type, value, our precision, and whether it is approximate."""

    kind: TimexKind
    value: str | None
    precision: DatePrecision | None = None
    approximate: bool = False


def date_resolution(value: str, *, approximate: bool = False) -> Resolution:
    """A DATE whose precision follows from the value's shape."""
    return Resolution("date", value, precision_of(value), approximate)


def precision_of(value: str) -> DatePrecision | None:
    """`2022-02-17` day, `2022-W07` week, `2022-01` month, `2022-Q1` quarter, `2016` year…"""
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return "day"
    if len(value) >= 8 and value[5] == "W" and value[:4].isdigit():
        return "week"
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        return "month"
    if len(value) == 7 and value[:4].isdigit() and value[5] == "Q":
        return "quarter"
    if len(value) >= 4 and value[:4].isdigit() and (len(value) == 4 or value[4] == "-"):
        return "year"  # 2016, and seasons or halves like 2012-SU, 2013-H1
    if len(value) == 3 and value.isdigit():
        return "decade"
    return None
