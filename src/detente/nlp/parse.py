"""The parsing stage: runs spaCy over a batch (or a stream) of articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from detente.errors import InputError
from detente.nlp.model import load_model
from detente.pipeline import Batch, CodingDoc

if TYPE_CHECKING:
    from spacy.language import Language

    from detente.config import Config


class SpacyParser:
    """Tokens, sentences, dependencies and entities for each article's text."""

    name = "nlp.spacy.v1"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("doc.parse",)

    def __init__(self) -> None:
        self._nlp: Language | None = None
        self._batch_size = 64
        self._n_process = 1

    def setup(self, config: Config) -> None:
        self._nlp = load_model(config.coding.model)
        self._batch_size = config.coding.batch_size
        self._n_process = config.coding.n_process

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model()
        return self._nlp

    def check_length(self, cdoc: CodingDoc) -> None:
        limit = int(self.nlp.max_length)
        if len(cdoc.article.text) > limit:
            raise InputError(
                f"article {cdoc.article.id!r} has {len(cdoc.article.text):,} characters, "
                f"more than the parser's limit of {limit:,}",
                where=cdoc.article.origin,
                hint="split it into several articles",
            )

    def __call__(self, batch: Batch) -> Batch:
        for cdoc in batch:
            self.check_length(cdoc)
        texts = [c.article.text for c in batch]
        for cdoc, doc in zip(batch, self.nlp.pipe(texts, batch_size=self._batch_size), strict=True):
            cdoc.parsed = doc
        return batch

    def parse_stream(self, cdocs: Iterable[CodingDoc]) -> Iterator[CodingDoc]:
        """Parse a stream with `nlp.pipe(n_process=…)`: one worker pool for the whole run.

        Only the text and a number go to the workers: with n_process > 1 the tuple contexts
        come back as copies, and callers match results to their own CodingDoc objects."""
        waiting: dict[int, CodingDoc] = {}

        def pairs() -> Iterator[tuple[str, int]]:
            for number, cdoc in enumerate(cdocs):
                waiting[number] = cdoc
                yield cdoc.article.text, number

        for doc, number in self.nlp.pipe(
            pairs(), as_tuples=True, batch_size=self._batch_size, n_process=self._n_process
        ):
            cdoc = waiting.pop(number)
            cdoc.parsed = doc
            yield cdoc
