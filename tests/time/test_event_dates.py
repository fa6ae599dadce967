"""Which expression dates which event (attachment), on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from time_helpers import TimeCoder, make_event

from detente.read.paths import read_file
from detente.records import Article, Event
from detente.time.stage import EventDateStage

ARTICLE = (
    "A senior Turkish delegation visited Israel on Thursday and met with Foreign Ministry "
    "officials.\n\n"
    "The visit reciprocates Ushpiz's visit to Turkey in December 2021, when talks began.\n\n"
    "Erdogan said on Wednesday that Ankara welcomes Herzog's upcoming visit to Turkey.\n\n"
    "Last month, Lapid spoke on the phone with Cavusoglu.\n\n"
    "Turkey and Israel signed a reconciliation deal in 2016, ending a six-year standoff. "
    "Relations improved after the 2016 deal.\n\n"
    "Several months ago, however, Herzog and Erdogan held a lengthy conversation shortly after "
    "Herzog took office.\n\n"
    "The two leaders also spoke after the release of a couple from prison."
)
TRIGGERS: dict[str, str | tuple[str, int]] = {
    "visited": "visited",
    "met": "met",
    "visit": ("visit", 1),
    "welcomes": "welcomes",
    "upcoming visit": ("visit", 2),
    "spoke": ("spoke", 0),
    "signed": "signed",
    "deal": ("deal", 1),
    "held": "held",
    "spoke again": ("spoke", 1),
}


def _dated(code_time: TimeCoder) -> dict[str, Event]:
    events = code_time(ARTICLE, "2022-02-18", list(TRIGGERS.values())).events
    return dict(zip(TRIGGERS, events, strict=True))


def test_weekday_modifying_the_trigger_dates_the_visit(code_time: TimeCoder) -> None:
    event = _dated(code_time)["visited"]
    assert event.date is not None
    assert (event.date.value, event.date.precision, event.date.source) == (
        "2022-02-17",
        "day",
        "text",
    )
    assert event.evidence.date is not None and event.evidence.date.text == "Thursday"
    assert ARTICLE[event.evidence.date.start : event.evidence.date.end] == "Thursday"


def test_coordinated_verb_takes_the_date_of_the_first_verb(code_time: TimeCoder) -> None:
    date = _dated(code_time)["met"].date
    assert date is not None and date.value == "2022-02-17"


def test_nominal_event_takes_its_own_prepositional_date(code_time: TimeCoder) -> None:
    date = _dated(code_time)["visit"].date
    assert date is not None
    assert (date.value, date.precision, date.text) == ("2021-12", "month", "December 2021")


def test_reported_speech_takes_the_date_of_the_reporting_verb(code_time: TimeCoder) -> None:
    date = _dated(code_time)["welcomes"].date
    assert date is not None and (date.value, date.precision) == ("2022-02-16", "day")


def test_upcoming_event_is_not_dated_by_the_statement_around_it(code_time: TimeCoder) -> None:
    event = _dated(code_time)["upcoming visit"]
    assert event.date is not None and event.date.source == "publication"
    assert event.status == "future"


def test_fronted_last_month_dates_the_phone_call(code_time: TimeCoder) -> None:
    date = _dated(code_time)["spoke"].date
    assert date is not None and (date.value, date.precision) == ("2022-01", "month")


def test_year_dates_the_signing_and_the_adjectival_year_dates_the_deal(
    code_time: TimeCoder,
) -> None:
    events = _dated(code_time)
    for key in ("signed", "deal"):
        date = events[key].date
        assert date is not None and (date.value, date.precision) == ("2016", "year")
        assert events[key].historical and events[key].status == "occurred"


def test_took_office_gives_an_approximate_month_from_the_office_table(code_time: TimeCoder) -> None:
    date = _dated(code_time)["held"].date
    assert date is not None
    assert (date.value, date.precision, date.approximate) == ("2021-07", "month", True)
    assert date.text == "shortly after Herzog took office"


def test_undated_paragraph_falls_back_to_publication(code_time: TimeCoder) -> None:
    event = _dated(code_time)["spoke again"]
    assert event.date is not None
    assert (event.date.value, event.date.source) == ("2022-02-18", "publication")
    assert event.evidence.date is None


def test_paragraph_narrative_time_dates_a_later_sentence(code_time: TimeCoder) -> None:
    text = "On Monday, the ministers met in Ankara. They discussed trade and energy."
    event = code_time(text, "2022-02-18", ["discussed"]).events[0]
    assert event.date is not None
    assert (event.date.value, event.date.source) == ("2022-02-14", "context")


def test_next_paragraph_does_not_inherit_narrative_time(code_time: TimeCoder) -> None:
    text = "On Monday, the ministers met in Ankara.\n\nThey discussed trade and energy."
    event = code_time(text, "2022-02-18", ["discussed"]).events[0]
    assert event.date is not None and event.date.source == "publication"


def test_every_mention_gets_its_own_date_span(code_time: TimeCoder) -> None:
    text = "Ministers met on Monday in Ankara. The meeting on Monday was long."
    cdoc = code_time(text, "2022-02-18", [])
    event = make_event(cdoc, "met")
    event.mentions = [make_event(cdoc, "meeting").evidence]
    cdoc.events = [event]
    EventDateStage().process(cdoc)
    assert event.evidence.date is not None and event.evidence.date.start == text.index("Monday")
    mention_date = event.mentions[0].date
    assert mention_date is not None and mention_date.start == text.rindex("Monday")


def test_mention_with_a_stated_date_dates_an_undated_event(code_time: TimeCoder) -> None:
    text = "Ministers met in Ankara.\n\nThe meeting on Monday was long."
    cdoc = code_time(text, "2022-02-18", [])
    event = make_event(cdoc, "met")
    event.mentions = [make_event(cdoc, "meeting").evidence]
    cdoc.events = [event]
    EventDateStage().process(cdoc)
    assert event.date is not None and (event.date.value, event.date.source) == (
        "2022-02-14",
        "text",
    )


@pytest.mark.shared
def test_seed_article_events_get_the_dates_issue_two_lists(
    code_time: TimeCoder, seed_path: Path
) -> None:
    article = next(a for a in read_file(seed_path) if isinstance(a, Article))
    triggers = {
        "visited": "visited",
        "Ushpiz's visit": ("visit", 2),
        "welcomes": "welcomes",
        "upcoming visit": ("visit", 4),
        "spoke on the phone": ("spoke", 0),
        "signed": ("signed", 0),
        "held": ("held", 1),
    }
    cdoc = code_time(article.text, article.published.isoformat(), list(triggers.values()))
    got = {
        name: (e.date.value, e.date.precision, e.date.approximate, e.status, e.historical)
        for name, e in zip(triggers, cdoc.events, strict=True)
        if e.date is not None
    }
    assert got["visited"] == ("2022-02-17", "day", False, "occurred", False)
    assert got["Ushpiz's visit"] == ("2021-12", "month", False, "occurred", False)
    assert got["welcomes"] == ("2022-02-16", "day", False, "occurred", False)
    assert got["upcoming visit"][3] == "future"
    assert got["spoke on the phone"] == ("2022-01", "month", False, "occurred", False)
    assert got["signed"] == ("2016", "year", False, "occurred", True)
    assert got["held"] == ("2021-07", "month", True, "occurred", False)


def test_a_date_belonging_to_another_clause_does_not_date_the_event(code_time: TimeCoder) -> None:
    text = "Israel, which signed a deal with Turkey in 2016, met Turkish officials."
    event = code_time(text, "2022-02-18", ["met"]).events[0]
    assert event.date is not None and event.date.source == "publication"


def test_a_participle_shares_the_date_of_its_clause(code_time: TimeCoder) -> None:
    text = "Turkey and Israel signed a deal in 2016, ending a six-year standoff."
    event = code_time(text, "2022-02-18", ["ending"]).events[0]
    assert event.date is not None and event.date.value == "2016"


def test_a_reported_date_does_not_date_the_report(code_time: TimeCoder) -> None:
    text = "Erdogan said that the delegation visited Israel on Thursday."
    said, visited = code_time(text, "2022-02-18", ["said", "visited"]).events
    assert said.date is not None and said.date.source == "publication"
    assert visited.date is not None and visited.date.value == "2022-02-17"


def test_took_office_of_an_unknown_person_does_not_date_the_event(code_time: TimeCoder) -> None:
    text = "The two leaders held talks shortly after Gondorian took office."
    event = code_time(text, "2022-02-18", ["held"]).events[0]
    assert event.date is not None and event.date.source == "publication"


def test_vague_past_alone_does_not_date_the_event(code_time: TimeCoder) -> None:
    text = "Several months ago, the two leaders held talks."
    event = code_time(text, "2022-02-18", ["held"]).events[0]
    assert event.date is not None and event.date.source == "publication"
