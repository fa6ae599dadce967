"""A visit needs a party to visit: a country, a government, a leader, an official or an
organisation as host, or a place that stands for another country than the visitor's.

- "The prime minister visited flood-hit areas in Assam", "Duterte arrived in Manila": a place
  of the visitor's own country, or no party at all, is no visit (CAMEO 042 is a visit to
  another actor).
- "French troops arrived in Mali", "aid from Japan arrived in Manila", "UN peacekeepers
  arrived in Juba": troops, aid, goods and people on the move arrive; they do not visit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.mentions import MentionIndex
    from detente.events.triggers import TriggerMatch
    from detente.records import Actor

VISIT_VERBS = frozenset({"visit", "arrive", "tour", "land", "travel", "fly"})
# who or what arrives without visiting anyone
NON_VISITORS = frozenset(
    {
        "troop", "troops", "soldier", "soldiers", "force", "forces", "peacekeeper",
        "peacekeepers", "marine", "marines", "unit", "units", "battalion", "battalions",
        "brigade", "brigades", "contingent", "contingents", "warship", "warships", "ship",
        "ships", "vessel", "vessels", "aircraft", "jet", "jets", "plane", "planes", "tank",
        "tanks", "weapon", "weapons", "aid", "assistance", "food", "rice", "wheat", "grain",
        "fuel", "medicine", "medicines", "vaccine", "vaccines", "dose", "doses", "goods",
        "refugee", "refugees", "migrant", "migrants", "evacuee", "evacuees", "tourist",
        "tourists", "shipment", "shipments", "consignment", "consignments", "convoy",
        "convoys", "cargo", "delivery", "deliveries", "batch", "planeload", "tranche", "storm",
        "typhoon", "hurricane", "cyclone", "monsoon", "rain", "rains",
    }
)  # fmt: skip
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def not_a_visit(
    match: TriggerMatch, index: MentionIndex, actors: list[Actor], recipients: list[Actor]
) -> bool:
    """True for a visit verb whose visitor is no visitor or that visits no other party."""
    pattern, token = match.pattern, match.token
    if pattern.event != "CONSULT" or pattern.mode != "visit" or match.pos != "verb":
        return False
    if token.lemma_.lower() not in VISIT_VERBS:
        return False
    if any(moved(s) for s in token.children if s.dep_ in ("nsubj", "nsubjpass")):
        return True  # "French troops arrived in Mali"
    own = {a.country for a in actors if a.country}
    if recipients:
        theirs = {r.country for r in recipients if r.country}
        places = all(_a_place(r, index) for r in recipients)
        return places and bool(own) and bool(theirs) and theirs <= own  # "arrived in Manila"
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(_own_place(o, own, index) for o in objects)


def _own_place(obj: Token, own: set[str], index: MentionIndex) -> bool:
    """The object is no party, or a place of the visitor's own country ("visited Assam")."""
    k = index.at(obj.i)
    if k is None:
        return not _foreign_place(obj, own, index)
    country = index.mentions[k].actor.country
    return obj.ent_type_ in PLACE_ENTITIES and country is not None and country in own


def _a_place(actor: Actor, index: MentionIndex) -> bool:
    """The recipient's words name a place ("Manila"), not people ("refugees")."""
    span = index.cdoc.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in PLACE_ENTITIES for t in span)


def moved(subject: Token) -> bool:
    """Troops, aid or goods, which arrive or are received without visiting ("a shipment of
    rice from Japan", "hosted Turkish tourists")."""
    word = subject.lower_
    return word in NON_VISITORS or subject.lemma_.lower() in NON_VISITORS


def _foreign_place(obj: Token, own: set[str], index: MentionIndex) -> bool:
    """A place of another country in the object or after it ("the Auschwitz memorial in
    Poland")."""
    verb = obj.head
    phrases = [p for p in verb.children if p.dep_ == "prep" and p.i > obj.i]
    for word in [*obj.subtree, *(w for p in phrases for w in p.subtree)]:
        k = index.at(word.i)
        if k is None or word.ent_type_ not in PLACE_ENTITIES:
            continue
        country = index.mentions[k].actor.country
        if country and country not in own:
            return True
    return False
