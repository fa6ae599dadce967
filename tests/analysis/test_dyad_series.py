from __future__ import annotations

import pytest
from factories import coded, make_article, make_event

from detente.errors import ConfigError
from detente.store.database import Database


@pytest.fixture
def timeline(db: Database) -> Database:
    """TUR→ISR: Jan 2 events (CONSULT, AGREE), Feb none, Mar 1 ACCUSE; ISR→TUR: Jan 1 PROTEST.

    Also: a TUR→ISR visit announced for April (future), one dated only `2022` (year), and an
    EGY→ISR event (other dyad, counts in the normalised share's denominator).
    """
    a = make_article("jan", "2022-01-20")
    b = make_article("mar", "2022-03-15")
    c = make_article("other", "2022-01-25")
    db.ingest_coded(
        [
            coded(
                a,
                make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-01-18", sentence=0),
                make_event(a, "AGREE", ["TUR"], ["ISR"], "2022-01-19", sentence=1),
                make_event(a, "PROTEST", ["ISR"], ["TUR"], "2022-01-19", sentence=2),
                make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022", "year", sentence=3),
            ),
            coded(
                b,
                make_event(b, "ACCUSE", ["TUR"], ["ISR"], "2022-03", "month", sentence=0),
                make_event(
                    b, "CONSULT", ["TUR"], ["ISR"], "2022-04-02", status="future", sentence=1
                ),
            ),
            coded(c, make_event(c, "AID", ["EGY"], ["ISR"], "2022-01-24")),
        ]
    )
    return db


def test_monthly_directed_series_counts_by_quad_with_zero_months(timeline: Database) -> None:
    rows = timeline.dyad("TUR", "ISR", by="month")
    assert [(r["period"], r["events"], r["quad1"], r["quad3"]) for r in rows] == [
        ("2022-01", 2, 2, 0),
        ("2022-02", 0, 0, 0),
        ("2022-03", 1, 0, 1),
    ]
    assert rows[0]["direction"] == "TUR->ISR"
    assert rows[0]["goldstein_sum"] == pytest.approx(1.9 + 4.0)
    assert rows[0]["goldstein_mean"] == pytest.approx((1.9 + 4.0) / 2)
    assert rows[0]["plover_mean"] == pytest.approx(5.0)
    assert rows[1]["goldstein_mean"] is None and rows[1]["share"] is None


def test_undirected_series_adds_the_other_direction(timeline: Database) -> None:
    rows = timeline.dyad("ISR", "TUR", by="month", directed=False)
    assert [(r["period"], r["events"]) for r in rows] == [
        ("2022-01", 3),
        ("2022-02", 0),
        ("2022-03", 1),
    ]
    assert rows[0]["direction"] == "ISR<->TUR"


def test_normalised_share_divides_by_all_events_of_the_period(timeline: Database) -> None:
    rows = timeline.dyad("TUR", "ISR", by="month", normalise=True)
    assert rows[0]["share"] == pytest.approx(2 / 4)  # + ISR→TUR and EGY→ISR in January
    assert rows[2]["share"] == pytest.approx(1.0)


def test_year_series_includes_year_dated_events(timeline: Database) -> None:
    rows = timeline.dyad("TUR", "ISR", by="year")
    assert [(r["period"], r["events"]) for r in rows] == [("2022", 4)]


def test_since_and_until_bound_the_series_and_fill_zero_rows(timeline: Database) -> None:
    rows = timeline.dyad("TUR", "ISR", by="month", since="2021-12", until="2022-02")
    assert [(r["period"], r["events"]) for r in rows] == [
        ("2021-12", 0),
        ("2022-01", 2),
        ("2022-02", 0),
    ]


def test_weekly_and_daily_periods(timeline: Database) -> None:
    weeks = timeline.dyad("TUR", "ISR", by="week", until="2022-01-31")
    assert [(r["period"], r["events"]) for r in weeks] == [
        ("2022-W03", 2),
        ("2022-W04", 0),
        ("2022-W05", 0),
    ]
    days = timeline.dyad("TUR", "ISR", by="day", until="2022-01-19")
    assert [(r["period"], r["events"]) for r in days] == [("2022-01-18", 1), ("2022-01-19", 1)]


def test_an_unknown_period_is_refused(timeline: Database) -> None:
    with pytest.raises(ConfigError, match="month"):
        timeline.dyad("TUR", "ISR", by="fortnight")


def test_a_dyad_without_events_is_empty(timeline: Database) -> None:
    assert timeline.dyad("USA", "RUS") == []


def test_a_joint_event_counts_in_both_directions(db: Database) -> None:
    a = make_article("joint", "2022-08-18")
    db.ingest_coded([coded(a, make_event(a, "AGREE", ["TUR", "ISR"], [], "2022-08-17"))])
    assert [r["events"] for r in db.dyad("TUR", "ISR")] == [1]
    assert [r["events"] for r in db.dyad("ISR", "TUR")] == [1]
    assert [r["events"] for r in db.dyad("TUR", "ISR", directed=False)] == [1]


def test_both_directions_share_the_same_periods(timeline: Database) -> None:
    """ISR→TUR has events only in January; its rows still run to March, like TUR→ISR's."""
    rows = timeline.dyad_both_ways("TUR", "ISR")
    forward = [r for r in rows if r["direction"] == "TUR->ISR"]
    backward = [r for r in rows if r["direction"] == "ISR->TUR"]
    assert [r["period"] for r in forward] == [r["period"] for r in backward]
    assert [r["period"] for r in backward] == ["2022-01", "2022-02", "2022-03"]
    assert [r["events"] for r in backward] == [1, 0, 0]


def test_both_directions_of_a_dyad_without_events_are_empty(timeline: Database) -> None:
    assert timeline.dyad_both_ways("TUR", "FRA") == []
