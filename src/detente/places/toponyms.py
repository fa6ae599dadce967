"""Toponyms: every place name in a parsed text, resolved through the gazetteer when we can.

Place entities (GPE, LOC, FAC) are looked up by name; nationality adjectives (NORP: "Turkish")
resolve to their country, as news geoparsing conventions count them as toponyms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.places.gazetteer import Gazetteer
from detente.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Doc

TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Toponym:
    text: str
    start: int
    end: int
    location: Location | None


def context_countries(doc: Doc, gazetteer: Gazetteer) -> tuple[str, ...]:
    """Countries the text names or alludes to ("Turkish"), to settle ambiguous city names."""
    codes: list[str] = []
    for ent in doc.ents:
        location = None
        if ent.label_ in TOPONYM_LABELS:
            location = gazetteer.lookup(ent.text)
        elif ent.label_ == "NORP":
            location = gazetteer.adjective(ent.text)
        if location and location.country and location.feature in {"country", "capital", "region"}:
            codes.append(location.country)
    return tuple(dict.fromkeys(codes))


def find_toponyms(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    prefer = context_countries(doc, gazetteer)
    found: list[Toponym] = []
    for ent in doc.ents:
        if ent.label_ in TOPONYM_LABELS:
            location = gazetteer.lookup(ent.text, prefer)
            found.append(Toponym(ent.text, ent.start_char, ent.end_char, location))
        elif ent.label_ == "NORP" and (country := gazetteer.adjective(ent.text)):
            found.append(Toponym(ent.text, ent.start_char, ent.end_char, country))
    return found
