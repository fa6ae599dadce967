"""One event per happening: folding rules on hand-built events."""

from __future__ import annotations

from detente.events.merge import merge_events
from detente.records import Actor, Event, EventDate, Evidence, Span


def actor(country: str, name: str | None = None) -> Actor:
    return Actor(text=country, start=0, end=3, country=country, name=name)


def event(
    kind: str,
    mode: str | None,
    cameo: str,
    actors: list[Actor],
    recipients: list[Actor],
    sentence: int = 0,
    date: str | None = None,
    status: str = "occurred",
) -> Event:
    evidence = Evidence("a", sentence, 0, 10, "text", Span("t", 0, 1))
    e = Event("a", kind, mode, cameo, actors, recipients, evidence)
    e.status = status  # type: ignore[assignment]
    if date:
        e.date = EventDate(date, "day" if len(date) == 10 else "month", "text")
    return e


def test_meeting_during_a_visit_folds_into_the_visit() -> None:
    visit = event("CONSULT", "visit", "042", [actor("TUR")], [actor("ISR")], date="2022-02-17")
    meeting = event("CONSULT", None, "040", [actor("TUR"), actor("ISR", "Ushpiz")], [], 1)
    [merged] = merge_events([visit, meeting])
    assert merged is visit and merged.mentions == [meeting.evidence]
    assert merged.mode == "visit"


def test_visits_in_opposite_directions_stay_apart() -> None:
    there = event("CONSULT", "visit", "042", [actor("TUR")], [actor("ISR")])
    back = event("CONSULT", "visit", "042", [actor("ISR")], [actor("TUR")], 3)
    assert len(merge_events([there, back])) == 2


def test_different_named_people_are_different_happenings() -> None:
    a = event("CONSULT", "phone", "041", [actor("ISR", "Lapid"), actor("TUR", "Cavusoglu")], [])
    b = event("CONSULT", None, "040", [actor("ISR", "Herzog"), actor("TUR", "Erdogan")], [], 2)
    assert len(merge_events([a, b])) == 2


def test_stated_dates_that_disagree_keep_events_apart() -> None:
    a = event("SANCTION", "discontinue", "163", [actor("CAN")], [actor("BLR")], date="2022-03-04")
    b = event("SANCTION", "discontinue", "163", [actor("CAN")], [actor("BLR")], 1, "2021-12")
    assert len(merge_events([a, b])) == 2


def test_future_and_occurred_are_different_happenings() -> None:
    a = event("CONSULT", "visit", "042", [actor("ISR")], [actor("TUR")], status="future")
    b = event("CONSULT", "visit", "042", [actor("ISR")], [actor("TUR")], 1)
    assert len(merge_events([a, b])) == 2


def test_different_specific_cameo_codes_stay_apart() -> None:
    deal = event("SUPPORT", None, "057", [actor("TUR"), actor("ISR")], [])
    praise = event("SUPPORT", None, "051", [actor("TUR")], [], 1)
    assert len(merge_events([deal, praise])) == 2
