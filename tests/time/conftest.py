"""Time tests share one spaCy pipeline (loaded once per session) and build inputs in code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pytest
from time_helpers import TimeCoder, make_event

from detente.knowledge.offices import OfficeHolder, OfficeTable
from detente.nlp.model import load_model
from detente.pipeline import CodingDoc
from detente.records import Article
from detente.time.stage import EventDateStage, EventStatusStage, TimeExpressionStage

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def herzog_offices() -> OfficeTable:
    """A one-row office table written for these tests: Herzog became president 2021-07-07."""
    return OfficeTable(
        [
            OfficeHolder(
                person_id="isaac-herzog",
                name="Isaac Herzog",
                aliases=("Herzog",),
                country="ISR",
                organisation=None,
                sector="GOV",
                office="head_of_state",
                title="President",
                start=dt.date(2021, 7, 7),
                end=None,
                note="",
            )
        ]
    )


@pytest.fixture(scope="session")
def code_time(nlp: Language, herzog_offices: OfficeTable) -> TimeCoder:
    """Parse `text`, find its time expressions, make one event per trigger word and run the
    attachment and status stages. Triggers are words, or (word, n) for the n-th occurrence."""

    def run(text: str, published: str, triggers: Sequence[str | tuple[str, int]]) -> CodingDoc:
        cdoc = CodingDoc(Article("test", dt.date.fromisoformat(published), text), parsed=nlp(text))
        TimeExpressionStage().process(cdoc)
        cdoc.events = [make_event(cdoc, t) for t in triggers]
        EventDateStage(herzog_offices).process(cdoc)
        EventStatusStage().process(cdoc)
        return cdoc

    return run
