"""Actor stages: find who is named (at publication), then re-resolve at each event's date.

actors.mentions.v1  doc.parse → doc.actor_mentions (resolved, linked by coreference)
actors.dated.v1     each event's actors/recipients re-resolved at `event.date`
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from detente.actors.build import actor_for, to_mentions
from detente.actors.context import OUTLET_SECTORS
from detente.actors.coref import link
from detente.actors.dated import event_day, resolve_on
from detente.actors.home import article_home, find_dateline
from detente.actors.lexicon import ActorLexicon
from detente.actors.mentions import Draft, find_mentions
from detente.actors.places import place_countries
from detente.actors.resolve import (
    choose_namesake,
    fill_title_holder,
    organisation_namesakes,
    resolve_own,
)
from detente.knowledge.bundle import ActorKnowledge, load_actor_knowledge
from detente.knowledge.countries import Country
from detente.knowledge.organisations import Organisation
from detente.pipeline import CodingDoc, DocStage
from detente.places.gazetteer import Gazetteer, load_gazetteer, normalise_place
from detente.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.config import Config

DRAFTS_NOTE = "actors.drafts"  # cdoc.notes key: the drafts behind cdoc.actor_mentions


def build_lexicon(kb: ActorKnowledge) -> ActorLexicon:
    """Every phrase of the knowledge tables, tokenised by spaCy's English tokenizer."""
    from detente.nlp.model import load_model

    tokenizer = load_model().tokenizer
    cache: dict[str, list[str]] = {}

    def tokenize(text: str) -> list[str]:
        if text not in cache:
            cache[text] = [t.text for t in tokenizer(text)]
        return cache[text]

    lexicon = ActorLexicon(tokenize)
    lexicon.add_countries(kb.countries)
    lexicon.add_organisations(kb.organisations)
    lexicon.add_people(_people_names(kb))
    lexicon.add_agents(kb.agents)
    return lexicon


def _people_names(kb: ActorKnowledge) -> list[str]:
    """Names, aliases and surnames of office holders; aliases that start with a title
    ("Crown Prince Mohammed") are left to the title and name entries, which then combine."""
    titles = {a.phrase for a in kb.agents if a.kind == "title"}
    names: set[str] = set()
    for holder in kb.offices.all():
        names.add(holder.name)
        names.update(holder.aliases)
        words = holder.name.split()
        if len(words) > 1 and len(words[-1]) > 2:
            names.add(words[-1])
    agent_words = {a.phrase for a in kb.agents}
    return sorted(
        n
        for n in names
        if not _starts_with_title(n, titles) and n.casefold() not in agent_words  # "King"
    )


def _starts_with_title(name: str, titles: set[str]) -> bool:
    words = name.casefold().split()
    return any(" ".join(words[:n]) in titles for n in (1, 2, 3) if len(words) > n)


class ActorMentionStage(DocStage):
    name = "actors.mentions.v1"
    requires = ("doc.parse",)
    assigns = ("doc.actor_mentions",)

    def __init__(self) -> None:
        self._kb: ActorKnowledge | None = None
        self._lexicon: ActorLexicon | None = None
        self._gazetteer: Gazetteer | None = None
        self._outlets: frozenset[str] | None = None
        self._namesakes: dict[str, list[Organisation]] | None = None

    def setup(self, config: Config) -> None:
        self._kb = load_actor_knowledge(config.coding.extra_knowledge)
        self._lexicon = build_lexicon(self._kb)
        self._gazetteer = load_gazetteer()  # shared with the places stage (cached)

    @property
    def knowledge(self) -> ActorKnowledge:
        if self._kb is None:
            self._kb = load_actor_knowledge()
        return self._kb

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def _place_feature(self, name: str) -> tuple[str, Country | None] | None:
        """The gazetteer's feature and country of the place of exactly this name, or None."""
        found = self.gazetteer.lookup(name)
        if found is None or normalise_place(found.name) != normalise_place(name):
            return None  # "Kim" is no alias of Kimberley here
        country = self.knowledge.by_code.get(found.country) if found.country else None
        feature = found.feature or ""
        if feature == "city" and not self.gazetteer.curated_city(found):
            feature = "town"  # GeoNames' only: may be someone's name ("Jackson", "Florence")
        return feature, country

    @property
    def outlets(self) -> frozenset[str]:
        """Names of news outlets, casefolded: no dateline place ("CNN --")."""
        if self._outlets is None:
            self._outlets = frozenset(
                name.casefold()
                for org in self.knowledge.organisations
                if org.sector in OUTLET_SECTORS
                for name in (org.name, *org.aliases)
            )
        return self._outlets

    @property
    def namesakes(self) -> dict[str, list[Organisation]]:
        """Names several organisations share ("RSF"), with their organisations."""
        if self._namesakes is None:
            self._namesakes = organisation_namesakes(self.knowledge.organisations)
        return self._namesakes

    @property
    def lexicon(self) -> ActorLexicon:
        if self._lexicon is None:
            self._lexicon = build_lexicon(self.knowledge)
        return self._lexicon

    def process(self, cdoc: CodingDoc) -> None:
        doc = cdoc.doc
        published = cdoc.article.published
        drafts = find_mentions(doc, self.lexicon, self._place_feature)
        for draft in drafts:
            if draft.kind == "organisation":
                _name_as_subject(doc, draft)
        doc_codes = {d.country.iso3 for d in drafts if d.country is not None}
        for draft in drafts:
            resolve_own(draft, self.knowledge, published, doc_codes)
        places = place_countries(doc, drafts, self.gazetteer, doc_codes)
        named_codes = doc_codes | set(places.values())
        for draft in drafts:
            if choose_namesake(draft, self.namesakes, named_codes):
                resolve_own(draft, self.knowledge, published, named_codes)
        dateline = find_dateline(doc, self.gazetteer, self.outlets)
        if dateline is not None:  # "NAIROBI, Kenya (AP) —" names no participant
            drafts = [d for d in drafts if not dateline.covers(d.start)]
            places = {i: code for i, code in places.items() if not dateline.covers(i)}
        home = article_home(doc, drafts, places, dateline)
        drafts = link(doc, drafts, places, home)
        for draft in drafts:
            if draft.code_basis in ("context", "home"):
                fill_title_holder(draft, self.knowledge, published)
        cdoc.actor_mentions = to_mentions(doc, drafts)
        cdoc.notes[DRAFTS_NOTE] = drafts


def _name_as_subject(doc: Doc, draft: Draft) -> None:
    """An organisation whose name the parser read as a clause opening the sentence ("Save
    the Children delivered aid…": "Save" an adverbial clause of "delivered") is the subject
    of the verb it hangs on, when that verb has none."""
    root = doc[draft.head]
    if draft.end - draft.start < 2 or root.pos_ != "VERB" or root.dep_ not in _CLAUSE_DEPS:
        return
    verb = root.head
    if verb.i < draft.end or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    root.dep_ = "nsubj"
    for tok in doc[draft.start : draft.end]:
        if tok.text[:1].isupper():
            tok.pos_, tok.tag_ = "PROPN", "NNP"


_CLAUSE_DEPS = frozenset({"advcl", "csubj", "ccomp", "dep"})


class DatedActorStage(DocStage):
    """Re-resolve each event's actors at the event's own date ("President Herzog" in 2015)."""

    name = "actors.dated.v1"
    requires = ("doc.events", "event.date")
    assigns = ("event.actors_dated",)

    def __init__(self) -> None:
        self._kb: ActorKnowledge | None = None

    def setup(self, config: Config) -> None:
        self._kb = load_actor_knowledge(config.coding.extra_knowledge)

    @property
    def knowledge(self) -> ActorKnowledge:
        if self._kb is None:
            self._kb = load_actor_knowledge()
        return self._kb

    def process(self, cdoc: CodingDoc) -> None:
        drafts: list[Draft] = cdoc.notes.get(DRAFTS_NOTE, [])
        if not drafts or cdoc.parsed is None:
            return
        doc = cdoc.doc
        by_char: dict[tuple[int, int], Draft] = {}
        for d in drafts:
            last = doc[d.end - 1]
            by_char.setdefault((doc[d.start].idx, last.idx + len(last.text)), d)
        published = cdoc.article.published
        for event in cdoc.events:
            day = event_day(event.date, published)
            if day == published:
                continue
            event.actors = [self._redate(cdoc, a, day, by_char) for a in event.actors]
            event.recipients = [self._redate(cdoc, a, day, by_char) for a in event.recipients]

    def _redate(
        self,
        cdoc: CodingDoc,
        actor: Actor,
        day: date,
        by_char: dict[tuple[int, int], Draft],
    ) -> Actor:
        draft = by_char.get((actor.start, actor.end))
        if draft is None:
            return actor
        draft = _referent_behind(draft, actor)
        resolved = resolve_on(draft, self.knowledge, day)
        if resolved is None:
            return actor
        fresh = actor_for(cdoc.doc, cdoc.article.text, draft, resolved)
        return replace(
            actor,
            country=fresh.country or actor.country,
            sector=fresh.sector or actor.sector,
            name=fresh.name,
            office=fresh.office,
            entity_id=fresh.entity_id,
        )


def _referent_behind(draft: Draft, actor: Actor) -> Draft:
    """For a group span ("the two") carrying one member's values, that member."""
    if not draft.members:
        return draft
    for member in draft.members:
        same_person = member.person is not None and member.person.person_id == actor.entity_id
        if same_person or (member.code, member.canonical) == (actor.country, actor.name):
            return member
    return draft
