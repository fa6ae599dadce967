"""Threats said in many ways (a named speaker, "would not hesitate to", a vow to attack a
party, what the addressee "would face"), and word senses that are another event or none: a
clash over a topic, traded accusations, a space probe, a force backed by tanks, a state's own
citizens evacuated, teams meeting in a final."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.records import Event

Coded = Callable[[str], list[Event]]


def summary(events: list[Event]) -> list[tuple[str, str | None, list[str | None]]]:
    return [
        (e.event, e.mode, sorted(a.country for a in e.actors + e.recipients if a.country))
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "mode", "countries"),
    [
        ("Mordor said Sauron would attack Gondor.", "violence", ["GON", "MOR"]),
        ("Mordor said it would not hesitate to attack Gondor.", "violence", ["GON", "MOR"]),
        ("Mordor vowed to attack Gondor.", "violence", ["GON", "MOR"]),
        ("Mordor warned Gondor of a crushing response.", "violence", ["GON", "MOR"]),
        ("Mordor warned that Gondor would face a harsh response.", None, ["GON", "MOR"]),
        ("Mordor said it would fight Gondor to the end.", "violence", ["GON", "MOR"]),
        ("Mordor said the army would keep attacking Gondor.", "violence", ["GON", "MOR"]),
        ("Mordor repeated its threat to attack Gondor.", "violence", ["MOR"]),
    ],
)
def test_threats_said_in_many_ways(
    code_text: Coded, text: str, mode: str | None, countries: list[str]
) -> None:
    assert ("THREATEN", mode, countries) in summary(code_text(text))


@pytest.mark.parametrize(
    ("text", "mode", "countries"),
    [
        ("Mordor did not rule out military action against Gondor.", "violence", ["MOR"]),
        ("Mordor refused to rule out air strikes on Gondor.", "violence", ["MOR"]),
        (
            "Mordor raised the prospect of military action against Gondor.",
            "violence",
            ["GON", "MOR"],
        ),
        ("Mordor said it would respond decisively to any provocation.", None, ["MOR"]),
        ("Mordor said it would not tolerate foreign interference.", None, ["MOR"]),
        ("Mordor hinted at closing the border with Gondor.", "restrict", ["MOR"]),
    ],
)
def test_threats_hinted_raised_or_not_ruled_out(
    code_text: Coded, text: str, mode: str | None, countries: list[str]
) -> None:
    assert ("THREATEN", mode, countries) in summary(code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mordor ruled out military action against Gondor.",  # a rejection of force
        "Mordor raised concerns about sanctions on Gondor.",  # no prospect raised
        "Mordor responded firmly to the criticism.",  # a reaction, not announced
        "Mordor does not tolerate dissent.",  # a policy, not announced as a threat
        "The central bank hinted at closing the gap with inflation.",
        "The Mordorian ministry warned travellers against visiting Gondor.",  # advice
    ],
)
def test_no_threat_in_a_rejection_a_reaction_or_advice(code_text: Coded, text: str) -> None:
    assert all(e.event != "THREATEN" for e in code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mordor said Gondor would attack Rohan.",  # a forecast about another party
        "Mordor said it would not attack Gondor.",  # a reassurance
        "Mordor said it would hesitate to attack Gondor.",
        "Mordor said the country would fight inflation.",  # a policy, not force
    ],
)
def test_no_threat_when_another_party_acts_or_force_is_ruled_out(
    code_text: Coded, text: str
) -> None:
    assert all(e.event != "THREATEN" for e in code_text(text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Mordor and Gondor traded accusations on Monday.", "ACCUSE"),
        ("Mordor and Gondor clashed over trade on Monday.", "ACCUSE"),
        ("Mordor and Gondor clashed on the border on Monday.", "ASSAULT"),
        ("Mordorian police clashed with protesters over the tax law.", "ASSAULT"),
        ("Mordor and Gondor traded fire on Monday.", "ASSAULT"),
        ("Mordor and Gondor traded threats on Monday.", "THREATEN"),
    ],
)
def test_verbal_and_armed_clashes(code_text: Coded, text: str, event: str) -> None:
    assert [e.event for e in code_text(text)] == [event]


@pytest.mark.parametrize(
    "text",
    [
        "Gondor launched a lunar probe on Friday.",
        "Mordor evacuated its citizens from Rohan.",
        "Gondor and Rohan meet in the final on Sunday.",
        "The exercise of power by the Gondorian army alarmed Rohan.",
    ],
)
def test_senses_that_are_no_event(code_text: Coded, text: str) -> None:
    assert code_text(text) == []


def test_a_force_backed_by_tanks_is_not_supported(code_text: Coded) -> None:
    events = code_text("Mordorian rebels backed by tanks attacked Gondor.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_a_cue_under_out_of(code_text: Coded) -> None:
    events = code_text("Gondor pulled out of the deal with Rohan.")
    assert [(e.event, e.mode) for e in events] == [("SANCTION", "withdraw")]


@pytest.mark.parametrize(
    ("text", "mode", "cameo", "countries"),
    [
        (
            "Mordor said it would impose sanctions on Gondor if it armed the rebels.",
            "restrict",
            "131",
            ["GON", "MOR"],
        ),
        (
            "Mordor said it would expel Gondor's diplomats unless the spy was freed.",
            "expel",
            "136",
            ["GON", "MOR"],
        ),
        (
            "Mordor said it would cut ties with Gondor if it recognised Rohan.",
            "relations",
            "1313",
            ["GON", "MOR"],
        ),
        (
            "Mordor will impose sanctions on Gondor if it arms the rebels.",
            "restrict",
            "131",
            ["GON", "MOR"],
        ),
        ("Mordor vowed to crack down on Gondor's protesters.", "restrict", "137", ["GON", "MOR"]),
        ("Mordor said Gondor would face consequences.", None, "130", ["GON", "MOR"]),
        ("Mordor threatened to retaliate if Gondor attacked.", "violence", "138", ["GON", "MOR"]),
    ],
)
def test_an_act_announced_on_a_condition_or_vowed_is_a_threat_of_its_kind(
    code_text: Coded, text: str, mode: str | None, cameo: str, countries: list[str]
) -> None:
    threats = [e for e in code_text(text) if e.event == "THREATEN"]
    assert [(e.mode, e.cameo) for e in threats] == [(mode, cameo)]
    assert summary(threats)[0][2] == countries


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Mordor will impose sanctions on Gondor next month.", "SANCTION"),  # a plan, no condition
        ("Mordor threatened to attack Gondor's ships and kill their crews.", "THREATEN"),
    ],
)
def test_a_plan_stays_its_act_and_a_threat_is_one_event(
    code_text: Coded, text: str, event: str
) -> None:
    assert [e.event for e in code_text(text)] == [event]


@pytest.mark.parametrize(
    "text",
    [
        "Mordor refused to say whether it would attack Gondor.",
        "Mordor will decide whether to recall its ambassador from Gondor.",
    ],
)
def test_an_embedded_question_is_no_event(code_text: Coded, text: str) -> None:
    assert code_text(text) == []
