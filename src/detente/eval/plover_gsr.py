"""plover-gsr: 322 sentences coded by hand with PLOVER v0.5b1 (from the CAMEO manual).

Each sentence is coded alone. The scored event is the one whose trigger is among the gold
event words, else our most confident event in the sentence; no event predicts "NONE".
Metrics: event-type accuracy and macro-F1 (v0.5b1 names mapped to today's), mode accuracy on
sentences whose gold mode is a current PLOVER mode, and actor / recipient country F1 (micro,
over the country sets of the scored event).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.coder import Coder
from detente.errors import InputError
from detente.eval.report import EvalReport
from detente.eval.running import GoldText, code_items, sentence_events
from detente.eval.scoring import Counts, accuracy, confusion, macro_f1, set_counts
from detente.events.ontology import load_ontology, plover_category
from detente.records import Event

GOLD_FILE = Path("event-coder-gold/plover-gsr/PLOVER_GSR_CAMEO.json")
EVENT_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
IMPLIED_MODES = {"DISAPPROVE": "disapprove", "INVESTIGATE": "investigate"}
MODE_NAMES = {
    "strike-hun": "hunger",
    "strike-gen": "strike",
    "riot-spon": "riot",
    "demo-org": "demo",
    "demo-spon": "demo",
    "assassinate": "targeted",
    "host": "visit",
    "confiscate": "seize",
    "detain": "arrest",
    "ban": "restrict",
}
PLACEHOLDER_DATE = dt.date(2000, 1, 1)
# Country codes the gold file spells outside ISO-3166/CAMEO, read as the country they name.
GOLD_SPELLINGS = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    event: str
    mode: str | None
    event_words: frozenset[str]
    actors: tuple[str, ...]
    recipients: tuple[str, ...]


def _countries(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    codes = [str(v.get("code") or "")[:3].upper() for v in value if isinstance(v, dict)]
    codes = [GOLD_SPELLINGS.get(c, c) for c in codes]
    return tuple(sorted({c for c in codes if len(c) == 3 and c.isalpha()}))


def read_gold(shared: Path) -> list[GoldSentence]:
    path = shared / GOLD_FILE
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the gold set: {exc}", where=str(path)) from None
    ontology = load_ontology()
    out: list[GoldSentence] = []
    for record in records:
        if not isinstance(record, dict) or "event" not in record or "text" not in record:
            continue
        old = str(record["event"]).upper()
        event = EVENT_NAMES.get(old, old)
        raw_mode = str(record.get("mode") or "").strip() or IMPLIED_MODES.get(old, "")
        mode = MODE_NAMES.get(raw_mode, raw_mode)
        words = frozenset(
            w.lower() for w in re.findall(r"[\w-]+", str(record.get("eventText", "")))
        )
        out.append(
            GoldSentence(
                id=str(record["id"]),
                text=str(record["text"]),
                event=event,
                mode=mode if (event, mode) in ontology.modes else None,
                event_words=words,
                actors=_countries(record.get("source")),
                recipients=_countries(record.get("target")),
            )
        )
    return out


def scored_event(gold: GoldSentence, events: list[Event]) -> Event | None:
    """Our event for this sentence: the one triggered by a gold event word, else the likeliest."""
    ranked = sentence_events(events)
    for event in ranked:
        if event.evidence.trigger.text.lower() in gold.event_words:
            return event
    return ranked[0] if ranked else None


def _country_set(actors: list[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    gold = read_gold(shared)[:limit]
    items = (GoldText(g.id, g.text, PLACEHOLDER_DATE) for g in gold)
    gold_types: list[str] = []
    predicted_types: list[str] = []
    mode_hits: list[bool] = []
    actor_counts, recipient_counts = Counts(), Counts()
    any_type_hits = 0
    for g, (_, events) in zip(gold, code_items(coder, items), strict=True):
        chosen = scored_event(g, events)
        gold_types.append(g.event)
        predicted_types.append(plover_category(chosen.event, chosen.status) if chosen else "NONE")
        any_type_hits += any(plover_category(e.event, e.status) == g.event for e in events)
        if g.mode is not None:
            mode_hits.append(chosen is not None and chosen.mode == g.mode)
        actors = _country_set(chosen.actors) if chosen else set()
        recipients = _country_set(chosen.recipients) if chosen else set()
        actor_counts += set_counts(g.actors, actors)
        recipient_counts += set_counts(g.recipients, recipients)
    return EvalReport(
        name="plover-gsr",
        metrics={
            "event_accuracy": accuracy(gold_types, predicted_types),
            "event_macro_f1": macro_f1(gold_types, predicted_types),
            "event_any_recall": any_type_hits / len(gold) if gold else 0.0,
            "mode_accuracy": sum(mode_hits) / len(mode_hits) if mode_hits else 0.0,
            "actor_country_f1": actor_counts.f1,
            "actor_country_precision": actor_counts.precision,
            "actor_country_recall": actor_counts.recall,
            "recipient_country_f1": recipient_counts.f1,
        },
        counts={
            "sentences": len(gold),
            "with_event": sum(p != "NONE" for p in predicted_types),
            "with_gold_mode": len(mode_hits),
        },
        notes=[
            "v0.5b1 names mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, "
            "FIGHT→ASSAULT; sentences coded alone at a placeholder date; our future "
            "CONSULT/SUPPORT/COOPERATE/AID count as AGREE and future RETREAT as CONCEDE "
            "(PLOVER's auxiliary-mode rule)",
        ],
        details={"confusion": confusion(gold_types, predicted_types)},
    )
