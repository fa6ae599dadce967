"""Cross-article de-duplication: when two reports describe the same happening.

Two events are the same happening (rules in `Config.dedupe`, shown by `detente info`) when:
- they come from different articles (within an article the coder already merges);
- they have the same PLOVER event type (and mode, with `require_same_mode`), and the same
  status (with `require_same_status`: a planned visit is not the visit);
- their actors overlap and their recipients overlap (by country/IGO code); an event without
  recipients (a joint "Turkey and Israel met") needs exactly the same countries in any role;
- their dates are compatible given their precision: two day dates at most `window_days`
  apart; a day inside a week or month; dates coarser than a month (quarter, year, decade)
  only with the same value unless `merge_coarse_dates`;
- their places agree when both are known (with `require_same_location`).

The later report becomes a further mention of the earlier event; no source is lost. The event
keeps the earliest report's id, and shows the report that says most (`representative`): a date
the text states over one taken from context or the publication date, a finer date, more
participants with a country, then higher confidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from detente.config import DedupeSettings
from detente.time.ranges import PRECISION_RANK

COARSE_RANK = PRECISION_RANK["month"]
SOURCE_RANK = {"text": 0, "context": 1, "publication": 2}


def representative(reports: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The report of one happening that says most about it; ties go to the earliest given."""

    def rank(indexed: tuple[int, dict[str, Any]]) -> tuple[int, int, int, float, int]:
        k, data = indexed
        participants = [*(data.get("actors") or []), *(data.get("recipients") or [])]
        return (
            SOURCE_RANK.get(str(data.get("date_source")), len(SOURCE_RANK)),
            PRECISION_RANK.get(str(data.get("date_precision")), len(PRECISION_RANK)),
            -sum(bool(p.get("country")) for p in participants),
            -float(data.get("confidence") or 0.0),
            k,
        )

    return min(enumerate(reports), key=rank)[1]


@dataclass(slots=True)
class Candidate:
    """What matching needs to know of an event (new or already stored)."""

    id: str
    event: str
    mode: str | None
    status: str
    actor_codes: frozenset[str]
    recipient_codes: frozenset[str]
    date: str | None
    date_precision: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    location: str | None
    article_ids: set[str]


def same_happening(new: Candidate, old: Candidate, rules: DedupeSettings) -> bool:
    if new.article_ids & old.article_ids:
        return False
    if new.event != old.event:
        return False
    if rules.require_same_mode and new.mode != old.mode:
        return False
    if rules.require_same_status and new.status != old.status:
        return False
    if not same_participants(new, old):
        return False
    if (
        rules.require_same_location
        and new.location
        and old.location
        and new.location.casefold() != old.location.casefold()
    ):
        return False
    return dates_compatible(new, old, rules)


def same_participants(a: Candidate, b: Candidate) -> bool:
    """Actors overlap and recipients overlap; a joint event ("Turkey and Israel met", no
    recipient) matches an event with exactly the same countries in any roles."""
    if a.recipient_codes and b.recipient_codes:
        return bool(a.actor_codes & b.actor_codes) and bool(a.recipient_codes & b.recipient_codes)
    everyone_a = a.actor_codes | a.recipient_codes
    everyone_b = b.actor_codes | b.recipient_codes
    return bool(everyone_a) and everyone_a == everyone_b


def dates_compatible(a: Candidate, b: Candidate, rules: DedupeSettings) -> bool:
    if a.date_start is None or b.date_start is None or a.date_end is None or b.date_end is None:
        return False
    coarse = max(_rank(a.date_precision), _rank(b.date_precision)) > COARSE_RANK
    if coarse and not rules.merge_coarse_dates:
        return a.date == b.date and a.date_precision == b.date_precision
    window = dt.timedelta(days=rules.window_days)
    return a.date_start <= b.date_end + window and b.date_start <= a.date_end + window


def best_match(
    new: Candidate, candidates: Iterable[Candidate], rules: DedupeSettings
) -> Candidate | None:
    """The matching candidate closest in date (then the smallest id, so runs are repeatable)."""
    matches = [c for c in candidates if same_happening(new, c, rules)]
    if not matches:
        return None
    return min(matches, key=lambda c: (_distance(new, c), c.id))


def _rank(precision: str | None) -> int:
    return PRECISION_RANK.get(precision or "", len(PRECISION_RANK))


def _distance(a: Candidate, b: Candidate) -> int:
    if a.date_start is None or b.date_start is None:
        return 1 << 30
    return abs((a.date_start - b.date_start).days)


class CandidateIndex:
    """Candidates by event type and calendar month, so a lookup checks only the events near
    in time (matching is then linear in a handful, not in every event of the type)."""

    def __init__(self, rules: DedupeSettings) -> None:
        self.rules = rules
        self._buckets: dict[tuple[str, int], list[Candidate]] = {}

    def add(self, candidate: Candidate) -> None:
        if candidate.date_start is None or candidate.date_end is None:
            return  # undated events never match
        for month in _months(candidate.date_start, candidate.date_end):
            self._buckets.setdefault((candidate.event, month), []).append(candidate)

    def near(self, new: Candidate) -> list[Candidate]:
        if new.date_start is None or new.date_end is None:
            return []
        window = dt.timedelta(days=self.rules.window_days)
        seen: dict[str, Candidate] = {}
        for month in _months(new.date_start - window, new.date_end + window):
            for c in self._buckets.get((new.event, month), ()):
                seen.setdefault(c.id, c)
        return list(seen.values())

    def best_match(self, new: Candidate) -> Candidate | None:
        return best_match(new, self.near(new), self.rules)


def _months(first: dt.date, last: dt.date) -> range:
    return range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
