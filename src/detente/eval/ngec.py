"""ngec-synthetic: 4,500 synthetic stories, each with one (noisy) PLOVER label.

Document-level: recall of the labelled type among the types we emit for the story, and how
much else we emit (share of the distinct types per story that are not the label; share of
stories with any other type). Coded in batches through `Coder.code_stream`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import Counter
from pathlib import Path

from detente.coder import Coder
from detente.errors import InputError
from detente.eval.report import EvalReport
from detente.eval.running import GoldText, code_items
from detente.events.ontology import plover_category

GOLD_ZIP = Path("event-coder-gold/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip")
CODING_DATE = dt.date(2023, 10, 19)


def read_gold(shared: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, text, label) for each story, in file order."""
    path = shared / GOLD_ZIP
    try:
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".csv"))
            raw = archive.read(name).decode("utf-8")
    except (OSError, zipfile.BadZipFile, StopIteration) as exc:
        raise InputError(f"cannot read the gold set: {exc}", where=str(path)) from None
    out: list[tuple[str, str, str]] = []
    for k, row in enumerate(csv.DictReader(io.StringIO(raw))):
        if limit is not None and k >= limit:
            break
        label = (row.get("label") or "").strip().upper()
        text = (row.get("text") or "").strip()
        if label and text:
            out.append((f"ngec-{k}", text, label))
    return out


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    gold = read_gold(shared, limit)
    labels = {story_id: label for story_id, _, label in gold}
    items = (GoldText(story_id, text, CODING_DATE) for story_id, text, _ in gold)
    hits, other_share, with_other, empty = 0, 0.0, 0, 0
    per_label: Counter[str] = Counter()
    per_label_hits: Counter[str] = Counter()
    for item, events in code_items(coder, items):
        label = labels[item.id]
        types = {plover_category(e.event, e.status) for e in events}
        per_label[label] += 1
        if label in types:
            hits += 1
            per_label_hits[label] += 1
        others = types - {label}
        with_other += bool(others)
        other_share += len(others) / len(types) if types else 0.0
        empty += not types
    n = len(gold)
    return EvalReport(
        name="ngec-synthetic",
        metrics={
            "labelled_type_recall": hits / n if n else 0.0,
            "other_type_share": other_share / n if n else 0.0,
            "stories_with_other_types": with_other / n if n else 0.0,
        },
        counts={"stories": n, "stories_without_events": empty},
        notes=[
            "labels are pseudo-labels from the prompt headline (noisy, per the README)",
            "future CONSULT/SUPPORT/COOPERATE/AID count as AGREE, future RETREAT as CONCEDE",
        ],
        details={
            "recall_by_label": {
                label: round(per_label_hits[label] / count, 3)
                for label, count in sorted(per_label.items())
            }
        },
    )
