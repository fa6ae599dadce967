"""conflibert-class: 451 test sentences labelled with one of five classes (ConfliBERT cameo_class).

Label meaning, inferred in the gold set's README: 0 statements/appeals, 1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict: the Phoenix "penta" grouping
of CAMEO roots. Our class is the penta class of our most confident event's CAMEO root; a
sentence with no event is class 0 (PLOVER drops statements and appeals).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.coder import Coder
from detente.errors import InputError
from detente.eval.report import EvalReport
from detente.eval.running import GoldText, code_items, sentence_events
from detente.eval.scoring import accuracy, confusion, macro_f1
from detente.records import Event

GOLD_DIR = Path("event-coder-gold/conflibert-cameo/cameo_class")
GOLD_FILE = GOLD_DIR / "test.tsv"
TRAIN_FILE = GOLD_DIR / "train.tsv"  # the development split: look at its errors, report on test
CODING_DATE = dt.date(2017, 1, 1)  # the sentences carry no date; the README calls them 2017-era


def penta_class(cameo: str) -> str:
    """Phoenix penta class of a CAMEO code's root: 01–02 → 0, 03–05 → 1, 06–08 → 2,
    09–13 and 16 → 3, 14, 15 and 17–20 → 4."""
    root = int(cameo[:2])
    if root <= 2:
        return "0"
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    if root <= 13 or root == 16:
        return "3"
    return "4"


def predicted_class(events: list[Event]) -> str:
    ranked = sentence_events(events)
    return penta_class(ranked[0].cameo) if ranked else "0"


def read_gold(shared: Path, split: Path = GOLD_FILE) -> list[tuple[str, str]]:
    path = shared / split
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the gold set: {exc.strerror}", where=str(path)) from None
    out: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise InputError("expected 'sentence<TAB>label 0-4'", where=f"{path}:{number}")
        out.append((text.strip(), label.strip()))
    return out


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    """Score on the test split (the number we report)."""
    return _run(shared, coder, limit, GOLD_FILE, "conflibert-class")


def run_train(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    """Score on the train split, which rule writers may study (never the test split)."""
    return _run(shared, coder, limit, TRAIN_FILE, "conflibert-class-train")


def _run(shared: Path, coder: Coder, limit: int | None, split: Path, name: str) -> EvalReport:
    gold = read_gold(shared, split)[:limit]
    items = (GoldText(f"conflibert-{k}", text, CODING_DATE) for k, (text, _) in enumerate(gold))
    labels = [label for _, label in gold]
    predicted = [predicted_class(events) for _, events in code_items(coder, items)]
    return EvalReport(
        name=name,
        metrics={
            "cameo_class_accuracy": accuracy(labels, predicted),
            "cameo_class_macro_f1": macro_f1(labels, predicted),
        },
        counts={"sentences": len(gold)},
        notes=["class = Phoenix penta class of our most confident event's CAMEO root; none → 0"],
        details={"confusion": confusion(labels, predicted)},
    )
