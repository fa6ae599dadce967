"""What is not an event, who did it when the text does not say, and which event of a sentence
is its main one (the most confident)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.records import Event

Coded = Callable[[str], list[Event]]


def summary(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [
        (
            e.event,
            sorted(a.country for a in e.actors if a.country),
            sorted(r.country for r in e.recipients),
        )
        for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Will Mordor attack Gondor?",  # a question asks
        "Analysts believe Mordor could attack Gondor next year.",  # a view about a possibility
        "Experts fear Mordor might invade Rohan.",
        "Gondor beat Arnor 3-1 in the cup final.",  # sport
        "The Gondorian team attacked relentlessly against Arnor in the second half.",
        "Mordor denied attacking Gondor's border posts.",  # a denied claim
        "Arnor said it hoped for more talks with Gondor.",  # a wish
    ],
)
def test_not_an_event(code_text: Coded, text: str) -> None:
    assert [e.event for e in code_text(text) if e.event in ("ASSAULT", "CONSULT")] == []


def test_attacking_a_proposal_is_criticism(code_text: Coded) -> None:
    [event] = code_text("Theoden attacked Sauron's budget proposal.")
    assert (event.event, event.mode, event.cameo) == ("ACCUSE", "disapprove", "111")
    assert summary([event]) == [("ACCUSE", ["ROH"], ["MOR"])]


def test_an_unknown_perpetrator_is_unidentified_armed_forces(code_text: Coded) -> None:
    [event] = code_text("A car bomb killed five soldiers of the Gondorian army.")
    assert summary([event]) == [("ASSAULT", [], ["GON"])]
    [actor] = event.actors
    assert (actor.country, actor.sector, actor.text, actor.implied) == (
        None,
        "UAF",
        "A car bomb",
        False,
    )


def test_a_deed_noun_as_subject_lends_its_actor_and_place(code_text: Coded) -> None:
    events = code_text("Mordorian air strikes on Gondor killed ten people.")
    assert summary(events) == [("ASSAULT", ["MOR"], ["GON"])]
    assert events[0].mode == "aerial"


def test_the_claimant_of_an_attack_did_it(code_text: Coded) -> None:
    events = code_text(
        "Mordor claimed responsibility for the attack, which killed ten Gondorian police."
    )
    assert ("ASSAULT", ["MOR"], ["GON"]) in summary(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arnor agreed to meet Gondor.", ("AGREE", ["ARN", "GON"], [])),
        ("Arnor agreed to cooperate with Gondor on trade.", ("AGREE", ["ARN", "GON"], [])),
        ("Arnor agreed to help Rohan.", ("AGREE", ["ARN"], ["ROH"])),
    ],
)
def test_the_partner_of_an_agreed_act_joins_the_agreement(
    code_text: Coded, text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert summary(code_text(text)) == [expected]


def test_agreeing_to_a_swap_is_not_a_concession(code_text: Coded) -> None:
    [swap] = code_text("Arnor and Gondor agreed to exchange prisoners.")
    assert (swap.event, swap.cameo) == ("AGREE", "031")
    [withdrawal] = code_text("Mordor agreed to withdraw its troops from Rohan.")
    assert (withdrawal.event, withdrawal.cameo) == ("CONCEDE", "035")


def test_the_reported_content_is_the_main_event(code_text: Coded) -> None:
    events = code_text("Arnor said it would send aid to Gondor after Mordor attacked Gondor.")
    assert {e.event for e in events} == {"AID", "ASSAULT"}
    main = max(events, key=lambda e: e.confidence)
    assert main.event == "AID"


def test_a_relative_clause_is_background(code_text: Coded) -> None:
    events = code_text("Gondorian police arrested the protesters who had attacked Mordor.")
    by_type = {e.event: e.confidence for e in events}
    assert by_type["COERCE"] > by_type["ASSAULT"]


def test_a_reaction_to_a_deed_takes_its_doer_as_implied_recipient(code_text: Coded) -> None:
    events = code_text("Mordor attacked Gondor on Sunday. Arnor condemned the attack.")
    [reaction] = [e for e in events if e.event == "ACCUSE"]
    assert [(r.country, r.implied) for r in reaction.recipients] == [("MOR", True)]


def test_saying_it_will_use_force_is_a_threat(code_text: Coded) -> None:
    [event] = code_text("Mordor said it would attack Gondor next week.")
    assert (event.event, event.mode, event.cameo, event.status) == (
        "THREATEN",
        "violence",
        "138",
        "occurred",
    )
    assert summary([event]) == [("THREATEN", ["MOR"], ["GON"])]
    assert event.evidence.trigger.text == "said"
