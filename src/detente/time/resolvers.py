"""Normalisation: one function per kind of rule, from a regex match to a TIMEX3 value.

Each resolver takes the rule's match and the `TimeContext` (publication date, tense
direction, narrative reference day) and returns a `Resolution`, or None to reject the match
("a second term" is not a duration). Group names are the ones `rules.py` uses.
"""

from __future__ import annotations

import datetime as dt
import re

from detente.time.calendar import (
    add_months,
    day_value,
    month_value,
    quarter_of,
    resolve_day_year,
    resolve_month_year,
    resolve_season_year,
    resolve_weekday,
    season_of,
    shift_days,
    valid_day,
    week_value,
)
from detente.time.resolution import Resolution, TimeContext, date_resolution
from detente.time.vocabulary import (
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    TIME_UNITS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
)

Match = re.Match[str]

BACKWARD = frozenset({"last", "past", "previous", "preceding", "recent"})
FORWARD = frozenset({"next", "coming", "following", "upcoming"})


def _group(m: Match, name: str) -> str | None:
    value = m.groupdict().get(name)
    return value.lower() if value else None


def _shift_word(word: str | None) -> int | None:
    if word is None:
        return None
    if word in BACKWARD:
        return -1
    if word in FORWARD:
        return 1
    return 0  # this, current


def parse_number(text: str) -> float | None:
    """'13' → 13, 'six' → 6, 'twenty-five' → 25, 'a' → 1, 'two and a half' → 2.5."""
    text = text.lower().replace(",", "").strip()
    half = 0.0
    if text.endswith(" and a half"):
        text, half = text[: -len(" and a half")], 0.5
    try:
        return float(text) + half
    except ValueError:
        pass
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text] + half
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def _unit(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def duration_value(quantity: float | None, unit: str) -> str:
    """P6Y, P1M, PT24H, PXY (quantity None: "several years"), P10Y for a decade."""
    letters = UNITS[unit]
    if unit == "decade" and quantity is not None:
        quantity, letters = quantity * 10, "Y"
    if unit == "century" and quantity is not None:
        quantity, letters = quantity * 100, "Y"
    if unit == "fortnight":
        quantity, letters = (quantity or 1) * 2, "W"
    if quantity is None:
        amount = "X"
    elif quantity == int(quantity):
        amount = str(int(quantity))
    else:
        amount = f"{quantity:g}"
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{amount}{letters}"


def unit_value(day: dt.date, unit: str) -> str | None:
    """The calendar unit containing `day`, as a value: week 2022-W07, month 2022-02…"""
    if unit in ("day", "night"):
        return day_value(day)
    if unit == "week":
        return week_value(day)
    if unit == "weekend":
        return week_value(day) + "-WE"
    if unit == "month":
        return month_value(day.year, day.month)
    if unit == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return None


def shift_unit(day: dt.date, unit: str, by: float) -> dt.date:
    """`day` moved by `by` units (whole units; half-units round towards the anchor)."""
    n = int(by)
    if unit in ("day", "night"):
        return shift_days(day, n)
    if unit in ("week", "weekend"):
        return shift_days(day, 7 * n)
    if unit == "fortnight":
        return shift_days(day, 14 * n)
    if unit == "month":
        return add_months(day, n)
    if unit == "quarter":
        return add_months(day, 3 * n)
    if unit == "year":
        return add_months(day, 12 * n)
    if unit == "decade":
        return add_months(day, 120 * n)
    if unit == "century":
        return add_months(day, 1200 * n)
    return day  # hours, minutes, seconds stay on the day


def _year(m: Match) -> int | None:
    text = m.groupdict().get("year")
    return int(text) if text else None


def _month(m: Match) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def _with_part_of_day(value: str, m: Match) -> Resolution:
    part = _group(m, "part")
    if part:
        return Resolution("time", f"{value}T{PARTS_OF_DAY[part]}", "day")
    return date_resolution(value)


# --- absolute dates -------------------------------------------------------------------------


def full_date(m: Match, ctx: TimeContext) -> Resolution | None:
    """'March 21, 2013', '21 March', 'Tuesday, March 19': a day."""
    month, day = _month(m), int(m.group("day"))
    year = _year(m)
    if year is None:
        year = resolve_day_year(ctx.anchor, month, day, ctx.direction)
        step = 1 if ctx.direction == "future" else -1
        for _ in range(8):  # "February 29" without a year: the nearest leap year that way
            if valid_day(year, month, day) is not None:
                break
            year += step
    if valid_day(year, month, day) is None:
        return None
    return date_resolution(f"{year:04d}-{month:02d}-{day:02d}")


def numeric_date(m: Match, ctx: TimeContext) -> Resolution | None:
    """'2022-02-17' (ISO) or '2/17/2022' (US order)."""
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    day = valid_day(year, int(m.group("m")), int(m.group("d")))
    return date_resolution(day_value(day)) if day else None


def month_of_year(m: Match, ctx: TimeContext) -> Resolution:
    """'December 2021', 'early March', 'mid-May': a month (year from tense if not given)."""
    month = _month(m)
    year = _year(m) or resolve_month_year(ctx.anchor, month, ctx.direction)
    return date_resolution(month_value(year, month))


def year_only(m: Match, ctx: TimeContext) -> Resolution:
    return date_resolution(m.group("year"))


def decade(m: Match, ctx: TimeContext) -> Resolution:
    """'the 1990s' → 199; "'90s" → 199."""
    century = m.group("c")
    digit = m.group("d")
    if century is None:
        century = "19" if int(digit) >= 3 else "20"
    return date_resolution(f"{century}{digit}")


def century(m: Match, ctx: TimeContext) -> Resolution | None:
    number = ORDINALS.get(m.group("ord").lower())
    if number is None:
        return None
    return Resolution("date", f"{number - 1:02d}", None)


def quarter(m: Match, ctx: TimeContext) -> Resolution | None:
    """'the first quarter (of 2013)', 'Q4', 'last quarter'."""
    word = (_group(m, "ord") or _group(m, "q") or "").lower()
    number = {"last": 4, "final": 4}.get(word) or ORDINALS.get(word)
    if number is None and word.isdigit():
        number = int(word)
    year = _year(m)
    rel = _shift_word(_group(m, "rel"))
    if number is None:  # "last quarter", "this quarter"
        shifted = add_months(ctx.anchor, 3 * (rel or 0))
        return date_resolution(f"{shifted.year:04d}-Q{quarter_of(shifted)}")
    if number > 4:
        return None
    if year is None:
        year = ctx.anchor.year + (rel or 0)
        if rel is None and ctx.direction == "past" and number > quarter_of(ctx.anchor):
            year -= 1
    return date_resolution(f"{year:04d}-Q{number}")


def half_year(m: Match, ctx: TimeContext) -> Resolution:
    number = 1 if m.group("ord").lower() == "first" else 2
    year = _year(m) or ctx.anchor.year + (_shift_word(_group(m, "rel")) or 0)
    return date_resolution(f"{year:04d}-H{number}")


def season(m: Match, ctx: TimeContext) -> Resolution | None:
    word = m.group("season").lower()
    code = SEASONS[word]
    year = _year(m)
    if word == "fall" and year is None and m.group("rel") is None and m.group(0)[:3] != "the":
        return None  # the verb, not the season
    if year is None:
        shift = _shift_word(_group(m, "rel"))
        if shift is None and ctx.direction == "past":
            shift = -1 if code != _current_season(ctx.anchor) else 0
        elif shift is None and ctx.direction == "future":
            shift = 1 if code != _current_season(ctx.anchor) else 0
        year = resolve_season_year(ctx.anchor, code, shift)
    return date_resolution(f"{year:04d}-{code}")


def _current_season(day: dt.date) -> str:
    return season_of(day)[1]


def fiscal_year(m: Match, ctx: TimeContext) -> Resolution:
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    return date_resolution(f"{year:04d}")


def holiday(m: Match, ctx: TimeContext) -> Resolution | None:
    month, day = HOLIDAYS[m.group("holiday").lower().replace("’", "'")]
    year = _year(m) or resolve_day_year(ctx.anchor, month, day, ctx.direction)
    return date_resolution(f"{year:04d}-{month:02d}-{day:02d}")


# --- dates relative to the publication date -------------------------------------------------


def deictic_day(m: Match, ctx: TimeContext) -> Resolution:
    """today, yesterday, tomorrow, tonight, the day before yesterday; with a part of day."""
    word = m.group("deixis").lower()
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    day = shift_days(ctx.anchor, offsets[word])
    if word == "tonight":
        return Resolution("time", f"{day_value(day)}TNI", "day")
    return _with_part_of_day(day_value(day), m)


def this_part_of_day(m: Match, ctx: TimeContext) -> Resolution:
    """'this morning' → today's morning; 'last night' → yesterday night."""
    part = m.group("part").lower()
    rel = m.group("rel").lower()
    day = shift_days(ctx.anchor, -1) if rel == "last" else ctx.anchor
    return Resolution("time", f"{day_value(day)}T{PARTS_OF_DAY[part]}", "day")


def present_reference(m: Match, ctx: TimeContext) -> Resolution:
    word = m.group(0).lower()
    if "past" in word or "recent" in word or "former" in word:
        return Resolution("date", "PAST_REF", None)
    if "future" in word:
        return Resolution("date", "FUTURE_REF", None)
    return Resolution("date", "PRESENT_REF", None)


def weekday(m: Match, ctx: TimeContext) -> Resolution:
    """'on Thursday': the tense decides which Thursday; 'last/next/this Thursday' say so."""
    iso = WEEKDAYS[m.group("weekday").lower()]
    rel = _group(m, "rel")
    if rel in BACKWARD:
        offset = iso - ctx.anchor.isoweekday()
        day = shift_days(ctx.anchor, offset if offset < 0 else offset - 7)
    elif rel in FORWARD:
        offset = iso - ctx.anchor.isoweekday()
        day = shift_days(ctx.anchor, offset if offset > 0 else offset + 7)
    elif rel == "this":
        day = shift_days(ctx.anchor, iso - ctx.anchor.isoweekday())
    else:
        day = resolve_weekday(ctx.anchor, iso, ctx.direction)
    return _with_part_of_day(day_value(day), m)


def relative_unit(m: Match, ctx: TimeContext) -> Resolution | None:
    """'last month', 'this year', 'next week', 'earlier this month', 'the past week'."""
    unit = _unit(m.group("unit"))
    shift = _shift_word(_group(m, "rel")) or 0
    if unit == "weekend" and shift == 0 and ctx.direction == "past":
        shift = -1 if ctx.anchor.isoweekday() < 6 else 0
    value = unit_value(shift_unit(ctx.anchor, unit, shift), unit)
    return date_resolution(value) if value else None


_RANK = {"day": 0, "night": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "year": 4}


def anaphoric_unit(m: Match, ctx: TimeContext) -> Resolution | None:
    """'the next day', 'the day before', 'that week': counted from the narrative's last date."""
    unit = _unit(m.group("unit"))
    if ctx.reference is not None and _RANK[unit] < _RANK.get(ctx.reference_precision, 0):
        return Resolution(
            "date", None, None
        )  # "the next day" after "in 2016": no day to count from
    word = (_group(m, "rel") or _group(m, "after") or "same").lower()
    shift = {"before": -1, "earlier": -1, "after": 1, "later": 1}.get(word)
    if shift is None:
        shift = _shift_word(word) if word not in ("same", "that") else 0
    value = unit_value(shift_unit(ctx.ref, unit, shift or 0), unit)
    return date_resolution(value) if value else None


def current_unit(m: Match, ctx: TimeContext) -> Resolution | None:
    """'the end of the year', 'the rest of the month': the unit containing the anchor."""
    value = unit_value(ctx.anchor, _unit(m.group("unit")))
    return date_resolution(value) if value else None


def ago(m: Match, ctx: TimeContext) -> Resolution | None:
    """'two years ago' → 2020; 'several months ago' → PAST_REF (approximate); 'from now'."""
    unit = _unit(m.group("unit"))
    sign = 1 if m.group("dir").lower() in ("from now", "hence") else -1
    quantity_text = (m.group("q") or "several").lower()
    quantity = None if quantity_text in VAGUE_QUANTITIES else parse_number(quantity_text)
    if quantity is None:
        return Resolution("date", "FUTURE_REF" if sign > 0 else "PAST_REF", None, True)
    if unit in TIME_UNITS:
        return Resolution("time", day_value(ctx.anchor), "day")
    value = unit_value(shift_unit(ctx.anchor, unit, sign * quantity), unit)
    return date_resolution(value) if value else None


# --- durations and sets ---------------------------------------------------------------------


def duration(m: Match, ctx: TimeContext) -> Resolution | None:
    """'six years', 'six-year', 'the past three months', 'a decade', 'several weeks'."""
    unit = _unit(m.group("unit"))
    quantity_text = (m.groupdict().get("q") or "").lower()
    if unit == "second" and quantity_text in ("a", "an", "one"):
        return None  # "a second term"
    if quantity_text in VAGUE_QUANTITIES or not quantity_text:
        quantity = None
    else:
        quantity = parse_number(quantity_text)
        if quantity is None:
            return None
    return Resolution("duration", duration_value(quantity, unit), None)


def plural_duration(m: Match, ctx: TimeContext) -> Resolution:
    """'for years', 'in recent months': an unspecified number of units."""
    return Resolution("duration", duration_value(None, _unit(m.group("unit"))), None)


def set_every(m: Match, ctx: TimeContext) -> Resolution | None:
    """'every year' P1Y, 'each week' P1W, 'every Monday' XXXX-WXX-1, 'twice a month' P1M."""
    day = _group(m, "weekday")
    if day:
        return Resolution("set", f"XXXX-WXX-{WEEKDAYS[day]}", None)
    unit = _unit(m.group("unit"))
    count = parse_number(_group(m, "n") or "1") or 1.0
    if _group(m, "other"):
        count = 2.0
    return Resolution("set", duration_value(count, unit), None)


def set_adverb(m: Match, ctx: TimeContext) -> Resolution:
    return Resolution("set", SET_ADVERBS[m.group("adverb").lower()], None)


# --- clock times ----------------------------------------------------------------------------


def clock_time(m: Match, ctx: TimeContext) -> Resolution | None:
    """'10 a.m.', '3:30 pm', 'noon', 'midnight', with an optional day before it."""
    word = _group(m, "named")
    if word:
        hour, minute = (12, 0) if word == "noon" else (24, 0)
    else:
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        ampm = m.group("ampm").lower().replace(".", "")
        if hour > 12 or minute > 59:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
    day = ctx.anchor
    weekday_name = _group(m, "weekday")
    deixis = _group(m, "deixis")
    if weekday_name:
        day = resolve_weekday(ctx.anchor, WEEKDAYS[weekday_name], ctx.direction)
    elif deixis:
        day = shift_days(ctx.anchor, {"yesterday": -1, "tomorrow": 1}.get(deixis, 0))
    return Resolution("time", f"{day_value(day)}T{hour:02d}:{minute:02d}", "day")
