from __future__ import annotations

from factories import coded, make_article, make_event

from detente.config import Config, DedupeSettings
from detente.store.database import Database


def test_two_reports_of_one_visit_become_one_event_with_both_mentions(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    b = make_article("b", "2022-02-19")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", extra_mentions=1)),
            coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-18")),
        ]
    )
    events = db.events()
    assert len(events) == 1
    assert events[0]["n_articles"] == 2 and events[0]["n_mentions"] == 3
    mentions = db.event(events[0]["id"])["mentions"]
    assert sorted({m["article_id"] for m in mentions}) == ["a", "b"]
    assert {m["title"] for m in mentions} == {"Title of a", "Title of b"}


def test_reports_merge_when_ingested_in_separate_runs(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    b = make_article("b", "2022-02-20")
    db.ingest_coded([coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02", "month"))])
    summary = db.ingest_coded([coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17"))])
    assert summary.n_merged == 1
    assert db.count_events() == 1


def test_events_that_differ_stay_apart(db: Database) -> None:
    articles = [make_article(f"x{i}", "2022-03-01") for i in range(7)]
    a0, a1, a2, a3, a4, a5, a6 = articles
    db.ingest_coded(
        [
            coded(
                a0, make_event(a0, "CONSULT", ["TUR"], ["ISR"], "2022-02-10", location="Jerusalem")
            ),
            # too far apart in time
            coded(a1, make_event(a1, "CONSULT", ["TUR"], ["ISR"], "2022-02-14")),
            # other type
            coded(a2, make_event(a2, "ACCUSE", ["TUR"], ["ISR"], "2022-02-10")),
            # other recipient
            coded(a3, make_event(a3, "CONSULT", ["TUR"], ["EGY"], "2022-02-10")),
            # announced, not done
            coded(a4, make_event(a4, "CONSULT", ["TUR"], ["ISR"], "2022-02-10", status="future")),
            # a year-precision date merges only with the same year-precision date
            coded(a5, make_event(a5, "CONSULT", ["TUR"], ["ISR"], "2022", "year")),
            # a different place (both known)
            coded(a6, make_event(a6, "CONSULT", ["TUR"], ["ISR"], "2022-02-10", location="Ankara")),
        ]
    )
    assert db.count_events() == 7


def test_within_one_article_the_coder_decides(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    first = make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", sentence=0)
    second = make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", sentence=3)
    db.ingest_coded([coded(a, first, second)])
    assert db.count_events() == 2


def test_dedupe_can_be_switched_off(tmp_path: object) -> None:
    config = Config(dedupe=DedupeSettings(enabled=False))
    with Database(":memory:", config=config) as db:
        a = make_article("a", "2022-02-18")
        b = make_article("b", "2022-02-19")
        db.ingest_coded(
            [
                coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
                coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
            ]
        )
        assert db.count_events() == 2


def test_removing_the_first_report_keeps_the_event_from_the_second(db: Database) -> None:
    a = make_article("a", "2022-02-18", "Turkey met Israel.")
    b = make_article("b", "2022-02-19")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
            coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
        ]
    )
    rewritten = make_article("a", "2022-02-18", "Nothing happened.")
    db.ingest_coded([coded(rewritten)])
    events = db.events()
    assert len(events) == 1
    assert events[0]["article_id"] == "b"
    assert events[0]["n_articles"] == 1
    assert db.event(events[0]["id"])["mentions"][0]["article_id"] == "b"


def test_a_joint_report_matches_a_directed_report_of_the_same_countries(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    b = make_article("b", "2022-02-18")
    c = make_article("c", "2022-02-18")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
            coded(b, make_event(b, "CONSULT", ["TUR", "ISR"], [], "2022-02-17")),
            coded(c, make_event(c, "CONSULT", ["TUR", "EGY"], [], "2022-02-17")),
        ]
    )
    assert sorted(e["n_articles"] for e in db.events()) == [1, 2]


def test_a_merged_event_shows_the_finest_date_any_report_gives(db: Database) -> None:
    """The first report says only "in February"; a later one names the day: the event keeps the
    first report's id and shows the day."""
    a = make_article("a", "2022-02-18")
    b = make_article("b", "2022-02-20")
    db.ingest_coded([coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02", "month"))])
    first_id = db.events()[0]["id"]
    db.ingest_coded([coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17"))])
    (event,) = db.events()
    assert event["id"] == first_id
    assert (event["date"], event["date_precision"]) == ("2022-02-17", "day")
    assert db.dyad("TUR", "ISR", by="day", since="2022-02-17", until="2022-02-17")[0]["events"] == 1


def test_reports_in_one_batch_show_the_finest_date_too(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    b = make_article("b", "2022-02-20")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02", "month")),
            coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
        ]
    )
    (event,) = db.events()
    assert (event["date"], event["date_precision"]) == ("2022-02-17", "day")
