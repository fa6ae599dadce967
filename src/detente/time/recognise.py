"""Recognition: where the time expressions are in a text, before anything is normalised.

`find_candidates` runs every rule over the text and keeps the longest non-overlapping
matches. `normalise_text` is the whole recogniser + normaliser on a plain string with one
direction for every expression, for callers without a parse (tests, quick checks); the
pipeline stage (`expressions.py`) gives each expression the tense of its own clause.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from detente.records import DatePrecision
from detente.time.calendar import Direction
from detente.time.resolution import Resolution, TimeContext
from detente.time.rules import NEEDLE_REACH, RULES, Rule


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule's match: the extent in the text, and the match for its resolver."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    order: int

    @property
    def text(self) -> str:
        return self.match.string[self.start : self.end]

    def resolve(self, context: TimeContext) -> Resolution | None:
        """The rule's reading, or None when it rejects the match or the calendar cannot hold
        it ("a million years ago" is before year 1)."""
        try:
            return self.rule.resolve(self.match, context)
        except (ValueError, OverflowError):
            return None


def _extent(match: re.Match[str]) -> tuple[int, int]:
    if "x" in match.re.groupindex and match.group("x") is not None:
        return match.start("x"), match.end("x")
    return match.start(), match.end()


def find_candidates(text: str) -> list[Candidate]:
    """The longest non-overlapping rule matches, in text order.

    A match whose resolver rejects it ("a second term") is dropped before the choice, so a
    shorter good reading can take its place.
    """
    found: list[Candidate] = []
    probe = TimeContext(dt.date(2000, 1, 3))
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    for order, rule in enumerate(RULES):
        for match in _matches(rule, text, lowered):
            start, end = _extent(match)
            if end <= start:
                continue
            candidate = Candidate(start, end, rule, match, order)
            if candidate.resolve(probe) is None:
                continue
            found.append(candidate)
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[Candidate] = []
    for candidate in found:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    taken.sort(key=lambda c: c.start)
    return taken


def _matches(rule: Rule, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The rule's matches, looking only near its needles when it has any.

    `lowered` is `text.lower()` when that keeps every offset (it does not for "İ"), else
    the text itself, with case-insensitive needles then looked for case by case.
    """
    if not rule.needles:
        yield from rule.pattern.finditer(text)
        return
    haystack = text if rule.case_sensitive else lowered
    variants = rule.needles
    if not rule.case_sensitive and haystack is text:
        variants = tuple({v for n in rule.needles for v in (n, n.capitalize(), n.upper())})
    hits: list[tuple[int, int]] = []
    for needle in variants:
        at = haystack.find(needle)
        while at != -1:
            hits.append((max(0, at - NEEDLE_REACH), at + len(needle) + NEEDLE_REACH))
            at = haystack.find(needle, at + 1)
    hits.sort()
    windows: list[list[int]] = []
    for start, end in hits:
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    for start, end in windows:
        yield from rule.pattern.finditer(text, start, min(end, len(text)))


@dataclass(frozen=True, slots=True)
class FoundExpression:
    text: str
    start: int
    end: int
    resolution: Resolution


def normalise_text(
    text: str, published: dt.date, direction: Direction | None = None
) -> list[FoundExpression]:
    """Every expression in `text`, normalised against `published` with one tense direction."""
    out: list[FoundExpression] = []
    narrative = Narrative(published)
    for candidate in find_candidates(text):
        resolution = candidate.resolve(narrative.context(direction))
        if resolution is None:
            continue
        out.append(FoundExpression(candidate.text, candidate.start, candidate.end, resolution))
        narrative.advance(resolution)
    return out


class Narrative:
    """The publication date and the last date the text stated, as a document is read."""

    def __init__(self, published: dt.date) -> None:
        self.published = published
        self.reference: dt.date | None = None
        self.precision: DatePrecision = "day"

    def context(self, direction: Direction | None) -> TimeContext:
        return TimeContext(self.published, direction, self.reference, self.precision)

    def advance(self, resolution: Resolution) -> None:
        day = reference_day(resolution)
        if day is not None and resolution.precision is not None:
            self.reference, self.precision = day, resolution.precision


def reference_day(resolution: Resolution) -> dt.date | None:
    """The day a later "the next day" counts from: the start of a stated day, month or year."""
    value = resolution.value
    if resolution.kind not in ("date", "time") or not value or not value[:4].isdigit():
        return None
    try:
        if resolution.precision == "day":
            return dt.date.fromisoformat(value[:10])
        if resolution.precision == "month":
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        if resolution.precision == "year" and len(value) == 4:
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None
