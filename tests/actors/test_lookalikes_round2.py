"""Words that look like an actor but are not one in their phrase: common surnames alone, a US
state that reads as a country, nationality words that only describe a thing."""

from __future__ import annotations

from typing import Any

from detente.knowledge.offices import is_common_name


def _countries(cdoc: Any) -> dict[str, str | None]:
    return {m.actor.text: m.actor.country for m in cdoc.actor_mentions}


def test_common_names_are_listed_case_and_accent_blind() -> None:
    assert is_common_name("Khan")
    assert is_common_name("LEE")
    assert not is_common_name("Erdogan")


def test_a_common_surname_alone_names_no_office_holder(analyse: Any) -> None:
    found = _countries(analyse("Khan criticized the plan. Scott and Lee stayed away."))
    assert found.get("Khan") is None
    assert found.get("Scott") is None
    assert found.get("Lee") is None


def test_a_common_surname_after_the_full_name_is_that_person(analyse: Any) -> None:
    cdoc = analyse("Prime Minister Imran Khan met the envoy. Khan later spoke.", "2019-10-08")
    assert _countries(cdoc).get("Khan") == "PAK"


def test_a_title_that_does_not_fit_the_person_keeps_the_name_unresolved(analyse: Any) -> None:
    assert _countries(analyse("Senator Scott criticized the budget.")).get("Senator Scott") is None


def test_georgia_the_us_state(analyse: Any) -> None:
    codes = {m.actor.country for m in analyse("Georgia's governor signed the bill.").actor_mentions}
    assert codes == {"USA"}
    codes = {
        m.actor.country for m in analyse("Georgia's president signed the bill.").actor_mentions
    }
    assert codes == {"GEO"}


def test_new_mexico_is_a_us_state(analyse: Any) -> None:
    found = _countries(analyse("New Mexico's governor signed the bill."))
    assert "MEX" not in found.values()


def test_nationality_words_that_only_describe_a_thing(analyse: Any) -> None:
    found = _countries(analyse("The Syrian war and Soviet-era rockets were discussed."))
    assert "SYR" not in found.values()
    assert "SUN" not in found.values()
