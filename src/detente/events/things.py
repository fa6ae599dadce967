"""Verbs that act on a party, said of a thing: "released its earnings", "freed the road".

A bare RETREAT or AID verb read with `roles: obj` ("released the hostages", "freed 82
schoolgirls", "helped Ukraine") reports an event only when its object names a party: a
recipient was found in it, or it is an actor mention, or a head count of people ("82
schoolgirls", "dozens of activists"). With a thing as its object it says something else
("the company released its earnings", "the film was released", "helped the economy").
Patterns with a cue word ("released funds to", "returned the paintings to") say what they act
on and are not checked. A party in the object's "of" phrase counts only through a count, a
part or a group of it ("dozens of activists", "the bodies of the hostages"): "released a
video of the hostages" shows them, it frees nobody. A bare ban or restriction (COERCE
restrict) is coded when it falls on a party or on a political activity ("banned the
opposition party", "banned rallies"), not on a habit or a good ("banned smoking").

A cue word reached through the object's "of/in" phrase counts only when the object is an
amount or a load of it ("500 million euros in aid", "a shipment of vaccines"): "announced a
suspension of aid" is the suspension's event, not aid. A sanction held by a word of relief
("approved the easing of sanctions", "extended a waiver on sanctions", "sanctions relief")
is eased, not imposed: no SANCTION.

A place attacked or raided names the party hit: "Russian troops shelled Kharkiv", "Israeli
jets bombed Rafah", "police raided homes in Diyarbakir" have the place's country as recipient
(`targeted_place`). A city is no actor mention, so the gazetteer says whose it is; a
country named as the place ("bombed targets in Syria") is the recipient too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.precision import SAID_OR_DECIDED
from detente.places.gazetteer import load_gazetteer
from detente.places.toponyms import TOPONYM_LABELS
from detente.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.arguments import Participants
    from detente.events.mentions import MentionIndex
    from detente.events.triggers import TriggerMatch

ON_A_PARTY = frozenset({"RETREAT", "AID"})
RESTRICTING = ("COERCE", "restrict")  # a bare ban: on a party or a political activity only
# what a bare ban or restriction falls on when it is political (a party is found apart)
POLITICAL_OBJECTS = frozenset(
    {
        "protest", "protests", "rally", "rallies", "demonstration", "demonstrations", "march",
        "marches", "gathering", "gatherings", "assembly", "assemblies", "meeting", "meetings",
        "strike", "strikes", "party", "parties", "group", "groups", "organisation",
        "organization", "organisations", "organizations", "movement", "movements", "union",
        "unions", "association", "associations", "opposition", "activity", "activities",
        "campaign", "campaigning", "access", "entry", "travel", "speech",
        "publication", "broadcast", "broadcasts", "newspaper", "website", "websites", "media",
        "press", "reporting", "coverage", "freedom", "freedoms", "candidate", "candidates",
        "leader", "leaders", "members", "activists", "journalists", "people", "citizens",
        "nationals", "visitors", "foreigners", "travellers", "travelers", "opponents",
    }
)  # fmt: skip
# verbs that act on a party: a that-clause or an adjectival participle is no act on one
PARTY_VERBS = frozenset({"RETREAT", "AID", "SUPPORT", "COOPERATE"})
# verbs a thing may be said to do for a thing: "a strategy that will support growth"
SUPPORTING = frozenset({"SUPPORT", "AID"})
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # "carmaker", "investor", "activist"
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
# events whose cue may sit in the "of" phrase of an object: "a shipment of vaccines"
GIVING = frozenset({"AID", "COOPERATE"})
HELD_CUES = GIVING | {"RETREAT"}
# things released that show captives, free none: "released a video of the hostages"
SHOWN = frozenset(
    {
        "video", "videos", "footage", "photo", "photos", "photograph", "photographs", "picture",
        "pictures", "image", "images", "statement", "list", "lists", "name", "names", "detail",
        "details", "recording", "recordings", "audio", "letter", "letters", "message",
        "messages", "proof", "evidence", "report", "tape", "tapes", "clip", "clips",
        "testimony", "testimonies", "identity", "identities",
    }
)  # fmt: skip
# a support for one's own act is a justification: "defended its decision"
OWN_DEFENDING = frozenset({"defend", "justify"})
LAWYERS = frozenset(
    {
        "lawyer", "lawyers", "attorney", "attorneys", "advocate", "advocates", "counsel",
        "barrister", "barristers", "solicitor", "solicitors",
    }
)  # fmt: skip
MODALS = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# a vote for a text is law-making, not support for a party: "voted for the budget"
VOTED_TEXTS = SAID_OR_DECIDED | frozenset(
    {"motion", "amendment", "amendments", "treaty", "deal", "agreement", "referendum", "act"}
)
# who rules on charges: "the court dismissed the charges" is no denial
COURTS = frozenset(
    {"court", "judge", "tribunal", "magistrate", "jury", "prosecutor", "prosecutors", "panel"}
)
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
# what a "demonstration of" shows when it is no rally: "a demonstration of military power"
STRENGTHS = frozenset(
    {
        "power", "force", "strength", "might", "capability", "resolve", "technology",
        "weapon", "firepower", "skill", "readiness", "prowess",
    }
)  # fmt: skip
# symbols burned in protest: no assault ("burned a copy of the Koran", "burned the flag")
SYMBOLS = frozenset(
    {
        "copy", "copies", "flag", "flags", "effigy", "effigies", "koran", "quran", "bible",
        "book", "books", "portrait", "portraits", "picture", "pictures", "photo", "photos",
        "poster", "posters", "banner", "banners", "tyre", "tyres", "tire", "tires", "ballot",
        "ballots", "passport", "passports", "document", "documents",
    }
)  # fmt: skip
# what a party's "of" phrase may hang on and still be the party: "the bodies of the hostages"
PARTS_OF_PEOPLE = frozenset(
    {"body", "bodies", "remains", "member", "members", "crew", "crews", "family", "families"}
)
# the sanctions a word of relief holds are eased: "the easing of sanctions", "sanctions relief"
IMPOSING = frozenset({"SANCTION", "COERCE"})
RELIEF = frozenset(
    {
        "easing", "lifting", "removal", "relief", "waiver", "waivers", "exemption", "exemptions",
        "suspension", "end", "ending", "repeal", "cancellation", "relaxation", "rollback",
        "exception", "exceptions", "carve-out", "carve-outs", "reprieve", "scrapping",
    }
)  # fmt: skip
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
    """True when a verb acts on a thing, not on a party (see the module docstring)."""
    return (
        _bare_on_a_thing(match, index, parts)
        or _symbol_burned(match)
        or _a_thing_to_a_thing(match, index, parts)
        or _a_show_of(match)
    )


def _bare_on_a_thing(match: TriggerMatch, index: MentionIndex, parts: Participants) -> bool:
    """A bare party-taking verb whose object names no party: "released its earnings"."""
    pattern = match.pattern
    restricting = (pattern.event, pattern.mode) == RESTRICTING
    if pattern.event not in ON_A_PARTY and not restricting:
        return False
    if pattern.roles != "obj" or match.pos != "verb" or match.cue is not None:
        return False
    verb = match.token
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "would not release the prisoners": a refusal is coded as one (REJECT)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a report released by a Washington group"
        objects.append(verb.head)
    objects += [conj for o in objects for conj in o.conjuncts]
    shown = {
        t.i for o in objects if not _holds_people(o) for g in _of_objects(o) for t in g.subtree
    }
    if any(index.mentions[surface].head not in shown for _, surface in parts.recipients):
        return False  # a recipient outside "a video of the hostages"
    objects += [g for o in objects if _holds_people(o) for g in _of_objects(o)]
    return bool(objects) and not any(
        index.at(o.i) is not None or _counted(o) or (restricting and _political(o)) for o in objects
    )


def _a_show_of(match: TriggerMatch) -> bool:
    """ "a demonstration of military power", "staged a demonstration of force": a show of
    strength, not a street protest ("a demonstration of support" is a rally)."""
    noun = match.token if match.pos == "noun" else match.cue
    return (
        match.pattern.event == "PROTEST"
        and noun is not None
        and noun.lemma_.lower() == "demonstration"
        and any(o.lemma_.lower() in STRENGTHS for o in _of_objects(noun))
    )


def _symbol_burned(match: TriggerMatch) -> bool:
    """ "burned a copy of the Koran", "burned the flag": a symbol burned hurts nobody."""
    if match.pattern.event != "ASSAULT" or match.pos != "verb" or match.cue is not None:
        return False
    objects = [c for c in match.token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(
        o.lemma_.lower() in SYMBOLS or o.lower_ in SYMBOLS for o in objects
    )


def _a_thing_to_a_thing(match: TriggerMatch, index: MentionIndex, parts: Participants) -> bool:
    """A thing that supports or helps a thing: "a new EU strategy that will support growth",
    "regulation should support the efficient delivery of services" (the actor is only a
    word inside the subject; a party helped or a party helping is an event)."""
    if match.pattern.event not in SUPPORTING or match.pos != "verb" or parts.recipients:
        return False
    verb = match.token
    subjects = [_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not subjects or not objects:
        return False
    return all(_a_thing(n, index) for n in subjects + objects)


def _antecedent(word: Token) -> Token:
    """The noun a relative pronoun stands for: "a strategy that will support growth"."""
    if word.lower_ in ("that", "which", "who") and word.head.dep_ == "relcl":
        return word.head.head
    return word


def _a_thing(noun: Token, index: MentionIndex) -> bool:
    """A common noun that is no mention, no head count and no doer ("the carmaker"), or a
    text by name ("a new EU Aviation Strategy")."""
    if noun.lemma_.lower() in SAID_OR_DECIDED and index.at(noun.i) is None:
        return True
    return (
        noun.pos_ == "NOUN"
        and noun.ent_type_ == ""
        and index.at(noun.i) is None
        and not _counted(noun)
        and not noun.lemma_.lower().endswith(AGENT_ENDINGS)
    )


def _holds_people(noun: Token) -> bool:
    """ "dozens of activists", "two of the hostages", "the bodies of the hostages", "a
    shipment of vaccines": the "of" phrase is what is given or freed; "a video of the
    hostages" is a thing."""
    word = noun.lemma_.lower()
    return (
        _counted(noun)
        or _amount(noun)
        or noun.pos_ == "NUM"
        or word in LOADS
        or word in PARTS_OF_PEOPLE
        or noun.lower_ in PARTS_OF_PEOPLE
    )


def _of_objects(noun: Token) -> list[Token]:
    return [g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _political(noun: Token) -> bool:
    """ "banned rallies", "restricted access": an activity or a freedom of the polity; a
    named body or people ("outlawed the Jehovah's Witnesses")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "NORP", "PERSON", "GPE"):
        return True
    if noun.is_title and noun.i > noun.sent.start:  # "Jehovah's Witnesses", read as a noun
        return True
    return noun.lemma_.lower() in POLITICAL_OBJECTS or noun.lower_ in POLITICAL_OBJECTS


def no_party_act(match: TriggerMatch) -> bool:
    """A party-taking verb that acts on no party: "recognised that the talks had failed" (a
    that-clause states a view), "the internationally recognised government", "a US-backed
    plan" (an adjectival participle describes), and any trigger whose subject or object is a
    market, a price or a currency ("the lira was supported by the central bank"). So is a
    support given to one's own thing or to a text voted on ("defended its decision to raise
    taxes", "parliament voted for the budget"), and a court that dismisses charges: it rules
    on a case, it denies nothing ("a court dismissed the charges against him"). To
    demonstrate something is to show it, not to protest ("to demonstrate solidarity"), and
    to agree that something is so shares a view (`_a_shared_view`); a lawyer who defends
    clients represents them (`_legal_defence`)."""
    token = match.token
    if match.pos != "verb":
        return False
    if market_talk(token, topic=match.pattern.event == "CONSULT") or _a_ruling(match):
        return True
    if match.pattern.event == "AGREE" and _a_shared_view(token):
        return True
    if match.pattern.event == "SUPPORT" and _legal_defence(token):
        return True
    if match.pattern.event == "PROTEST" and token.lemma_.lower() == "demonstrate":
        return any(c.dep_ == "dobj" for c in token.children)  # "demonstrate solidarity"
    if match.pattern.event not in PARTY_VERBS or match.cue is not None:
        return False
    if token.dep_ == "amod" or (match.pattern.event == "SUPPORT" and _own_or_voted(token)):
        return True
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in token.children):
        return False
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )


def _legal_defence(verb: Token) -> bool:
    """ "Attorney Wang, who defended political activists", "advocates such as Witz, who has
    defended gangsters": a lawyer defends clients in court, no party backs another."""
    if verb.lemma_.lower() != "defend":
        return False
    for subject in (_antecedent(c) for c in verb.children if c.dep_ == "nsubj"):
        words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        if subject.dep_ in ("appos", "pobj"):  # "advocates such as Witz", "Witz, a lawyer"
            words.append(subject.head if subject.dep_ == "appos" else subject.head.head)
        words += [c for c in subject.children if c.dep_ == "appos"]
        if any(w.lemma_.lower() in LAWYERS or w.lower_ in LAWYERS for w in words):
            return True
    return False


def _a_shared_view(verb: Token) -> bool:
    """ "agreed there was a need to look at other sites", "agreed that the situation was
    serious": agreeing that something is so shares a view; "agreed that talks would resume"
    (a modal) is an agreement."""
    if verb.lemma_.lower() != "agree":
        return False
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() == "be"
        and not any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children)
        for c in verb.children
    )


def _own_or_voted(verb: Token) -> bool:
    """ "defended its decision", "justified their policy": one's own act defended; "voted
    for the budget": a text voted on (a candidate voted for is a party)."""
    lemma = verb.lemma_.lower()
    if lemma in OWN_DEFENDING:
        return any(
            o.dep_ == "dobj"
            and o.lemma_.lower() in SAID_OR_DECIDED
            and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in o.children)
            for o in verb.children
        )
    if lemma != "vote":
        return False
    texts = [g for p in verb.children if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return bool(texts) and all(t.lemma_.lower() in VOTED_TEXTS for t in texts)


def _a_ruling(match: TriggerMatch) -> bool:
    """ "a court dismissed the charges against him": a court rules, it denies nothing."""
    if match.pattern.event != "REJECT" or match.pattern.cameo != "016":
        return False
    subjects = [c for c in match.token.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in COURTS for s in subjects)


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
    """A verb whose cue is held by another noun that changes what it says: an AID or
    COOPERATE cue only in the "of/in/to" phrase of an object that holds no amount, load or
    count of it ("announced a suspension of aid", "a cut in aid"); a RETREAT cue in the "of"
    phrase of a thing shown ("released footage of the captured sailors"); a sanction or a ban
    held by a word of relief ("approved the easing of sanctions", "extended sanctions
    relief")."""
    cue = match.cue
    if match.pos != "verb" or cue is None:
        return False
    if match.pattern.event in IMPOSING:
        return _relieved(cue, match.token)
    if match.pattern.event not in HELD_CUES:
        return False
    noun = cue.head if cue.dep_ in ("compound", "amod", "nmod") else cue
    if noun.dep_ != "pobj" or noun.head.head.dep_ != "dobj" or noun.head.head.head != match.token:
        return False
    holder = noun.head.head
    if match.pattern.event in GIVING:
        return not _holds_people(holder)
    return holder.lemma_.lower() in SHOWN or holder.lower_ in SHOWN


def _relieved(cue: Token, verb: Token) -> bool:
    """ "the easing of sanctions", "a waiver on sanctions", "sanctions relief", and
    "introduced exemptions to its sanctions" with the phrase hung on the verb: the cue's
    noun is held by a word of relief."""
    if cue.dep_ in ("compound", "amod", "nmod"):
        return cue.head.lower_ in RELIEF
    if cue.dep_ != "pobj":
        return False
    holder = cue.head.head
    if holder.i != verb.i:
        return holder.lower_ in RELIEF
    return any(c.dep_ == "dobj" and c.lower_ in RELIEF for c in verb.children)


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
