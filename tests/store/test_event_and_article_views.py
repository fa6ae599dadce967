from __future__ import annotations

import pytest
from factories import coded, make_article, make_event

from detente.errors import NotFoundError
from detente.store.database import Database


@pytest.fixture
def filled(db: Database) -> Database:
    a = make_article("a", "2022-02-18", "A Turkish delegation visited Israel on Thursday.")
    b = make_article("b", "2022-02-19", "Turkish officials were in Israel this week.")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", mode="visit")),
            coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", mode="visit")),
        ]
    )
    return db


def test_event_lists_every_mention_with_its_article(filled: Database) -> None:
    [listed] = filled.events()
    event = filled.event(listed["id"])
    assert event["id"] == listed["id"] and event["n_articles"] == 2
    assert [(m["article_id"], m["published"], m["title"]) for m in event["mentions"]] == [
        ("a", "2022-02-18", "Title of a"),
        ("b", "2022-02-19", "Title of b"),
    ]
    first = event["mentions"][0]
    assert {"text", "start", "end", "trigger", "actors", "recipients", "url"} <= set(first)


def test_article_shows_its_text_and_its_events_with_their_spans_there(filled: Database) -> None:
    [listed] = filled.events()
    article = filled.article("b")
    assert article["text"] == "Turkish officials were in Israel this week."
    assert article["published"] == "2022-02-19"
    [event] = article["events"]
    assert event["id"] == listed["id"]  # the shared event …
    assert event["evidence"]["article_id"] == "b"  # … with this article's evidence
    assert event["coded_event_id"] != listed["id"]


def test_unknown_ids_are_not_found(filled: Database) -> None:
    with pytest.raises(NotFoundError):
        filled.event("nope")
    with pytest.raises(NotFoundError):
        filled.article("nope")


def test_stats_count_articles_events_mentions_and_merges(filled: Database) -> None:
    stats = filled.stats()
    assert (stats["n_articles"], stats["n_events"], stats["n_mentions"]) == (2, 1, 2)
    assert stats["n_merged"] == 1 and stats["n_runs"] == 1
    assert (stats["first_date"], stats["last_date"]) == ("2022-02-17", "2022-02-17")
