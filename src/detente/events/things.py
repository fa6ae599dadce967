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

A place attacked or raided names the party hit: "Russian troops shelled Kharkiv", "Israeli
jets bombed Rafah", "police raided homes in Diyarbakir" have the place's country as recipient
(`targeted_place`). A city is no actor mention, so the gazetteer says whose it is; a
country named as the place ("bombed targets in Syria") is the recipient too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.places.gazetteer import load_gazetteer
from detente.places.toponyms import TOPONYM_LABELS
from detente.records import Actor

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
# events whose target may be a place ("shelled Kharkiv", "raided homes in Diyarbakir")
AT_A_PLACE = frozenset({"ASSAULT", "COERCE"})
TARGET_PREPS = frozenset({"on", "of", "against"})  # "air strikes on Rafah", "the siege of Mariupol"
WHERE_PREPS = frozenset({"in", "near", "outside", "around", "across", "throughout"})
PLACE_FEATURES = frozenset({"city", "capital", "region"})
# measures a state lays on its own ground ("imposed a curfew on Basra")
DOMESTIC_MODES = frozenset({"curfew", "martial-law", "censor"})
# what is bombed, shelled, seized or besieged is likely a place
STRIKING_MODES = frozenset({"aerial", "drone", "heavy-weapons", "destroy", "seize", "restrict"})


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


def targeted_place(match: TriggerMatch, index: MentionIndex, actors: list[Actor]) -> Actor | None:
    """The country of the place an attack or a raid hit, as its recipient: the object (or
    passive subject) of the verb, the noun's "on/of/against" object, or a place they or the
    verb are "in" ("bombed a hospital in Aleppo"); a place that owns or names the object
    first ("Mosul's Old City", "the Jenin refugee camp"). Only named places the gazetteer
    knows that are no resolved actor mention (a capital read as its government already is
    one). A name the parser took for a person or an organisation counts only where a place is
    expected: after "in", or bombed, shelled or besieged ("Israeli jets bombed Rafah"). A
    curfew, martial law or censorship is laid on one's own country: a place abroad of that
    name is another place ("declared a state of siege in Pando", Bolivia). With no actor
    only a passive subject hit counts ("Kharkiv was shelled", "a mosque in Kabul was bombed")."""
    if match.pattern.event not in AT_A_PLACE or match.pattern.roles == "mutual":
        return None  # "the coalition fighting Houthi rebels in Yemen": both sides act
    token = match.token
    if match.pos == "verb" and not actors:  # "Kharkiv was shelled": only what was hit
        targets = [c for c in token.children if c.dep_ == "nsubjpass"]
    elif match.pos == "verb":
        targets = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        targets = _objects_of(token, TARGET_PREPS)
    if match.prep is not None:
        targets += [g for g in match.prep.children if g.dep_ == "pobj"]
    struck = match.pattern.mode in STRIKING_MODES or match.pos == "noun"
    own = {a.country for a in actors if a.country}
    prefer = tuple(sorted({m.actor.country for m in index.mentions if m.actor.country}))
    places: list[tuple[Token, bool]] = []
    if match.pos == "noun":  # "the Russian Donbas offensive"
        places += [(c, False) for c in token.children if c.dep_ == "compound"]
    for target in targets:
        places += [(c, False) for c in target.children if c.dep_ in ("poss", "compound")]
        places.append((target, struck))
    places += [(p, True) for t in targets for p in _objects_of(t, WHERE_PREPS | {"of"})]
    if actors:  # "Israeli strikes killed 12 in Gaza"
        places += [(p, True) for p in _objects_of(token, WHERE_PREPS)]
    for place, loose in places:
        found = _named_place(place, index, prefer, loose)
        if found is None:
            continue
        if match.pattern.mode in DOMESTIC_MODES and found.country not in own:
            return None
        return found
    return None


def hit_place(match: TriggerMatch, word: Token, mention: int) -> bool:
    """A city or region naming an attack or a raid is where it hit, not who did it: "a West
    Bank raid", "the Idlib offensive" (a country stays the doer: "a US raid")."""
    if match.pattern.event not in AT_A_PLACE or word.ent_type_ not in TOPONYM_LABELS:
        return False
    location = load_gazetteer().lookup(match.token.doc[word.i : word.i + 1].text)
    ent = [e for e in word.doc.ents if e.start <= word.i < e.end]
    if ent:
        location = load_gazetteer().lookup(ent[0].text) or location
    return location is not None and location.feature in ("city", "region")


def _objects_of(token: Token, preps: frozenset[str]) -> list[Token]:
    return [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _named_place(
    token: Token, index: MentionIndex, prefer: tuple[str, ...], loose: bool
) -> Actor | None:
    """A recipient for the named place headed by `token`, when the gazetteer knows its
    country; `loose` also reads a proper name the parser did not call a place."""
    ents = [e for e in token.doc.ents if e.start <= token.i < e.end]
    if ents and (ents[0].label_ in TOPONYM_LABELS or loose):
        words = [t for t in ents[0] if t.dep_ != "case" and t.lower_ != "the"]  # "Gaza's"
    elif not ents and loose and token.pos_ == "PROPN":  # a name the NER missed
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        words.append(token)
    else:
        return None
    if not words:
        return None
    name = token.doc[words[0].i : words[-1].i + 1]
    said = [k for t in words if (k := _says_who(t, index)) is not None]
    if said:  # a country or a capital the actors stage read as a party: its country
        actor = index.mentions[said[0]].actor
        if not ents or ents[0].label_ != "GPE" or not actor.country:
            return None
        return Actor(name.text, name.start_char, name.end_char, actor.country)
    location = load_gazetteer().lookup(name.text, prefer)
    if location is None or not location.country or location.feature not in PLACE_FEATURES:
        return None
    return Actor(name.text, name.start_char, name.end_char, location.country)


def _says_who(token: Token, index: MentionIndex) -> int | None:
    """The mention covering `token` when it was resolved to a country or a sector."""
    k = index.at(token.i)
    if k is None:
        return None
    actor = index.mentions[k].actor
    return k if actor.country or actor.sector else None
