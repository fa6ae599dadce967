"""Time expressions in a parsed article: rule matches, each normalised with its clause's tense.

spaCy's DATE/TIME entities that no rule reads are kept too (value None), so an analyst sees
every time word the parser saw; they never date an event.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING

from detente.records import TimeExpression
from detente.time.recognise import Narrative, find_candidates
from detente.time.tense import clause_direction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_ENTITY_KINDS = {"DATE": "date", "TIME": "time"}


def find_time_expressions(doc: Doc, published: dt.date) -> list[TimeExpression]:
    """Every time expression in `doc`, in text order, normalised against `published`."""
    sentence_starts = [s.start for s in doc.sents]
    narrative = Narrative(published)
    found: list[TimeExpression] = []
    for candidate in find_candidates(doc.text):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        resolution = candidate.resolve(narrative.context(clause_direction(span.root)))
        if resolution is None:
            continue
        narrative.advance(resolution)
        found.append(
            TimeExpression(
                text=candidate.text,
                start=candidate.start,
                end=candidate.end,
                sentence_index=bisect.bisect_right(sentence_starts, span.start) - 1,
                kind=resolution.kind,
                value=resolution.value,
                precision=resolution.precision,
                approximate=resolution.approximate,
                token_start=span.start,
                token_end=span.end,
            )
        )
    found.extend(_unread_entities(doc, found, sentence_starts))
    found.sort(key=lambda e: e.start)
    return found


def _unread_entities(
    doc: Doc, found: list[TimeExpression], sentence_starts: list[int]
) -> list[TimeExpression]:
    extra: list[TimeExpression] = []
    for ent in doc.ents:
        kind = _ENTITY_KINDS.get(ent.label_)
        if kind is None or not _worth_keeping(ent):
            continue
        if any(ent.start_char < e.end and e.start < ent.end_char for e in found):
            continue
        extra.append(
            TimeExpression(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                sentence_index=bisect.bisect_right(sentence_starts, ent.start) - 1,
                kind="time" if kind == "time" else "date",
                value=None,
                precision=None,
                token_start=ent.start,
                token_end=ent.end,
            )
        )
    return extra


def _worth_keeping(ent: Span) -> bool:
    """Not a bare number ("1,500") and not an age phrase the parser calls a date."""
    return any(t.is_alpha for t in ent) and not ent.text.lower().startswith(("age", "aged"))
