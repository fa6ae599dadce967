"""Round 6 of actor resolution (actor recall): provinces and states name their country, an
all-capitals short form of a region counts, a region or a city that is a party to the clause is
an actor, a named armed group is what "they" says when no plural actor is, and a few people
news names without their country."""

from __future__ import annotations

from typing import Any

from detente.actors.places import _abbreviation


def _found(cdoc: Any) -> set[tuple[str, str | None]]:
    return {(m.actor.text, m.actor.country) for m in cdoc.actor_mentions}


def test_a_province_before_a_body_names_its_country(analyse: Any) -> None:
    assert ("government", "CAN") in _found(analyse("The Alberta government condemned the tax."))
    assert ("police", "MYS") in _found(analyse("Johor police arrested five men."))


def test_an_all_capitals_short_form_of_a_region_counts() -> None:
    assert _abbreviation("NSW") and _abbreviation("N.S.W.")
    assert not _abbreviation("NC") and not _abbreviation("Nsw") and not _abbreviation("B.C.")


def test_a_chief_minister_is_a_title_and_the_state_before_it_a_place(analyse: Any) -> None:
    found = _found(analyse("Tamil Nadu Chief Minister J Jayalalithaa condemned the attack."))
    assert ("Tamil Nadu Chief Minister J Jayalalithaa", "IND") in found


def test_a_city_under_attack_is_an_actor_and_a_city_after_in_is_not(analyse: Any) -> None:
    assert ("Idlib", "SYR") in _found(analyse("Russian jets bombed Idlib on Tuesday."))
    assert ("Hodeidah", "YEM") in _found(analyse("Warplanes carried out strikes on Hodeidah."))
    assert not any(t == "Idlib" for t, _ in _found(analyse("Protesters marched in Idlib.")))
    club = _found(analyse("The striker signed a new contract with Barcelona."))
    assert not any(t == "Barcelona" for t, _ in club)


def test_they_after_a_named_armed_group_is_the_group(analyse: Any) -> None:
    found = _found(analyse("The Houthis issued a statement. They said they had fired a missile."))
    assert ("They", "YEM") in found and ("they", "YEM") in found


def test_they_after_an_international_body_is_not_the_body(analyse: Any) -> None:
    found = _found(analyse("The UN said they had been attacked by gunmen."))
    assert ("they", None) in found


def test_senate_leaders_and_an_ambassador_have_their_country(analyse: Any) -> None:
    found = _found(analyse("Mitch McConnell and Chuck Schumer met Cui Tiankai on Monday."))
    assert {("Mitch McConnell", "USA"), ("Chuck Schumer", "USA"), ("Cui Tiankai", "CHN")} <= found


def test_a_party_before_a_plural_noun_tagged_a_person_is_the_party(analyse: Any) -> None:
    assert ("Tory MPs", "GBR") in _found(analyse("Tory MPs criticised the Prime Minister."))


def test_a_bare_title_ending_a_longer_title_is_that_person(analyse: Any) -> None:
    text = "Iranian Foreign Minister Mohammad Javad Zarif arrived in Baghdad. The minister spoke."
    assert ("The minister", "IRN") in _found(analyse(text, "2019-03-10"))


def test_a_surname_variant_one_letter_off_a_listed_variant_is_the_person() -> None:
    from datetime import date

    from detente.actors.resolve import _one_letter_more, choose_holder
    from detente.knowledge.bundle import load_actor_knowledge

    assert _one_letter_more("atambayev", "atambaev") and _one_letter_more("atambaev", "atambayev")
    assert not _one_letter_more("bajwa", "bajw") and not _one_letter_more("abdullah", "abdullah")
    holder = choose_holder(
        load_actor_knowledge(), "Almazbek Atambaev", date(2017, 1, 1), None, None, ()
    )
    assert holder is not None and holder.country == "KGZ"
