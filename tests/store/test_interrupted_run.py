from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from factories import coded, make_article, make_event

from detente.config import Config
from detente.records import Article, Failure
from detente.store.database import Database
from detente.store.ingest import ingest_items
from detente.store.writer import CodedArticle

ARTICLES = [make_article(f"n{i:04d}", "2022-02-18", f"Report {i}.") for i in range(600)]


def stop_after(n: int):  # type: ignore[no-untyped-def]
    def stream(items: Iterable[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        for i, item in enumerate(items):
            if i == n:
                raise KeyboardInterrupt
            assert isinstance(item, Article)
            yield coded(item, make_event(item, "CONSULT", ["TUR"], ["ISR"]))

    return stream


def test_ctrl_c_keeps_whole_batches_and_the_rerun_codes_the_rest(db: Database) -> None:
    conn = db._conn  # the library entry point below is what Database.ingest calls
    with pytest.raises(KeyboardInterrupt):
        ingest_items(conn, ARTICLES, config=Config(), coded_stream=stop_after(400))
    stored = db.stats()["n_articles"]
    assert 0 < stored <= 400
    assert db.stats()["n_coded_events"] == stored  # each stored article has its event
    assert db.runs()[0]["status"] == "interrupted"

    summary = ingest_items(conn, ARTICLES, config=Config(), coded_stream=stop_after(10_000))
    assert summary.n_unchanged == stored
    assert summary.n_coded == len(ARTICLES) - stored
    assert db.stats()["n_articles"] == len(ARTICLES)
    assert db.stats()["n_coded_events"] == len(ARTICLES)
    assert db.count_events() == 1  # all report the same meeting
