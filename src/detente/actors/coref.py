"""In-document coreference over actor mention drafts, most precise rule first.

1. the same full name;
2. a surname or first name → the nearest earlier full mention holding it ("Erdogan");
3. a bare title → the nearest earlier mention with that office ("the President"), or a
   person of this or the previous sentence whose longer title it ends ("the minister" after
   "Foreign Minister Zarif");
4. "the two" / "both" / "the parties" → the last pair (a coordination, else the last two
   countries);
5. "his country" / "the country" → the country of its referent;
6. pronouns → the nearest compatible actor in the same or the previous sentence; "they"
   with no plural subject before it → a named group or party that is the nearest subject
   ("The Houthis said they…");
7. bare agents and people without a country → what the context establishes: their own
   phrase ("a delegation from Turkey", "officials at the Israeli foreign ministry", an
   appositive), a place their clause names ("arrested protesters in Istanbul"; not for armed
   men who act), else the nearest earlier mention with a country — in this sentence first,
   then one of the same sector — but never another participant of the same clause
   ("Officials criticized Turkey" leaves the officials without a country);
8. generic domestic actors still without one → the article's home country (`actors.home`):
   its dateline's (which outranks a mention of an earlier sentence in 7), else the one
   country named before their sentence; a nearest earlier sentence that names two countries
   lends none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from detente.actors.context import context_country, several_states
from detente.actors.home import Home
from detente.actors.lexicon import fold
from detente.actors.mentions import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PERSONAL = {"he", "him", "she", "her", "his"}
_COUNTRY_NOUNS = frozenset({"countries", "nations", "states", "governments", "neighbours"})
_PEOPLE_NOUNS = frozenset({"leaders", "men", "women", "presidents", "ministers"})
_LOOKBACK_SENTENCES = 1


def link(
    doc: Doc,
    drafts: list[Draft],
    places: Mapping[int, str],
    home: Home,
) -> list[Draft]:
    """Link drafts in place; returns the list with coordination groups added, in text order.
    `places` maps tokens of named places ("Istanbul") to their country; `home` is the
    article's home evidence for generic actors nothing else places."""
    drafts = drafts + _coordinations(doc, drafts)
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    for i, draft in enumerate(drafts):
        earlier = drafts[:i]
        if draft.is_person:
            _link_name(draft, earlier)
        elif draft.kind == "agent" and draft.title and not draft.code and not draft.plural:
            _link_title(draft, earlier)
        if draft.kind == "group" and not draft.members:
            draft.members = _last_pair(doc, draft, earlier)
        elif draft.kind == "reference":
            _link_reference(doc, draft, earlier)
        elif draft.kind == "pronoun":
            _link_pronoun(doc, draft, earlier)
        if (
            draft.code is None
            and draft.kind in ("agent", "person")
            and draft.antecedent is None
            and not several_states(doc, draft)
        ):
            filed = partial(home.filed_country, doc, draft, drafts)
            context_country(doc, draft, drafts, i, places, filed)
            if draft.code is None:
                code = home.country_for(doc, draft, drafts)
                if code is not None:
                    draft.code, draft.code_basis = code, "home"
    for draft in drafts:
        if draft.members and draft.kind in ("group", "pronoun"):
            codes = {m.code for m in draft.members}
            if len(codes) == 1:
                draft.code = codes.pop()
                draft.code_basis = "members"
    return drafts


def copy_referent(draft: Draft, source: Draft) -> None:
    """Take what `source` resolved to (its person, country, sector, office)."""
    draft.antecedent = source
    draft.code, draft.code_basis = source.code, "antecedent"
    draft.sector = source.sector or (draft.sector if draft.title or draft.body else None)
    draft.person, draft.canonical, draft.office = source.person, source.canonical, source.office


def _name_words(draft: Draft) -> list[str]:
    return [fold(w) for w in (draft.name_text or "").replace("’s", "").split()]


def _link_name(draft: Draft, earlier: Sequence[Draft]) -> None:
    words = _name_words(draft)
    if not words:
        return
    for other in reversed(earlier):
        if not other.is_person or (other.antecedent is not None and other.full_name):
            continue
        other_words = _name_words(other)
        same_full = other_words == words  # the same name, full or not
        part_of = not draft.full_name and other.full_name and words[0] in other_words
        if same_full or part_of:
            if (
                draft.person is not None
                and other.person is not None
                and draft.person.person_id != other.person.person_id
                and not same_full
            ):
                continue
            title_sector = draft.sector
            copy_referent(draft, other)
            if draft.title is not None and title_sector:
                draft.sector = title_sector
            return


def _link_title(draft: Draft, earlier: Sequence[Draft]) -> None:
    office = draft.title.office if draft.title else None
    phrase = draft.title.phrase if draft.title else None
    for other in reversed(earlier):
        if other.plural or other.kind not in ("person", "agent"):
            continue
        if _other_head_title(phrase, other):
            continue  # "the emir" after "King Abdullah" is another head of state
        if (office and other.office == office) or (
            other.title is not None and other.title.phrase == phrase and other.code
        ):
            copy_referent(draft, other)
            return
        if _shorter_title(phrase, other) and draft.sentence_index - other.sentence_index <= 1:
            copy_referent(draft, other)  # "the minister" after "Foreign Minister Zarif"
            return


def _shorter_title(phrase: str | None, other: Draft) -> bool:
    """A bare generic title that ends the earlier person's longer title ("minister" of
    "foreign minister"), the earlier mention naming one person with a country."""
    if phrase is None or " " in phrase or other.title is None or not other.code:
        return False
    theirs = other.title.phrase.split()
    return len(theirs) > 1 and theirs[-1] == phrase and other.is_person


# Titles of heads of state that never name one another ("the emir" is not "King Abdullah").
_HEAD_TITLES = frozenset({"king", "queen", "emir", "sultan", "president", "monarch", "shah"})


def _other_head_title(phrase: str | None, other: Draft) -> bool:
    theirs = other.title.phrase.casefold() if other.title is not None else None
    mine = phrase.casefold() if phrase else None
    return mine in _HEAD_TITLES and theirs in _HEAD_TITLES and mine != theirs


def _last_pair(doc: Doc, draft: Draft, earlier: Sequence[Draft]) -> list[Draft]:
    """The pair 'the two'/'both'/'the parties' refers to: a coordination of two different
    actors, else the last two different countries (people for 'the two leaders')."""
    noun = doc[draft.end - 1].lower_
    near = [d for d in earlier if draft.sentence_index - d.sentence_index <= 2]
    if noun in _COUNTRY_NOUNS:
        wanted: tuple[str, ...] = ("country", "capital")
    elif noun in _PEOPLE_NOUNS:
        wanted = ("person",)
    else:
        wanted = ("country", "capital", "person", "agent", "organisation")
    for other in reversed(near):
        if (
            other.kind == "group"
            and len({m.code for m in other.members}) >= 2
            and all(m.kind in wanted for m in other.members)
        ):
            return list(other.members)
    picked: list[Draft] = []
    seen: set[str] = set()
    for other in reversed(near):
        if other.kind not in wanted or not other.code:
            continue
        if other.code not in seen:
            seen.add(other.code)
            picked.append(other)
        if len(picked) == 2:
            return list(reversed(picked))
    return []


def _link_reference(doc: Doc, draft: Draft, earlier: Sequence[Draft]) -> None:
    """'his country' → the country of the person 'his' refers to; 'the country' → last country."""
    owner = doc[draft.start].lower_
    for other in reversed(earlier):
        if draft.sentence_index - other.sentence_index > 2:
            break
        if not other.code or other.kind in ("group", "reference"):
            continue
        fits = (
            other.is_person or (other.title is not None and not other.plural)
            if owner in _PERSONAL
            else other.kind in ("country", "capital", "organisation")
        )
        if fits:
            draft.antecedent = other
            draft.code, draft.code_basis = other.code, "antecedent"
            return


def _plural_noun_between(doc: Doc, draft: Draft, earlier: Sequence[Draft]) -> bool:
    """'…denied the claims, and … called them lies': the nearest plural noun before 'them' is
    not an actor, so 'them' is not linked to an actor further back."""
    inside = {i for d in earlier for i in range(d.start, d.end)}
    sentence_start = doc[draft.start].sent.start
    for i in range(draft.start - 1, max(sentence_start, draft.start - 30) - 1, -1):
        tok = doc[i]
        if tok.tag_ in ("NNS", "NNPS") and tok.pos_ in ("NOUN", "PROPN"):
            return i not in inside
    return False


def _link_pronoun(doc: Doc, draft: Draft, earlier: Sequence[Draft]) -> None:
    """he/she → a person (or one titled agent); they → a group or plural actor; it → a
    country, capital, organisation or institution; in this or the previous sentence, the
    nearest subject first, then the nearest of any role."""
    window = [d for d in earlier if draft.sentence_index - d.sentence_index <= _LOOKBACK_SENTENCES]
    if draft.plural and _plural_noun_between(doc, draft, earlier):
        return
    barred = _own_clause_subjects(doc, draft)
    if barred:  # "A French lawyer filed a complaint accusing him": "him" is someone else
        window = [d for d in window if not any(d.start <= i < d.end for i in barred)]
    subjects = [d for d in window if d.subject]
    if _link_pronoun_among(draft, subjects):
        return
    if draft.plural and _link_collective(draft, subjects):
        return
    _link_pronoun_among(draft, window)


def _link_collective(draft: Draft, subjects: Sequence[Draft]) -> bool:
    """they/them → a named movement, party or armed group (not an intergovernmental body)
    when it is the nearest subject before the pronoun, in this or the previous sentence, and
    no plural subject fits: "The Houthis claimed that they had attacked", "The FARC said they
    will lay down arms" (news speaks of such groups in the plural)."""
    before = [d for d in subjects if d.end <= draft.start and d.kind not in ("pronoun", "group")]
    if not before:
        return False
    other = before[-1]
    if other.kind == "organisation" and other.code and other.code not in _INTERGOVERNMENTAL:
        copy_referent(draft, other)
        return True
    return False


# Codes of intergovernmental bodies: "the UN said they…" mostly means someone else.
_INTERGOVERNMENTAL = frozenset({"UNO", "EUR", "IGO"})


# Object pronouns: never the subject of their own clause ("he accused him" is two people).
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
# Clauses without a subject of their own share their governor's: "filed a complaint accusing
# him", "met him to discuss", "arrested him and charged him".
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "acl", "xcomp", "conj", "relcl", "pcomp"})


def _own_clause_subjects(doc: Doc, draft: Draft) -> list[int]:
    """Tokens of the subjects of the clause an object pronoun sits in (its verb's, or that of
    the verb whose subject a subjectless participle or infinitive shares)."""
    tok = doc[draft.head]
    if draft.word not in _OBJECT_PRONOUNS or tok.dep_ not in _OBJECT_DEPS:
        return []
    verb = tok.head
    if tok.dep_ == "pobj":
        verb = verb.head
    for _ in range(3):
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if subjects:
            return subjects
        if verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return []
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "a complaint accusing him": the participle hangs on a noun
    return []


def _link_pronoun_among(draft: Draft, candidates: Sequence[Draft]) -> bool:
    for other in reversed(candidates):
        if other.kind == "reference" or (not other.code and not other.members):
            continue
        if other.kind == "pronoun" and other.word != draft.word:
            continue
        if other.kind == "pronoun":
            fits = True  # same word, already resolved: a chain of "he … he"
        elif draft.word == "it":
            fits = other.kind in ("country", "capital", "organisation") or (
                other.kind == "agent" and other.body is not None and other.title is None
            )
        elif draft.plural:
            fits = other.plural or other.kind == "group"
        else:
            fits = other.is_person or (other.title is not None and not other.plural)
        if fits:
            if other.kind == "group":
                draft.members = list(other.members)
                draft.antecedent = other
                draft.code = other.code
            else:
                copy_referent(draft, other)
            return True
    return False


def _coordinations(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """'Turkey and Israel', 'Herzog and Erdogan': a group over conjoined mentions."""
    by_head = {d.head: d for d in drafts if d.kind not in ("pronoun", "group", "reference")}
    groups: list[Draft] = []
    covered: set[int] = set()
    for draft in sorted(drafts, key=lambda d: d.start):
        if draft.head in covered or draft.kind in ("pronoun", "group", "reference"):
            continue
        members = [draft]
        frontier = [doc[draft.head]]
        while frontier:
            tok = frontier.pop()
            for child in tok.children:
                if child.dep_ == "conj" and child.i in by_head:
                    members.append(by_head[child.i])
                    frontier.append(child)
        if len(members) < 2:
            continue
        members.sort(key=lambda d: d.start)
        covered.update(m.head for m in members)
        start = min(m.start for m in members)
        end = max(m.end for m in members)
        group = Draft(start, end, draft.head, draft.sentence_index, "group", plural=True)
        group.members = members
        groups.append(group)
    return groups
