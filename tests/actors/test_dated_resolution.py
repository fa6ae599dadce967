"""`actors.dated.v1`: an event's actors are re-resolved at the event's own date."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.dated import event_day
from detente.actors.lookup import mention_at
from detente.actors.stage import DatedActorStage
from detente.config import Config
from detente.records import Event, EventDate, Evidence, Span


@pytest.fixture(scope="module")
def dated_stage() -> DatedActorStage:
    stage = DatedActorStage()
    stage.setup(Config())
    return stage


def _event_with_actor(cdoc, token_text: str, when: EventDate) -> Event:
    token = next(t.i for t in cdoc.doc if t.text == token_text)
    mention = mention_at(cdoc, token)
    assert mention is not None
    trigger = Span("met", 0, 3)
    evidence = Evidence(cdoc.article.id, 0, 0, len(cdoc.article.text), cdoc.article.text, trigger)
    event = Event(cdoc.article.id, "CONSULT", "meet", "040", [mention.actor], [], evidence)
    event.date = when
    return event


@pytest.mark.parametrize(
    ("value", "precision", "name"),
    [
        ("2022-02-10", "day", "Isaac Herzog"),
        ("2015-06", "month", "Reuven Rivlin"),
        ("2010", "year", "Shimon Peres"),
    ],
)
def test_president_herzog_is_the_president_on_the_event_date(
    analyse, dated_stage: DatedActorStage, value: str, precision: str, name: str
) -> None:
    cdoc = analyse("President Herzog met the delegation.", "2022-02-18")
    event = _event_with_actor(cdoc, "Herzog", EventDate(value, precision, "text"))  # type: ignore[arg-type]
    cdoc.events = [event]
    dated_stage.process(cdoc)
    actor = cdoc.events[0].actors[0]
    assert (actor.country, actor.sector, actor.name) == ("ISR", "GOV", name)
    assert actor.office == "head_of_state"
    assert actor.text == "President Herzog"  # the span stays the article's


def test_a_title_with_a_country_is_the_holder_on_the_event_date(
    analyse, dated_stage: DatedActorStage
) -> None:
    cdoc = analyse("The Turkish foreign minister met Lapid.", "2024-01-10")
    event = _event_with_actor(cdoc, "minister", EventDate("2022-01", "month", "text"))
    cdoc.events = [event]
    dated_stage.process(cdoc)
    assert cdoc.events[0].actors[0].name == "Mevlüt Çavuşoğlu"


def test_a_person_not_in_the_tables_keeps_title_and_nationality(
    analyse, dated_stage: DatedActorStage
) -> None:
    cdoc = analyse(
        "A senior Turkish delegation, headed by Deputy Foreign Minister Sadat Onal, visited "
        "Israel.",
        "2022-02-18",
    )
    event = _event_with_actor(cdoc, "Onal", EventDate("2022-02-17", "day", "text"))
    cdoc.events = [event]
    dated_stage.process(cdoc)
    actor = cdoc.events[0].actors[0]
    assert (actor.country, actor.sector, actor.name) == ("TUR", "GOV", "Sadat Onal")


def test_event_day_stands_in_the_middle_of_the_period() -> None:
    published = date(2022, 2, 18)
    assert event_day(None, published) == published
    assert event_day(EventDate("2021-12", "month", "text"), published) == date(2021, 12, 15)
    assert event_day(EventDate("2016", "year", "text"), published) == date(2016, 7, 1)
    assert event_day(EventDate("2022-W07", "week", "text"), published) == date(2022, 2, 17)
    assert event_day(EventDate("199", "decade", "text"), published) == published


def test_a_group_span_is_redated_through_the_member_it_stands_for(
    analyse, dated_stage: DatedActorStage
) -> None:
    from detente.actors.lookup import concrete_members

    cdoc = analyse("Herzog and Erdogan spoke. The two met again.", "2022-02-18")
    the_two = mention_at(cdoc, next(t.i for t in cdoc.doc if t.text == "two"))
    assert the_two is not None
    herzog = concrete_members(cdoc, the_two)[0].actor
    shown = type(herzog)(
        text=the_two.actor.text,
        start=the_two.actor.start,
        end=the_two.actor.end,
        country=herzog.country,
        sector=herzog.sector,
        name=herzog.name,
        office=herzog.office,
        entity_id=herzog.entity_id,
    )
    event = _event_with_actor(cdoc, "Herzog", EventDate("2015-06", "month", "text"))
    event.actors = [shown]
    cdoc.events = [event]
    dated_stage.process(cdoc)
    redated = cdoc.events[0].actors[0]
    # plain "Herzog" (no title) stays Isaac Herzog, who led the opposition in 2015
    assert (redated.name, redated.office, redated.sector) == (
        "Isaac Herzog",
        "opposition_leader",
        "OPP",
    )
    assert redated.text == "The two"
