"""Time stages (placeholder bodies until the time work lands)."""

from __future__ import annotations

from detente.pipeline import CodingDoc, DocStage


class TimeExpressionStage(DocStage):
    name = "time.expressions.v1"
    requires = ("doc.parse",)
    assigns = ("doc.time_expressions",)

    def process(self, cdoc: CodingDoc) -> None:
        cdoc.time_expressions = []


class EventDateStage(DocStage):
    name = "time.attach.v1"
    requires = ("doc.events", "doc.time_expressions")
    assigns = ("event.date",)

    def process(self, cdoc: CodingDoc) -> None:
        return None


class EventStatusStage(DocStage):
    name = "time.status.v1"
    requires = ("doc.events", "event.date")
    assigns = ("event.status",)

    def process(self, cdoc: CodingDoc) -> None:
        return None
