"""CSV cells: flat, and never a spreadsheet formula."""

from __future__ import annotations

from detente.api.tables import flat_cell, to_csv


def test_text_that_looks_like_a_formula_is_quoted() -> None:
    assert flat_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert flat_cell("@SUM(A1)") == "'@SUM(A1)"


def test_numbers_stay_numbers() -> None:
    assert flat_cell(-3.5) == -3.5
    assert flat_cell(True) == "true"
    assert flat_cell(None) == ""


def test_participants_and_lists_are_joined() -> None:
    assert flat_cell([{"country": "TUR", "sector": "GOV"}, {"country": "ISR"}]) == "TUR:GOV;ISR"
    assert flat_cell(["economic", "diplomatic"]) == "economic;diplomatic"


def test_columns_follow_first_seen_order() -> None:
    assert to_csv([{"b": 1, "a": 2}, {"c": 3}]).splitlines() == ["b,a,c", "1,2,", ",,3"]
