"""The words time expressions are made of: months, weekdays, units, number words, seasons.

These are English, not world knowledge, so they live here as read-only tables rather than in
`knowledge/`. Keys are lower case; look words up with `.lower()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    }
)

WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {  # ISO numbering: Monday is 1
        "monday": 1,
        "tuesday": 2,
        "wednesday": 3,
        "thursday": 4,
        "friday": 5,
        "saturday": 6,
        "sunday": 7,
    }
)

NUMBER_WORDS: Mapping[str, float] = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a hundred": 100,
        "half a": 0.5,
        "a half": 0.5,
        "a dozen": 12,
        "dozen": 12,
        "a couple of": 2,
        "couple of": 2,
    }
)

# Quantities that do not say how many: "several months" is PXM.
VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {"several", "a few", "few", "some", "many", "a number of", "the past few", "dozens of"}
)

ORDINALS: Mapping[str, int] = MappingProxyType(
    {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "fifth": 5,
        "5th": 5,
        "sixth": 6,
        "6th": 6,
        "seventh": 7,
        "7th": 7,
        "eighth": 8,
        "8th": 8,
        "ninth": 9,
        "9th": 9,
        "tenth": 10,
        "10th": 10,
        "eleventh": 11,
        "11th": 11,
        "twelfth": 12,
        "12th": 12,
        "thirteenth": 13,
        "13th": 13,
        "fourteenth": 14,
        "14th": 14,
        "fifteenth": 15,
        "15th": 15,
        "sixteenth": 16,
        "16th": 16,
        "seventeenth": 17,
        "17th": 17,
        "eighteenth": 18,
        "18th": 18,
        "nineteenth": 19,
        "19th": 19,
        "twentieth": 20,
        "20th": 20,
        "twenty-first": 21,
        "21st": 21,
    }
)

# TIMEX3 duration letters; time units go after the "T".
UNITS: Mapping[str, str] = MappingProxyType(
    {
        "second": "S",
        "minute": "M",
        "hour": "H",
        "day": "D",
        "night": "D",
        "week": "W",
        "weekend": "WE",
        "fortnight": "2W",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
        "decade": "DE",
        "century": "CE",
    }
)
TIME_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})

SEASONS: Mapping[str, str] = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)

PARTS_OF_DAY: Mapping[str, str] = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
)

SET_ADVERBS: Mapping[str, str] = MappingProxyType(
    {
        "hourly": "PT1H",
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "quarterly": "P1Q",
        "yearly": "P1Y",
        "annually": "P1Y",
    }
)

HOLIDAYS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "christmas": (12, 25),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "independence day": (7, 4),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
    }
)
