from __future__ import annotations

import datetime as dt

import pytest
from factories import coded, make_article, make_event

from detente.errors import ConfigError
from detente.store.database import Database
from detente.store.filters import VALID_FILTERS, EventFilter, period_end, period_start


def test_unknown_filter_names_are_refused_with_the_valid_ones() -> None:
    with pytest.raises(ConfigError) as info:
        EventFilter.from_mapping({"actor": "TUR", "colour": "red"})
    assert "colour" in str(info.value)
    assert all(name in str(info.value) for name in VALID_FILTERS)


def test_since_and_until_accept_year_month_and_day() -> None:
    assert period_start("2022") == dt.date(2022, 1, 1)
    assert period_end("2022-02") == dt.date(2022, 2, 28)
    assert period_end("2022-02-03") == dt.date(2022, 2, 3)
    with pytest.raises(ConfigError, match="YYYY-MM"):
        EventFilter(since="Feb 2022")


def test_from_mapping_reads_query_strings() -> None:
    f = EventFilter.from_mapping({"quad": "3", "historical": "false", "actor": "", "event": None})
    assert f == EventFilter(quad=3, historical=False)


@pytest.fixture
def filled(db: Database) -> Database:
    a = make_article("a", "2022-02-18", "Turkey met Israel in Ankara, said the minister.")
    b = make_article("b", "2022-05-02", "Israel accused Turkey; Egypt protested.")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", mode="visit")),
            coded(
                b,
                make_event(b, "ACCUSE", ["ISR"], ["TUR"], "2022-04", "month"),
                make_event(b, "PROTEST", ["EGY"], ["ISR"], "2021", "year", sentence=1),
            ),
        ]
    )
    return db


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"actor": "tur"}, ["CONSULT"]),
        ({"recipient": "TUR"}, ["ACCUSE"]),
        ({"event": "consult", "mode": "visit"}, ["CONSULT"]),
        ({"quad": 3}, ["ACCUSE", "PROTEST"]),
        ({"since": "2022-03"}, ["ACCUSE"]),
        ({"until": "2022-02"}, ["CONSULT", "PROTEST"]),
        ({"since": "2022-04-30", "until": "2022-04-30"}, ["ACCUSE"]),
        ({"precision": "year"}, ["PROTEST"]),
        ({"text": "minister"}, ["CONSULT"]),
        ({"article_id": "b"}, ["ACCUSE", "PROTEST"]),
        ({"context": "diplomatic"}, ["ACCUSE", "CONSULT", "PROTEST"]),
        ({"status": "future"}, []),
    ],
)
def test_filters_select_the_right_events(
    filled: Database, values: dict[str, object], expected: list[str]
) -> None:
    f = EventFilter.from_mapping(values)
    assert sorted(e["event"] for e in filled.events(f)) == expected
    assert filled.count_events(f) == len(expected)


def test_events_are_paged_and_sorted(filled: Database) -> None:
    newest = [e["event"] for e in filled.events(sort="date")]
    assert newest == ["ACCUSE", "CONSULT", "PROTEST"]
    assert [
        e["event"] for e in filled.events(sort="date", descending=False, limit=1, offset=1)
    ] == ["CONSULT"]
    with pytest.raises(ConfigError, match="unknown sort"):
        filled.events(sort="colour")


def test_date_source_separates_stated_dates_from_publication_stand_ins(db: Database) -> None:
    import dataclasses

    from detente.records import EventDate

    a = make_article("a", "2022-02-18")
    stated = make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")
    undated = make_event(a, "ACCUSE", ["TUR"], ["ISR"], sentence=1)
    undated = dataclasses.replace(undated, date=EventDate("2022-02-18", "day", "publication", None))
    db.ingest_coded([coded(a, stated, undated)])
    assert [e["event"] for e in db.events(EventFilter(date_source="text"))] == ["CONSULT"]
    assert [e["event"] for e in db.events(EventFilter(date_source="publication"))] == ["ACCUSE"]
    with pytest.raises(ConfigError, match="date source"):
        EventFilter(date_source="guess")
