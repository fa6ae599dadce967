"""Recognition rules, HeidelTime-style: a regular expression and the resolver that normalises it.

Every rule's pattern is compiled case-insensitively; month, weekday and season names are
matched case-sensitively inside `(?-i:…)` so that "may" (the verb) and "Arab Spring" stay
out. When a pattern has a group named `x`, the expression's extent is that group (the
preposition before it is context, not part of the expression).

Where rules overlap, the longest extent wins, then the earlier rule in `RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from detente.time import resolvers as r
from detente.time.resolution import Resolution, TimeContext
from detente.time.vocabulary import NUMBER_WORDS, ORDINALS

Resolver = Callable[[re.Match[str], TimeContext], Resolution | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, its resolver, and the words every match contains (`needles`).

    The recogniser runs a pattern only near its needles, which keeps recognition cheap on
    long texts; every match must contain one of them, within `NEEDLE_REACH` characters of
    both ends of the match.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    needles: tuple[str, ...] = ()  # empty: scan the whole text
    case_sensitive: bool = False


NEEDLE_REACH = 80


def _alternation(words: list[str]) -> str:
    """A regex matching any of `words`, as a trie so the engine does not try them one by one
    (the longest word wins where one is a prefix of another)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _depth(node: dict[str, Any]) -> int:
    return 1 + max((_depth(child) for child in node.values()), default=0)


_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?P<month>(?-i:{_MONTH_FULL}|{_MONTH_ABBR}))"
SAFE_MONTH = (
    r"(?P<month>(?-i:January|February|April|June|July|August|September|October|November|December))"
)
WEEKDAY = r"(?P<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%])"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUMBER = (
    rf"(?:(?:{_TENS})[- ](?:{_ONES})|{_alternation(list(NUMBER_WORDS))}|\d+(?:\.\d+)?)"
    r"(?:\s+and\s+a\s+half)?"
)
VAGUE = r"(?:several|a\s+few|few|some|many|a\s+number\s+of|dozens\s+of|a\s+couple\s+of)"
QUANTITY = rf"(?P<q>{VAGUE}|{NUMBER})"
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries)"
)
ORDINAL = _alternation(list(ORDINALS))
MODIFIER = (
    r"(?:(?:(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of)"
    r"|early|late|mid|earlier|later)"
)
MODP = rf"(?:{MODIFIER}(?:-|\s+))?"
PART_OF_DAY = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
PREPOSITION = (
    r"(?:in|since|until|till|by|from|through|of|during|for|before|after|to|last|next|this)"
)


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
_YEARS = "19 20"
_UNITS = "second minute hour day night week fortnight month quarter year decade centur"
# Words every match of a rule contains ("_" stands for a space); rules not listed scan all.
# Needles with a capital letter are matched case-sensitively, like the names they stand for.
RULE_NEEDLES: dict[str, str] = {
    "date_month_day": _MONTHS,
    "date_day_month": _MONTHS,
    "date_iso": _YEARS,
    "date_us": "/",
    "month_year": _MONTHS,
    "month_modified": _MONTHS,
    "month_bare": _MONTHS,
    "month_after_preposition": _MONTHS,
    "year": _YEARS,
    "fiscal_year": "fiscal fy",
    "decade": "0s",
    "century": "century",
    "relative_unit": "this last next past coming current upcoming",
    "quarter": "quarter",
    "quarter_code": "q1 q2 q3 q4",
    "half_year": "half",
    "season": "spring summer autumn winter fall",
    "holiday": "christmas new_year independence valentine halloween",
    "deictic_day": "today yesterday tomorrow tonight",
    "this_part_of_day": "morning afternoon evening night",
    "reference": "now currently recently these_days past future present",
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "the_weekend": "weekend",
    "anaphoric_unit": "next following previous preceding same",
    "that_unit": "that same",
    "unit_before": "before after",
    "current_unit": "end_of beginning_of start_of middle_of rest_of remainder_of close_of turn_of "
    "course_of",
    "ago": "ago from_now hence",
    "set_every": "every each per",
    "set_times": "once twice times",
    "set_rate": "a_day a_week a_month a_year",
    "set_adverb": "hourly daily nightly weekly monthly quarterly yearly annually",
    "duration": _UNITS,
    "plural_duration": "years months weeks days decades hours centuries",
    "clock": "a.m p.m am pm noon midnight",
}


def _rule(name: str, pattern: str, resolve: Resolver) -> Rule:
    words = tuple(w.replace("_", " ") for w in RULE_NEEDLES.get(name, "").split())
    case_sensitive = any(w != w.lower() for w in words)
    return Rule(name, re.compile(pattern, re.IGNORECASE), resolve, words, case_sensitive)


RULES: tuple[Rule, ...] = (
    # absolute dates
    _rule(
        "date_month_day",
        rf"\b{MODP}(?:{WEEKDAY},?\s+)?(?:the\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
        r.full_date,
    ),
    _rule(
        "date_day_month",
        rf"\b{MODP}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
        r.full_date,
    ),
    _rule("date_iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", r.numeric_date),
    _rule("date_us", r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)\b", r.numeric_date),
    _rule("month_year", rf"\b{MODP}{MONTH},?\s+(?:of\s+)?{YEAR}", r.month_of_year),
    _rule("month_modified", rf"\b{MODIFIER}(?:-|\s+){MONTH}\b", r.month_of_year),
    _rule("month_bare", rf"\b{SAFE_MONTH}\b", r.month_of_year),
    _rule("month_after_preposition", rf"\b{PREPOSITION}\s+(?P<x>{MONTH})\b", r.month_of_year),
    _rule(
        "year",
        rf"(?<![\d$€£.,:/])\b(?:the\s+)?{MODP}(?:(?:the\s+)?year\s+)?{YEAR}(?!\s*(?:percent|per\s+cent))",
        r.year_only,
    ),
    _rule(
        "fiscal_year", r"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<y>(?:19|20)?\d\d)\b", r.fiscal_year
    ),
    _rule(
        "decade",
        r"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?P<c>1[5-9]|20)|['’])(?P<d>\d)0s\b",
        r.decade,
    ),
    _rule("century", rf"\b(?:the\s+)?(?P<ord>{ORDINAL})[- ]century\b", r.century),
    # dates relative to the publication date (before quarter so "the last quarter" is relative)
    _rule(
        "relative_unit",
        rf"\b{MODP}(?:the\s+)?(?P<rel>this|last|next|past|coming|current|upcoming)\s+"
        r"(?P<unit>week|weekend|month|year|decade|century|quarter)\b(?![-–]\w)",
        r.relative_unit,
    ),
    _rule(
        "quarter",
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
        r"(?:\s+fiscal)?[- ]quarter"
        rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?{YEAR}|\s+of\s+(?:(?P<rel>this|last|next)\s+year|the\s+year))?",
        r.quarter,
    ),
    _rule("quarter_code", rf"\b(?-i:Q)(?P<q>[1-4])(?:\s+{YEAR})?\b", r.quarter),
    _rule(
        "half_year",
        r"\b(?:the\s+)?(?P<ord>first|second)\s+half\s+of\s+"
        rf"(?:(?:fiscal\s+)?{YEAR}|(?P<rel>this|last|next)\s+year|the\s+year)",
        r.half_year,
    ),
    _rule(
        "season",
        r"\b(?:(?P<rel>last|this|next|past|coming|early|late|mid)[- ]|the\s+)?"
        rf"(?P<season>(?-i:spring|summer|autumn|winter|fall))(?:\s+(?:of\s+)?{YEAR})?\b"
        r"(?!\s+of\s+(?!(?:19|20)\d\d))",
        r.season,
    ),
    _rule(
        "holiday",
        r"\b(?P<holiday>(?-i:Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year['’]s\s+Day"
        r"|New\s+Year['’]s\s+Eve|Independence\s+Day|Valentine['’]s\s+Day|Halloween))"
        rf"(?:\s+{YEAR})?",
        r.holiday,
    ),
    _rule(
        "deictic_day",
        r"\b(?P<deixis>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday"
        rf"|the\s+day\s+after\s+tomorrow){PART_OF_DAY}\b",
        r.deictic_day,
    ),
    _rule(
        "this_part_of_day",
        r"\b(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b",
        r.this_part_of_day,
    ),
    _rule(
        "reference",
        r"\b(?:right\s+now|now|nowadays|currently|recently|these\s+days|the\s+past(?!\s+\w)"
        r"|the\s+future(?!\s+\w)|the\s+present(?!\s+\w))\b",
        r.present_reference,
    ),
    _rule(
        "weekday",
        rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?{WEEKDAY}{PART_OF_DAY}\b",
        r.weekday,
    ),
    _rule("the_weekend", r"\bthe\s+(?P<unit>weekend)\b", r.relative_unit),
    _rule(
        "anaphoric_unit",
        r"\b(?:the|that)\s+(?P<rel>next|following|previous|preceding|same)\s+"
        r"(?P<unit>day|night|week|weekend|month|year)\b",
        r.anaphoric_unit,
    ),
    _rule(
        "that_unit",
        r"\b(?:that|the\s+same)\s+(?P<unit>day|night|week|month|year)\b",
        r.anaphoric_unit,
    ),
    _rule(
        "unit_before",
        r"\bthe\s+(?P<unit>day|night|week|month|year)\s+(?P<after>before|after)\b",
        r.anaphoric_unit,
    ),
    _rule(
        "current_unit",
        r"\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn|course)\s+of\s+"
        r"(?:the|this)\s+(?P<unit>week|month|year|decade|century)\b",
        r.current_unit,
    ),
    _rule(
        "ago",
        rf"\b(?:{QUANTITY}[- ])?{UNIT}\s+(?P<dir>ago|from\s+now|hence)\b",
        r.ago,
    ),
    # sets before durations, so "once a week" is a set and not "a week"
    _rule(
        "set_every",
        r"\b(?:every|each|per)\s+(?:(?P<other>other)\s+)?"
        rf"(?:{WEEKDAY}|(?P<unit>day|night|week|weekend|month|quarter|year|decade|hour|minute))\b",
        r.set_every,
    ),
    _rule(
        "set_times",
        rf"\b(?:once|twice|(?:{NUMBER}|\d+)\s+times)\s+(?:a|an|per|every|each)\s+"
        r"(?P<unit>day|night|week|month|quarter|year|decade|hour|minute)\b",
        r.set_every,
    ),
    _rule(
        "set_rate",
        r"(?:\d|million|billion|thousand|percent|%)\s+(?P<x>a\s+(?P<unit>day|week|month|year))\b",
        r.set_every,
    ),
    _rule(
        "set_adverb",
        r"\b(?P<adverb>hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually)\b",
        r.set_adverb,
    ),
    # durations
    _rule(
        "duration",
        r"\b(?:the\s+)?(?:(?:past|last|next|first|final|coming|previous|following|recent"
        r"|full|entire|whole|additional|further|another|other)\s+)?"
        rf"{QUANTITY}[- ]{UNIT}(?:[- ]long|[- ]old)?\b",
        r.duration,
    ),
    _rule(
        "plural_duration",
        r"\b(?:for|in|over|during|within)\s+(?P<x>(?:the\s+)?(?:(?:past|last|coming|next|recent)\s+)?"
        r"(?P<unit>years|months|weeks|days|decades|hours|centuries))\b",
        r.plural_duration,
    ),
    # clock times
    _rule(
        "clock",
        rf"\b(?:(?:{WEEKDAY}|(?P<deixis>today|yesterday|tomorrow))(?:\s+at)?\s+)?"
        r"(?:(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
        r"|(?P<named>noon|midnight))"
        r"(?:\s+(?:local\s+time|(?-i:[A-Z]{2,4}T|GMT|UTC)))?",
        r.clock_time,
    ),
)
