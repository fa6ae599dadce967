"""Builders the time tests share (a module with a unique name, so pytest imports it once)."""

from __future__ import annotations

import re
from collections.abc import Callable

from detente.pipeline import CodingDoc
from detente.records import Event, Evidence, Span

TimeCoder = Callable[..., CodingDoc]


def make_event(cdoc: CodingDoc, trigger: str | tuple[str, int]) -> Event:
    """An event whose evidence is the sentence holding the n-th occurrence of `trigger`."""
    word, nth = (trigger, 0) if isinstance(trigger, str) else trigger
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", cdoc.article.text)]
    start = starts[nth]
    token = cdoc.doc.char_span(start, start + len(word), alignment_mode="expand")
    assert token is not None
    sentence = token.sent
    index = next(i for i, s in enumerate(cdoc.doc.sents) if s.start == sentence.start)
    evidence = Evidence(
        article_id=cdoc.article.id,
        sentence_index=index,
        start=sentence.start_char,
        end=sentence.end_char,
        text=sentence.text,
        trigger=Span(word, start, start + len(word)),
    )
    return Event(cdoc.article.id, "CONSULT", None, "040", [], [], evidence)
