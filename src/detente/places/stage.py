"""The places stage: gives each event a location when the text says where it happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.pipeline import CodingDoc, DocStage
from detente.places.gazetteer import Gazetteer, load_gazetteer
from detente.places.locate import locate_event
from detente.places.toponyms import context_countries

if TYPE_CHECKING:
    from detente.config import Config


class GazetteerStage(DocStage):
    name = "places.gazetteer.v1"
    requires = ("doc.parse", "doc.events")
    assigns = ("event.location",)

    def __init__(self) -> None:
        self._gazetteer: Gazetteer | None = None

    def setup(self, config: Config) -> None:
        self._gazetteer = load_gazetteer()

    def process(self, cdoc: CodingDoc) -> None:
        gazetteer = self._gazetteer or load_gazetteer()
        prefer = context_countries(cdoc.doc, gazetteer) if cdoc.events else ()
        for event in cdoc.events:
            if event.location is None:
                event.location = locate_event(cdoc.doc, event, gazetteer, prefer)
