"""The scorers themselves, proved on hand-made cases."""

from __future__ import annotations

import pytest

from detente.eval.conflibert import penta_class
from detente.eval.petrarch_gsr import (
    collapse,
    country_of,
    match_items,
    near_miss,
    plover_scope,
    unmatched,
)
from detente.eval.scoring import Counts, accuracy, macro_f1, per_class_f1, set_counts


def test_accuracy_counts_exact_label_matches() -> None:
    assert accuracy(["A", "B", "C", "A"], ["A", "B", "A", "NONE"]) == 0.5


def test_accuracy_refuses_lists_of_different_length() -> None:
    with pytest.raises(ValueError, match="2 gold labels but 1"):
        accuracy(["A", "B"], ["A"])


def test_macro_f1_averages_gold_classes_and_charges_wrong_predictions() -> None:
    gold = ["A", "A", "B", "B"]
    predicted = ["A", "B", "B", "NONE"]
    counts = per_class_f1(gold, predicted)
    assert counts["A"] == Counts(tp=1, fp=0, fn=1)
    assert counts["B"] == Counts(tp=1, fp=1, fn=1)
    assert macro_f1(gold, predicted) == pytest.approx((2 / 3 + 0.5) / 2)


def test_set_counts_match_each_gold_item_once() -> None:
    counts = set_counts(["TUR", "ISR"], ["TUR", "TUR", "USA"])
    assert counts == Counts(tp=1, fp=2, fn=1)
    assert counts.precision == pytest.approx(1 / 3)
    assert counts.recall == 0.5


def test_empty_counts_score_zero_not_error() -> None:
    assert Counts().f1 == 0.0


def test_reciprocal_codings_collapse_to_one_item() -> None:
    items = collapse([("USA", "CHN", "04"), ("CHN", "USA", "04"), ("USA", "RUS", "11")])
    assert items == {("pair", "CHN", "USA", "04"), ("dir", "USA", "RUS", "11")}


def test_directed_prediction_fills_reciprocal_gold_but_not_reverse_direction() -> None:
    gold = collapse([("USA", "CHN", "04"), ("CHN", "USA", "04"), ("USA", "RUS", "11")])
    predicted = collapse([("CHN", "USA", "04"), ("RUS", "USA", "11")])
    assert match_items(gold, predicted) == Counts(tp=1, fp=1, fn=1)


def test_unmatched_predictions_say_what_they_share_with_the_missed_gold() -> None:
    gold = collapse([("USA", "CHN", "04"), ("RUS", "UKR", "19")])
    predicted = collapse([("USA", "CHN", "11"), ("RUS", "POL", "19"), ("USA", "CHN", "04")])
    gold_left, predicted_left = unmatched(gold, predicted)
    assert gold_left == {("dir", "RUS", "UKR", "19")}
    assert {near_miss(item, gold_left) for item in predicted_left} == {
        "same root and one country, other partner",
        "nothing in common",
    }
    assert near_miss(("dir", "RUS", "UKR", "04"), gold_left) == "same countries, other root"
    assert near_miss(("dir", "USA", "CHN", "04"), set()) == "no gold item left in the sentence"


def test_cameo_actor_codes_reduce_to_countries() -> None:
    assert country_of("USAGOV") == "USA"
    assert country_of("---GOV") is None
    assert country_of("IGOEUREEC") == "EUR"


@pytest.mark.parametrize(
    ("cameo", "penta"),
    [("010", "0"), ("042", "1"), ("0841", "2"), ("111", "3"), ("163", "3"), ("190", "4")],
)
def test_penta_class_follows_phoenix_grouping(cameo: str, penta: str) -> None:
    assert penta_class(cameo) == penta


def test_plover_scope_leaves_out_statements_and_appeals_only() -> None:
    gold = collapse([("USA", "CHN", "01"), ("USA", "CHN", "02"), ("USA", "CHN", "04")])
    assert plover_scope(gold) == frozenset({("dir", "USA", "CHN", "04")})
