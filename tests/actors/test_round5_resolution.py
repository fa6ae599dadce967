"""Round 5 of actor resolution: a small town abroad is no namesake of a town the text means,
a city after "in" is no person, plural nouns of states take no context country, a refuge
says nothing of nationality, a city naming an accord or a club is no actor, and an
authority's home is not blocked by whom it acts on."""

from __future__ import annotations

from typing import Any

from detente.places.gazetteer import load_gazetteer


def _found(cdoc: Any) -> set[tuple[str, str | None]]:
    return {(m.actor.text, m.actor.country) for m in cdoc.actor_mentions}


def test_a_small_geonames_town_is_a_minor_city_and_ours_are_not() -> None:
    gazetteer = load_gazetteer()
    madaya = gazetteer.lookup("Madaya")
    assert madaya is not None and madaya.country == "SYR"  # our row outranks the namesake
    namesake = gazetteer.lookup("Madaya", ("MMR",))
    assert namesake is not None and namesake.country == "MMR"
    assert gazetteer.minor_city(namesake) and not gazetteer.minor_city(madaya)
    goma = gazetteer.lookup("Goma")
    assert goma is not None and not gazetteer.minor_city(goma)


def test_a_town_of_a_country_the_text_never_names_lends_no_country(analyse: Any) -> None:
    found = _found(analyse("Syrian troops clashed with rebels. Police in Madaya detained two."))
    assert ("Police", "SYR") in found


def test_a_city_after_in_is_a_place_even_when_tagged_a_person(analyse: Any) -> None:
    found = _found(analyse("Rwanda denied backing the rebels. Police in Goma arrested three men."))
    assert ("Police", "COD") in found
    assert not any(name == "Goma" for name, _ in found)


def test_other_governments_take_no_country_from_a_conjunct(analyse: Any) -> None:
    found = _found(analyse("Pakistan and other governments condemned the attack."))
    assert ("other governments", None) in found


def test_an_embassy_lends_no_nationality_to_a_person(analyse: Any) -> None:
    text = "Speaking from the balcony of Ecuador's embassy, Julian Assange urged Britain to act."
    assert not any(
        name == "Julian Assange" and code == "ECU" for name, code in _found(analyse(text))
    )


def test_a_city_naming_an_accord_or_a_club_is_no_actor(analyse: Any) -> None:
    for text in (
        "Trump withdrew from the Paris agreement.",
        "Israel rejected the Oslo accords.",
        "Fans of Real Madrid attacked police.",
    ):
        names = {name for name, _ in _found(analyse(text))}
        assert not names & {"Paris", "Oslo", "Madrid", "Real Madrid"}, text
    assert ("Washington", "USA") in _found(analyse("Washington accused Beijing of spying."))


def test_an_authoritys_home_survives_the_country_it_acts_on(analyse: Any) -> None:
    text = "WASHINGTON (Reuters) - The Treasury imposed sanctions on Iranian firms on Tuesday."
    assert ("The Treasury", "USA") in _found(analyse(text))
