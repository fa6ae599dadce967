"""Quad class, PLOVER score, Goldstein value and confidence for each event.

confidence = strength × completeness × status_weight × corroboration, clipped to [0.05, 0.99]:

- strength: the lexicon row's cue strength (0–1) times the prominence of the trigger's clause
  (1.0 main report, 0.75 background: a time/reason, relative or participle clause), set when
  the event was built (`events/build.py`), so a sentence's most confident event is its main one;
- completeness: 1.0 with an actor that has a country and (if the type needs one) a recipient
  named in the text; 0.85 when the recipient is only implied or a required one is missing;
  0.6 when no actor has a country (only a sector, or only a recipient is known);
- status_weight: occurred 1.0, future 0.9, negated 0.85, hypothetical 0.7;
- corroboration: 1 + 0.05 per further mention of the same happening (at most 1.15).

docs/lexicon.md carries the same formula.
"""

from __future__ import annotations

from detente.events.ontology import Ontology, intent_cameo
from detente.records import Event

STATUS_WEIGHT = {"occurred": 1.0, "future": 0.9, "negated": 0.85, "hypothetical": 0.7}


def completeness(event: Event, ontology: Ontology) -> float:
    if not any(a.country for a in event.actors):
        return 0.6
    entry = ontology.events.get(event.event)
    named = [r for r in event.recipients if not r.implied]
    if event.recipients and not named:
        return 0.85
    if entry is not None and entry.recipient_required and not event.recipients:
        return 0.85
    return 1.0


def confidence(event: Event, strength: float, ontology: Ontology) -> float:
    corroboration = 1.0 + min(0.15, 0.05 * len(event.mentions))
    value = (
        strength
        * completeness(event, ontology)
        * STATUS_WEIGHT.get(event.status, 1.0)
        * corroboration
    )
    return max(0.05, min(0.99, value))


def score_event(event: Event, ontology: Ontology) -> None:
    event.cameo = intent_cameo(event.event, event.cameo, event.status)
    event.quad = ontology.quad(event.event)
    event.plover_score = ontology.plover_score(event.event, event.mode)
    event.goldstein = ontology.goldstein(event.cameo)
    event.confidence = round(confidence(event, event.confidence, ontology), 3)
