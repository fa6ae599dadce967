"""Attachment: which time expression dates which event.

For one piece of evidence (a trigger span in a sentence) the first of these that exists wins:

1. an expression that modifies the trigger ("visited … on Thursday", "the 2016 deal",
   "Ushpiz's visit … in December 2021");
2. an expression in the trigger's own clause;
3. one on a verb the clause hangs from: a reporting verb ("said on Wednesday that Ankara
   welcomes …" dates "welcomes"), the first verb of a coordination ("visited Israel on
   Thursday and met …" dates "met"), or the verb a participle hangs from ("signed a deal in
   2016, ending a six-year standoff" dates "ending");
4. the nearest expression in the sentence that does not belong to another clause;
5. the paragraph's narrative time: the last expression in an earlier sentence of the same
   paragraph (`source="context"`);
6. the publication date (`source="publication"`).

Events whose trigger says they lie ahead ("Herzog's upcoming visit") stop after step 2: the
date of the sentence around them is when it was said, not when they happen.

Besides expressions, "shortly after Herzog took office" dates an event when the office table
knows when Herzog took office (an approximate month).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.records import (
    PRECISIONS,
    DatePrecision,
    DateSource,
    EventDate,
    Evidence,
    Span,
    TimeExpression,
)
from detente.time.tense import FUTURE_MODIFIERS, governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.knowledge.offices import OfficeTable

EVENT_PRECISIONS: frozenset[str] = frozenset(PRECISIONS)
# How much of a normalised value an event date keeps at each precision.
_VALUE_LENGTHS = {"day": 10, "week": 8, "month": 7, "quarter": 7, "year": 4, "decade": 3}
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "report",
        "confirm",
        "declare",
        "add",
        "note",
        "stress",
        "claim",
        "reveal",
        "write",
        "tweet",
        "insist",
        "warn",
        "explain",
        "indicate",
    }
)
_ANCHOR_PHRASE = re.compile(
    r"(?P<all>(?:(?:shortly|soon|just|right|immediately)\s+)?(?:after|since|before|when)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+"
    r"(?:(?:took|assumed|entered)\s+office|was\s+sworn\s+in|took\s+power|came\s+to\s+power"
    r"|was\s+inaugurated))"
)


@dataclass(frozen=True, slots=True)
class Dating:
    """Something in the text that can date an event: a value and where it hangs in the parse."""

    value: str
    precision: DatePrecision
    approximate: bool
    span: Span
    sentence_index: int
    token: int  # the token that attaches to the rest of the sentence


def event_value(expression: TimeExpression) -> tuple[str, DatePrecision] | None:
    """The event-date value an expression gives: '2022-02-17T10:00' → day, '2012-SU' → year."""
    value, precision = expression.value, expression.precision
    if value is None or precision is None or precision not in EVENT_PRECISIONS:
        return None
    if expression.kind not in ("date", "time") or not value[:4].isdigit():
        return None
    return value[: _VALUE_LENGTHS[precision]], precision


def expression_datings(doc: Doc, expressions: Sequence[TimeExpression]) -> list[Dating]:
    datings: list[Dating] = []
    for expression in expressions:
        reading = event_value(expression)
        if reading is None or expression.token_end <= expression.token_start:
            continue
        root = doc[expression.token_start : expression.token_end].root
        datings.append(
            Dating(
                value=reading[0],
                precision=reading[1],
                approximate=expression.approximate,
                span=Span(expression.text, expression.start, expression.end),
                sentence_index=expression.sentence_index,
                token=root.i,
            )
        )
    return datings


def office_datings(doc: Doc, offices: OfficeTable, published: dt.date) -> list[Dating]:
    """'shortly after Herzog took office' → the month Herzog's term began (approximate)."""
    datings: list[Dating] = []
    for index, sentence in enumerate(doc.sents):
        for match in _ANCHOR_PHRASE.finditer(sentence.text):
            terms = [h for h in offices.by_alias(match.group("name")) if h.start <= published]
            if not terms:
                continue
            start = max(terms, key=lambda h: h.start).start
            begin = sentence.start_char + match.start("all")
            end = sentence.start_char + match.end("all")
            span = doc.char_span(begin, end, alignment_mode="expand")
            if span is None:
                continue
            verb = governing_verb(span.root) or span.root
            attach = verb.head if verb.dep_ in ("advcl", "prep", "pcomp") else verb
            datings.append(
                Dating(
                    value=f"{start.year:04d}-{start.month:02d}",
                    precision="month",
                    approximate=True,
                    span=Span(doc.text[begin:end], begin, end),
                    sentence_index=index,
                    token=attach.i,
                )
            )
    return datings


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where paragraphs begin (a paragraph ends at a line break)."""
    return [0, *(m.end() for m in re.finditer(r"\n\s*", text))]


class DateAttacher:
    """Dates evidence in one parsed document against its datings."""

    def __init__(self, doc: Doc, datings: Sequence[Dating], published: dt.date) -> None:
        self.doc = doc
        self.datings = sorted(datings, key=lambda d: d.span.start)
        self.published = published
        self.paragraphs = paragraph_starts(doc.text)

    def date(self, evidence: Evidence) -> tuple[EventDate, Span | None]:
        """The date of the event this evidence reports, and the span that states it."""
        trigger = self._token(evidence.trigger)
        if trigger is not None:
            found = self._find(trigger, evidence)
            if found is not None:
                source, dating = found
                return (
                    EventDate(
                        value=dating.value,
                        precision=dating.precision,
                        source=source,
                        text=dating.span.text,
                        start=dating.span.start,
                        end=dating.span.end,
                        approximate=dating.approximate,
                    ),
                    dating.span,
                )
        return EventDate(self.published.isoformat(), "day", "publication"), None

    def _token(self, span: Span) -> Token | None:
        chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if chars is None or len(chars) == 0:
            return None
        return chars.root

    def _find(self, trigger: Token, evidence: Evidence) -> tuple[DateSource, Dating] | None:
        sentence = [d for d in self.datings if d.sentence_index == evidence.sentence_index]
        clause = _clause_verb(trigger)
        for dating in sentence:
            if _modifies(self.doc[dating.token], trigger):
                return "text", dating
        for dating in sentence:
            if clause is not None and _clause_verb(self.doc[dating.token]) == clause:
                return "text", dating
        if _lies_ahead(trigger):
            return None
        heads = _governing_clauses(clause)
        for head in heads:
            for dating in sentence:
                token = self.doc[dating.token]
                if _clause_verb(token) == head and _modifies(token, head):
                    return "text", dating
        # The rest of the sentence, leaving out dates that belong to another clause:
        # in "Israel, which signed a deal in 2016, met Turkish officials", 2016 is the deal's.
        ours = {t.i for t in heads} | ({clause.i} if clause is not None else set())
        free = [d for d in sentence if _belongs_to(self.doc[d.token], ours)]
        if free:
            nearest = min(free, key=lambda d: abs(d.token - trigger.i))
            return "text", nearest
        paragraph = bisect.bisect_right(self.paragraphs, evidence.trigger.start)
        earlier = [
            d
            for d in self.datings
            if d.sentence_index < evidence.sentence_index
            and bisect.bisect_right(self.paragraphs, d.span.start) == paragraph
        ]
        if earlier:
            return "context", earlier[-1]
        return None


def _clause_verb(token: Token) -> Token | None:
    return token if token.pos_ in ("VERB", "AUX") else governing_verb(token)


def _modifies(token: Token, target: Token) -> bool:
    """True when `token` hangs from `target` through no other verb (prep, pobj, npadvmod…),
    except a participle that describes the target: "a visit planned for March", "talks held
    in 2016"."""
    current = token
    for _ in range(8):
        if current.i == target.i:
            return True
        describes = current.dep_ == "acl" and current.tag_ == "VBN"
        if current.i != token.i and current.pos_ in ("VERB", "AUX") and not describes:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _belongs_to(token: Token, clauses: set[int]) -> bool:
    """True when the date hangs from one of `clauses`, or from no verb at all."""
    verb = _clause_verb(token)
    return verb is None or verb.i in clauses


def _governing_clauses(verb: Token | None) -> list[Token]:
    """Verbs the clause hangs from and shares its time with: through coordination, a
    reporting verb's complement, or a participle without its own subject ("signed a deal in
    2016, ending a standoff")."""
    heads: list[Token] = []
    current = verb
    for _ in range(4):
        if current is None or current.head.i == current.i:
            break
        head = current.head
        reported = current.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_VERBS
        participle = (
            current.dep_ == "advcl"
            and current.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in current.children)
        )
        if current.dep_ not in ("conj", "xcomp") and not reported and not participle:
            break
        if head.pos_ not in ("VERB", "AUX"):
            break
        heads.append(head)
        current = head
    return heads


def _lies_ahead(trigger: Token) -> bool:
    """A nominal trigger marked as ahead: "upcoming visit", "planned talks"."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.lower_ in FUTURE_MODIFIERS for c in trigger.children
    )
