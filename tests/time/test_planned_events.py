"""Events announced as planned or scheduled lie ahead, dated by their own time expression."""

from __future__ import annotations

import detente


def _visit(text: str) -> detente.Event:
    [event] = [e for e in detente.code(text, published="2022-02-18") if e.event == "CONSULT"]
    return event


def test_a_visit_planned_for_a_month_is_future_and_dated_that_month() -> None:
    event = _visit(
        "Officials prepared a visit by the Israeli president to Turkey planned for March."
    )
    assert event.status == "future"
    assert event.date is not None and (event.date.value, event.date.precision) == (
        "2022-03",
        "month",
    )


def test_talks_that_are_scheduled_are_future() -> None:
    event = _visit("Talks between Greece and Turkey are scheduled for next week.")
    assert event.status == "future"
    assert event.date is not None and event.date.value == "2022-W08"


def test_talks_that_were_held_are_not_future() -> None:
    event = _visit("Greece and Turkey held talks in Athens on Monday.")
    assert event.status == "occurred"
    assert event.date is not None and event.date.value == "2022-02-14"
