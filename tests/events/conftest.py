"""Event tests code sentences with a small actor table of our own (fictional and real names),
so they test the event mechanics independently of the actors stage's knowledge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from detente.events.build import code_events
from detente.events.lexicon import Lexicon, load_lexicon
from detente.events.merge import merge_events
from detente.events.ontology import load_ontology
from detente.events.scores import score_event
from detente.nlp.model import load_model
from detente.pipeline import CodingDoc
from detente.records import Actor, ActorMention, Article, Event

# phrase → (country, sector, name); fictional countries test mechanics, not knowledge
ACTOR_TABLE: dict[str, tuple[str, str | None, str | None]] = {
    "Arnor": ("ARN", None, None),
    "Arnorian": ("ARN", None, None),
    "Gondor": ("GON", None, None),
    "Gondorian": ("GON", None, None),
    "Mordor": ("MOR", None, None),
    "Rohan": ("ROH", None, None),
    "Rohirrim": ("ROH", "CVL", None),
    "Minas Tirith": ("GON", "GOV", None),
    "Aragorn": ("GON", "GOV", "Aragorn"),
    "Theoden": ("ROH", "GOV", "Theoden"),
    "Sauron": ("MOR", "GOV", "Sauron"),
    "Gondorian army": ("GON", "MIL", None),
    "Mordorian": ("MOR", None, None),
    "Gondorian police": ("GON", "COP", None),
    "protesters": (None, "CVL", None),  # type: ignore[dict-item]
}


def table_mentions(
    doc: object, table: dict[str, tuple[str, str | None, str | None]]
) -> list[ActorMention]:
    """Longest-match the table's phrases over the tokens; no coreference."""
    tokens = list(doc)  # type: ignore[call-overload]
    phrases = sorted(((p.split(), v) for p, v in table.items()), key=lambda x: -len(x[0]))
    sentence_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}  # type: ignore[attr-defined]
    out: list[ActorMention] = []
    i = 0
    while i < len(tokens):
        for words, (country, sector, name) in phrases:
            window = [t.text for t in tokens[i : i + len(words)]]
            if window == words:
                first, last = tokens[i], tokens[i + len(words) - 1]
                start, end = first.idx, last.idx + len(last.text)
                actor = Actor(doc.text[start:end], start, end, country, sector, name)  # type: ignore[attr-defined]
                out.append(
                    ActorMention(actor, "country", sentence_of[i], i, i + len(words), last.i)
                )
                i += len(words)
                break
        else:
            i += 1
    return out


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def code_text(nlp: Language, lexicon: Lexicon) -> Callable[[str], list[Event]]:
    """Code a text with the table actors: triggers, arguments, merge and scores."""
    ontology = load_ontology()

    def run(text: str) -> list[Event]:
        article = Article(id="t", published=dt.date(2022, 2, 18), text=text)
        doc = nlp(text)
        cdoc = CodingDoc(article, parsed=doc, actor_mentions=table_mentions(doc, ACTOR_TABLE))
        events = merge_events(code_events(cdoc, lexicon))
        for event in events:
            score_event(event, ontology)
        return events

    return run
