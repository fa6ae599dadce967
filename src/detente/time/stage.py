"""The time stages: find and normalise expressions, date each event, set its status."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.knowledge.bundle import split_extra_paths
from detente.knowledge.offices import OfficeTable, load_office_table
from detente.pipeline import CodingDoc, DocStage
from detente.records import DATE_SOURCES
from detente.time.attach import DateAttacher, expression_datings, office_datings
from detente.time.expressions import find_time_expressions
from detente.time.status import event_status, is_historical

if TYPE_CHECKING:
    from detente.config import Config


class TimeExpressionStage(DocStage):
    """Time expressions with TIMEX3-style values, normalised against the publication date."""

    name = "time.expressions.v1"
    requires = ("doc.parse",)
    assigns = ("doc.time_expressions",)

    def process(self, cdoc: CodingDoc) -> None:
        cdoc.time_expressions = find_time_expressions(cdoc.doc, cdoc.article.published)


class EventDateStage(DocStage):
    """`event.date` for every event, and the date span in each piece of evidence."""

    name = "time.attach.v1"
    requires = ("doc.events", "doc.time_expressions")
    assigns = ("event.date",)

    def __init__(self, offices: OfficeTable | None = None) -> None:
        self._offices = offices

    def setup(self, config: Config) -> None:
        if self._offices is None:
            extra = split_extra_paths(config.coding.extra_knowledge)["offices"]
            self._offices = load_office_table(extra)

    @property
    def offices(self) -> OfficeTable:
        if self._offices is None:
            self._offices = load_office_table()
        return self._offices

    def process(self, cdoc: CodingDoc) -> None:
        if not cdoc.events:
            return
        doc, published = cdoc.doc, cdoc.article.published
        datings = expression_datings(doc, cdoc.time_expressions)
        datings += office_datings(doc, self.offices, published)
        attacher = DateAttacher(doc, datings, published)
        for event in cdoc.events:
            date, span = attacher.date(event.evidence)
            event.evidence = dataclasses.replace(event.evidence, date=span)
            mentions = []
            for mention in event.mentions:
                mention_date, mention_span = attacher.date(mention)
                mentions.append(dataclasses.replace(mention, date=mention_span))
                if _rank(mention_date.source) < _rank(date.source):
                    date = mention_date
            event.mentions = mentions
            event.date = date


_SOURCE_RANK: dict[str, int] = {source: i for i, source in enumerate(DATE_SOURCES)}


def _rank(source: str) -> int:
    return _SOURCE_RANK.get(source, len(DATE_SOURCES))


class EventStatusStage(DocStage):
    """occurred / future / negated / hypothetical, and `historical` for old background."""

    name = "time.status.v1"
    requires = ("doc.events", "event.date")
    assigns = ("event.status",)

    def __init__(self) -> None:
        self._historical_after_days = 365

    def setup(self, config: Config) -> None:
        self._historical_after_days = config.coding.historical_after_days

    def process(self, cdoc: CodingDoc) -> None:
        published = cdoc.article.published
        for event in cdoc.events:
            trigger = event.evidence.trigger
            chars = cdoc.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
            if chars is not None and len(chars) > 0:
                event.status = event_status(chars.root, event.date, published)
            event.historical = event.status == "occurred" and is_historical(
                event.date, published, self._historical_after_days
            )
