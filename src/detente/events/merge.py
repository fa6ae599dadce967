"""One event per happening within an article.

"visited Israel … met with Ushpiz … the guests from Turkey" report one visit: later events that
describe the same happening are folded into the first, and their sentences are kept as
`mentions` (evidence is never lost). Two events are the same happening when all hold:

- same PLOVER event type, and the same mode or one of them has none;
- the same status (a future visit is not the visit that happened), and both or neither
  historical (the 2016 deal is not this year's rapprochement);
- the countries involved in one are a subset of the other's — or, in one sentence, one has
  no actor country ("twenty civilians were killed as Russian warplanes bombed the town"): the
  named perpetrator then replaces the unknown one;
- named participants do not contradict (Herzog's visit is not Ushpiz's visit);
- dates stated in the text agree (one may be a refinement of the other: 2022-02 ⊇ 2022-02-17);
- the CAMEO codes agree (the same, or one is its root's general code: 040 ⊇ 042; for ASSAULT,
  whose codes spread over roots 18–20, a bare 190 covers 183).
An event that names people folds into the happening that shares a name, else into an unnamed
one within NEARBY_SENTENCES sentences. "The two also spoke …" / "met again" announce another
happening of the same kind: such an event folds only into one with the same stated date, or
into a more specific happening close by that covers it (a visit covers the meetings held
during it).
"""

from __future__ import annotations

from detente.records import Actor, Event

# an event naming people folds into an unnamed happening only this close to it
NEARBY_SENTENCES = 3
# PLOVER types whose CAMEO codes spread over several roots (ASSAULT: 18, 19 and 20)
SPREAD_OVER_ROOTS = frozenset({"ASSAULT"})
# words next to a trigger that announce another happening ("also spoke", "met again")
ANOTHER_BEFORE = frozenset({"also", "again"})
ANOTHER_AFTER = frozenset({"again"})


def _countries(event: Event) -> set[str]:
    return _side(event.actors + event.recipients)


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors if a.name and not a.implied}


def _share_a_name(a: set[str], b: set[str]) -> bool:
    """One name in both, allowing a shorter form ("Salman" is "Salman bin Abdulaziz")."""
    return any(
        x == y or set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())
        for x in a
        for y in b
    )


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if a.date.source != "text" or b.date.source != "text":
        return True
    x, y = a.date.value, b.date.value
    return x.startswith(y) or y.startswith(x)


def _directions_agree(a: Event, b: Event) -> bool:
    """A→B and B→A are different happenings (the visit returned is not the visit made)."""
    if not a.recipients or not b.recipients:
        return True
    a_from, a_to = _side(a.actors), _side(a.recipients)
    b_from, b_to = _side(b.actors), _side(b.recipients)
    return not (a_from & b_to and a_to & b_from and not a_from & b_from)


def _side(actors: list[Actor]) -> set[str]:
    return {x.country for x in actors if x.country}


def _codes_agree(a: Event, b: Event) -> bool:
    """Same CAMEO code, or the same root where one is the root's general code (040 ⊇ 042); a
    bare general code of another root of the same PLOVER type also covers it: "the bombings
    (183) that killed 300 (190)" are one ASSAULT."""
    if a.cameo == b.cameo or (a.mode is not None and a.mode == b.mode):
        return True
    general = [e for e in (a, b) if len(e.cameo) == 3 and e.cameo.endswith("0")]
    if a.event in SPREAD_OVER_ROOTS and any(e.mode is None for e in general):
        return True
    return a.cameo[:2] == b.cameo[:2] and (a.cameo.endswith("0") or b.cameo.endswith("0"))


def same_happening(a: Event, b: Event) -> bool:
    if a.event != b.event or a.status != b.status:
        return False
    if a.historical != b.historical:
        return False  # the 2016 deal is not this year's rapprochement
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if not _codes_agree(a, b):
        return False
    ca, cb = _countries(a), _countries(b)
    if not (ca <= cb or cb <= ca) and not _perpetrator_named_nearby(a, b):
        return False
    names_a = _names(a.actors + a.recipients)
    names_b = _names(b.actors + b.recipients)
    if names_a and names_b and not _share_a_name(names_a, names_b):
        return False
    return _dates_agree(a, b) and _directions_agree(a, b)


def _perpetrator_named_nearby(a: Event, b: Event) -> bool:
    """ "Twenty civilians were killed as Russian warplanes bombed the town": in one sentence,
    a deed with an unknown perpetrator and the same kind of deed by a named one are one."""
    if a.evidence.sentence_index != b.evidence.sentence_index:
        return False
    if _side(a.actors) and _side(b.actors):
        return False
    ra, rb = _side(a.recipients), _side(b.recipients)
    return not ra or not rb or bool(ra & rb)


def fold(primary: Event, other: Event) -> None:
    """Fold `other` into `primary`: keep its evidence, fill in what the primary lacks."""
    primary.mentions.append(other.evidence)
    primary.mentions.extend(other.mentions)
    if primary.mode is None and other.mode is not None:
        primary.mode, primary.cameo = other.mode, other.cameo
    upgrade = not primary.recipients or any(not r.implied for r in other.recipients)
    if other.recipients and all(r.implied for r in primary.recipients) and upgrade:
        primary.recipients = list(other.recipients)
    if not _side(primary.actors) and _side(other.actors):  # the perpetrator named elsewhere:
        primary.actors = list(other.actors)  # "23 were killed as Syrian forces launched strikes"
    if not _side(primary.recipients) and _side(other.recipients):
        primary.recipients = list(other.recipients)
    if (primary.date is None or primary.date.source != "text") and (
        other.date is not None and other.date.source == "text"
    ):
        primary.date = other.date
    primary.confidence = max(primary.confidence, other.confidence)


def _best_target(candidates: list[Event], event: Event) -> Event | None:
    """Prefer the happening that shares a named participant; an unnamed one only nearby."""
    names = _names(event.actors + event.recipients)
    for candidate in candidates:
        if _share_a_name(names, _names(candidate.actors + candidate.recipients)):
            return candidate
    near = [c for c in candidates if _nearby(c, event) or not names]
    return near[0] if near else None


def announces_another(event: Event) -> bool:
    """'The two also spoke', 'they met again': the sentence itself says this is a new one."""
    evidence, trigger = event.evidence, event.evidence.trigger
    before = evidence.text[: trigger.start - evidence.start].split()
    after = evidence.text[trigger.end - evidence.start :].split()
    return bool(
        (before and before[-1].lower() in ANOTHER_BEFORE)
        or (after and after[0].lower().strip(".,;") in ANOTHER_AFTER)
    )


def _same_stated_date(a: Event, b: Event) -> bool:
    return (
        a.date is not None
        and b.date is not None
        and a.date.source == b.date.source == "text"
        and a.date.value == b.date.value
    )


def _covers(happening: Event, part: Event) -> bool:
    """A visit covers the meetings held during it, told close to it: "visited Israel … also
    met officials". Ten sentences later, "the two also spoke" is another conversation."""
    return happening.mode is not None and part.mode is None and _nearby(happening, part)


def _nearby(a: Event, b: Event) -> bool:
    return abs(a.evidence.sentence_index - b.evidence.sentence_index) <= NEARBY_SENTENCES


def merge_events(events: list[Event]) -> list[Event]:
    """Fold every event into the first earlier event that reports the same happening."""
    kept: list[Event] = []
    for event in events:
        candidates = [k for k in kept if same_happening(k, event)]
        if announces_another(event):
            candidates = [k for k in candidates if _covers(k, event) or _same_stated_date(k, event)]
        target = _best_target(candidates, event)
        if target is None:
            kept.append(event)
        else:
            fold(target, event)
    return kept
