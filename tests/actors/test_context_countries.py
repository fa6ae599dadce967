"""Where a bare agent or an unknown person gets a country: its own phrase and clause first,
never another participant of the same clause; and words that only look like a country."""

from __future__ import annotations

from typing import Any


def _country(cdoc: Any, text: str) -> str | None:
    for m in cdoc.actor_mentions:
        if m.actor.text == text:
            country: str | None = m.actor.country
            return country
    raise AssertionError(f"no mention {text!r} in {[m.actor.text for m in cdoc.actor_mentions]}")


def _texts(cdoc: Any) -> set[str]:
    return {m.actor.text for m in cdoc.actor_mentions}


def test_officials_at_a_ministry_take_the_ministrys_country(analyse: Any) -> None:
    cdoc = analyse("Officials at the Israeli foreign ministry criticized Turkey.")
    assert _country(cdoc, "Officials") == "ISR"


def test_a_bare_agent_never_takes_the_country_of_another_participant(analyse: Any) -> None:
    assert _country(analyse("Officials criticized Turkey."), "Officials") is None
    assert _country(analyse("Turkey criticized officials."), "officials") is None


def test_a_city_the_parser_calls_an_organisation_still_places_the_agent(analyse: Any) -> None:
    assert _country(analyse("Police in Karachi arrested 12 protesters."), "Police") == "PAK"


def test_the_clause_place_reaches_people_acted_on(analyse: Any) -> None:
    cdoc = analyse("Police arrested dozens of protesters in Istanbul.")
    assert _country(cdoc, "Police") == "TUR"
    assert _country(cdoc, "protesters") == "TUR"


def test_armed_attackers_do_not_take_the_place_they_struck(analyse: Any) -> None:
    cdoc = analyse("Unidentified gunmen shot dead a journalist in Lahore.")
    assert _country(cdoc, "Unidentified gunmen") is None


def test_an_appositive_gives_an_unknown_person_a_country(analyse: Any) -> None:
    cdoc = analyse("Omar Haddad, a Libyan government spokesman, criticized Egypt.")
    assert _country(cdoc, "Omar Haddad") == "LBY"


def test_a_verb_between_two_agents_keeps_them_apart(analyse: Any) -> None:
    cdoc = analyse("Police arrested dozens of protesters in Istanbul.")
    assert "Police" in _texts(cdoc)
    assert not any("arrested" in text for text in _texts(cdoc))


def test_a_sponsor_is_not_the_country_of_the_fighters(analyse: Any) -> None:
    cdoc = analyse("Turkish-backed fighters attacked Kurdish militias.")
    assert "Turkish" not in _texts(cdoc)
    assert _country(cdoc, "fighters") is None


def test_a_country_name_after_a_title_is_a_surname(analyse: Any) -> None:
    cdoc = analyse("Senator Jordan criticized the bill.")
    assert all(m.actor.country != "JOR" for m in cdoc.actor_mentions)


def test_a_capital_after_a_given_name_is_a_surname(analyse: Any) -> None:
    cdoc = analyse("Denzel Washington criticized the film studio.")
    assert all(m.actor.country != "USA" for m in cdoc.actor_mentions)


def test_a_region_named_with_american_is_not_the_united_states(analyse: Any) -> None:
    cdoc = analyse("Central American migrants criticized the Mexican government.")
    assert all(m.actor.country != "USA" for m in cdoc.actor_mentions)


def test_regional_and_ethnic_demonyms_name_their_state(analyse: Any) -> None:
    assert _country(analyse("Chechen rebels attacked a convoy."), "Chechen rebels") == "RUS"
    cdoc = analyse("Bosnian Serb forces attacked the town.")
    assert _country(cdoc, "Bosnian Serb forces") == "BIH"


def test_national_institutions_name_their_country(analyse: Any) -> None:
    assert _country(analyse("Scotland Yard arrested two men."), "Scotland Yard") == "GBR"
    cdoc = analyse("Nigeria's Department of State Services arrested a journalist.")
    countries = {m.actor.country for m in cdoc.actor_mentions}
    assert "NGA" in countries
    assert "USA" not in countries  # not the State Department


def test_its_forces_belong_to_the_subject_not_the_place(analyse: Any) -> None:
    cdoc = analyse("Russia has strengthened its forces in Crimea.")
    assert _country(cdoc, "forces") == "RUS"


def test_an_organisation_inside_the_phrase_outranks_a_place(analyse: Any) -> None:
    cdoc = analyse("Finland is ready to contribute to the UN peacekeeping mission in Ukraine.")
    assert _country(cdoc, "mission") == "UNO"
