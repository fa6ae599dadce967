"""Verbs that act on a party, said of a thing: "released its earnings", "freed the road".

A bare RETREAT or AID verb read with `roles: obj` ("released the hostages", "freed 82
schoolgirls", "helped Ukraine") reports an event only when its object names a party: a
recipient was found in it, or it is an actor mention, or a head count of people ("82
schoolgirls", "dozens of activists"). With a thing as its object it says something else
("the company released its earnings", "the film was released", "helped the economy").
Patterns with a cue word ("released funds to", "returned the paintings to") say what they act
on and are not checked.

A cue word reached through the object's "of/in" phrase counts only when the object is an
amount or a load of it ("500 million euros in aid", "a shipment of vaccines"): "announced a
suspension of aid" is the suspension's event, not aid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.arguments import Participants
    from detente.events.mentions import MentionIndex
    from detente.events.triggers import TriggerMatch

ON_A_PARTY = frozenset({"RETREAT", "AID"})
# verbs that act on a party: a that-clause or an adjectival participle is no act on one
PARTY_VERBS = frozenset({"RETREAT", "AID", "SUPPORT", "COOPERATE"})
# markets, prices and currencies are not political actors: "the lira was supported by the
# central bank", "investors backed away from bonds", "oil prices rallied in London"
CURRENCIES = frozenset(
    {
        "currency", "currencies", "lira", "rupee", "rupees", "ruble", "rouble", "yen", "yuan",
        "renminbi", "peso", "pesos", "dollar", "euro", "pound", "sterling", "franc", "rand",
        "naira", "ringgit", "rupiah", "dinar", "rial", "riyal", "dirham", "hryvnia", "shekel",
    }
)  # fmt: skip
MARKET_WORDS = CURRENCIES | frozenset(
    {
        "market", "markets", "price", "prices", "shares", "stocks", "bonds", "index", "indices",
        "indexes", "investor", "investors", "trader", "traders", "equities", "futures",
        "commodities", "bourse", "nikkei", "nasdaq", "ftse", "dax", "sensex",
    }
)  # fmt: skip
GIVING = frozenset({"AID", "COOPERATE"})
# nouns that carry what they hold: "a package of aid", "a shipment of vaccines"
LOADS = frozenset(
    {
        "package", "packages", "consignment", "consignments", "shipment", "shipments", "batch",
        "batches", "tranche", "tranches", "planeload", "planeloads", "convoy", "convoys", "load",
        "loads", "cargo", "round", "rounds", "supply", "supplies", "delivery", "deliveries",
        "worth", "lot", "lots", "total", "sum",
        # "gave Armenia some of the equipment"
        "some", "part", "most", "all", "much", "many", "portion", "share", "bulk", "half", "rest",
        "number", "amount", "amounts", "quantity", "quantities", "wealth", "trove", "piece",
        "pieces", "team", "teams", "group", "groups",
    }
)  # fmt: skip
HEAD_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"})
AMOUNTS = frozenset({"QUANTITY", "MONEY", "PERCENT"})  # "50 million barrels", "$2 billion"


def acts_on_a_thing(match: TriggerMatch, index: MentionIndex, parts: Participants) -> bool:
    """True when a bare party-taking verb's object names no party (see the module docstring)."""
    pattern = match.pattern
    if pattern.event not in ON_A_PARTY or pattern.roles != "obj" or match.pos != "verb":
        return False
    if match.cue is not None or parts.recipients:
        return False
    verb = match.token
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "would not release the prisoners": a refusal is coded as one (REJECT)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a report released by a Washington group"
        objects.append(verb.head)
    objects += [conj for o in objects for conj in o.conjuncts]
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]
    return bool(objects) and not any(index.at(o.i) is not None or _counted(o) for o in objects)


def no_party_act(match: TriggerMatch) -> bool:
    """A party-taking verb that acts on no party: "recognised that the talks had failed" (a
    that-clause states a view), "the internationally recognised government", "a US-backed
    plan" (an adjectival participle describes), and any trigger whose subject or object is a
    market, a price or a currency ("the lira was supported by the central bank")."""
    token = match.token
    if match.pos != "verb":
        return False
    if market_talk(token, topic=match.pattern.event == "CONSULT"):
        return True
    if match.pattern.event not in PARTY_VERBS or match.cue is not None:
        return False
    if token.dep_ == "amod":
        return True
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in token.children):
        return False
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )


def market_talk(token: Token, topic: bool = False) -> bool:
    """The trigger's subject is a market word or its object a currency: "oil prices rallied in
    London", "investors backed away from bonds", "the central bank supported the lira". The
    object of talks is their topic ("discussed a common currency"): `topic` skips it."""
    for child in token.children:
        if child.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            continue
        word = child.lower_
        if child.dep_ in ("nsubj", "nsubjpass") and word in MARKET_WORDS:
            return True
        if child.dep_ == "dobj" and word in CURRENCIES and not topic:
            return True
    return False


def _counted(noun: Token) -> bool:
    """ "82 schoolgirls", "dozens of": a head count of people, not an amount."""
    if noun.lemma_.lower() in HEAD_COUNTS:
        return True
    return any(c.dep_ == "nummod" and c.ent_type_ not in AMOUNTS for c in noun.children)


def cue_of_another_noun(match: TriggerMatch) -> bool:
    """An AID or COOPERATE verb whose cue is only in the "of/in/to" phrase of an object that is
    neither an amount nor a load: "announced a suspension of aid", "a cut in aid"."""
    cue = match.cue
    if match.pattern.event not in GIVING or match.pos != "verb" or cue is None:
        return False
    noun = cue.head if cue.dep_ in ("compound", "amod", "nmod") else cue
    if noun.dep_ != "pobj" or noun.head.head.dep_ != "dobj" or noun.head.head.head != match.token:
        return False
    holder = noun.head.head
    return not (_amount(holder) or holder.lemma_.lower() in LOADS or holder.lower_ in LOADS)


def _amount(noun: Token) -> bool:
    """ "500 million euros", "$2 billion", "50,000 tonnes": a number or sum of something."""
    return (
        noun.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
        or noun.like_num
        or any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    )
