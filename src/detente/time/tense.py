"""Which way a clause points in time, read from the dependency parse.

"visited Israel on Thursday" → past; "will meet on Thursday" → future; "meets on Thursday"
→ present (news uses the present for scheduled events, so weekdays read it forwards), except
for reporting verbs: "says on Thursday" reports a statement already made → past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.time.calendar import Direction

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "going"})
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "'d", "have", "has"})
# Heads whose infinitive complement lies ahead: "plans to visit", "is expected to sign",
# "agreed to meet", "invited him to visit", "urged Israel to withdraw".
FUTURE_GOVERNORS = frozenset(
    {
        "plan",
        "expect",
        "schedule",
        "intend",
        "set",
        "due",
        "aim",
        "hope",
        "prepare",
        "slate",
        "propose",
        "want",
        "seek",
        "promise",
        "vow",
        "threaten",
        "pledge",
        "agree",
        "decide",
        "offer",
        "invite",
        "ask",
        "urge",
    }
)
REPORTING_PRESENT = frozenset({"say", "tell", "announce", "report", "confirm", "state", "claim"})
FUTURE_MODIFIERS = frozenset(
    {"upcoming", "forthcoming", "planned", "scheduled", "expected", "proposed", "future"}
)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary at or above `token` (None if the path has none)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def verb_direction(verb: Token) -> Direction | None:
    """Past, future or present, from the verb's tag and its auxiliaries."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if words & FUTURE_AUXILIARIES:
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_GOVERNORS:
        return "future"
    if verb.lower_ in FUTURE_AUXILIARIES and verb.tag_ == "MD":
        return "future"
    # "a visit planned for March"; "talks are scheduled for Friday" (not "were scheduled")
    planned = verb.lower_ in FUTURE_MODIFIERS and verb.tag_ == "VBN"
    if planned and (verb.dep_ == "acl" or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and words & PAST_AUXILIARIES:
        return "past"  # present perfect: "has visited"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        # News reports statements in the present ("Erdogan says on Thursday …"): past.
        return "past" if verb.lemma_.lower() in REPORTING_PRESENT else "present"
    return None


def clause_direction(token: Token) -> Direction | None:
    """The direction of the clause `token` belongs to; climbs past untensed verbs."""
    current: Token | None = token
    for _ in range(6):
        if current is None:
            return None
        for ancestor in (current, *current.ancestors):
            if any(c.lower_ in FUTURE_MODIFIERS for c in ancestor.children if c.dep_ == "amod"):
                return "future"
            if ancestor.pos_ in ("VERB", "AUX"):
                break
        verb = governing_verb(current)
        if verb is None:
            return None
        direction = verb_direction(verb)
        if direction is not None:
            return direction
        if verb.head.i == verb.i:
            return None
        current = verb.head
    return None
