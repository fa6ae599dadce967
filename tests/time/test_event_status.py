"""Status (occurred / future / negated / hypothetical) and the historical flag."""

from __future__ import annotations

import datetime as dt

import pytest
from time_helpers import TimeCoder

from detente.records import EventDate
from detente.time.ranges import date_range
from detente.time.status import is_historical

CASES = [
    ("Israeli officials met Turkish diplomats in Ankara.", "met", "occurred"),
    ("Israel will meet Turkish officials next week.", "meet", "future"),
    ("Israel plans to visit Turkey.", "visit", "future"),
    ("Israel is expected to sign the agreement.", "sign", "future"),
    ("Herzog's upcoming visit to Turkey was discussed.", "visit", "future"),
    ("The parties discussed preparations for the visit of Herzog.", "visit", "future"),
    ("Erdogan said Turkey would send a delegation.", "send", "future"),
    ("The ministers agreed to meet again in Ankara.", "meet", "future"),
    ("Erdogan invited Herzog to visit Ankara.", "visit", "future"),
    ("Erdogan invited Herzog to visit Ankara.", "invited", "occurred"),
    ("Turkey threatened to expel the ambassador.", "threatened", "occurred"),
    ("Israeli officials did not meet the Turkish delegation.", "meet", "negated"),
    ("Israel never signed the agreement.", "signed", "negated"),
    ("Israel failed to sign the agreement.", "sign", "negated"),
    ("Israel refused to meet the Turkish delegation.", "refused", "occurred"),
    ("Israel refused to meet the Turkish delegation.", "meet", "negated"),
    ("Herzog's visit to Turkey was postponed.", "visit", "negated"),
    ("Turkey called off the talks with Israel.", "talks", "negated"),
    ("Turkey called off the talks with Israel.", "called", "occurred"),
    ("Israel could sign the agreement.", "sign", "hypothetical"),
    ("Israel might visit Turkey.", "visit", "hypothetical"),
    ("If Turkey agrees, Israel will sign the agreement.", "sign", "hypothetical"),
    ("The agreement would collapse if Israel attacked.", "collapse", "hypothetical"),
    ("Turkey offered no apology to Israel.", "offered", "negated"),
    ("Israel made no concessions to Turkey.", "made", "negated"),
    # the if-clause of a warning conditions what is warned of, not the warning
    ("Turkey warned Israel of consequences if it attacked Gaza.", "warned", "occurred"),
    ("Turkey threatened to retaliate if Israel attacked.", "threatened", "occurred"),
    ("Turkey threatened to retaliate if Israel attacked.", "retaliate", "hypothetical"),
    # a decision taken: the decided act is coded as done
    ("Turkey decided to recall its ambassador from Israel.", "recall", "occurred"),
    ("Turkey voted to impose sanctions on Israel.", "impose", "occurred"),
    ("Turkey moved to expel the Israeli ambassador.", "expel", "occurred"),
    ("Turkey will decide to recall its ambassador.", "recall", "future"),
]


@pytest.mark.parametrize(("sentence", "trigger", "status"), CASES)
def test_status_follows_the_trigger_clause(
    code_time: TimeCoder, sentence: str, trigger: str, status: str
) -> None:
    event = code_time(sentence, "2022-02-18", [trigger]).events[0]
    assert event.status == status


def test_a_stated_date_after_publication_makes_the_event_future(code_time: TimeCoder) -> None:
    event = code_time("The ministers meet on March 3 in Ankara.", "2022-02-18", ["meet"]).events[0]
    assert event.date is not None and event.date.value == "2022-03-03"
    assert event.status == "future"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Iran has released two women held since 2024.", "released"),
        ("Israel had met Turkish officials before the 2024 vote.", "met"),
        ("Turkey released the sailors detained in 2024.", "released"),
        ("Two sailors were freed by Turkey after the 2024 talks.", "freed"),
    ],
)
def test_a_past_or_perfect_verb_has_occurred_whatever_date_follows(
    code_time: TimeCoder, sentence: str, trigger: str
) -> None:
    event = code_time(sentence, "2022-02-18", [trigger]).events[0]
    assert event.status == "occurred"


def test_a_noun_under_a_past_verb_keeps_its_later_date(code_time: TimeCoder) -> None:
    text = "The talks were scheduled for March 2024."
    assert code_time(text, "2022-02-18", ["talks"]).events[0].status == "future"


def test_an_event_years_before_publication_is_historical_and_occurred(code_time: TimeCoder) -> None:
    event = code_time("Turkey and Israel signed a deal in 2016.", "2022-02-18", ["signed"]).events[
        0
    ]
    assert (event.status, event.historical) == ("occurred", True)


def test_a_recent_event_is_not_historical(code_time: TimeCoder) -> None:
    text = "Ushpiz visited Turkey in December 2021."
    event = code_time(text, "2022-02-18", ["visited"]).events[0]
    assert (event.status, event.historical) == ("occurred", False)


def test_publication_dated_events_are_never_historical() -> None:
    date = EventDate("2010-01-01", "day", "publication")
    assert not is_historical(date, dt.date(2022, 2, 18), 365)


@pytest.mark.parametrize(
    ("value", "precision", "start", "end"),
    [
        ("2016", "year", "2016-01-01", "2016-12-31"),
        ("2024-02", "month", "2024-02-01", "2024-02-29"),
        ("2022-W07", "week", "2022-02-14", "2022-02-20"),
        ("2021-Q4", "quarter", "2021-10-01", "2021-12-31"),
        ("199", "decade", "1990-01-01", "1999-12-31"),
        ("2022-02-17", "day", "2022-02-17", "2022-02-17"),
    ],
)
def test_date_bounds_cover_the_whole_precision(
    value: str, precision: str, start: str, end: str
) -> None:
    assert date_range(value, precision) == (
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
    )
