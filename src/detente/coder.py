"""Coding articles into events: the library behind `detente code` and `detente ingest`.

code("…", published="2022-02-18")          → list[Event]   (one text)
Coder(config).code_stream(articles)         → CodingResult per input, in input order
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from detente.config import Config
from detente.errors import DetenteError, InputError
from detente.nlp.parse import SpacyParser
from detente.pipeline import Batch, CodingDoc, Pipeline
from detente.read.article import make_article
from detente.records import Article, Event, Failure
from detente.stages import build_pipeline
from detente.version import CODER_VERSION


@dataclass(slots=True)
class CodingResult:
    """What became of one input: its events, or the reason it failed."""

    article: Article | None
    events: list[Event] = field(default_factory=list)
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None


class Coder:
    """A built pipeline; build once, code many articles."""

    def __init__(self, config: Config | None = None, *, pipeline: Pipeline | None = None) -> None:
        self.config = config or Config()
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = build_pipeline(self.config)
        return self._pipeline

    def code_article(self, article: Article) -> list[Event]:
        """Code one article; raises the error that stopped it."""
        batch = self.pipeline.run([CodingDoc(article)])
        return _finish(batch[0])

    def code_stream(self, items: Iterable[Article | Failure]) -> Iterator[CodingResult]:
        """Code a stream; failed inputs pass through as failures and the run goes on.

        spaCy parses the whole stream in one `nlp.pipe` (with `n_process` workers); the other
        stages run on batches of `batch_size` parsed articles.
        """
        stages = self.pipeline.stages
        parser = stages[0] if isinstance(stages[0], SpacyParser) else None
        rest = Pipeline(stages[1:] if parser else stages)
        pending: list[CodingResult] = []  # failures waiting for earlier articles, to keep order

        def checked(source: Iterable[Article | Failure]) -> Iterator[CodingDoc]:
            for item in source:
                if isinstance(item, Failure):
                    pending.append(CodingResult(None, failure=item))
                    continue
                cdoc = CodingDoc(item)
                if parser is not None:
                    try:
                        parser.check_length(cdoc)
                    except InputError as exc:
                        pending.append(CodingResult(item, failure=_failure(item, exc)))
                        continue
                pending.append(CodingResult(item))
                yield cdoc

        parsed = parser.parse_stream(checked(items)) if parser else checked(items)
        size = max(1, self.config.coding.batch_size)
        while batch := list(itertools.islice(parsed, size)):
            done = {id(c.article): c for c in batch}
            outcomes = _run_isolating_failures(rest, batch)
            while pending and (pending[0].failure or id(pending[0].article) in done):
                result = pending.pop(0)
                if result.failure is None and result.article is not None:
                    events, failure = outcomes[id(result.article)]
                    result.events, result.failure = events, failure
                yield result
        yield from pending


def _run_isolating_failures(
    pipeline: Pipeline, batch: Batch
) -> dict[int, tuple[list[Event], Failure | None]]:
    """Run the batch; if it fails, run each article alone so one bad article fails alone."""
    try:
        return {id(c.article): (_finish(c), None) for c in pipeline.run(batch)}
    except Exception:
        pass
    outcomes: dict[int, tuple[list[Event], Failure | None]] = {}
    for cdoc in batch:
        single = CodingDoc(cdoc.article, parsed=cdoc.parsed)
        try:
            outcomes[id(cdoc.article)] = (_finish(pipeline.run([single])[0]), None)
        except Exception as exc:
            outcomes[id(cdoc.article)] = ([], _failure(cdoc.article, exc))
    return outcomes


def _finish(cdoc: CodingDoc) -> list[Event]:
    for event in cdoc.events:
        event.coder_version = CODER_VERSION
        event.published = cdoc.article.published
    return cdoc.events


def _failure(article: Article, exc: Exception) -> Failure:
    reason = str(exc) if isinstance(exc, DetenteError) else f"{type(exc).__name__}: {exc}"
    return Failure(
        origin=article.origin or article.id,
        reason=reason,
        article_id=article.id,
        error_type=type(exc).__name__,
    )


@lru_cache(maxsize=2)
def default_coder(config: Config | None = None) -> Coder:
    """One shared coder per config, so repeated `code()` calls do not reload models."""
    return Coder(config)


def code(
    text: str,
    published: str | date,
    *,
    article_id: str | None = None,
    title: str | None = None,
    config: Config | None = None,
) -> list[Event]:
    """Code one article's text, published on `published` (ISO date), into events."""
    article = make_article(text=text, published=published, article_id=article_id, title=title)
    return default_coder(config).code_article(article)
