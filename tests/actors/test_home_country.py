"""The article's home country for generic domestic actors: the dateline's, else the one
country named before their sentence; never when two countries compete (unless the dateline
decides), never for actors that are international by nature."""

from __future__ import annotations

from typing import Any

import pytest

from detente.actors.stage import DRAFTS_NOTE
from detente.nlp.datelines import dateline_shape


def _country(cdoc: Any, text: str) -> str | None:
    for m in cdoc.actor_mentions:
        if m.actor.text == text:
            country: str | None = m.actor.country
            return country
    raise AssertionError(f"no mention {text!r} in {[m.actor.text for m in cdoc.actor_mentions]}")


def _basis(cdoc: Any, text: str) -> str:
    doc = cdoc.doc
    for d in cdoc.notes[DRAFTS_NOTE]:
        if doc[d.start : d.end].text == text:
            basis: str = d.code_basis
            return basis
    raise AssertionError(f"no draft {text!r}")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("NAIROBI, Kenya (AP) — Police fired tear gas.", ("NAIROBI", "Kenya")),
        ("KABUL, Dec 3 (Reuters) - Security forces arrested", ("KABUL",)),
        ("ISLAMABAD: The government banned a rally.", ("ISLAMABAD",)),
        ("Caracas, 12 May (AFP) – Soldiers detained", ("Caracas",)),
        ("Kabul, Afghanistan, March 3 (AP) – The Taliban", ("Kabul", "Afghanistan")),
        ("(Reuters) -- Protesters marched", ()),
        ("Curfew imposed\nCOLOMBO, Sri Lanka (AFP) - The government", ("COLOMBO", "Sri Lanka")),
    ],
)
def test_dateline_shapes(text: str, places: tuple[str, ...]) -> None:
    shape = dateline_shape(text)
    assert shape is not None
    assert shape.places == places


@pytest.mark.parametrize(
    "text",
    [
        "Kenya – a country of 50 million – condemned the attack.",
        "Police said: we will act.",
        "Hamas: we will fight on.",
        "Protesters -- many of them students -- marched.",
        "Al-Shabaab fighters - who control the south - attacked.",
        "The army — which denies it — fired first.",
        "Marseille – the port city – was quiet.",
    ],
)
def test_ordinary_openings_are_no_datelines(text: str) -> None:
    assert dateline_shape(text) is None


def test_the_dateline_is_its_own_sentence_and_names_no_participant(analyse: Any) -> None:
    cdoc = analyse("NAIROBI, Kenya (AP) — Police fired tear gas at protesters on Tuesday.")
    sentences = [s.text for s in cdoc.doc.sents]
    assert sentences[0] == "NAIROBI, Kenya (AP) —"
    texts = {m.actor.text for m in cdoc.actor_mentions}
    assert not texts & {"NAIROBI", "Kenya", "AP"}
    assert _country(cdoc, "Police") == "KEN"
    assert _basis(cdoc, "Police") == "home"
    assert _country(cdoc, "protesters") == "KEN"


def test_the_news_agency_of_the_dateline_lends_no_country(analyse: Any) -> None:
    cdoc = analyse("Caracas, 12 May (AFP) – Soldiers detained three opposition lawmakers.")
    assert _country(cdoc, "Soldiers") == "VEN"
    assert _country(cdoc, "opposition lawmakers") == "VEN"


def test_one_country_named_before_is_the_home(analyse: Any) -> None:
    cdoc = analyse(
        "Kenya's opposition called for mass rallies on Monday. "
        "Protesters marched through the capital on Tuesday."
    )
    assert _country(cdoc, "Protesters") == "KEN"
    assert _basis(cdoc, "Protesters") == "home"


def test_a_country_named_only_later_is_no_home(analyse: Any) -> None:
    cdoc = analyse(
        "Students boycotted classes on Monday. Hong Kong's leader said the protests would fail."
    )
    assert _country(cdoc, "Students") is None


def test_two_countries_before_leave_the_actor_without_one(analyse: Any) -> None:
    cdoc = analyse(
        "Russia accused Ukraine of shelling a border village. "
        "Police detained several protesters in the capital on Saturday."
    )
    assert _country(cdoc, "Police") is None
    assert _country(cdoc, "several protesters") is None


def test_the_dateline_decides_between_countries_it_names(analyse: Any) -> None:
    cdoc = analyse(
        "MOSCOW (Reuters) - Russia accused Ukraine of shelling a border village. "
        "Police detained several protesters in the capital on Saturday."
    )
    assert _country(cdoc, "Police") == "RUS"


def test_another_country_in_the_same_sentence_blocks_the_dateline(analyse: Any) -> None:
    cdoc = analyse(
        "NAIROBI (Reuters) - Somali troops killed ten militants near the border on Tuesday."
    )
    assert _country(cdoc, "militants") is None


def test_the_dateline_outranks_a_country_of_an_earlier_sentence(analyse: Any) -> None:
    cdoc = analyse(
        "SEOUL (Reuters) - North Korea fired two ballistic missiles into the sea on Sunday. "
        "The government condemned the launch and lawmakers called for calm."
    )
    assert _country(cdoc, "The government") == "KOR"
    assert _basis(cdoc, "The government") == "home"
    assert _country(cdoc, "lawmakers") == "KOR"


def test_another_country_in_the_sentence_blocks_the_home(analyse: Any) -> None:
    cdoc = analyse("Kenya's president called for calm on Monday. Protesters burned a Ugandan flag.")
    assert _country(cdoc, "Protesters") is None


def test_an_authority_acting_on_foreigners_keeps_the_home(analyse: Any) -> None:
    cdoc = analyse("NAIROBI, Kenya (AP) — Police arrested two Ugandan nationals on Tuesday.")
    assert _country(cdoc, "Police") == "KEN"
    assert _country(cdoc, "Ugandan nationals") == "UGA"


def test_the_sentence_own_country_is_never_overridden(analyse: Any) -> None:
    cdoc = analyse("ABUJA, Nigeria (AP) — Ghanaian police arrested two traders in Accra.")
    assert _country(cdoc, "Ghanaian police") == "GHA"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("NAIROBI, Kenya (AP) — Peacekeepers withdrew from the town.", "Peacekeepers"),
        ("KABUL (Reuters) - Foreign troops withdrew from the province.", "Foreign troops"),
        ("CAIRO (AP) — The delegation left the city on Tuesday.", "The delegation"),
        ("JERUSALEM (Reuters) - Envoys met the prime minister on Tuesday.", "Envoys"),
        ("BAGHDAD (AP) — Diplomats left the city on Tuesday.", "Diplomats"),
    ],
)
def test_international_actors_take_no_home(analyse: Any, text: str, mention: str) -> None:
    assert _country(analyse(text), mention) is None


def test_a_venue_dateline_gives_no_home(analyse: Any) -> None:
    cdoc = analyse("GENEVA (Reuters) - The opposition rejected the proposal on Tuesday.")
    assert _country(cdoc, "The opposition") is None


def test_a_pronoun_follows_the_home_of_its_antecedent(analyse: Any) -> None:
    cdoc = analyse(
        "Iraq's parliament approved a new cabinet on Saturday. "
        "Protesters said they would march on Monday."
    )
    assert _country(cdoc, "Protesters") == "IRQ"
    assert _country(cdoc, "they") == "IRQ"


def test_a_city_in_a_place_phrase_is_not_a_namesake_politician(analyse: Any) -> None:
    cdoc = analyse("Thousands of protesters took to the streets of Lagos on Monday.")
    assert "Lagos" not in {m.actor.text for m in cdoc.actor_mentions}


def test_an_ngo_lends_no_country_to_the_forces_it_reports_on(analyse: Any) -> None:
    cdoc = analyse("Amnesty International said security forces had killed 12 people.")
    assert _country(cdoc, "security forces") is None


def test_people_an_authority_acts_on_through_a_preposition_are_its_own(analyse: Any) -> None:
    cdoc = analyse("Kenyan police cracked down on protesters on Tuesday.")
    assert _country(cdoc, "protesters") == "KEN"


def test_the_route_of_a_march_places_the_marchers(analyse: Any) -> None:
    cdoc = analyse("Protesters marched through the streets of Nairobi on Tuesday.")
    assert _country(cdoc, "Protesters") == "KEN"


def test_taking_to_the_streets_of_a_city_places_the_crowd(analyse: Any) -> None:
    cdoc = analyse("Thousands of people took to the streets of Harare on Saturday.")
    assert _country(cdoc, "people") == "ZWE"


def test_marching_to_an_embassy_says_nothing_of_the_marchers(analyse: Any) -> None:
    cdoc = analyse("Protesters marched to the US embassy on Saturday.")
    assert _country(cdoc, "Protesters") is None


def test_an_opening_phrase_before_a_dash_is_no_dateline() -> None:
    assert dateline_shape("On Tuesday, Kenya – which hosts the talks – said no.") is None
    assert dateline_shape("THE HAGUE (Reuters) - The court ruled.") is not None
