"""The article detente started from: every event issue #2 lists comes out right.

Published 2022-02-18 (a Friday). See ../shared/examples/2022-02-18-turkey-israel.txt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.coder import Coder
from detente.read.paths import read_paths
from detente.records import Event, Failure

Check = Callable[[Event], bool]


@pytest.fixture(scope="module")
def seed_events(seed_path: Path) -> list[Event]:
    [result] = list(Coder().code_stream(read_paths([str(seed_path)])))
    assert result.ok, result.failure
    return result.events


def _countries(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.country for a in actors if a.country}


def _directed(event: Event, actor: str, recipient: str) -> bool:
    return actor in _countries(event.actors) and recipient in _countries(event.recipients)


def _between(event: Event, *countries: str) -> bool:
    return _countries(event.actors) | _countries(event.recipients) == set(countries)


def _find(events: list[Event], check: Check) -> Event:
    matches = [e for e in events if check(e)]
    described = "\n".join(
        f"  {e.event}/{e.mode} {sorted(_countries(e.actors))}->{sorted(_countries(e.recipients))} "
        f"{e.date.value if e.date else None} {e.status} «{e.evidence.trigger.text}»"
        for e in events
    )
    assert matches, f"no such event among:\n{described}"
    return matches[0]


def _date(event: Event) -> tuple[str, str] | None:
    return (event.date.value, event.date.precision) if event.date else None


def test_delegation_visit_is_one_event_with_its_meetings_as_evidence(
    seed_events: list[Event],
) -> None:
    visit = _find(
        seed_events,
        lambda e: (
            e.event == "CONSULT"
            and e.mode == "visit"
            and _directed(e, "TUR", "ISR")
            and e.status == "occurred"
            and _date(e) == ("2022-02-17", "day")
        ),
    )
    sentences = {m.sentence_index for m in visit.all_evidence()}
    assert len(sentences) >= 2, "the meetings at the Foreign Ministry are further evidence"
    triggers = {m.trigger.text for m in visit.all_evidence()}
    assert "spoke" not in triggers, "the later calls between the presidents are other events"


def test_ushpiz_visit_to_turkey_in_december(seed_events: list[Event]) -> None:
    _find(
        seed_events,
        lambda e: (
            e.event == "CONSULT"
            and e.mode == "visit"
            and _directed(e, "ISR", "TUR")
            and _date(e) == ("2021-12", "month")
        ),
    )


def test_erdogan_welcomes_the_visit_on_wednesday(seed_events: list[Event]) -> None:
    _find(
        seed_events,
        lambda e: (
            e.event == "SUPPORT"
            and _directed(e, "TUR", "ISR")
            and _date(e) == ("2022-02-16", "day")
        ),
    )


def test_herzog_upcoming_visit_is_future(seed_events: list[Event]) -> None:
    _find(
        seed_events,
        lambda e: (
            e.event == "CONSULT"
            and e.mode == "visit"
            and _directed(e, "ISR", "TUR")
            and e.status == "future"
        ),
    )


def test_foreign_ministers_phone_call_last_month(seed_events: list[Event]) -> None:
    _find(
        seed_events,
        lambda e: (
            e.event == "CONSULT"
            and e.mode == "phone"
            and _between(e, "ISR", "TUR")
            and _date(e) == ("2022-01", "month")
        ),
    )


def test_reconciliation_deal_of_2016_is_historical(seed_events: list[Event]) -> None:
    deal = _find(
        seed_events,
        lambda e: (
            e.event == "SUPPORT"
            and e.cameo == "057"
            and _between(e, "ISR", "TUR")
            and _date(e) == ("2016", "year")
        ),
    )
    assert deal.historical and deal.status == "occurred"


def test_verbal_attacks_on_israel(seed_events: list[Event]) -> None:
    _find(
        seed_events,
        lambda e: e.event == "ACCUSE" and e.mode == "disapprove" and _directed(e, "TUR", "ISR"),
    )


def test_release_of_the_israeli_couple(seed_events: list[Event]) -> None:
    _find(
        seed_events,
        lambda e: e.event == "RETREAT" and e.mode == "release" and _directed(e, "TUR", "ISR"),
    )


def test_herzog_erdogan_conversation(seed_events: list[Event]) -> None:
    _find(seed_events, lambda e: e.event == "CONSULT" and _between(e, "ISR", "TUR"))


def test_each_presidential_call_is_its_own_event(seed_events: list[Event]) -> None:
    """ "Herzog and Erdogan held a lengthy conversation …", "The two also spoke following the
    release …", "Erdogan also spoke with Herzog …": three conversations, none merged away."""
    calls = [
        e
        for e in seed_events
        if e.event == "CONSULT" and e.mode is None and _between(e, "ISR", "TUR")
    ]
    assert len(calls) == 3


def test_no_actor_is_a_date_and_named_countries_are_resolved(seed_events: list[Event]) -> None:
    for event in seed_events:
        for actor in [*event.actors, *event.recipients]:
            assert "date" not in actor.text.lower()
            assert actor.text.strip()
            if any(w in actor.text for w in ("Turk", "Israel", "Erdogan", "Herzog", "Ankara")):
                assert actor.country in {"TUR", "ISR"}, actor


def test_every_span_points_at_its_text_in_the_article(
    seed_path: Path, seed_events: list[Event]
) -> None:
    [article] = [a for a in read_paths([str(seed_path)]) if not isinstance(a, Failure)]
    text = article.text
    for event in seed_events:
        for evidence in event.all_evidence():
            assert text[evidence.start : evidence.end] == evidence.text
            assert evidence.text == evidence.text.strip()
            own = [evidence.trigger, *([evidence.date] if evidence.date else [])]
            for span in [*own, *evidence.actors, *evidence.recipients]:
                assert text[span.start : span.end] == span.text
            trigger = evidence.trigger  # the trigger is in the sentence itself
            assert evidence.start <= trigger.start and trigger.end <= evidence.end
        for actor in [*event.actors, *event.recipients]:
            assert text[actor.start : actor.end] == actor.text
