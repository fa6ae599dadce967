"""Words that look like a country in the text but are not one there.

"Jordan" in "Michael Jordan" or "Senator Jordan" and "Washington" in "Denzel Washington" are
people; "Turkish" in "Turkish-backed fighters" names who backs the fighters, not where they
come from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.actors.lexicon import LexMatch

# "Turkish-backed fighters": the country names the sponsor, not the fighters' own country
# ("Israeli-occupied", "ISIS-held" name the holder, who is the one acted on: kept).
SPONSOR_WORDS = frozenset(
    {
        "backed", "sponsored", "supported", "funded", "financed", "armed", "trained",
        "allied", "aligned", "affiliated", "linked", "inspired", "brokered", "mediated",
        "made", "built", "based",
    }
)  # fmt: skip
_HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
)
# Words before a capital that make a larger place, not a person ("East Jerusalem").
_PLACE_PREFIXES = frozenset(
    {"east", "west", "north", "south", "greater", "central", "old", "new", "downtown", "metro"}
)


def names_a_sponsor(doc: Doc, match: LexMatch) -> bool:
    """The match is the first part of a hyphenated modifier such as "Turkish-backed": it
    names who backs or made the thing, not the thing's country."""
    i = match.end
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in SPONSOR_WORDS


def is_surname(doc: Doc, match: LexMatch, after_title: bool, taken: set[int]) -> bool:
    """A one-word country or capital that is a person's surname: after a capitalised title
    ("Senator Jordan": "the army Turkey" is not English) or an honorific ("Mr. Washington"),
    or a capital after a proper noun that modifies it ("Denzel Washington"), whatever label
    the NER gives the pair."""
    i = match.start
    if match.end - i != 1 or doc[i].pos_ != "PROPN":
        return False
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in _HONORIFICS or (after_title and prev.text[:1].isupper()):
        return True
    return (
        match.entry.kind == "metonym"
        and prev.i not in taken
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and prev.lower_ not in _PLACE_PREFIXES
        and prev.head.i == i
        and prev.dep_ == "compound"
        and prev.ent_type_ not in ("GPE", "LOC", "NORP")
    )


def inside_longer_person(doc: Doc, match: LexMatch) -> bool:
    """The match lies inside a PERSON entity that has more words than the match."""
    ent = doc[match.start].ent_type_ == "PERSON" and _entity_of(doc, match.start)
    if not ent:
        return False
    start, end = ent
    while start < end and doc[start].pos_ == "DET":
        start += 1  # "The Quai d'Orsay" tagged PERSON is still "Quai d'Orsay"
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1  # "Sri Lanka's" tagged PERSON with its possessive ending is still "Sri Lanka"
    return start <= match.start and match.end <= end and (end - start) > (match.end - match.start)


def _entity_of(doc: Doc, token_i: int) -> tuple[int, int] | None:
    for ent in doc.ents:
        if ent.start <= token_i < ent.end:
            return ent.start, ent.end
    return None
