"""The seed article yields the nine events of issue #2, and nothing with a date as actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coder import Coder
from detente.read.paths import read_file
from detente.records import Article, Event


@pytest.fixture(scope="module")
def seed_events(seed_path: Path) -> list[Event]:
    [article] = list(read_file(seed_path))
    assert isinstance(article, Article)
    return Coder().code_article(article)


def find(events: list[Event], kind: str, actors: set[str], recipients: set[str]) -> list[Event]:
    return [
        e
        for e in events
        if e.event == kind
        and {a.country for a in e.actors} == actors
        and {r.country for r in e.recipients} == recipients
    ]


def test_delegation_visit_with_its_meetings_as_evidence(seed_events: list[Event]) -> None:
    [visit] = [e for e in find(seed_events, "CONSULT", {"TUR"}, {"ISR"}) if e.mode == "visit"]
    assert visit.date is not None and visit.date.value == "2022-02-17"
    assert visit.status == "occurred"
    assert {m.trigger.text for m in visit.mentions} >= {"met", "welcomed"}


def test_visits_to_turkey_past_and_upcoming(seed_events: list[Event]) -> None:
    visits = [e for e in find(seed_events, "CONSULT", {"ISR"}, {"TUR"}) if e.mode == "visit"]
    assert {(e.status, e.date.value if e.date else None) for e in visits} >= {
        ("occurred", "2021-12")
    }
    assert any(e.status == "future" for e in visits)


def test_statements_deal_attacks_release_and_calls(seed_events: list[Event]) -> None:
    assert find(seed_events, "SUPPORT", {"TUR"}, {"ISR"})
    [deal] = [e for e in seed_events if e.cameo == "057"]
    assert {a.country for a in deal.actors} == {"TUR", "ISR"}
    assert deal.date is not None and deal.date.value == "2016"
    [attack] = find(seed_events, "ACCUSE", {"TUR"}, {"ISR"})
    assert attack.mode == "disapprove"
    assert [e.mode for e in find(seed_events, "RETREAT", {"TUR"}, {"ISR"})] == ["release"]
    calls = find(seed_events, "CONSULT", {"ISR", "TUR"}, set())
    assert {e.mode for e in calls} >= {"phone", None}


def test_no_event_has_a_date_or_nobody_as_participant(seed_events: list[Event]) -> None:
    for event in seed_events:
        participants = event.actors + event.recipients
        assert participants
        assert all("date" not in a.text.lower() for a in participants)
        assert all(a.country for a in participants)
