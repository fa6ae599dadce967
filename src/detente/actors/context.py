"""The country of a bare agent or an unknown person from the words around it.

"police in Karachi", "officials at the Israeli foreign ministry" and "Omar Haddad, a Libyan
government spokesman" say it in their own phrase; "arrested dozens of protesters in Istanbul"
says it for the whole clause, and so, for people who act where they live, does a place
anywhere in their clause ("workers went on strike in Lagos"); otherwise the nearest
earlier mention with a country lends it, unless that mention is another participant of the
same clause ("Officials criticized Turkey": the officials stay without a country) or its
sentence names two countries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from detente.actors.mentions import WEAPONS, Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Sectors whose bare agents take the country of the surrounding text ("the Foreign Ministry");
# protesters or militants get one only from their own phrase or clause ("protesters in Ankara").
_CONTEXT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", None})


def context_country(
    doc: Doc,
    draft: Draft,
    drafts: Sequence[Draft],
    index: int,
    places: Mapping[int, str],
    filed: Callable[[], str | None],
) -> None:
    """The country of a bare agent or an unknown person, from the text around it: its own
    phrase ("police in Karachi", "officials at the Israeli foreign ministry", "Omar Haddad,
    a Libyan government spokesman"), a place its clause names, else the nearest earlier
    mention that is not another participant of its clause. `filed` gives the dateline's
    country (`actors.home`), which outranks a mention of an earlier sentence ("SEOUL —
    North Korea fired two missiles. The government condemned the launch")."""
    source = _own_phrase(doc, draft, drafts, places)
    if source is not None:
        draft.code, draft.code_basis = source, "context"
        return
    if any(a.phrase in WEAPONS for a in draft.agents):
        return  # "a rocket killed a US civilian": anyone's
    if draft.body is not None and not draft.is_person:
        for other in reversed(drafts[:index]):
            if (
                other.body is not None
                and other.body.phrase == draft.body.phrase
                and other.code
                and not co_participants(doc, draft, other)
            ):
                draft.code, draft.code_basis = other.code, "context"
                return
    if not draft.is_person and draft.sector not in _CONTEXT_SECTORS:
        authority = _own_authority(doc, draft, drafts[:index])
        if authority is not None:
            draft.code, draft.code_basis = authority, "context"
        return
    earlier = [
        other
        for other in reversed(drafts[:index])
        if other.code
        and other.kind != "group"
        and other.code_basis != "members"
        and (
            other.code not in _BODIES_ABOVE_STATES or other.sector == draft.sector or abroad(draft)
        )
        and not (outlet(other) and other.sector != draft.sector)
        and not co_participants(doc, draft, other)
        and not (draft.is_person and _refuge(doc, other))
    ]  # "Amnesty International said security forces had killed 12 people": not the NGO's
    same_sentence = [o for o in earlier if o.sentence_index == draft.sentence_index]
    same_sector = [o for o in earlier if draft.sector and o.sector == draft.sector]
    for candidates in (same_sentence, same_sector):
        if candidates:
            draft.code, draft.code_basis = candidates[0].code, "context"
            return
    home = filed()
    if home is not None:
        draft.code, draft.code_basis = home, "home"
        return
    undisputed = _undisputed(earlier)
    if undisputed:
        draft.code, draft.code_basis = undisputed[0].code, "context"
        return
    head = doc[draft.head]
    contested = any(
        o.code and o is not draft and co_participants(doc, draft, o)
        for o in drafts
        if o.sentence_index == draft.sentence_index
    )  # "UNDOF withdrew peacekeepers from a position in Syria": the place is not theirs
    placed = not _armed_actor(draft, head) and not contested
    verb = _clause_verb(head)
    for other in drafts[index + 1 :]:
        # "the Nigeria Labour Congress", parsed apart; "Authorities ease curfew as businesses
        # reopen in Amman"
        if other.sentence_index != draft.sentence_index:
            break
        if (
            other.code
            and other.kind in ("country", "capital")
            and (
                _inside(doc[other.head], head)
                or (placed and _locative(doc, other) and _under(doc[other.head], verb))
            )
        ):
            draft.code, draft.code_basis = other.code, "context"
            return


# Plural nouns of states: "other governments", "Western nations", "many countries" are several
# states, never one of them by context ("Pakistan and other governments condemned the attack").
_STATES_NOUNS = frozenset(
    {"governments", "countries", "nations", "states", "regimes", "administrations"}
)


def several_states(doc: Doc, draft: Draft) -> bool:
    """The mention is a plural noun of states ("other governments"): no context country."""
    return not draft.is_person and doc[draft.head].lower_ in _STATES_NOUNS


# Where someone took refuge says nothing of whose they are: "asylum in Ecuador", "speaking
# from Ecuador's embassy" (Julian Assange is Australian).
_REFUGE_NOUNS = frozenset({"asylum", "refuge", "exile", "sanctuary", "shelter", "haven"})
_MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})
_REFUGE_PREPS = frozenset({"in", "at", "from", "inside", "into", "to"})


def _refuge(doc: Doc, other: Draft) -> bool:
    """The mention names where someone took refuge: a foreign mission ("the balcony of
    Ecuador's embassy") or the country of their asylum ("asylum in Ecuador")."""
    head = _phrase_head(doc[other.head])
    if head.lower_ in _MISSION_NOUNS or (
        head.dep_ in ("poss", "amod", "compound", "nmod") and head.head.lower_ in _MISSION_NOUNS
    ):
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in _REFUGE_PREPS:
        return False
    return head.head.head.lower_ in _REFUGE_NOUNS


def outlet(draft: Draft) -> bool:
    """A news outlet ("(CNN)", "told Reuters"): its country says nothing of the story's."""
    return draft.organisation is not None and draft.organisation.sector in OUTLET_SECTORS


def abroad(draft: Draft) -> bool:
    """An envoy, peacekeeper, mediator or delegation: acts between states by nature."""
    return any(a.phrase.casefold() in _ABROAD_AGENTS for a in draft.agents)


def _undisputed(earlier: Sequence[Draft]) -> Sequence[Draft]:
    """The nearest earlier mentions when their sentence names one country only: "Russia
    accused Ukraine of shelling a village. Police detained…" says nothing of whose police
    (the article's home may: `actors.home`)."""
    if not earlier:
        return earlier
    nearest = earlier[0].sentence_index
    codes = {o.code for o in earlier if o.sentence_index == nearest}
    return earlier if len(codes) == 1 else ()


# Codes of bodies above or outside states (the UN, NGOs, companies): they lend no country
# to the police, officials or people a report of theirs mentions, only to envoys,
# peacekeepers or negotiators (`_ABROAD_AGENTS`) and to their own sector.
_BODIES_ABOVE_STATES = frozenset({"UNO", "IGO", "NGO", "MNC"})
# Agents that are abroad or act between states by nature: "the delegation", "envoys",
# "peacekeepers", warplanes (often another country's), foreigners held or visiting.
_ABROAD_AGENTS = frozenset(
    {
        "delegation", "delegations", "embassy", "embassies", "consulate", "mission",
        "missions", "ambassador", "ambassadors", "consul", "consuls", "diplomat", "diplomats",
        "envoy", "envoys", "emissary", "emissaries", "special envoy", "special envoys",
        "mediator", "mediators", "negotiator", "negotiators", "delegate", "delegates",
        "representative", "representatives", "counterpart", "counterparts", "peacekeeper",
        "peacekeepers", "coalition forces", "top diplomat", "top diplomats", "secretary general",
        "secretary-general", "tourists", "tourist", "nationals", "pilgrims", "hostages",
        "hostage", "settlers", "settler", "warplane", "warplanes", "jet", "jets", "fighter jets",
        "drone", "drones", "warship", "warships", "marines",
    }
) | WEAPONS  # fmt: skip
# Armed groups and forces that act take a place from their own phrase only ("militants in
# Waziristan"): where they struck ("warplanes bombed targets in Gaza") says nothing of where
# they come from; those acted on are where it happened.
_ARMED_SECTORS = frozenset({"REB", "CRM", "MIL"})
# News outlets ("(CNN)", "told Reuters"): they lend their country to no one but their own
# reporters, and name no dateline place or home country (`actors.home`).
OUTLET_SECTORS = frozenset({"MED", "JRN"})
# Participants who mostly deal with their own state: the government, police or courts
# facing them in one clause are that state's ("Egyptian students protested against the
# government").
_DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "CVL", "LAB", "EDU", "REL", "JRN", "MED", "COP"})
# Verbs whose objects are foreigners ("expelled aid workers"), not the authority's own people.
_FOREIGNERS_VERBS = frozenset({"expel", "deport", "extradite", "repatriate", "evacuate"})
# Authorities whose objects of the same domestic sectors are their own people, and who act
# on foreigners at home ("Police arrested two Ugandans": not the Ugandans' police).
AUTHORITY_SECTORS = frozenset({"GOV", "COP", "JUD"})
_OWN_PREPS = ("from", "of", "in", "at", "near", "inside")
_CLAUSE_PREPS = ("in", "near", "inside")
_NESTED_PREPS = ("in", "inside")
_LOCATIVE_PREPS = frozenset({"in", "near", "inside", "across", "throughout"})
# Prepositions of a route the clause takes: "marched through the streets of Nairobi".
_ROUTE_PREPS = ("through", "across", "throughout")
_ROUTE_NESTED_PREPS = ("of", "in")
# Prepositions of those an authority acts on: "fired at protesters", "cracked down on students".
_ACTED_ON_PREPS = frozenset({"on", "at", "against", "upon"})


def _own_phrase(
    doc: Doc, draft: Draft, drafts: Sequence[Draft], places: Mapping[int, str]
) -> str | None:
    """A country the mention's own phrase or clause gives: "police in Karachi", "An Istanbul
    court", "officials at the Israeli foreign ministry", an appositive."""
    by_head = {
        d.head: d
        for d in drafts
        if d.code
        and d is not draft
        and d.code_basis in ("text", "person")
        and d.kind not in ("group", "pronoun", "reference")
    }
    head = doc[draft.head]
    for tok in _modifiers(_phrase_head(head)):  # "the UN peacekeeping mission plan"
        other = by_head.get(tok.i)
        if other is not None and other.code:
            return other.code
    for tok in _appositives(head):
        other = by_head.get(tok.i)
        if other is not None and other.code:
            return other.code
    owner = _possessor(doc, head, drafts)  # "Russia has strengthened its forces"
    if owner is not None:
        return owner
    defended = _defended_country(head, by_head)  # "the minister defended Brazil's policies"
    if defended is not None:
        return defended
    phrase = _phrase_head(head)  # "military" → "a military base in Borno"
    for child in (*head.children, *(phrase.children if phrase.i != head.i else ())):
        code = _prep_object_code(child, _OWN_PREPS, by_head, places, nested=True)
        if code:
            return code
    for child in _modifiers(phrase):  # "An Istanbul court", "New York Governor Andrew Cuomo"
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i in places:
            return places[child.i]
    if _armed_actor(draft, head):
        return None  # "Unidentified gunmen shot dead a journalist in Lahore": from anywhere
    return _clause_place(doc, head, by_head, places) or _scene_country(
        doc, draft, head, by_head, places
    )


# Armed bodies that rule the place where they act: "the junta arrested protesters in Yangon".
_RULING_BODIES = frozenset({"junta", "military junta", "regime", "military government"})


def _own_authority(doc: Doc, draft: Draft, earlier: Sequence[Draft]) -> str | None:
    """The country of the government, police or court that acts on the mention in its clause
    when the mention is of a domestic sector: "Vietnamese authorities outlawed opposition
    parties", "Egyptian police detained students" (their own parties and students)."""
    if draft.sector not in _DOMESTIC_SECTORS and draft.sector != "ELI":
        return None
    head = _phrase_top(doc[draft.head])
    acted_on = head.dep_ in ("dobj", "nsubjpass") or (
        head.dep_ == "pobj" and head.head.lower_ in _ACTED_ON_PREPS
    )  # "cracked down on protesters", "opened fire on students"
    if not acted_on:
        return None
    verb = _argument_of(head)
    if verb is None or verb.lemma_ in _FOREIGNERS_VERBS:
        return None
    for other in reversed(earlier):
        if other.sentence_index != draft.sentence_index or other.sector not in AUTHORITY_SECTORS:
            continue
        if not other.code or other.code_basis not in ("text", "person", "context"):
            continue
        lender = _phrase_head(doc[other.head])
        if lender.dep_ == "nsubj" and _argument_of(lender) == verb:
            return other.code
    return None


# Verbs whose subject speaks for the country that owns the object: an official who
# "defended Brazil's environmental policies" is Brazilian.
_OWN_CAUSE_VERBS = frozenset({"defend", "justify"})


def _defended_country(head: Token, by_head: Mapping[int, Draft]) -> str | None:
    phrase = _phrase_head(head)
    verb = phrase.head
    if phrase.dep_ != "nsubj" or verb.lemma_ not in _OWN_CAUSE_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lower_ in ("right", "rights"):
            continue  # "defended Israel's right to self-defence": anyone may
        for child in obj.children:
            owner = by_head.get(child.i)
            if child.dep_ == "poss" and owner is not None and owner.kind in ("country", "capital"):
                return owner.code
    return None


def _armed_actor(draft: Draft, head: Token) -> bool:
    """Armed men or forces who act (not those acted on, "attacked rebels in Congo"; not a
    junta, which rules where it acts)."""
    acted_on = _phrase_head(head).dep_ in ("dobj", "nsubjpass", "pobj")
    ruling = draft.body is not None and draft.body.phrase in _RULING_BODIES
    return draft.sector in _ARMED_SECTORS and not acted_on and not ruling


def _prep_object_code(
    prep: Token,
    words: tuple[str, ...],
    by_head: Mapping[int, Draft],
    places: Mapping[int, str],
    *,
    nested: bool = False,
    nested_words: tuple[str, ...] = _NESTED_PREPS,
) -> str | None:
    """The country of the object of `prep` when it is one of `words` ("in Karachi")."""
    if prep.dep_ != "prep" or prep.lower_ not in words:
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        source = by_head.get(obj.i)
        if source is not None and source.kind in ("country", "capital", "agent", "organisation"):
            return source.code
        # "in Karachi", "in Helmand province", "in Myanmar's Rakhine State"
        code = _named_place_code(obj, by_head, places)
        if code is not None:
            return code
        if nested:  # "workers at the Cerro Verde mine in Peru"
            for child in obj.children:
                code = _prep_object_code(child, nested_words, by_head, places, nested=False)
                if code:
                    return code
    return None


def _clause_place(
    doc: Doc, head: Token, by_head: Mapping[int, Draft], places: Mapping[int, str]
) -> str | None:
    """A place the clause names for all its participants: "arrested dozens of protesters in
    Istanbul", "Police in Karachi arrested 12 protesters", "marched through the streets of
    Nairobi"."""
    verb = _clause_verb(head)
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return None
    holders = [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for holder in holders:
        for child in holder.children:
            code = _prep_object_code(child, _CLAUSE_PREPS, by_head, places)
            if code:
                return code
    for child in verb.children:  # "marched through the streets of Nairobi"
        words = _ROUTE_PREPS + (("to",) if _to_the_streets(child) else ())
        code = _prep_object_code(
            child, words, by_head, places, nested=True, nested_words=_ROUTE_NESTED_PREPS
        )
        if code:
            return code
    return None


# People who act where they live: workers on strike, students, villagers, protesters, police.
_LOCAL_SECTORS = frozenset({"COP", "OPP", "CVL", "LAB", "EDU", "REL"})
_SCENE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})
# Happenings and issues that people protest about, which may be elsewhere: "rallied against
# the war in Gaza", "against corruption in Kenya" say nothing sure of where the rally was.
_AFFAIR_NOUNS = frozenset(
    {
        "war", "conflict", "crisis", "violence", "killing", "crackdown", "attack", "bombing",
        "massacre", "offensive", "fighting", "genocide", "occupation", "invasion", "situation",
        "election", "policy", "involvement", "intervention", "presence", "operation", "coup",
        "corruption", "reform", "law", "decision", "plan", "rule", "abuse", "repression",
    }
)  # fmt: skip
# Dependencies that open a clause of other people's words or of other participants: "said",
# "who fled to Kenya".
_OTHER_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "parataxis", "csubj"})


def _scene_country(
    doc: Doc, draft: Draft, head: Token, by_head: Mapping[int, Draft], places: Mapping[int, str]
) -> str | None:
    """Where a local actor acts, named anywhere in its own clause, when it is one country:
    "Hundreds of workers went on strike in Lagos", "Gunmen kidnapped 20 students from a
    school in Kaduna", "Villagers set up roadblocks to protest against the mine in Peru",
    "Students staged a sit-in at the University of Dhaka". A foreign mission is no place of
    its own: "marched on the US embassy in Manila" is in the Philippines."""
    if draft.sector not in _LOCAL_SECTORS or abroad(draft):
        return None
    verb = _clause_verb(head)
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return None
    codes = {
        code
        for tok in _clause_tokens(verb)
        if tok.dep_ == "pobj"
        and tok.head.lower_ in _SCENE_PREPS
        and tok.head.head.lemma_ not in _AFFAIR_NOUNS
        for code in (_scene_code(tok, by_head, places),)
        if code
    }
    return next(iter(codes)) if len(codes) == 1 else None


def _clause_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's clause and of the clauses it governs for its own purpose
    ("to protest against…"), not of reported speech or relative clauses."""
    out: list[Token] = []
    frontier = [verb]
    while frontier:
        tok = frontier.pop()
        for child in tok.children:
            if child.dep_ not in _OTHER_CLAUSE_DEPS:
                out.append(child)
                frontier.append(child)
    return out


def _named_place_code(
    obj: Token, by_head: Mapping[int, Draft], places: Mapping[int, str]
) -> str | None:
    """The country that a noun or its compound/possessor names as a place: "Karachi",
    "Helmand province", "Myanmar's Rakhine State"."""
    for tok in (obj, *(c for c in obj.children if c.dep_ in ("compound", "poss"))):
        named = by_head.get(tok.i)
        if named is not None and named.kind in ("country", "capital"):
            return named.code
        if tok.i in places:
            return places[tok.i]
    return None


def _scene_code(obj: Token, by_head: Mapping[int, Draft], places: Mapping[int, str]) -> str | None:
    """The country of a place phrase ("Lagos", "the University of Dhaka", "Myanmar's Rakhine
    State"); a foreign mission ("outside the US embassy") names none."""
    if obj.lower_ in _MISSION_NOUNS:
        return None
    code = _named_place_code(obj, by_head, places)
    if code is not None:
        return code
    named = by_head.get(obj.i)
    if named is not None and named.kind in ("agent", "organisation"):
        return named.code  # "at the University of Dhaka"
    return None


def _to_the_streets(prep: Token) -> bool:
    """ "took to the streets of Harare": a route, where "marched to the US embassy" is not."""
    return prep.lower_ == "to" and any(
        c.dep_ == "pobj" and c.lower_ == "streets" for c in prep.children
    )


def _modifiers(head: Token) -> list[Token]:
    """Words that modify the head inside its own noun phrase ("UN" in "UN peacekeeping
    mission"), not through a preposition."""
    out: list[Token] = []
    frontier = [head]
    while frontier:
        tok = frontier.pop()
        for child in tok.children:
            if child.dep_ in _PHRASE_DEPS:
                out.append(child)
                frontier.append(child)
    return out


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _possessor(doc: Doc, head: Token, drafts: Sequence[Draft]) -> str | None:
    """The country of the subject that "its"/"their" before the head refers to, in its own
    clause: "Russia has strengthened its forces"."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in head.children):
        return None
    verb = _argument_of(head)
    if verb is None:
        return None
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for d in drafts:
        if d.head in subjects and d.code and d.kind not in ("group", "pronoun"):
            return d.code
    return None


def _appositives(head: Token) -> list[Token]:
    """Heads in apposition: "Omar Haddad, a Libyan spokesman" (both directions)."""
    out = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        out.append(head.head)
    return out


def _clause_verb(tok: Token) -> Token:
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_DIRECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "oprd"})


def _phrase_head(tok: Token) -> Token:
    """The noun a modifier belongs to: "military" → "base" in "a military base"."""
    while tok.dep_ in _PHRASE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _phrase_top(tok: Token) -> Token:
    """The head of the whole phrase around `tok`, above its conjuncts: "activists" →
    "politicians" in "politicians and activists"."""
    tok = _phrase_head(tok)
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _argument_of(tok: Token) -> Token | None:
    """The verb whose participant the phrase around `tok` is ("Turkey" in "criticized
    Turkey", "military" in "attacked a military base", "with police" in "clashed with
    police"); None for a modifier deeper in another phrase ("opponents of the government")."""
    tok = _phrase_top(tok)
    if tok.dep_ in _DIRECT_DEPS and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ in ("prep", "agent") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def co_participants(doc: Doc, draft: Draft, other: Draft) -> bool:
    """Two different participants of one clause ("Officials criticized Turkey", "Boko Haram
    attacked a military base"): one never lends the other its country. Conjuncts ("Pakistani
    troops and police") and a place ("in Pakistan") are not other participants."""
    if other.sentence_index != draft.sentence_index:
        return False
    a, b = doc[draft.head], doc[other.head]
    if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i):
        return False
    if _locative(doc, other) or _inside(a, b) or _inside(b, a):
        return False
    if other.sector in _DOMESTIC_SECTORS and _phrase_head(b).dep_ == "nsubj":
        return False  # "Zimbabwe's opposition accused the government": their own government
    verb_a, verb_b = _argument_of(a), _argument_of(b)
    return verb_a is not None and verb_b is not None and verb_a.i == verb_b.i


def acted_on_through_object(doc: Doc, draft: Draft, other: Draft) -> bool:
    """`other` is whom the draft's clause acts on through its object's preposition: "Iranian
    firms" in "The Treasury imposed sanctions on Iranian firms", "talks with Iran"."""
    if other.sentence_index != draft.sentence_index:
        return False
    verb = _argument_of(doc[draft.head])
    if verb is None:
        return False
    tok = _phrase_top(doc[other.head])
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    obj = prep.head
    return obj.dep_ in ("dobj", "nsubjpass", "attr") and obj.head.i == verb.i


def _inside(tok: Token, top: Token) -> bool:
    """`tok` lies in the phrase headed by `top` ("Nigeria" in "Nigeria Labour Congress")."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i == top.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _under(tok: Token, verb: Token) -> bool:
    """`tok` lies in the clause of `verb` or in one it governs ("as businesses reopen in
    Amman"), not in a clause that governs it ("…, officials in Russia said")."""
    while True:
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head


def _locative(doc: Doc, draft: Draft) -> bool:
    """The mention is the object of a place preposition: "in Pakistan"."""
    head = _phrase_head(doc[draft.head])
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS
