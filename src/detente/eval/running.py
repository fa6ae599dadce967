"""Coding gold items with the real coder, in batches through `Coder.code_stream`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from detente.coder import Coder
from detente.records import Article, Event


@dataclass(frozen=True, slots=True)
class GoldText:
    """One item to code: its id in the gold set, text and the date to code it at."""

    id: str
    text: str
    published: dt.date


def code_items(coder: Coder, items: Iterable[GoldText]) -> Iterator[tuple[GoldText, list[Event]]]:
    """(item, events) in input order; an item that fails to code yields no events.

    Negated events ("did not meet", "the visit was postponed") are left out: they say the
    event did not happen, and PLOVER lets a coder drop them; gold sets code none of them."""
    pending: list[GoldText] = []

    def articles() -> Iterator[Article]:
        for item in items:
            pending.append(item)
            yield Article(id=item.id, published=item.published, text=item.text, origin=item.id)

    for result in coder.code_stream(articles()):
        item = pending.pop(0)
        yield item, [e for e in result.events if e.status != "negated"] if result.ok else []


def sentence_events(events: list[Event], sentence_index: int | None = None) -> list[Event]:
    """Events whose evidence lies in the given sentence (all when None), by confidence."""
    chosen = [
        e
        for e in events
        if sentence_index is None
        or any(m.sentence_index == sentence_index for m in e.all_evidence())
    ]
    return sorted(chosen, key=lambda e: -e.confidence)
