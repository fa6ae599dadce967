"""The `detente eval actors` scorer on hand-made cases: CoNLL spans become character spans,
and a mention matches a gold span when it overlaps it with its head inside."""

from __future__ import annotations

from pathlib import Path

from detente.eval.actors import GoldSpan, Predicted, SpanScore, read_conll


def test_conll_tokens_become_character_spans(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    path.write_text(
        "Turkish B-S\ndelegation I-S\nvisited O\nIsrael B-T\n. O\n\nNATO B-R\nmet O\n",
        encoding="utf-8",
    )
    first, second = read_conll(path)
    assert first.text == "Turkish delegation visited Israel ."
    assert [(first.text[s.start : s.end], s.role) for s in first.spans] == [
        ("Turkish delegation", "S"),
        ("Israel", "T"),
    ]
    assert [second.text[s.start : s.end] for s in second.spans] == ["NATO"]


def test_overlap_with_head_inside_matches_one_to_one() -> None:
    gold = [GoldSpan(2, 20, "S"), GoldSpan(29, 35, "T")]
    predicted = [
        Predicted(0, 20, 10, "TUR", "agent"),  # "A Turkish delegation": head inside → match
        Predicted(29, 35, 29, None, "country"),  # exact, but no country
        Predicted(40, 45, 40, "ISR", "country"),  # a bystander
    ]
    score = SpanScore()
    score.add(gold, predicted)
    assert (score.gold, score.predicted, score.matched, score.exact) == (2, 3, 2, 1)
    assert score.matched_with_country == 1


def test_a_mention_headed_outside_the_span_does_not_match() -> None:
    score = SpanScore()
    score.add([GoldSpan(0, 7, "S")], [Predicted(0, 20, 12, "TUR", "agent")])
    assert score.matched == 0
