"""Mentions that the parser's entity labels or the tables used to miss: a multi-word country
with a possessive ending tagged as a person, an emirate's ruler, armed groups and parties."""

from __future__ import annotations

from typing import Any


def _found(cdoc: Any) -> set[tuple[str, str | None, str | None]]:
    return {(m.actor.text, m.actor.country, m.actor.sector) for m in cdoc.actor_mentions}


def test_a_possessive_multiword_country_is_a_country_not_a_person(analyse: Any) -> None:
    countries = {c for _, c, _ in _found(analyse("Sri Lanka's president criticized India."))}
    assert "LKA" in countries


def test_a_ruler_of_an_emirate_is_an_emirati_head_of_state(analyse: Any) -> None:
    found = _found(analyse("The Dubai Ruler criticized Iran."))
    assert any(country == "ARE" for _, country, _ in found)


def test_armed_groups_and_parties_carry_their_country_and_sector(analyse: Any) -> None:
    found = _found(analyse("Lashkar-e-Taiba and the BJP were named, as was the Arakan Army."))
    sectors = {(country, sector) for _, country, sector in found}
    assert ("PAK", "REB") in sectors
    assert ("IND", "PTY") in sectors
    assert ("MMR", "REB") in sectors
