"""The actor lexicon: every name, adjective, seat of power, organisation and agent phrase as a
sequence of folded tokens, and a longest-match scan over a parsed document.

Folding is casefold + diacritics stripped + curly apostrophes made straight, so "Türkiye",
"Turkiye" and "TÜRKIYE" meet, and "President’s Office" matches "president's office". Proper
names must be capitalised in the text (so "turkey" the bird and "chad" are not countries);
acronyms ("US", "UN", "WHO") must match letter case exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from detente.knowledge.agents import Agent
from detente.knowledge.countries import Country
from detente.knowledge.organisations import Organisation

EntryKind = Literal["country", "demonym", "metonym", "organisation", "person", "agent"]

# Which reading wins when one phrase has several ("Brussels": the EU before Belgium's capital).
PRIORITY: dict[str, int] = {
    "organisation": 0,
    "country": 1,
    "metonym": 2,
    "person": 3,
    "demonym": 4,
    "agent": 5,
}

_FOLD_MAP = str.maketrans({"’": "'", "‘": "'", "`": "'", "ı": "i", "ł": "l", "ø": "o"})
_LEADING_ARTICLES = ("the ", "The ")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Casefold, strip diacritics, straighten apostrophes: 'Türkiye’s' → "turkiye's"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_MAP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One reading of a phrase: what kind of actor word it is and the row it comes from."""

    kind: EntryKind
    phrase: str
    country: Country | None = None
    organisation: Organisation | None = None
    agent: Agent | None = None
    exact_case: tuple[str, ...] | None = None  # acronyms: the tokens as they must be written
    proper: bool = True  # must be capitalised in the text


@dataclass(frozen=True, slots=True)
class LexMatch:
    start: int  # token indices [start, end)
    end: int
    entry: LexEntry


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


class ActorLexicon:
    """Folded token sequences → readings; built once per stage set-up."""

    def __init__(self, tokenize: Callable[[str], Sequence[str]]) -> None:
        self._tokenize = tokenize
        self._entries: dict[tuple[str, ...], list[LexEntry]] = {}
        self._first_words: set[str] = set()
        self.max_length = 1

    def add(
        self,
        phrase: str,
        kind: EntryKind,
        *,
        country: Country | None = None,
        organisation: Organisation | None = None,
    ) -> None:
        """A proper name: capitalised in text, or written exactly so when it is an acronym."""
        for variant in _variants(phrase):
            words = tuple(self._tokenize(variant))
            if not words:
                continue
            exact = words if _is_acronym(variant) else None
            entry = LexEntry(kind, phrase, country, organisation, exact_case=exact)
            bucket = self._bucket(tuple(fold(w) for w in words))
            if entry not in bucket:
                bucket.append(entry)
                bucket.sort(key=lambda e: PRIORITY[e.kind])

    def add_countries(self, countries: Iterable[Country]) -> None:
        for c in countries:
            for name in c.names:
                self.add(name, "country", country=c)
            for adjective in c.demonyms:
                self.add(adjective, "demonym", country=c)
            for seat in c.metonyms:
                self.add(seat, "metonym", country=c)

    def add_organisations(self, organisations: Iterable[Organisation]) -> None:
        for o in organisations:
            for name in o.names:
                self.add(name, "organisation", organisation=o)

    def add_people(self, names: Iterable[str]) -> None:
        """Names and surnames of people in the office tables ("Erdoğan", "Recep Tayyip Erdoğan")."""
        for name in names:
            self.add(name, "person")

    def add_agents(self, agents: Iterable[Agent]) -> None:
        for a in agents:
            key = tuple(fold(w) for w in self._tokenize(a.phrase))
            entry = LexEntry("agent", a.phrase, agent=a, proper=False)
            if not key:
                continue
            bucket = self._bucket(key)
            bucket[:] = [e for e in bucket if e.kind != "agent"] + [entry]
            bucket.sort(key=lambda e: PRIORITY[e.kind])

    def _bucket(self, key: tuple[str, ...]) -> list[LexEntry]:
        """The readings of a folded token sequence, registered for the scan."""
        self._first_words.add(key[0])
        self.max_length = max(self.max_length, len(key))
        return self._entries.setdefault(key, [])

    def readings(self, words: Sequence[str]) -> list[LexEntry]:
        return list(self._entries.get(tuple(fold(w) for w in words), ()))

    def scan(self, texts: Sequence[str], blocked: Sequence[bool] = ()) -> list[LexMatch]:
        """Longest matches left to right over token texts; `blocked` tokens never match names."""
        folded = [fold(t) for t in texts]
        matches: list[LexMatch] = []
        i, n = 0, len(texts)
        first_words = self._first_words
        while i < n:
            if folded[i] not in first_words:
                i += 1
                continue
            found: LexMatch | None = None
            for length in range(min(self.max_length, n - i), 0, -1):
                bucket = self._entries.get(tuple(folded[i : i + length]))
                if not bucket:
                    continue
                words = texts[i : i + length]
                for entry in bucket:
                    if entry.proper and blocked and any(blocked[i : i + length]):
                        continue
                    if _case_fits(entry, words):
                        found = LexMatch(i, i + length, entry)
                        break
                if found:
                    break
            if found:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches


def _case_fits(entry: LexEntry, words: Sequence[str]) -> bool:
    if entry.exact_case is not None:
        return tuple(words) == entry.exact_case
    if not entry.proper:
        return True
    return any(w[:1].isupper() for w in words)


def _variants(phrase: str) -> list[str]:
    """The phrase, without a leading article, and with straight apostrophes."""
    base = phrase
    for article in _LEADING_ARTICLES:
        if base.startswith(article):
            base = base[len(article) :]
    out = [base]
    straight = base.replace("’", "'")
    if straight != base:
        out.append(straight)
    curly = base.replace("'", "’")
    if curly != base:
        out.append(curly)
    return out
