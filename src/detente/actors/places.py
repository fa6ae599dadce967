"""Places that tell a bare agent's country: "a court in Istanbul", "An Istanbul court".

Named places that are not actor mentions (cities, regions) are looked up in the places
gazetteer (shared with the places stage), preferring countries the article names.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from detente.actors.mentions import Draft
from detente.knowledge.organisations import NON_STATE_CODES
from detente.places.gazetteer import normalise_place
from detente.places.toponyms import TOPONYM_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.places.gazetteer import Gazetteer
    from detente.records import Location

_PLACE_PREPOSITIONS = frozenset({"in", "near", "inside", "outside", "across", "throughout"})


def place_countries(
    doc: Doc, drafts: Sequence[Draft], gazetteer: Gazetteer, prefer: Collection[str]
) -> dict[int, str]:
    """Token index → ISO-3 code for every token of a named place that no mention covers."""
    covered = {i for d in drafts for i in range(d.start, d.end)}
    named = {d.code for d in drafts if d.code and d.code not in NON_STATE_CODES}
    ranked = tuple(sorted(set(prefer) | named))
    found: dict[int, str] = {}
    for ent in doc.ents:
        if any(t.i in covered for t in ent):
            continue
        text = _without_possessive(doc, ent.start, ent.end)
        location = gazetteer.lookup(text, ranked)
        if ent.label_ not in TOPONYM_LABELS and not _after_place_word(doc, ent.start):
            # "Police in Karachi": the NER may call the city an ORG or a PERSON; a region
            # our table names exactly counts wherever it stands ("Balochistan's government")
            if location is None or location.feature != "region" or ent.label_ != "ORG":
                continue
            if _letters(location.name) != _letters(text):
                continue
        if (
            location is not None
            and location.country
            and _fits(text, location, ranked)
            and not _namesake_abroad(location, gazetteer, ranked)
        ):
            for token in ent:
                found[token.i] = location.country
    _regions_outside_entities(doc, covered, gazetteer, found)
    return found


_REGION_WORDS = 3


def _regions_outside_entities(
    doc: Doc, covered: set[int], gazetteer: Gazetteer, found: dict[int, str]
) -> None:
    """Regions our table names exactly that the NER left untagged ("West Bengal Chief
    Minister"): capitalised words outside people's names and mentions."""
    skip = covered | set(found) | {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    usable = [t.i not in skip and t.text[:1].isupper() for t in doc]
    i, n = 0, len(doc)
    while i < n:
        step = 1
        if not usable[i]:
            i += step
            continue
        for size in range(min(_REGION_WORDS, n - i), 0, -1):
            if not all(usable[i : i + size]):
                continue
            span = doc[i : i + size]
            location = gazetteer.lookup(span.text)
            if (
                location is not None
                and location.country
                and location.feature == "region"
                and (_letters(location.name) == _letters(span.text) or _abbreviation(span.text))
            ):
                for token in span:
                    found[token.i] = location.country
                step = size
                break
        i += step


def _abbreviation(text: str) -> bool:
    """An all-capitals short form our table lists for a region ("NSW"): the NER tags these
    anything, and the table's exact aliases are the only way they are found."""
    letters = text.replace(".", "")
    return len(letters) >= 3 and letters.isalpha() and letters.isupper()


def _without_possessive(doc: Doc, start: int, end: int) -> str:
    """The entity's text without a trailing "'s" the NER took in."""
    while end > start + 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end].text


def _after_place_word(doc: Doc, start: int) -> bool:
    """The entity is the object of a place preposition ("in", "near"), maybe after "the"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _PLACE_PREPOSITIONS


def _fits(text: str, location: Location, prefer: Collection[str]) -> bool:
    """The place found is the one named, or lies in a country the text names: a near
    spelling in another country ("Borno" → Borna, Germany) says nothing of the actor."""
    return location.country in prefer or _letters(location.name) == _letters(text)


def _namesake_abroad(location: Location, gazetteer: Gazetteer, prefer: Collection[str]) -> bool:
    """A small town in a country the text never names, while it names others: likelier a
    namesake the gazetteer lacks ("Syrian troops besieged Madaya": not Madaya, Myanmar)."""
    return bool(prefer) and location.country not in prefer and gazetteer.minor_city(location)


def _letters(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in normalise_place(text)).split()
    return " ".join(words)
