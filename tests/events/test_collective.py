"""Participants named elsewhere in the article (`events/collective.py`), and the argument fixes
that came with them: the means is not the actor, the speaker is not the doer, a thing is not
a guest, a head count counts people. Fictional countries, table actors (no coreference), so
the article-level rules are tested without the actors stage's own "the two"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.records import Event

Coded = Callable[[str], list[Event]]


def of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event == kind]


def countries(event: Event) -> list[str | None]:
    return sorted(a.country for a in event.actors)


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        (
            "Arnor and Gondor signed a peace treaty. The two sides agreed to open the border.",
            "AGREE",
            "The two sides",
        ),
        (
            "Arnor and Gondor signed a peace treaty. Both governments agreed to open the border.",
            "AGREE",
            "Both governments",
        ),
        (
            "Arnor and Gondor signed a peace treaty. Leaders of both countries agreed to meet.",
            "AGREE",
            "Leaders of both countries",
        ),
        (
            "Aragorn visited Arnor on Monday. The ministers discussed the river dispute.",
            "CONSULT",
            None,
        ),
        ("Arnor and Gondor signed a peace treaty. Talks were held on Monday.", "CONSULT", "Talks"),
        (
            "Arnor and Gondor signed a peace treaty. Negotiations resumed in June.",
            "CONSULT",
            "Negotiations",
        ),
    ],
)
def test_a_collective_subject_takes_the_parties_named_before(
    code_text: Coded, text: str, kind: str, shown: str | None
) -> None:
    events = of_type(code_text(text), kind)
    assert events, f"no {kind} in {text!r}"
    event = events[-1]
    assert {"ARN", "GON"} <= set(countries(event)) | {r.country for r in event.recipients}
    if shown is not None:
        assert all(a.implied and a.text == shown for a in event.actors)


@pytest.mark.parametrize(
    "text",
    [
        # three countries and no list: who "the two" are would be a guess
        "Arnor, Gondor and Rohan sent envoys to the meeting. The two sides agreed to cooperate.",
        "The two sides held talks on Monday.",
        "Talks were held on Monday.",
        "Arnor and Gondor signed a peace treaty. No talks were held on Monday.",
        "Arnor and Gondor signed a peace treaty. Wage talks began on Monday.",
        # not parties: the banks of a river, the sides of a debate, teams after a match
        "Arnor and Gondor signed a peace treaty. The two sides of the river agreed to cooperate.",
        "Arnor beat Gondor 2-1 in the cup final. Both sides met again on Sunday.",
        "Arnor and Gondor signed a treaty. The two teams met in the final.",
    ],
)
def test_no_guess_when_the_parties_are_unclear(code_text: Coded, text: str) -> None:
    later = [e for e in code_text(text) if e.evidence.sentence_index > 0 or "two" in text[:20]]
    assert not [e for e in later if e.event in ("AGREE", "CONSULT")], later


def test_a_named_pair_is_not_replaced(code_text: Coded) -> None:
    events = code_text("Arnor and Rohan met on Monday. Aragorn and Theoden agreed to meet again.")
    agree = of_type(events, "AGREE")
    assert agree and countries(agree[0]) == ["GON", "ROH"]
    assert not any(a.implied for a in agree[0].actors)


def test_the_means_is_not_the_actor(code_text: Coded) -> None:
    text = "The Gondorian army used Mordorian drones to strike rebel positions."
    events = of_type(code_text(text), "ASSAULT")
    assert events and countries(events[0]) == ["GON"]


def test_the_speaker_is_not_the_doer(code_text: Coded) -> None:
    text = "Fighters shelled Minas Tirith, Mordorian officials said."
    events = of_type(code_text(text), "ASSAULT")
    assert events and countries(events[0]) == [None]


def test_a_pronoun_still_takes_the_speaker(code_text: Coded) -> None:
    events = of_type(code_text("Gondor said it had attacked the Mordorian camps."), "ASSAULT")
    assert events and countries(events[0]) == ["GON"]


@pytest.mark.parametrize(
    "text", ["Aragorn welcomed Mordorian investment.", "Aragorn welcomed investment from Rohan."]
)
def test_a_thing_welcomed_is_no_visit(code_text: Coded, text: str) -> None:
    assert not [e for e in code_text(text) if e.mode == "visit"]


def test_a_guest_welcomed_is_a_visit(code_text: Coded) -> None:
    events = [e for e in code_text("Aragorn welcomed Theoden at the palace.") if e.mode == "visit"]
    assert events and countries(events[0]) == ["ROH"]


def test_a_head_count_names_the_people(code_text: Coded) -> None:
    events = of_type(code_text("Gondorian police arrested hundreds of protesters."), "COERCE")
    assert events and [r.sector for r in events[0].recipients] == ["CVL"]
