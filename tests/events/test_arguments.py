"""Who did what to whom: argument rules on sentences with fictional countries."""

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
        ("Arnor imposed sanctions on Mordor.", [("SANCTION", ["ARN"], ["MOR"])]),
        ("Gondor was attacked by Mordor.", [("ASSAULT", ["MOR"], ["GON"])]),
        ("Arnor and Gondor signed a peace treaty.", [("SUPPORT", ["ARN", "GON"], [])]),
        ("Aragorn met with Theoden.", [("CONSULT", ["GON", "ROH"], [])]),
        ("Talks between Arnor and Gondor ended.", [("CONSULT", ["ARN", "GON"], [])]),
        (
            "Aragorn's visit to Rohan was postponed.",
            [("CONSULT", ["GON"], ["ROH"]), ("REJECT", [], ["ROH"])],
        ),
        ("Gondor called on Arnor to release the prisoners.", [("REQUEST", ["GON"], ["ARN"])]),
        ("Aragorn spoke on the phone with Theoden.", [("CONSULT", ["GON", "ROH"], [])]),
        ("Theoden hosted Aragorn.", [("CONSULT", ["GON"], ["ROH"])]),
        ("Sauron threatened to attack Gondor.", [("THREATEN", ["MOR"], ["GON"])]),
    ],
)
def test_participants_follow_the_dependency_rules(
    code_text: Coded, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert summary(code_text(text)) == expected


def test_conjoined_verb_shares_the_subject_and_folds_into_the_visit(code_text: Coded) -> None:
    events = code_text("Aragorn visited Rohan and met with Theoden.")
    assert summary(events) == [("CONSULT", ["GON"], ["ROH"])]
    assert events[0].mode == "visit"
    assert [m.trigger.text for m in events[0].mentions] == ["met"]


def test_a_noun_that_completes_a_light_verb_is_not_a_second_event(code_text: Coded) -> None:
    assert [e.event for e in code_text("Arnor held talks with Gondor.")] == ["CONSULT"]


def test_infinitive_governed_by_a_trigger_is_part_of_its_event(code_text: Coded) -> None:
    assert [e.event for e in code_text("Arnor agreed to meet Gondor.")] == ["AGREE"]


def test_most_specific_pattern_wins(code_text: Coded) -> None:
    [event] = code_text("Aragorn spoke on the phone with Theoden.")
    assert (event.mode, event.cameo) == ("phone", "041")
    [verbal] = code_text("Theoden verbally attacked Sauron.")
    assert (verbal.event, verbal.mode) == ("ACCUSE", "disapprove")


def test_sentence_without_participants_gives_no_event(code_text: Coded) -> None:
    assert code_text("The meeting was held at noon.") == []


def test_evidence_spans_point_into_the_text(code_text: Coded) -> None:
    text = "Yesterday Arnor imposed sanctions on Mordor."
    [event] = code_text(text)
    ev = event.evidence
    assert text[ev.trigger.start : ev.trigger.end] == "imposed"
    assert [text[s.start : s.end] for s in ev.actors] == ["Arnor"]
    assert [text[s.start : s.end] for s in ev.recipients] == ["Mordor"]
    assert text[ev.start : ev.end].strip() == text


def test_passive_participle_makes_its_noun_the_recipient(code_text: Coded) -> None:
    events = code_text("Arnor searched for Gondorian citizens abducted by Mordor.")
    assert ("ASSAULT", ["MOR"], ["GON"]) in summary(events)


def test_fighting_needs_two_sides(code_text: Coded) -> None:
    assert code_text("Gondor fought the epidemic.") == []
    assert summary(code_text("Gondor fought with Mordor.")) == [("ASSAULT", ["GON", "MOR"], [])]


def test_a_promise_to_withdraw_is_a_concession(code_text: Coded) -> None:
    [event] = code_text("Mordor agreed to withdraw its troops from Gondor.")
    assert (event.event, event.cameo) == ("CONCEDE", "035")  # CAMEO: express intent to yield


def test_a_protest_without_a_named_actor_takes_the_country_where_it_happens(
    code_text: Coded,
) -> None:
    [event] = code_text("Thousands of farmers demonstrated in Minas Tirith.")
    assert event.event == "PROTEST"
    assert [(a.country, a.implied) for a in event.actors] == [("GON", True)]


def test_readiness_to_meet_is_an_intent_to_meet(code_text: Coded) -> None:
    [event] = code_text("Arnor said it was ready to resume talks with Gondor.")
    assert (event.event, event.cameo) == ("AGREE", "036")
    assert sorted(a.country for a in event.actors) == ["ARN", "GON"]


def test_a_place_after_an_event_noun_is_not_its_target(code_text: Coded) -> None:
    [event] = code_text("Arnor condemned the bombing in Minas Tirith.")
    assert (event.event, event.recipients) == ("ACCUSE", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aragorn discussed trade cooperation with Theoden.", ("CONSULT", ["GON", "ROH"], [])),
        ("Gondor is in talks with Rohan.", ("CONSULT", ["GON", "ROH"], [])),
        ("In a meeting with Theoden, Aragorn said little.", ("CONSULT", ["GON", "ROH"], [])),
        ("Aragorn is on a visit to Rohan.", ("CONSULT", ["GON"], ["ROH"])),
        ("Arnor was granted a loan by Gondor.", ("AID", ["GON"], ["ARN"])),
        ("Gondor is opposed to Mordor's plan.", ("REJECT", ["GON"], ["MOR"])),
        ("Aragorn called for Mordor's cooperation.", ("REQUEST", ["GON"], ["MOR"])),
    ],
)
def test_participants_the_parse_hangs_elsewhere_are_found(
    code_text: Coded, text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert expected in summary(code_text(text))


def test_a_gathering_with_no_other_side_named_is_no_consultation(code_text: Coded) -> None:
    events = code_text("Gondor rallied support for Rohan at the summit.")
    assert all(e.event != "CONSULT" for e in events)
