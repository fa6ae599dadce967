"""Where an event happened, from the sentence that reports it.

Most specific cue first:
1. a locative phrase on the trigger or its clause ("met in Geneva", "talks at the summit in Doha");
2. for visits, the place visited ("visited Israel", "the visit to Turkey"), else the host country;
3. nothing: an event's actors are not its location ("Turkey and Israel signed a deal").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.nlp.spans import token_at
from detente.places.gazetteer import Gazetteer
from detente.places.toponyms import TOPONYM_LABELS
from detente.records import Event, Location

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


def locate_event(
    doc: Doc, event: Event, gazetteer: Gazetteer, prefer: tuple[str, ...] = ()
) -> Location | None:
    """`prefer`: ISO-3 codes of countries in the context, to settle ambiguous city names."""
    trigger = token_at(doc, event.evidence.trigger.start)
    if trigger is None:
        return None
    found = _locative(trigger, gazetteer, prefer)
    if found is None and event.mode == "visit":
        found = _visited(trigger, gazetteer, prefer) or _host_country(event, gazetteer)
    return found


def _place_of(token: Token, gazetteer: Gazetteer, prefer: tuple[str, ...]) -> Location | None:
    """The gazetteer entry for the place entity headed by `token`."""
    if token.ent_type_ in TOPONYM_LABELS:
        doc = token.doc
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return gazetteer.lookup(ent.text, prefer)
    return None


def _locative(trigger: Token, gazetteer: Gazetteer, prefer: tuple[str, ...]) -> Location | None:
    """'in/at X' hanging from the trigger, then from the verbs that govern it."""
    for head in (trigger, *trigger.ancestors):
        if place := _locative_child(head, gazetteer, prefer, depth=2):
            return place
        if head.pos_ == "VERB" and head.i != trigger.i:
            break
    return None


def _locative_child(
    head: Token, gazetteer: Gazetteer, prefer: tuple[str, ...], depth: int
) -> Location | None:
    """'in X' under `head`; also 'at a hotel in X' (one more locative level below)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                place = _place_of(obj, gazetteer, prefer)
                if place is None and depth > 1:
                    place = _locative_child(obj, gazetteer, prefer, depth - 1)
                if place:
                    return place
    return None


def _visited(trigger: Token, gazetteer: Gazetteer, prefer: tuple[str, ...]) -> Location | None:
    for child in trigger.children:
        if child.dep_ == "dobj" and (place := _place_of(child, gazetteer, prefer)):
            return place
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and (place := _place_of(obj, gazetteer, prefer)):
                    return place
    return None


def _host_country(event: Event, gazetteer: Gazetteer) -> Location | None:
    for recipient in event.recipients:
        if recipient.country and (location := gazetteer.country(recipient.country)):
            return location
    return None
