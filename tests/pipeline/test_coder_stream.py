"""A batch never silently drops an article: each input is coded or reported failed, in order."""

from __future__ import annotations

from datetime import date

from detente.coder import Coder
from detente.config import Config
from detente.nlp.parse import SpacyParser
from detente.pipeline import CodingDoc, DocStage, Pipeline
from detente.records import Article, Event, Evidence, Failure, Span


class _OneEventPerArticle(DocStage):
    """Emits one event per article; blows up on articles that mention 'boom'."""

    name = "test.one_event.v1"
    requires = ("doc.parse",)
    assigns = ("doc.events",)

    def process(self, cdoc: CodingDoc) -> None:
        if "boom" in cdoc.article.text:
            raise RuntimeError("stage exploded")
        trigger = Span(cdoc.doc[0].text, 0, len(cdoc.doc[0].text))
        evidence = Evidence(
            cdoc.article.id, 0, 0, len(cdoc.article.text), cdoc.article.text, trigger
        )
        cdoc.events = [Event(cdoc.article.id, "CONSULT", None, "040", [], [], evidence)]


def _coder(batch_size: int) -> Coder:
    config = Config().with_coding(batch_size=batch_size)
    pipeline = Pipeline.build([SpacyParser(), _OneEventPerArticle()], config)
    return Coder(config, pipeline=pipeline)


def _article(i: int, text: str = "Leaders met.") -> Article:
    return Article(id=f"a{i}", published=date(2022, 2, 18), text=text, origin=f"in.jsonl:{i}")


def test_every_input_comes_out_once_in_input_order() -> None:
    items: list[Article | Failure] = [
        _article(0),
        Failure("in.jsonl:1", "bad json"),
        _article(2),
        _article(3, "It went boom."),
        _article(4),
    ]
    results = list(_coder(batch_size=2).code_stream(items))
    assert [
        r.article.id if r.article else r.failure.origin for r in results if r.article or r.failure
    ] == ["a0", "in.jsonl:1", "a2", "a3", "a4"]
    assert [r.ok for r in results] == [True, False, True, False, True]
    assert [len(r.events) for r in results] == [1, 0, 1, 0, 1]


def test_a_failing_article_is_reported_with_its_reason_and_origin() -> None:
    [bad] = list(_coder(batch_size=8).code_stream([_article(7, "boom")]))
    assert bad.failure is not None
    assert bad.failure.origin == "in.jsonl:7"
    assert "stage exploded" in bad.failure.reason and bad.failure.article_id == "a7"


def test_coded_events_carry_coder_version_and_publication_date() -> None:
    [result] = list(_coder(batch_size=8).code_stream([_article(1)]))
    [event] = result.events
    assert event.coder_version.startswith("detente-")
    assert event.published == date(2022, 2, 18)


def test_parsing_in_worker_processes_gives_the_same_results_in_order() -> None:
    items: list[Article | Failure] = [_article(i, f"Leaders met in round {i}.") for i in range(12)]
    items.insert(5, Failure("in.jsonl:99", "bad json"))
    config = Config().with_coding(batch_size=4, n_process=2)
    pipeline = Pipeline.build([SpacyParser(), _OneEventPerArticle()], config)
    parallel = list(Coder(config, pipeline=pipeline).code_stream(items))
    serial = list(_coder(batch_size=4).code_stream(items))
    assert [(r.article.id if r.article else None, r.ok) for r in parallel] == [
        (r.article.id if r.article else None, r.ok) for r in serial
    ]
    assert [e.id for r in parallel for e in r.events] == [e.id for r in serial for e in r.events]
