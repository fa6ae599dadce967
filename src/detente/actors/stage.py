"""Actor stages (placeholder bodies until the actors work lands)."""

from __future__ import annotations

from detente.pipeline import CodingDoc, DocStage


class ActorMentionStage(DocStage):
    name = "actors.mentions.v1"
    requires = ("doc.parse",)
    assigns = ("doc.actor_mentions",)

    def process(self, cdoc: CodingDoc) -> None:
        cdoc.actor_mentions = []


class DatedActorStage(DocStage):
    name = "actors.dated.v1"
    requires = ("doc.events", "event.date")
    assigns = ("event.actors_dated",)

    def process(self, cdoc: CodingDoc) -> None:
        return None
