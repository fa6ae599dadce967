"""Local actors placed by their clause, towns under fire, namesakes, bodies named early."""

from __future__ import annotations

from typing import Any

from detente.actors.resolve import organisation_namesakes
from detente.knowledge.bundle import load_actor_knowledge


def _countries(cdoc: Any, text: str) -> set[str | None]:
    return {m.actor.country for m in cdoc.actor_mentions if m.actor.text == text}


def test_local_actors_take_the_one_place_of_their_clause(analyse: Any) -> None:
    assert _countries(analyse("Hundreds of workers went on strike in Lagos."), "workers") == {"NGA"}
    cdoc = analyse("Villagers set up roadblocks to protest against the mine in Peru.")
    assert _countries(cdoc, "Villagers") == {"PER"}
    cdoc = analyse("Demonstrators marched on the US embassy in Manila.")
    assert _countries(cdoc, "Demonstrators") == {"PHL"}


def test_a_mission_or_a_happening_elsewhere_places_no_one(analyse: Any) -> None:
    assert _countries(analyse("Protesters gathered outside the US embassy."), "Protesters") == {
        None
    }
    assert _countries(analyse("Students rallied against the war in Gaza."), "Students") == {None}


def test_a_town_under_fire_is_the_town_not_a_person(analyse: Any) -> None:
    cdoc = analyse("Israeli air strikes on Rafah killed 12 people.")
    assert _countries(cdoc, "Rafah") == {"PSE"}


def test_a_shared_short_form_goes_to_the_body_of_the_named_country(analyse: Any) -> None:
    assert "rsf" in organisation_namesakes(load_actor_knowledge().organisations)
    assert _countries(analyse("Sudan's army said the RSF shelled Omdurman."), "the RSF") == {"SDN"}
    cdoc = analyse("RSF condemned the arrest of two journalists in Turkey.")
    assert _countries(cdoc, "RSF") == {"NGO"}


def test_a_body_named_before_its_founding_is_that_body_unless_another_country_is_named(
    analyse: Any,
) -> None:
    cdoc = analyse("Rosgvardia detained dozens of protesters.", "2000-01-01")
    assert _countries(cdoc, "Rosgvardia") == {"RUS"}
    cdoc = analyse("The Government of National Accord met in Kabul.", "1995-06-01")
    assert _countries(cdoc, "The Government of National Accord") == {None}
    cdoc = analyse("The Revolutionary Command Council met in Baghdad.", "2017-01-10")
    assert _countries(cdoc, "The Revolutionary Command Council") == {None}


def test_a_capitalised_surname_tagged_as_a_noun_is_the_person(analyse: Any) -> None:
    cdoc = analyse("Trump and King Abdullah will meet in the Oval Office.", "2018-06-01")
    assert _countries(cdoc, "Trump") == {"USA"}
