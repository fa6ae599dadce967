"""Event stages (placeholder bodies until the events work lands)."""

from __future__ import annotations

from detente.pipeline import CodingDoc, DocStage


class LexiconEventStage(DocStage):
    name = "events.lexicon.v1"
    requires = ("doc.parse", "doc.actor_mentions")
    assigns = ("doc.events",)

    def process(self, cdoc: CodingDoc) -> None:
        cdoc.events = []


class ContextStage(DocStage):
    name = "events.contexts.v1"
    requires = ("doc.events",)
    assigns = ("event.contexts",)

    def process(self, cdoc: CodingDoc) -> None:
        return None


class MergeStage(DocStage):
    name = "events.merge.v1"
    requires = ("doc.events", "event.date", "event.status")
    assigns = ("event.merged",)

    def process(self, cdoc: CodingDoc) -> None:
        return None


class ScoreStage(DocStage):
    name = "events.scores.v1"
    requires = ("doc.events",)
    assigns = ("event.scores",)

    def process(self, cdoc: CodingDoc) -> None:
        return None
