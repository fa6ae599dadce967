"""Place stage (placeholder body until the places work lands)."""

from __future__ import annotations

from detente.pipeline import CodingDoc, DocStage


class GazetteerStage(DocStage):
    name = "places.gazetteer.v1"
    requires = ("doc.events",)
    assigns = ("event.location",)

    def process(self, cdoc: CodingDoc) -> None:
        return None
