"""Reactions to a deed named without its doer: "Egypt condemned the attack", "welcomed the
visit". The doer of the latest such deed in the REACTION_REACH sentences before is the
reaction's recipient, marked `implied` ("Houthi rebels attacked a Saudi oil facility. Egypt
condemned the attack." → ACCUSE EGY→YEM).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.events.lexicon import Lexicon
    from detente.events.triggers import TriggerMatch
    from detente.records import Actor, Event

REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
REACTION_REACH = 3


def reacted_to(match: TriggerMatch, lexicon: Lexicon) -> str | None:
    """The event type of a deed that a reaction's object names without saying whose it is
    ("condemned the attack", "welcomed the visit")."""
    if match.pos != "verb" or match.pattern.event not in REACTIONS:
        return None
    for obj in (c for c in match.token.children if c.dep_ == "dobj"):
        if any(c.dep_ in ("poss", "agent") or c.lower_ == "by" for c in obj.children):
            return None  # "condemned Israel's raid": the object says whose
        patterns = lexicon.patterns(obj.lemma_.lower(), "noun")
        if patterns:
            return patterns[0].event
    return None


def doers(events: list[Event], deed: str, reaction: Event) -> list[Actor]:
    """Whoever did the latest such deed in the sentences just before, as implied recipients."""
    own = {a.country for a in reaction.actors if a.country}
    here = reaction.evidence.sentence_index
    for earlier in reversed(events):
        if here - earlier.evidence.sentence_index > REACTION_REACH:
            break
        found = [a for a in earlier.actors if a.country and a.country not in own]
        if earlier.event == deed and found:
            return [dataclasses.replace(a, implied=True) for a in found]
    return []
