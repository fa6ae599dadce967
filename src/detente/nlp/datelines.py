"""A wire story's dateline is a sentence of its own, set before the parser runs.

"NAIROBI, Kenya (AP) — Police fired tear gas…": read as one sentence, the parser makes the
city the subject of "fired". The dateline — places and dates separated by commas, maybe a
news agency in brackets, then a dash ("KABUL, Dec 3 (Reuters) -", "Caracas, 12 May (AFP) –",
only "(Reuters) --", even "(CNN)" alone) or a colon ("ISLAMABAD:") — at the start of the
text or of one of its first lines becomes its own sentence. A single mixed-case name before
the dash or colon needs an agency, a date or a second place beside it ("Kenya – a country
of 50 million" and "Hamas: we will fight on" open ordinary sentences). Only its shape is
checked here; `actors.home` looks its places up (an outlet's name is no place: "CNN --").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from detente.time.vocabulary import MONTHS, WEEKDAYS

COMPONENT = "detente_datelines"

_DATELINE = re.compile(
    r"(?P<head>[^\W\d_][^\n()—–:]{0,60}?)?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{1,40})\))?"
    r"(?P<sep>[ \t]*[—–][ \t]*|[ \t]+--?[ \t]+|:[ \t]+)"
)
# Only an agency, no dash: "(CNN) The military said…" ("(CNN)The" is one token: left alone).
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()\n]{1,40})\)[ \t]+(?=[^\W\d_])")
_LINES = 3  # a headline or byline may stand before it
_REACH = 300  # characters from the start of the text
_USER_DATA_KEY = "detente_dateline"
_MAX_PLACE_WORDS = 4
_PLACE_GLUE = frozenset({"de", "del", "la", "el", "al", "of", "es", "da", "do"})
# Capitalised words that open a sentence, never a place: "On Tuesday, Kenya – which …".
_OPENERS = frozenset(
    {
        "on", "in", "at", "after", "before", "meanwhile", "but", "and", "a", "an", "when",
        "while", "as", "last", "this", "earlier", "later", "by", "for", "with", "from",
        "since", "during", "under", "mr", "mrs", "ms", "dr", "president", "prime", "minister",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatelineShape:
    """A dateline's characters [start, end) in the text and its place words, in order
    ("NAIROBI", "Kenya")."""

    start: int
    end: int
    places: tuple[str, ...]


def dateline_shape(text: str) -> DatelineShape | None:
    """The dateline at the start of the text or of one of its first lines, by its shape."""
    offset = 0
    for line in text[:_REACH].split("\n")[:_LINES]:
        lead = len(line) - len(line.lstrip())
        match = _DATELINE.match(line, lead)
        if match is not None:
            places = _places(match)
            if places is not None:
                return DatelineShape(offset + lead, offset + match.end(), places)
        bare = _AGENCY_ONLY.match(line, lead)
        if bare is not None and _looks_like_place(bare.group("agency")):
            return DatelineShape(offset + lead, offset + bare.end(), ())
        offset += len(line) + 1
    return None


def _places(match: re.Match[str]) -> tuple[str, ...] | None:
    """The place chunks of a dateline (none in "(Reuters) --"); None when the words are not
    a dateline."""
    head, agency = match.group("head"), match.group("agency")
    if head is None:
        return () if agency is not None and _looks_like_place(agency) else None
    chunks = [c.strip() for c in head.split(",")]
    if not all(chunks):
        return None
    places = [c for c in chunks if not _is_date(c)]
    if not places or places[0] != chunks[0] or not all(_looks_like_place(c) for c in places):
        return None
    # One mixed-case name before a dash or colon may open an ordinary sentence or headline
    # ("Kenya – a country of 50 million – …", "Hamas: we will fight on"): a dateline has
    # capitals, an agency, a date or a second place.
    marked = chunks[0].isupper() or agency is not None or len(chunks) > 1
    return tuple(places) if marked else None


def _is_date(chunk: str) -> bool:
    """ "Dec 3", "12 May", "March 3 2021", "Tuesday": a month or a weekday, maybe numbers."""
    words = chunk.replace(".", " ").split()
    named = [w for w in words if not w.isdigit()]
    return (
        0 < len(words) <= 3
        and len(named) == 1
        and (named[0].casefold() in MONTHS or named[0].casefold() in WEEKDAYS)
    )


def _looks_like_place(chunk: str) -> bool:
    words = chunk.split()
    return (
        0 < len(words) <= _MAX_PLACE_WORDS
        and words[0].casefold() not in _OPENERS
        and all(w[:1].isupper() or w.casefold() in _PLACE_GLUE for w in words)
    )


def doc_dateline(doc: Doc) -> DatelineShape | None:
    """The dateline of a parsed text: the one `mark_dateline` found (kept in the doc's
    user data, which survives spaCy's worker processes), else read from its opening."""
    if _USER_DATA_KEY not in doc.user_data:
        return dateline_shape(_opening(doc))
    found = doc.user_data[_USER_DATA_KEY]
    return None if found is None else DatelineShape(found[0], found[1], tuple(found[2]))


def _opening(doc: Doc) -> str:
    """The text of the tokens that start within `_REACH` characters: all a dateline needs
    (`Doc.text` joins every token)."""
    end = next((t.i for t in doc if t.idx >= _REACH), len(doc))
    return doc[:end].text


@Language.component(COMPONENT)
def mark_dateline(doc: Doc) -> Doc:
    """Make the dateline a sentence of its own: the story proper starts after it."""
    shape = dateline_shape(_opening(doc))
    doc.user_data[_USER_DATA_KEY] = (
        None if shape is None else [shape.start, shape.end, list(shape.places)]
    )  # msgpack-safe
    if shape is None:
        return doc
    first = next((t for t in doc if t.idx >= shape.end and not t.is_space), None)
    if first is None:
        return doc
    for token in doc[: first.i]:
        if token.idx > shape.start:
            token.is_sent_start = False
    first.is_sent_start = True
    if first.i + 1 < len(doc) and not doc[first.i + 1].is_space:
        doc[first.i + 1].is_sent_start = False  # no one-word sentence after the dateline
    return doc
