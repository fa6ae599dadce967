"""Fixtures for the actor tests: one spaCy pipeline and one actor stage per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from detente.actors.stage import ActorMentionStage
from detente.config import Config
from detente.nlp.model import load_model
from detente.pipeline import CodingDoc
from detente.records import Article

Analyse = Callable[..., CodingDoc]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def mention_stage() -> ActorMentionStage:
    stage = ActorMentionStage()
    stage.setup(Config())
    return stage


@pytest.fixture(scope="session")
def analyse(nlp: Language, mention_stage: ActorMentionStage) -> Analyse:
    """Parse a text and find its actor mentions, as if published on `published`."""

    def run(text: str, published: str = "2022-02-18") -> CodingDoc:
        cdoc = CodingDoc(Article("test", date.fromisoformat(published), text))
        cdoc.parsed = nlp(text)
        mention_stage.process(cdoc)
        return cdoc

    return run
