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


# Things a nationality word only describes, never an actor: "the Syrian war", "Soviet-era
# rockets", "of Iranian descent", "Afghan heroin".
THING_NOUNS = frozenset(
    {
        "era", "descent", "origin", "origins", "heritage", "ancestry", "cocaine", "heroin",
        "opium", "cuisine", "dialect", "accent",
    }
)  # fmt: skip
# A war or crisis is no actor ("The Syrian war has killed thousands"), but a solution to "the
# North Korean crisis" concerns that country: these drop the country only as a subject.
SUBJECT_THING_NOUNS = frozenset({"war", "wars", "conflict", "conflicts", "crisis"})
_THING_SUFFIXES = frozenset({"era", "style", "vintage", "designed"})


def names_a_thing(doc: Doc, match: LexMatch) -> bool:
    """A nationality word or country name that only describes a thing, not an actor: "the
    Syrian war", "Soviet-era rockets", "a Briton of Iranian descent"."""
    if match.entry.kind not in ("demonym", "country"):
        return False
    i = match.end
    if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in _THING_SUFFIXES:
        return True
    head = doc[match.end - 1].head
    thing = head.lower_ in THING_NOUNS or (
        head.lower_ in SUBJECT_THING_NOUNS and head.dep_ in ("nsubj", "nsubjpass")
    )
    return (
        thing
        and head.i >= match.end
        and head.i - match.end <= 2
        and all(doc[j].pos_ in ("ADJ", "NOUN") for j in range(match.end, head.i))
    )


# Things a city names that are no actor: "the Paris agreement", "the Minsk accords", "the
# Oslo process", "the Warsaw summit" (the parties to them are the actors, not the city).
ACCORD_NOUNS = frozenset(
    {
        "agreement", "agreements", "accord", "accords", "deal", "treaty", "protocol",
        "protocols", "process", "format", "summit", "conference", "declaration", "pact",
        "convention", "talks", "framework", "group", "club", "principles", "memorandum",
        "formula", "consensus", "communique", "charter",
    }
)  # fmt: skip
# Words of sports clubs named after a city: "Real Madrid", "Inter Milan", "Dynamo Kiev".
CLUB_WORDS = frozenset(
    {
        "real", "atletico", "atlético", "inter", "dynamo", "dinamo", "spartak", "lokomotiv",
        "olympique", "sporting", "fc", "ac", "cska", "racing", "hertha", "partizan",
    }
)  # fmt: skip


def names_an_accord(doc: Doc, match: LexMatch) -> bool:
    """A city (a capital read as its government) that names an agreement, a summit or a
    club, not an actor: "withdrew from the Paris agreement", "fans of Real Madrid"."""
    if match.entry.kind != "metonym":
        return False
    if match.start > 0 and doc[match.start - 1].lower_ in CLUB_WORDS:
        return True
    i = match.end
    if i < len(doc) and doc[i].tag_ == "POS":
        return False  # "Paris's agreement with Berlin": the government's
    for j in range(i, min(i + 3, len(doc))):
        tok = doc[j]
        if tok.lower_ in ACCORD_NOUNS:
            return tok.pos_ in ("NOUN", "PROPN")
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.text[:1] in ("'", "’"):
            return False
    return False


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


# Prepositions before a place: "the streets of Lagos", "protests in Lagos" (Ricardo Lagos is
# Chile's former president; "a letter to Erdogan", "a call from Putin" name people).
_PLACE_OF_PREPS = frozenset({"in", "of", "near", "across", "outside", "inside", "throughout"})


def names_a_place(doc: Doc, match: LexMatch) -> bool:
    """A one-word name of the office tables that the text uses as a place: tagged a place by
    the NER and the object of a place preposition ("took to the streets of Lagos")."""
    if match.end - match.start != 1:
        return False
    tok = doc[match.start]
    return (
        tok.ent_type_ in ("GPE", "LOC")
        and tok.dep_ == "pobj"
        and tok.head.lower_ in _PLACE_OF_PREPS
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
    while end > match.end and doc[end - 1].pos_ == "NOUN":
        end -= 1  # "Tory MPs" tagged PERSON: a common noun after the match is no name word
    return start <= match.start and match.end <= end and (end - start) > (match.end - match.start)


def _entity_of(doc: Doc, token_i: int) -> tuple[int, int] | None:
    for ent in doc.ents:
        if ent.start <= token_i < ent.end:
            return ent.start, ent.end
    return None


# "Georgia" is the US state after "governor of", "the state of" or a Georgia city ("Atlanta,
# Georgia") and before "governor", "state senator" or "legislature"; "New Mexico" is the
# US state: both name the United States, not the country.
_STATE_COUNTRIES = frozenset({"GEO"})
_STATE_TITLES = frozenset({"governor", "gov", "gov.", "lieutenant", "legislature", "legislator"})
_STATE_NEXT = _STATE_TITLES | frozenset({"senator", "senate", "republicans", "democrats", "county"})
# "Georgia state senator", not "Georgia's State Security Service"
_AFTER_STATE = frozenset({"senator", "senate", "legislature", "lawmakers", "house", "capitol"})
_CONGRESS_WORDS = frozenset(
    {"senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "congressmen"}
)
_GEORGIA_CITIES = frozenset(
    {"atlanta", "savannah", "augusta", "macon", "athens", "columbus", "marietta", "albany",
     "valdosta", "dalton", "rome", "decatur", "alpharetta"}
)  # fmt: skip


def names_a_us_state(doc: Doc, match: LexMatch) -> tuple[int, int] | None:
    """The tokens of a US state that reads as a country ("Georgia's governor", "New Mexico"),
    or None."""
    country = match.entry.country
    i, end = match.start, match.end
    if country is None or match.entry.kind != "country" or end - i != 1:
        return None
    if country.iso3 == "MEX" and i > 0 and doc[i - 1].text == "New":
        return i - 1, end
    if country.iso3 not in _STATE_COUNTRIES:
        return None
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    after = [t.lower_ for t in doc[end : end + 3]]
    if after[:1] in (["'s"], ["’s"]):
        after = after[1:]
    if after and (
        after[0] in _STATE_NEXT or (after[0] == "state" and after[1:2] and after[1] in _AFTER_STATE)
    ):
        return i, end
    if before[-2:] == ["state", "of"] or (
        len(before) >= 2 and before[-1] == "of" and before[-2] in _STATE_TITLES
    ):
        return i, end
    if before[-1:] == [","] and len(before) >= 2 and before[-2] in _GEORGIA_CITIES:
        return i, end
    if before[-2:] in (["r", "-"], ["d", "-"]):  # "Marjorie Taylor Greene, R-Georgia"
        return i, end
    if before[-1:] == ["of"]:  # "Senator Raphael Warnock of Georgia"
        j = i - 2
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].lower_ not in _CONGRESS_WORDS:
            j -= 1
        return (i, end) if j >= 0 and doc[j].lower_ in _CONGRESS_WORDS else None
    return None
