"""The event stages: triggers and arguments, contexts, one event per happening, scores.

    events.lexicon.v1   doc.parse + doc.actor_mentions → doc.events   (build.py), political
                        interactions only (relevance.py: not sport, business, private life)
    events.contexts.v1  PLOVER contexts from sentence and article     (contexts.py)
    events.merge.v1     one event per happening within the article    (merge.py)
    events.scores.v1    quad, PLOVER score, Goldstein, confidence     (scores.py)

Tables are loaded once in `setup`; `process` only reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.build import code_events
from detente.events.contexts import ContextKeywords, assign_contexts, load_context_keywords
from detente.events.lexicon import Lexicon, load_lexicon
from detente.events.merge import merge_events
from detente.events.ontology import Ontology, load_ontology
from detente.events.relevance import OffTopicWords, load_off_topic_words, political_events
from detente.events.scores import score_event
from detente.pipeline import CodingDoc, DocStage

if TYPE_CHECKING:
    from detente.config import Config


class LexiconEventStage(DocStage):
    name = "events.lexicon.v1"
    requires = ("doc.parse", "doc.actor_mentions")
    assigns = ("doc.events",)

    def __init__(self) -> None:
        self._lexicon: Lexicon | None = None
        self._off_topic: OffTopicWords | None = None

    def setup(self, config: Config) -> None:
        extra = [p for p in config.coding.extra_knowledge if "lexicon" in p]
        self._lexicon = load_lexicon(extra)
        self._off_topic = load_off_topic_words()

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def off_topic(self) -> OffTopicWords:
        if self._off_topic is None:
            self._off_topic = load_off_topic_words()
        return self._off_topic

    def process(self, cdoc: CodingDoc) -> None:
        cdoc.events = code_events(cdoc, self.lexicon)
        cdoc.events = political_events(cdoc, self.off_topic)


class ContextStage(DocStage):
    name = "events.contexts.v1"
    requires = ("doc.events",)
    assigns = ("event.contexts",)

    def __init__(self) -> None:
        self._keywords: ContextKeywords | None = None

    def setup(self, config: Config) -> None:
        self._keywords = load_context_keywords()

    def process(self, cdoc: CodingDoc) -> None:
        if self._keywords is None:
            self._keywords = load_context_keywords()
        assign_contexts(cdoc.events, cdoc.doc, self._keywords)


class MergeStage(DocStage):
    name = "events.merge.v1"
    requires = ("doc.events", "event.date", "event.status")
    assigns = ("event.merged",)

    def process(self, cdoc: CodingDoc) -> None:
        cdoc.events = merge_events(cdoc.events)


class ScoreStage(DocStage):
    name = "events.scores.v1"
    requires = ("doc.events",)
    assigns = ("event.scores",)

    def __init__(self) -> None:
        self._ontology: Ontology | None = None

    def setup(self, config: Config) -> None:
        self._ontology = load_ontology()

    def process(self, cdoc: CodingDoc) -> None:
        ontology = self._ontology or load_ontology()
        for event in cdoc.events:
            score_event(event, ontology)
