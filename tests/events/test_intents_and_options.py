"""Options weighed, wishes and refusals to comment are not events; stated intentions take
CAMEO's intent codes; one's own forces are not the recipient of one's own moves."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.events.ontology import intent_cameo, load_ontology
from detente.events.scores import score_event
from detente.records import Event

Coded = Callable[[str], list[Event]]


def summary(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [
        (e.event, sorted(a.country for a in e.actors), sorted(r.country for r in e.recipients))
        for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gondor is considering sending aid to Rohan.",
        "Aragorn said he hopes Arnor will persuade Mordor to lift the sanctions.",
        "Gondor declined to comment on the dispute.",
    ],
)
def test_options_wishes_and_no_comment_are_not_events(code_text: Coded, text: str) -> None:
    assert code_text(text) == []


def test_declining_an_invitation_is_a_rejection(code_text: Coded) -> None:
    assert [e.event for e in code_text("Gondor declined the invitation.")] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gondor moved troops to the border with Mordor.", [("MOBILIZE", ["GON"], ["MOR"])]),
        ("Mordor put its troops on alert.", [("MOBILIZE", ["MOR"], [])]),
        (
            "Gondor threatened military action against Mordor.",
            [("THREATEN", ["GON"], ["MOR"])],
        ),
    ],
)
def test_own_forces_are_not_the_recipient(
    code_text: Coded, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert summary(code_text(text)) == expected


@pytest.mark.parametrize(
    ("event", "cameo", "status", "expected"),
    [
        ("CONSULT", "042", "future", "036"),
        ("AID", "073", "future", "033"),
        ("RETREAT", "0841", "future", "035"),
        ("CONSULT", "042", "occurred", "042"),
        ("ASSAULT", "190", "future", "190"),
    ],
)
def test_future_events_take_cameo_intent_codes(
    event: str, cameo: str, status: str, expected: str
) -> None:
    assert intent_cameo(event, cameo, status) == expected


def test_scoring_a_future_visit_uses_the_intent_code(code_text: Coded) -> None:
    [visit] = code_text("Aragorn visited Rohan.")
    visit.status = "future"
    score_event(visit, load_ontology())
    assert (visit.cameo, visit.goldstein) == ("036", 4.0)


@pytest.mark.parametrize(
    ("text", "mode", "cameo"),
    [
        ("Gondor will not lift the sanctions on Mordor.", "yield", "124"),
        ("Arnor said it would not release the prisoners.", "yield", "124"),
        ("Rohan won't accept refugees from Mordor.", "assist", "121"),
    ],
)
def test_a_refusal_to_yield_or_help_is_a_rejection(
    code_text: Coded, text: str, mode: str, cameo: str
) -> None:
    [event] = code_text(text)
    assert (event.event, event.mode, event.cameo) == ("REJECT", mode, cameo)
    assert event.evidence.trigger.text in ("will not", "would not", "won't")


def test_a_past_negation_is_not_a_refusal(code_text: Coded) -> None:
    assert [e.event for e in code_text("Gondor did not lift the sanctions.")] != ["REJECT"]


def test_a_condition_is_not_an_event(code_text: Coded) -> None:
    events = code_text("Mordor warned that it would attack Gondor if Arnor attacked Rohan.")
    assert [e.event for e in events] == ["THREATEN"]


def test_a_danger_to_a_thing_is_not_a_threat(code_text: Coded) -> None:
    assert code_text("Gondor said the move threatened regional stability.") == []
    assert [e.event for e in code_text("Mordor threatened Gondor.")] == ["THREATEN"]


def test_a_cue_deep_in_a_compound_still_counts(code_text: Coded) -> None:
    events = code_text("Arnor and Gondor held their first joint coast guard drills.")
    assert summary(events) == [("COOPERATE", ["ARN", "GON"], [])]


def test_a_summit_on_whose_sidelines_leaders_met_is_a_setting(code_text: Coded) -> None:
    events = code_text("Aragorn met with Theoden on the sidelines of the Arnor summit.")
    assert summary(events) == [("CONSULT", ["GON", "ROH"], [])]


def test_denying_accusations_keeps_the_codebook_code_016(code_text: Coded) -> None:
    [denial] = code_text("Mordor denied the accusations.")
    assert (denial.event, denial.cameo) == ("REJECT", "016")
    [refusal] = code_text("Gondor denied entry to the Mordor envoy.")
    assert (refusal.event, refusal.cameo) == ("REJECT", "120")


def test_agreeing_with_a_view_is_an_opinion_not_an_agreement(code_text: Coded) -> None:
    assert code_text("Aragorn said he agrees with the recommendation.") == []
    assert [e.event for e in code_text("Gondor agreed with Rohan on a prisoner exchange.")] == [
        "AGREE"
    ]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Mordor promised to cooperate with Gondor.", "031"),
        ("Gondor offered to mediate between Arnor and Rohan.", "039"),
        ("Gondor offered to hold talks with Arnor.", "036"),
    ],
)
def test_an_agreement_takes_the_intent_code_of_what_it_governs(
    code_text: Coded, text: str, cameo: str
) -> None:
    [event] = code_text(text)
    assert (event.event, event.cameo) == ("AGREE", cameo)
