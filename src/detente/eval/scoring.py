"""Scorers shared by the gold sets: accuracy, per-class and macro F1, set-matching F1.

Pure functions over labels and sets, so tests can prove them on hand-made cases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def accuracy(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    if not gold:
        return 0.0
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)


def per_class_f1(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Counts]:
    """Counts per gold class (a prediction of a class absent from gold counts as its FP)."""
    counts: dict[str, Counts] = {c: Counts() for c in sorted(set(gold))}
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            counts[g] = counts[g] + Counts(tp=1)
            continue
        counts[g] = counts[g] + Counts(fn=1)
        if p in counts:
            counts[p] = counts[p] + Counts(fp=1)
    return counts


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Mean F1 over the classes that occur in the gold labels."""
    counts = per_class_f1(gold, predicted)
    return sum(c.f1 for c in counts.values()) / len(counts) if counts else 0.0


def set_counts(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Counts:
    """Multiset matching: each gold item can be matched once."""
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return Counts(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """gold label → {predicted label: count}, for the report's details."""
    table: dict[str, Counter[str]] = {}
    for g, p in zip(gold, predicted, strict=True):
        table.setdefault(g, Counter())[p] += 1
    return {g: dict(c.most_common()) for g, c in sorted(table.items())}
