"""PLOVER contexts (why/topic) for events, from keywords in the sentence and the article.

A context applies to an event when one of its keywords is in one of the event's sentences, or
occurs at least `ARTICLE_MIN_HITS` times anywhere in the article. Some contexts follow from
the event itself: COERCE/cyber → cyber, ASSAULT/unconventional → cbrn, a military actor →
military, and verbal exchanges between governments of two countries → diplomatic.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from detente.events.tables import knowledge_path, read_table
from detente.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

ARTICLE_MIN_HITS = 2
MODE_CONTEXTS = {
    ("COERCE", "cyber"): "cyber",
    ("COERCE", "misinformation"): "misinformation",
    ("ASSAULT", "unconventional"): "cbrn",
}
DIPLOMATIC_EVENTS = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
GOVERNMENT_SECTORS = frozenset({"GOV", "LEG", "ELI", None})


@dataclass(frozen=True)
class ContextKeywords:
    """Keyword phrases (tuples of lower-case words) → context, indexed by first word."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    order: tuple[str, ...]

    def sentence_hits(self, doc: Doc) -> list[Counter[str]]:
        """For each sentence, how often each context's keywords occur in it."""
        out: list[Counter[str]] = []
        for sentence in doc.sents:
            hits: Counter[str] = Counter()
            words = [(t.lower_, t.lemma_.lower()) for t in sentence]
            for i, (lower, lemma) in enumerate(words):
                for first in {lower, lemma}:
                    for phrase, context in self.by_first.get(first, ()):
                        if _matches(words, i, phrase):
                            hits[context] += 1
            out.append(hits)
        return out


def _matches(words: list[tuple[str, str]], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(words):
        return False
    return all(p in words[i + k] for k, p in enumerate(phrase))


@lru_cache(maxsize=1)
def load_context_keywords() -> ContextKeywords:
    path = knowledge_path("ontology", "contexts.tsv")
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    order: list[str] = []
    for _, row in read_table(path, ("context", "keywords")):
        context = row["context"]
        order.append(context)
        for keyword in row["keywords"].split("|"):
            phrase = tuple(keyword.lower().split())
            if phrase:
                by_first.setdefault(phrase[0], []).append((phrase, context))
    return ContextKeywords(by_first, tuple(order))


def assign_contexts(events: list[Event], doc: Doc, keywords: ContextKeywords) -> None:
    """Set `event.contexts` for every event of one article (in the table's order)."""
    if not events:
        return
    per_sentence = keywords.sentence_hits(doc)
    article: Counter[str] = Counter()
    for hits in per_sentence:
        article.update(hits)
    background = {c for c, n in article.items() if n >= ARTICLE_MIN_HITS}
    for event in events:
        found = set(background)
        for evidence in event.all_evidence():
            if 0 <= evidence.sentence_index < len(per_sentence):
                found.update(per_sentence[evidence.sentence_index])
        found.update(_implied_by_event(event))
        event.contexts = [c for c in keywords.order if c in found]


def _implied_by_event(event: Event) -> set[str]:
    out: set[str] = set()
    if (event.event, event.mode) in MODE_CONTEXTS:
        out.add(MODE_CONTEXTS[(event.event, event.mode or "")])
    participants = event.actors + event.recipients
    if any(a.sector == "MIL" for a in participants):
        out.add("military")
    countries = {a.country for a in participants if a.country}
    if (
        event.event in DIPLOMATIC_EVENTS
        and len(countries) >= 2
        and all(a.sector in GOVERNMENT_SECTORS for a in participants)
    ):
        out.add("diplomatic")
    return out
