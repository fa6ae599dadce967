"""The article's home country, for generic domestic actors that nothing else places.

A dateline ("NAIROBI, Kenya (AP) —", "KABUL, Dec 3 (Reuters) -", "ISLAMABAD:") says where
the story was filed: its country is the article's home, and its words are no participants.
A news outlet's name is no dateline place ("CNN --" files from nowhere), and a city of
international talks ("GENEVA (Reuters) -") gives no home. "Police", "protesters" or "the
government" that neither their own phrase, their clause, their sentence nor a mention of
their sector places (`actors.context`) take the dateline's country, even where earlier
sentences name others ("SEOUL — North Korea fired two missiles. The government condemned
the launch"). Without a dateline's country the home is the one country the article has
named before their sentence (outlets, "told Reuters", and bodies above or outside states
name none); two countries leave them without one (and so does the nearest earlier
sentence, when it names two). Their own sentence may name no other country (except, for an
authority, through another participant of its clause or whom it acts on: "Police arrested
two Ugandans", "The Treasury imposed sanctions on Iranian firms"), and
actors that are international by nature (envoys, peacekeepers, "the delegation", foreign
troops) never take it.

Computed once per document: the dateline, and every country the text names, in text order.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.actors.context import (
    AUTHORITY_SECTORS,
    abroad,
    acted_on_through_object,
    co_participants,
    outlet,
)
from detente.actors.mentions import Draft, sentence_starts
from detente.knowledge.organisations import NON_STATE_CODES
from detente.nlp.datelines import doc_dateline
from detente.places.gazetteer import normalise_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.places.gazetteer import Gazetteer

# Cities whose datelines file the news of international bodies and talks, not of their own
# country: "GENEVA (Reuters) - The opposition rejected the proposal".
_VENUES = frozenset({"geneva", "brussels", "vienna", "hague", "strasbourg", "davos"})
# Sectors of people and bodies that mostly act at home: the government, police, courts,
# parliament, parties, protesters, students, workers, rebels, clergy, business, the press.
_HOME_SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "CVL", "LAB", "EDU", "REL",
        "REB", "CRM", "BUS", "HLH", "ELI", "MED", "JRN",
    }
)  # fmt: skip
# Words beside the agent that make it foreign: "foreign troops", "UN staff", "Western envoys".
_ABROAD_WORDS = frozenset(
    {
        "foreign", "international", "overseas", "western", "allied", "coalition", "visiting",
        "multinational", "expatriate", "un", "u.n.", "nato", "eu",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where the story was filed: tokens [start, end), and the country its places name."""

    start: int
    end: int
    country: str | None

    def covers(self, token: int) -> bool:
        return self.start <= token < self.end


@dataclass(frozen=True, slots=True)
class Home:
    """The dateline and the countries the text names (token, ISO-3), in text order."""

    dateline: Dateline | None
    sentence_starts: tuple[int, ...]
    named_at: tuple[int, ...]
    named: tuple[str, ...]

    def filed_country(self, doc: Doc, draft: Draft, drafts: Sequence[Draft]) -> str | None:
        """The dateline's country for a generic domestic actor whose sentence names no other
        country; None without a dateline (it outranks the nearest earlier mention)."""
        home = self.dateline.country if self.dateline is not None else None
        if home is None or not _homebound(doc, draft):
            return None
        _, here = self._named_around(doc, draft, drafts)
        return None if here - {home} else home

    def country_for(self, doc: Doc, draft: Draft, drafts: Sequence[Draft]) -> str | None:
        """The home country a generic domestic actor takes, or None (see the module doc)."""
        if self.dateline is not None and self.dateline.country is not None:
            return self.filed_country(doc, draft, drafts)
        if not _homebound(doc, draft):
            return None
        before, here = self._named_around(doc, draft, drafts)
        if len(before) == 1 and here <= before:
            return next(iter(before))
        return None

    def _named_around(
        self, doc: Doc, draft: Draft, drafts: Sequence[Draft]
    ) -> tuple[set[str], set[str]]:
        """The countries named before the draft's sentence, and those its sentence names (for
        an authority, without the other participants of its clause)."""
        s = draft.sentence_index
        start = self.sentence_starts[s] if s < len(self.sentence_starts) else len(doc)
        end = self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(doc)
        cut = bisect.bisect_left(self.named_at, start)
        before = set(self.named[:cut])
        here = set(self.named[cut : bisect.bisect_left(self.named_at, end)])
        if draft.sector in AUTHORITY_SECTORS:  # "Police arrested two Ugandans"
            here -= _co_participant_codes(doc, draft, drafts)
        return before, here


def article_home(
    doc: Doc, drafts: Sequence[Draft], places: Mapping[int, str], dateline: Dateline | None
) -> Home:
    """The home evidence of a document whose drafts are resolved on their own (`resolve_own`)
    and whose places are found; `drafts` and `places` outside the dateline."""
    named: list[tuple[int, str]] = []
    for d in drafts:
        if (
            d.code
            and d.code not in NON_STATE_CODES
            and d.code_basis in ("text", "person")
            and d.kind not in ("group", "pronoun", "reference")
            and not outlet(d)  # "told Reuters", "AFP reported"
        ):
            named.append((d.head, d.code))
    named.extend((i, code) for i, code in places.items() if code not in NON_STATE_CODES)
    named.sort()
    return Home(
        dateline,
        tuple(sentence_starts(doc)),
        tuple(i for i, _ in named),
        tuple(code for _, code in named),
    )


def find_dateline(doc: Doc, gazetteer: Gazetteer, outlets: frozenset[str]) -> Dateline | None:
    """The dateline (`detente.nlp.datelines`) and the country its places name: the last
    one the gazetteer knows ("NAIROBI, Kenya" → Kenya; "Caracas, 12 May" → Venezuela).
    A news outlet's name (`outlets`, casefolded) is no place: "CNN --" files from nowhere."""
    shape = doc_dateline(doc)
    if shape is None:
        return None
    found = [
        None if place.casefold() in outlets else gazetteer.lookup(place) for place in shape.places
    ]
    if shape.places and not any(found) and not shape.places[0].isupper():
        return None  # "President Ruto (AP) —": not a place ("UNITED NATIONS (AP) —" is one)
    country = next((f.country for f in reversed(found) if f is not None and f.country), None)
    if normalise_place(shape.places[-1] if shape.places else "") in _VENUES:
        country = None  # "GENEVA (Reuters) - The opposition rejected…": talks, not home
    start = next((t.i for t in doc if t.idx >= shape.start), len(doc))
    end = next((t.i for t in doc[start:] if t.idx >= shape.end), len(doc))
    return Dateline(start, end, country)


def _homebound(doc: Doc, draft: Draft) -> bool:
    """A generic actor of a domestic sector ("police", "protesters", "the government",
    "opposition leader X"), not one that acts abroad or between states by nature."""
    if draft.code is not None or draft.kind not in ("agent", "person") or draft.person:
        return False
    if draft.sector not in _HOME_SECTORS or not draft.agents or abroad(draft):
        return False
    agent_words = {w for a in draft.agents for w in a.phrase.casefold().split()}
    words = {doc[i].lower_ for i in range(draft.start, draft.end)} - agent_words
    return not words & _ABROAD_WORDS


def _co_participant_codes(doc: Doc, draft: Draft, drafts: Sequence[Draft]) -> set[str]:
    """Countries of the other participants of the draft's clause ("Police arrested two
    Ugandans", "imposed sanctions on Iranian firms"): they do not compete for the draft's
    own country."""
    return {
        d.code
        for d in drafts
        if d.code
        and d.sentence_index == draft.sentence_index
        and d is not draft
        and (co_participants(doc, draft, d) or acted_on_through_object(doc, draft, d))
    }
