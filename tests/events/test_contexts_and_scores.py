"""Contexts from keywords and the event itself; scores and confidence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from detente.events.contexts import assign_contexts, load_context_keywords
from detente.events.ontology import load_ontology
from detente.events.scores import confidence
from detente.records import Event

Coded = Callable[[str], list[Event]]


def test_sentence_keywords_and_event_give_contexts(nlp: Language, code_text: Coded) -> None:
    text = "Arnor imposed sanctions on Mordor over its nuclear programme."
    events = code_text(text)
    assign_contexts(events, nlp(text), load_context_keywords())
    assert {"economic", "cbrn"} <= set(events[0].contexts)


def test_cyber_mode_implies_cyber_context(nlp: Language, code_text: Coded) -> None:
    text = "Gondorian police hacked Mordor."
    events = code_text(text)
    assign_contexts(events, nlp(text), load_context_keywords())
    assert events[0].mode == "cyber" and "cyber" in events[0].contexts


def test_scores_follow_event_mode_and_cameo(code_text: Coded) -> None:
    [event] = code_text("Aragorn visited Rohan.")
    assert (event.quad, event.plover_score, event.goldstein) == (1, 4.0, 1.9)


def test_confidence_drops_for_future_and_missing_country(code_text: Coded) -> None:
    ontology = load_ontology()
    [event] = code_text("Arnor imposed sanctions on Mordor.")
    full = confidence(event, 1.0, ontology)
    event.status = "future"
    assert confidence(event, 1.0, ontology) < full
    event.status = "occurred"
    event.actors = []
    assert confidence(event, 1.0, ontology) < full
