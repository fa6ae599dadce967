"""Building an event when a good trigger fires: a place hit names its country, a culprit of a
deed is its actor, the owner of a measure lifted or imposed in the passive lifted or imposed it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.records import Event

Coded = Callable[[str], list[Event]]


def summary(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [
        (e.event, sorted(a.country for a in e.actors), sorted(r.country for r in e.recipients))
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city attacked or raided is no actor mention: the gazetteer says whose it is
        ("The Gondorian army shelled homes in Aleppo.", [("ASSAULT", ["GON"], ["SYR"])]),
        ("The Gondorian army bombed a hospital in Aleppo.", [("ASSAULT", ["GON"], ["SYR"])]),
        # the culprit of a deed is its actor, in what the sentence reports
        ("Mordor was responsible for the attack on Gondor.", [("ASSAULT", ["MOR"], ["GON"])]),
        ("Arnor was guilty of attacking Rohan.", [("ASSAULT", ["ARN"], ["ROH"])]),
        # what belongs to whoever imposes or lifts it
        ("Arnorian sanctions on Mordor were lifted.", [("CONCEDE", ["ARN"], ["MOR"])]),
        # the deed of an answer, and the country people were sent away from
        ("Gondor responded with air strikes on Mordor.", [("ASSAULT", ["GON"], ["MOR"])]),
        ("Two Arnorian diplomats were expelled from Gondor.", [("SANCTION", ["GON"], ["ARN"])]),
    ],
)
def test_a_good_trigger_builds_its_event(
    code_text: Coded, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert summary(code_text(text)) == expected


def test_a_target_hit_in_the_passive_is_no_actor_of_the_measure(code_text: Coded) -> None:
    events = code_text("Mordor was hit with sanctions.")
    assert all(a.country != "MOR" for e in events for a in e.actors)


def test_a_curfew_takes_no_place_abroad_as_recipient(code_text: Coded) -> None:
    events = code_text("Gondor imposed a curfew in Aleppo.")
    assert summary(events) == [("COERCE", ["GON"], [])]


def test_a_culprit_named_in_a_denied_claim_is_no_actor(code_text: Coded) -> None:
    events = code_text("Mordor denied that it was responsible for the attack on Gondor.")
    assert "ASSAULT" not in {e.event for e in events}


def test_the_deed_of_a_verdict_is_background(code_text: Coded) -> None:
    events = code_text("A Gondorian court found Sauron guilty of attacking Rohan.")
    assert "ASSAULT" not in {e.event for e in events}


def test_a_state_that_protests_complains(code_text: Coded) -> None:
    events = code_text("Minas Tirith protested after the attack.")
    assert [(e.event, e.mode, e.cameo) for e in events] == [("ACCUSE", "disapprove", "114")]
