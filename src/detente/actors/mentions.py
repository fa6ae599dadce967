"""Finding actor mentions in a parsed document: names, adjectives, seats of power,
organisations, agent phrases and people, assembled into one mention per noun phrase.

"Turkish President Recep Tayyip Erdogan" is one mention (country from "Turkish", sector and
office from "President", the person from the name); "A senior Turkish delegation" is one
mention headed by "delegation"; "Turkey and Israel" is two mentions plus a group.
The drafts made here are resolved (`actors.resolve`) and linked (`actors.coref`) afterwards.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.actors.lexicon import ActorLexicon, LexEntry, LexMatch
from detente.actors.lookalikes import (
    inside_longer_person,
    is_surname,
    names_a_place,
    names_a_sponsor,
    names_a_thing,
    names_a_us_state,
    names_an_accord,
)
from detente.knowledge.agents import Agent
from detente.knowledge.countries import Country
from detente.knowledge.organisations import Organisation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from detente.knowledge.offices import OfficeHolder

# Words that may sit between two parts of one actor phrase ("CEO of the President's Office",
# "Turkey's foreign minister", "Senior Adviser").
_GLUE_WORDS = frozenset({"of", "the", "'s", "’s", "s", "for"})
_LEFT_POS = frozenset({"DET", "ADJ"})
_PERSON_POS = frozenset({"PROPN"})
_MAX_GAP = 3
# The gazetteer's feature of a place name ("region", "city"…; "town" for a city GeoNames
# alone knows), or None when it knows none.
PlaceFeature = Callable[[str], "tuple[str, Country | None] | None"]
# NER labels that say a one-word name is a place or a body, not a person.
_PLACE_OR_BODY_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# Features of places that stand for their country and are never people's names. Our own
# cities ("city") are news places: "rebels seized Goma" (tagged PERSON) is the city, read
# as its country like a region; GeoNames' towns ("town") may be names ("Jackson").
_REGION_FEATURES = frozenset({"region", "country", "capital", "city"})
_AREA_FEATURES = _REGION_FEATURES | {"sea", "site"}  # never people's names either
_TITLE_WORDS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir"})
# Codes of intergovernmental bodies, whose generic-named organs a state may have too.
_ABOVE_STATES = frozenset({"UNO", "EUR", "IGO"})
# Weapons and vehicles that stand for whoever fires or flies them: their country comes from
# their own phrase only ("Russian missiles hit Kyiv", "Turkish drones struck"); as a
# modifier ("a missile attack", "missile tests") they are no participant.
WEAPONS: frozenset[str] = frozenset(
    {
        "warplane", "warplanes", "jet", "jets", "fighter jets", "drone", "drones", "aircraft",
        "missile", "missiles", "cruise missile", "cruise missiles", "rocket", "rockets",
        "helicopter", "helicopters", "fighter plane", "fighter planes", "tank", "tanks",
    }
)  # fmt: skip
# Entity types that are never (part of) a name of an actor: "May" in "in May 2021" is a month.
_NOT_ACTOR_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


@dataclass(eq=False)
class Draft:
    """A mention while it is being assembled and resolved (mutable; becomes ActorMention)."""

    start: int  # token indices [start, end)
    end: int
    head: int
    sentence_index: int
    kind: str
    country: Country | None = None
    organisation: Organisation | None = None
    # an organisation the words name but whose rows are not valid on the day resolved (the
    # Coalition Provisional Authority in 2017): kept for re-resolution at an event's date
    dormant: Organisation | None = None
    org_name: str = ""  # the organisation's name as the words give it ("RSF"): namesakes share it
    generic_body: bool = False  # an IGO body named without its IGO ("Security Council")
    title: Agent | None = None  # the agent naming one person's role ("President")
    body: Agent | None = None  # the institution ("Foreign Ministry", "delegation")
    group_agent: Agent | None = None  # plural people ("protesters")
    agents: list[Agent] = field(default_factory=list)  # every agent phrase, in text order
    name_start: int | None = None  # the person's name, token indices
    name_end: int | None = None
    name_text: str | None = None
    name_known: bool = False  # the name is in the office tables
    plural: bool = False
    word: str = ""  # a pronoun's word ("he", "they", "it")
    subject: bool = False  # the head is a (passive) subject: preferred as an antecedent
    # resolution results
    code: str | None = None  # country code (ISO-3, UNO, EUR, IGO, NGO, IMG)
    code_basis: str = ""  # "text", "person", "context", "home", "antecedent", "members", ""
    sector: str | None = None
    person: OfficeHolder | None = None
    canonical: str | None = None  # canonical name: person or organisation
    office: str | None = None
    antecedent: Draft | None = None
    members: list[Draft] = field(default_factory=list)

    @property
    def is_person(self) -> bool:
        return self.name_text is not None

    @property
    def full_name(self) -> bool:
        return self.name_text is not None and len(self.name_text.split()) > 1


@dataclass(frozen=True, slots=True)
class Tokens:
    """Per-token attributes read once per document (spaCy builds a Token object per access)."""

    text: list[str]
    lower: list[str]
    pos: list[str]
    ent: list[str]

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        rows = [(t.text, t.lower_, t.pos_, t.ent_type_) for t in doc]
        if not rows:
            return cls([], [], [], [])
        text, lower, pos, ent = (list(col) for col in zip(*rows, strict=True))
        return cls(text, lower, pos, ent)


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    kind: str  # lexicon kind, or "name" for a person's name
    entry: LexEntry | None = None


def find_mentions(doc: Doc, lexicon: ActorLexicon, place: PlaceFeature) -> list[Draft]:
    """Drafts for every actor phrase in the document, in text order (groups included).
    `place` gives the gazetteer's feature of a place name ("region", "city"…) or None: a
    known place is no person ("Liverpool fans", "Tigray" tagged a person by the NER)."""
    tokens = Tokens.of(doc)
    blocked = [e in _NOT_ACTOR_ENTITIES for e in tokens.ent]
    matches = lexicon.scan(tokens.text, blocked)
    units = _units(doc, tokens, _us_states(doc, lexicon, matches), place)
    drafts = [_draft(doc, run) for run in _runs(doc, units)]
    drafts.extend(_group_words(doc, tokens, drafts))
    drafts.extend(_pronouns(doc, tokens, drafts))
    drafts.extend(_halves(doc, tokens, drafts, lexicon))
    for draft in drafts:
        draft.subject = doc[draft.head].dep_ in ("nsubj", "nsubjpass")
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    return drafts


def _us_states(doc: Doc, lexicon: ActorLexicon, matches: list[LexMatch]) -> list[LexMatch]:
    """Country matches that name a US state ("Georgia's governor", "New Mexico") read as the
    United States."""
    out: list[LexMatch] = []
    for m in matches:
        state = names_a_us_state(doc, m)
        if state is not None and (not out or out[-1].end <= state[0]):
            readings = lexicon.readings(("United", "States"))
            usa = next((e for e in readings if e.kind == "country"), None)
            if usa is not None:
                m = LexMatch(state[0], state[1], usa)
        out.append(m)
    return out


def _units(
    doc: Doc, tokens: Tokens, matches: Sequence[LexMatch], place: PlaceFeature
) -> list[_Unit]:
    """Lexicon matches plus people's names (from the tables, the NER and after titles)."""
    person_tokens = _person_tokens(doc)
    units: list[_Unit] = []
    taken: set[int] = set()
    for m in matches:
        kind = m.entry.kind
        if kind == "agent" and m.entry.agent is not None and m.entry.agent.kind == "ignore":
            taken.update(range(m.start, m.end))
            continue
        if kind == "agent" and m.entry.phrase in WEAPONS and not _fired_by(doc, units, m):
            continue  # "a cruise-missile attack", "NASA launched a rocket"
        if kind in ("country", "metonym", "organisation") and inside_longer_person(doc, m):
            continue  # "Jordan" in "Michael Jordan"
        if kind in ("country", "demonym", "metonym", "organisation") and names_a_sponsor(doc, m):
            taken.update(range(m.start, m.end))
            continue  # "Turkish-backed fighters"
        if names_a_thing(doc, m) or names_an_accord(doc, m):
            taken.update(range(m.start, m.end))
            continue  # "the Syrian war", "Soviet-era rockets"
        if kind in ("country", "metonym") and is_surname(doc, m, _title_before(units, m), taken):
            units.append(_Unit(m.start, m.end, "name"))  # "Senator Jordan" is a person
            taken.update(range(m.start, m.end))
            continue
        if kind == "person":
            if (
                m.end - m.start == 1
                and tokens.pos[m.start] != "PROPN"
                and m.start not in (person_tokens)
                and not _headline_subject(doc, m.start)
            ):
                continue  # "Rice", "Young": a surname only when tagged as a proper noun
            if names_a_place(doc, m):
                continue  # "the streets of Lagos" is the city, not Ricardo Lagos
            if (
                m.end - m.start == 1
                and tokens.ent[m.start] in _PLACE_OR_BODY_ENTITIES
                and not _title_before(units, m)
                and not any(n.start == m.end and n.entry.kind == "agent" for n in matches)
                and place(tokens.text[m.start]) is not None
            ):  # ("the Clinton administration", tagged ORG, is still Clinton's)
                continue  # "Liverpool fans" (a city, a club), not Dominica's Nicholas Liverpool
            units.append(_Unit(m.start, m.end, "name", m.entry))
        else:
            units.append(_Unit(m.start, m.end, kind, m.entry))
        taken.update(range(m.start, m.end))
    names = _names(tokens, person_tokens, taken, units)
    for name in names:
        unit = _region_as_person(doc, tokens, name, place)
        if unit is not None:
            units.append(unit)
    units.extend(_places_as_parties(doc, tokens, units, taken, place))
    units.sort(key=lambda u: u.start)
    return _merge_adjacent_names(units)


# Countries split in two, named "the North" and "the South" once one half is named:
# "Seoul condemned the North's missile launch", "Khartoum accused the South of backing rebels".
_HALVES: tuple[dict[str, tuple[str, ...]], ...] = (
    {"north": ("North", "Korea"), "south": ("South", "Korea")},
    {"north": ("Sudan",), "south": ("South", "Sudan")},
)


def _halves(
    doc: Doc, tokens: Tokens, drafts: Sequence[Draft], lexicon: ActorLexicon
) -> list[Draft]:
    """ "the North" / "the South" (not "the North Atlantic", "the south of the country") in
    an article that names a half of exactly one divided country: that country's half."""
    if "North" not in tokens.text and "South" not in tokens.text:
        return []
    named = {d.country.iso3 for d in drafts if d.country is not None}
    pairs = []
    for pair in _HALVES:
        halves = {
            word: next((e.country for e in lexicon.readings(name) if e.country), None)
            for word, name in pair.items()
        }
        if any(c is not None and c.iso3 in named for c in halves.values()):
            pairs.append(halves)
    if len(pairs) != 1:
        return []
    taken = {i for d in drafts for i in range(d.start, d.end)}
    out: list[Draft] = []
    for i in range(1, len(doc)):
        word = tokens.text[i]
        if word not in ("North", "South") or tokens.lower[i - 1] != "the" or i in taken:
            continue
        after = tokens.text[i + 1] if i + 1 < len(doc) else ""
        if after[:1].isupper() or after in ("-", "–"):
            continue  # "the North Atlantic", "the South China Sea", "the North-East"
        country = pairs[0][word.casefold()]
        if country is not None:
            out.append(
                Draft(
                    start=i - 1,
                    end=i + 1,
                    head=i,
                    sentence_index=_sentence_index(doc, i),
                    kind="country",
                    country=country,
                )
            )
    return out


def _title_before(units: Sequence[_Unit], match: LexMatch) -> bool:
    """A title ("Senator") ends right where the match starts."""
    if not units:
        return False
    last = units[-1]
    entry = last.entry
    return (
        last.end == match.start
        and last.kind == "agent"
        and entry is not None
        and entry.agent is not None
        and entry.agent.kind == "title"
    )


def _person_tokens(doc: Doc) -> set[int]:
    tokens: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            tokens.update(t.i for t in ent if t.pos_ not in ("CCONJ", "PUNCT", "PART"))
    return tokens


def _names(
    tokens: Tokens, person_tokens: set[int], taken: set[int], units: Sequence[_Unit]
) -> list[_Unit]:
    """People's names not in the tables: NER PERSON tokens, and proper nouns after a title."""
    found: list[_Unit] = []
    after_title = {u.end for u in units if u.kind == "agent" and _singular_agent(u.entry)}
    text, pos, ent = tokens.text, tokens.pos, tokens.ent

    def name_like(j: int) -> bool:
        return j not in taken and text[j][:1].isupper() and ent[j] not in _NOT_ACTOR_ENTITIES

    i, n = 0, len(text)
    while i < n:
        starts_name = name_like(i) and (
            i in person_tokens or (i in after_title and pos[i] in _PERSON_POS)
        )
        if not starts_name:
            i += 1
            continue
        j = i + 1
        while j < n and name_like(j) and (j in person_tokens or pos[j] in _PERSON_POS):
            j += 1
        found.append(_Unit(i, j, "name"))
        i = j
    return found


def _fired_by(doc: Doc, units: Sequence[_Unit], m: LexMatch) -> bool:
    """A weapon heading its phrase is a participant when its own phrase says whose it is,
    right before it ("Russian missiles", "A Venezuelan police helicopter"), or when it wields
    force ("Coalition aircraft bombed Hodeidah"); not "NASA launched a rocket", "The rocket
    failed to reach orbit", "a Russian missile attack"."""
    last = doc[m.end - 1]
    if last.dep_ in ("compound", "amod", "nmod") or (m.end < len(doc) and doc[m.end].text == "-"):
        return False
    owned = bool(units) and units[-1].end == m.start
    return owned or (last.dep_ == "nsubj" and last.head.lemma_ in _FORCE_VERBS | {"kill"})


def _headline_subject(doc: Doc, i: int) -> bool:
    """A capitalised table name the tagger took for a noun, where a noun would be written
    small: a subject ("Trump urges UN to act", "Trump and King Abdullah will meet"), or any
    participant inside the sentence ("talks between Kim and Trump"), not a modifier ("Rice
    prices")."""
    tok = doc[i]
    if not tok.text[:1].isupper() or tok.dep_ in ("compound", "amod", "nmod"):
        return False
    if not tok.is_sent_start and not doc[i - 1].text[:1].isupper():
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


def _region_as_person(doc: Doc, tokens: Tokens, unit: _Unit, place: PlaceFeature) -> _Unit | None:
    """A name the NER calls a person that is the whole name of a region, site or city of
    ours in the gazetteer, with no title before it, is the place, read as its country: "The
    government accused Tigray of attacking an army base" (the region's authorities), "rebels
    seized Goma"; a sea or site, or any place after "in" or "near", names no one."""
    if unit.start > 0 and tokens.lower[unit.start - 1] in _TITLE_WORDS:
        return unit
    before = tokens.ent[unit.start - 1] if unit.start > 0 else ""
    after = tokens.ent[unit.end] if unit.end < len(tokens.ent) else ""
    if "PERSON" in (before, after):
        return unit  # "Chad" of "Chad Smith": part of a longer name
    text = doc[unit.start : unit.end].text
    found = place(text)
    if found is not None and _after_place_preposition(tokens, unit.start):
        return None  # "police in Goma" (tagged PERSON): a city, lent by `actors.places`
    if found is not None and found[0] == "town" and _town_under_fire(doc, unit):
        found = ("city", found[1])  # "Israeli air strikes on Rafah": the town, not a person
    if found is None or found[0] not in _AREA_FEATURES:
        return unit
    if found[1] is None or found[0] not in _REGION_FEATURES:
        return None
    return _Unit(unit.start, unit.end, "country", LexEntry("country", text, country=found[1]))


# Where a named region or city of ours stands for the people or authorities there, not for
# where something happens: "Alberta sued Ottawa", "jets bombed Idlib", "strikes on Hodeidah",
# "Alberta's premier". A city only as the target of force or its owner ("Aleppo's governor"):
# a city that acts is a venue or a club more often ("Geneva hosted", "quit Barcelona").
_PARTY_DEPS = {
    "region": frozenset({"nsubj", "nsubjpass", "dobj", "poss", "target"}),
    "city": frozenset({"poss", "target"}),
    "town": frozenset({"target"}),  # GeoNames' towns: "the RSF shelled Omdurman"
}
_PARTY_PREPOSITIONS = frozenset({"against", "on"})
_FORCE_VERBS = frozenset(
    {
        "attack", "bomb", "shell", "strike", "hit", "pound", "target", "raid", "storm",
        "besiege", "blockade", "encircle", "surround", "capture", "seize", "recapture",
        "retake", "overrun", "invade", "occupy", "annex", "rocket", "bombard", "assault",
    }
)  # fmt: skip
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# Labels the NER gives place names it mistakes ("jets bombed Idlib": ORG): targets only.
_MISTAKEN_PLACE_ENTITIES = frozenset({"ORG", "NORP", "FAC"})


def _places_as_parties(
    doc: Doc, tokens: Tokens, units: Sequence[_Unit], taken: set[int], place: PlaceFeature
) -> list[_Unit]:
    """Named regions and cities of our table that are a party to what the clause says, and
    GeoNames' towns that force is aimed at, read as their country (see `_PARTY_DEPS`);
    never after "in" or "near"."""
    used = set(taken) | {i for u in units for i in range(u.start, u.end)}
    out: list[_Unit] = []
    for ent in doc.ents:
        labelled = ent.label_ in _PLACE_ENTITIES
        if not (labelled or ent.label_ in _MISTAKEN_PLACE_ENTITIES):
            continue
        if any(t.i in used for t in ent):
            continue
        end = ent.end
        while end > ent.start + 1 and doc[end - 1].tag_ == "POS":
            end -= 1
        text = doc[ent.start : end].text
        found = place(text)
        if found is None or found[1] is None or found[0] not in _PARTY_DEPS:
            continue
        root = ent.root
        town = found[0] == "town"
        dep = "target" if (_heavy_force_target if town else _force_target)(root) else root.dep_
        if not labelled and dep != "target":
            continue
        if dep not in _PARTY_DEPS[found[0]] or _after_place_preposition(tokens, ent.start):
            continue
        if town and any(c.dep_ in ("poss", "compound") for c in root.children):
            continue  # "Mosul's Old City": a quarter of another place, not a namesake town
        out.append(_Unit(ent.start, end, "country", LexEntry("country", text, country=found[1])))
    return out


def _town_under_fire(doc: Doc, unit: _Unit) -> bool:
    """A town's name that force is aimed at and no earlier person's name holds: "strikes
    on Rafah" (tagged PERSON), not "Michael Jackson … attacked Jackson"."""
    span = doc[unit.start : unit.end]
    earlier = (e for e in doc.ents if e.label_ == "PERSON" and e.end <= unit.start)
    return _heavy_force_target(span.root) and not any(span.text in e.text for e in earlier)


# Force that only war aims at a town (GeoNames' towns may be clubs or people: "Manchester
# United attacked Liverpool"): verbs, and the nouns of "strikes on Rafah".
_WAR_VERBS = _FORCE_VERBS - {"attack", "hit", "target", "strike", "assault"}
_WAR_NOUNS = frozenset(
    {
        "strike", "airstrike", "raid", "bombing", "shelling", "bombardment", "offensive",
        "assault", "attack", "barrage", "incursion",
    }
)  # fmt: skip


def _heavy_force_target(root: Token) -> bool:
    """A town that war is aimed at: "shelled Omdurman", "Israeli air strikes on Rafah"."""
    if root.dep_ == "dobj":
        return root.head.lemma_ in _WAR_VERBS
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in _PARTY_PREPOSITIONS
        and prep.head.lemma_ in _WAR_NOUNS
    )


def _force_target(root: Token) -> bool:
    """The name is what force is aimed at: "strikes on Hodeidah", "jets bombed Idlib"."""
    return (root.dep_ == "pobj" and root.head.lower_ in _PARTY_PREPOSITIONS) or (
        root.dep_ == "dobj" and root.head.lemma_ in _FORCE_VERBS
    )


# Prepositions whose object is a place, not a person: "police in Goma", "clashes near Goma".
_PLACE_PREPOSITIONS = frozenset({"in", "near", "inside", "outside", "throughout"})


def _after_place_preposition(tokens: Tokens, start: int) -> bool:
    """The name is the object of a place preposition ("in", "near"), maybe after "the"."""
    i = start - 1
    if i >= 0 and tokens.lower[i] == "the":
        i -= 1
    return i >= 0 and tokens.lower[i] in _PLACE_PREPOSITIONS


def _merge_adjacent_names(units: list[_Unit]) -> list[_Unit]:
    """'Isaac' (NER) + 'Herzog' (table) side by side are one name."""
    out: list[_Unit] = []
    for u in units:
        if out and u.kind == "name" and out[-1].kind == "name" and out[-1].end == u.start:
            prev = out.pop()
            out.append(_Unit(prev.start, u.end, "name"))
        else:
            out.append(u)
    return out


def _singular_agent(entry: LexEntry | None) -> bool:
    """A title, or a body ("the President's Office Eyal Shviki"), that a name may follow."""
    return entry is not None and entry.agent is not None and entry.agent.kind in ("title", "body")


def _runs(doc: Doc, units: Sequence[_Unit]) -> list[list[_Unit]]:
    """Group units that form one noun phrase."""
    runs: list[list[_Unit]] = []
    for unit in units:
        if runs and _joins(doc, runs[-1], unit):
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def _joins(doc: Doc, run: list[_Unit], unit: _Unit) -> bool:
    last = run[-1]
    gap = doc[last.end : unit.start]
    if len(gap) > _MAX_GAP or _sentence_index(doc, last.start) != _sentence_index(doc, unit.start):
        return False
    if last.kind == "name":
        return False  # nothing follows a name inside one mention
    if unit.kind == "name" and any(u.kind == "name" for u in run):
        return False
    if _countries(run) and unit.kind in ("country", "demonym", "metonym"):
        return False  # "Turkish Israeli" are two mentions
    if unit.kind in ("country", "metonym") and last.kind == "agent" and not len(gap):
        return False  # "the army Turkey" is not a phrase
    if unit.kind == "demonym" and len(gap) == 0 and last.kind == "agent":
        return False
    words = [t.text.casefold() for t in gap]
    if not words:
        return True
    if "'s" in words or "’s" in words:
        if last.kind in ("country", "metonym") and _generic_body(doc, unit):
            # "Russia's Security Council", "Iran's Supreme National Security Council"
            return words[0] in ("'s", "’s") and all(t.text[:1].isupper() for t in gap[1:])
        return last.kind in ("country", "metonym", "organisation") and unit.kind == "agent"
    if "of" in words or "for" in words:
        # "the head of the Foreign Ministry", not "Police arrested dozens of protesters"
        glue = all(w in _GLUE_WORDS or t.pos_ in _LEFT_POS for w, t in zip(words, gap, strict=True))
        return (
            glue
            and last.kind == "agent"
            and unit.kind in ("country", "organisation", "agent", "metonym")
        )
    named = last.kind in ("country", "demonym", "metonym", "organisation") and unit.kind == "agent"
    return all(
        w in _GLUE_WORDS
        or t.pos_ == "ADJ"
        or (named and t.pos_ == "PROPN" and t.dep_ == "compound")  # "Nigeria Labour Congress"
        for w, t in zip(words, gap, strict=True)
    )


def _generic_body(doc: Doc, unit: _Unit) -> bool:
    """An intergovernmental body named by words any state's body may bear: "Security
    Council" (of "UN Security Council"), "General Assembly", "Human Rights Council"."""
    org = unit.entry.organisation if unit.entry is not None else None
    if org is None or org.country not in _ABOVE_STATES:
        return False
    text = doc[unit.start : unit.end].text.casefold()
    names = [n.casefold() for n in (org.name, *org.aliases)]
    return any(n.endswith(" " + text) for n in names)


def _countries(run: Sequence[_Unit]) -> bool:
    return any(u.kind in ("country", "demonym", "metonym") for u in run)


def _draft(doc: Doc, run: Sequence[_Unit]) -> Draft:
    start, end = run[0].start, run[-1].end
    start = _extend_left(doc, start, end)
    span = doc[start:end]
    draft = Draft(
        start=start,
        end=end,
        head=_head(span),
        sentence_index=_sentence_index(doc, start),
        kind="country",
    )
    for unit in run:
        entry = unit.entry
        if unit.kind == "name":
            draft.name_start, draft.name_end = unit.start, unit.end
            draft.name_text = doc[unit.start : unit.end].text
            draft.name_known = entry is not None
        elif entry is None:
            continue
        elif entry.kind in ("country", "demonym", "metonym"):
            draft.country = entry.country
            if entry.kind == "metonym":
                draft.kind = "capital"
            if entry.kind == "demonym" and _is_plural_noun(doc, unit):
                draft.plural = True
        elif entry.kind == "organisation":
            draft.organisation, draft.org_name = entry.organisation, entry.phrase
            draft.generic_body = _generic_body(doc, unit)
        elif entry.agent is not None:
            agent = entry.agent
            draft.agents.append(agent)
            if agent.kind == "title":
                draft.title = agent
            elif agent.kind == "group":
                draft.group_agent = agent
                draft.plural = True
            else:
                draft.body = agent
    org = draft.organisation
    if org is not None and org.kind == "person" and draft.name_text is None:
        draft.name_text = org.name  # a person from an imported leader list
        draft.name_known = True
    if draft.name_text is not None:
        draft.kind = "person"
    elif draft.organisation is not None:
        draft.kind = "organisation"
    elif draft.title or draft.body or draft.group_agent:
        draft.kind = "agent"
    return draft


def _is_plural_noun(doc: Doc, unit: _Unit) -> bool:
    tok = doc[unit.end - 1]
    return tok.tag_ in ("NNS", "NNPS") or (tok.pos_ in ("NOUN", "PROPN") and tok.text.endswith("s"))


def _extend_left(doc: Doc, start: int, end: int) -> int:
    """Take in determiners and adjectives of the phrase ("A senior Turkish delegation")."""
    inside = range(start, end)
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.pos_ not in _LEFT_POS or tok.head.i not in inside or tok.dep_ == "preconj":
            break
        if tok.pos_ == "ADJ" and tok.ent_type_ in ("NORP", "GPE"):
            break  # another country's adjective is a mention of its own
        i -= 1
    return i + 1


def _head(span: Span) -> int:
    """The token of the span whose syntactic head lies outside it (the last, if several)."""
    heads = [t.i for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    return heads[-1] if heads else span[-1].i


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, worked out once per document."""
    starts: list[int] | None = doc.user_data.get("detente_sentence_starts")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["detente_sentence_starts"] = starts
    return starts


def _sentence_index(doc: Doc, token_i: int) -> int:
    return max(bisect.bisect_right(sentence_starts(doc), token_i) - 1, 0)


# -- references: "the two", "both", "the parties", pronouns, "his country" -------------------

_GROUP_NOUNS = frozenset(
    {
        "countries",
        "sides",
        "leaders",
        "men",
        "nations",
        "states",
        "governments",
        "parties",
        "presidents",
        "ministers",
        "neighbours",
        "neighbors",
        "allies",
        "rivals",
        "women",
    }
)
_PAIR_NOUNS = frozenset({"parties", "sides"})
_PRONOUNS = {
    "he": "person",
    "him": "person",
    "she": "person",
    "her": "person",
    "they": "plural",
    "them": "plural",
    "it": "thing",
}
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})


_GROUP_TRIGGERS = frozenset({"both", "two", *_PAIR_NOUNS, "countries", "sides"})


def _group_words(doc: Doc, tokens: Tokens, drafts: Sequence[Draft]) -> list[Draft]:
    taken = {i for d in drafts for i in range(d.start, d.end)}
    out: list[Draft] = []
    for i, low in enumerate(tokens.lower):
        if low not in _GROUP_TRIGGERS or i in taken:
            continue
        tok = doc[i]
        span: tuple[int, int] | None = None
        if low == "both" and tok.dep_ != "preconj" and tok.head.lower_ not in _GROUP_NOUNS:
            span = (tok.i, tok.i + 1)
        elif low == "two" and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            head = tok.head
            if head.lower_ in _GROUP_NOUNS and head.i == tok.i + 1:
                span = (tok.i - 1, head.i + 1)
            elif head.i == tok.i or tok.dep_ in ("nsubj", "pobj", "dobj", "nsubjpass"):
                span = (tok.i - 1, tok.i + 1)
        elif tok.i > 0 and (
            (low in _PAIR_NOUNS and doc[tok.i - 1].lower_ == "the")
            or (low in ("countries", "sides") and doc[tok.i - 1].lower_ == "both")
        ):
            span = (tok.i - 1, tok.i + 1)
        if span is None or any(i in taken for i in range(*span)):
            continue
        taken.update(range(*span))
        index = _sentence_index(doc, span[0])
        out.append(Draft(span[0], span[1], span[1] - 1, index, "group", plural=True))
    return out


def _pronouns(doc: Doc, tokens: Tokens, drafts: Sequence[Draft]) -> list[Draft]:
    taken = {i for d in drafts for i in range(d.start, d.end)}
    out: list[Draft] = []
    for i, low in enumerate(tokens.lower):
        if (low != "country" and low not in _PRONOUNS) or i in taken:
            continue
        tok = doc[i]
        if (
            low == "country"
            and tok.i > 0
            and doc[tok.i - 1].lower_
            in (
                "the",
                "his",
                "her",
                "their",
                "its",
            )
        ):
            out.append(Draft(tok.i - 1, tok.i + 1, tok.i, _sentence_index(doc, tok.i), "reference"))
            continue
        role = _PRONOUNS.get(low)
        if role is None or tok.pos_ != "PRON" or tok.dep_ not in _ARGUMENT_DEPS:
            continue
        if role == "thing" and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if low == "her" and tok.dep_ == "poss":
            continue
        draft = Draft(tok.i, tok.i + 1, tok.i, _sentence_index(doc, tok.i), "pronoun", word=low)
        draft.plural = role == "plural"
        out.append(draft)
    return out
