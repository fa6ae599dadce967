"""petrarch-gsr: PETRARCH-2's 78 validation sentences with CAMEO codings (incl. `noevents`).

Items are (source country, target country, CAMEO root). Codings A→B and B→A with the same
root are one reciprocal item {A, B} (PLOVER: one event with two actors). Our events give
items the same way: actor × recipient country pairs, or pairs among several actors when there
is no recipient. A directed item of ours also matches a reciprocal gold item with the same two
countries and root. Event F1 is micro over all sentences; `noevents` sentences count every
item we emit as a false positive.

PLOVER drops CAMEO 01 (statements) and 02 (appeals), so detente never codes them; gold items
with those roots count as misses in `event_f1`, and `event_f1_plover_scope` scores the same
predictions against the gold items PLOVER can code (roots 03–20).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from detente.coder import Coder
from detente.errors import InputError
from detente.eval.report import EvalReport
from detente.eval.running import GoldText, code_items
from detente.eval.scoring import Counts
from detente.records import Event

GOLD_FILE = Path("event-coder-gold/petrarch-validation/PETR2_GSR_validation.xml")
SENTENCE_RE = re.compile(r"<Sentence\b([^>]*)/?>")
CODING_RE = re.compile(r"<EventCoding\b([^>]*)/>")
TEXT_RE = re.compile(r"<Text>(.*?)</Text>", re.S)
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')

# an item: ("dir", source, target, root) or ("pair", low, high, root)
Item = tuple[str, str | None, str | None, str]
DROPPED_BY_PLOVER = frozenset({"01", "02"})


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    published: dt.date
    items: frozenset[Item]


def country_of(code: str) -> str | None:
    """CAMEO actor code → country: 'USAGOV' → USA, '---GOV' → None, 'IGOEUREEC' → EUR."""
    code = code.strip().upper()
    if not code or code.startswith("---"):
        return None
    if code.startswith("IGO") and len(code) >= 6 and code[3:6] in ("EUR", "UNO"):
        return code[3:6]
    return code[:3]


def collapse(directed: Iterable[tuple[str | None, str | None, str]]) -> frozenset[Item]:
    """Directed (source, target, root) codings → items, reciprocal pairs made one."""
    dyads = set(directed)
    items: set[Item] = set()
    for source, target, root in dyads:
        if source != target and (target, source, root) in dyads:
            low, high = sorted((source or "", target or ""))
            items.add(("pair", low or None, high or None, root))
        else:
            items.add(("dir", source, target, root))
    return frozenset(items)


def read_gold(shared: Path) -> list[GoldSentence]:
    path = shared / GOLD_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the gold set: {exc.strerror}", where=str(path)) from None
    starts = [m for m in SENTENCE_RE.finditer(raw) if "id=" in m.group(1)]
    out: list[GoldSentence] = []
    for k, match in enumerate(starts):
        block = raw[match.end() : starts[k + 1].start() if k + 1 < len(starts) else len(raw)]
        attrs = dict(ATTR_RE.findall(match.group(1)))
        text_match = TEXT_RE.search(block)
        if text_match is None:
            raise InputError("sentence without <Text>", where=f"{path}: {attrs.get('id')}")
        directed: list[tuple[str | None, str | None, str]] = []
        for coding in CODING_RE.finditer(block):
            c = dict(ATTR_RE.findall(coding.group(1)))
            if "eventcode" in c:
                directed.append(
                    (
                        country_of(c.get("sourcecode", "")),
                        country_of(c.get("targetcode", "")),
                        c["eventcode"][:2],
                    )
                )
        out.append(
            GoldSentence(
                id=attrs.get("id", f"sentence-{k}"),
                text=" ".join(text_match.group(1).split()),
                published=_story_date(attrs.get("date", "")),
                items=collapse(directed),
            )
        )
    return out


def _story_date(value: str) -> dt.date:
    """YYYYMMDD; a malformed date in the gold file (one has six digits) → 2000-01-01."""
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return dt.date(2000, 1, 1)


def event_items(events: list[Event]) -> frozenset[Item]:
    directed: list[tuple[str | None, str | None, str]] = []
    for event in events:
        root = event.cameo[:2]
        actors: list[str | None] = [*sorted({a.country for a in event.actors if a.country})]
        actors = actors or [None]
        recipients = sorted({r.country for r in event.recipients if r.country})
        if recipients:
            directed.extend((a, r, root) for a in actors for r in recipients)
        elif len(actors) >= 2:
            for a, b in combinations(actors, 2):
                directed.extend([(a, b, root), (b, a, root)])
        else:
            directed.append((actors[0], None, root))
    return collapse(directed)


def match_items(gold: frozenset[Item], predicted: frozenset[Item]) -> Counts:
    """Exact matches first; then a directed prediction may fill a reciprocal gold item."""
    gold_left, predicted_left = unmatched(gold, predicted)
    tp = len(gold) - len(gold_left)
    return Counts(tp=tp, fp=len(predicted_left), fn=len(gold_left))


def unmatched(gold: frozenset[Item], predicted: frozenset[Item]) -> tuple[set[Item], set[Item]]:
    """The gold items no prediction matched, and the predictions that matched none."""
    exact = gold & predicted
    gold_left = set(gold - exact)
    predicted_left: set[Item] = set()
    for item in sorted(predicted - exact, key=str):
        kind, a, b, root = item
        low, high = sorted((a or "", b or ""))
        wanted: Item = ("pair", low or None, high or None, root)
        if kind == "dir" and wanted in gold_left:
            gold_left.remove(wanted)
        else:
            predicted_left.add(item)
    return gold_left, predicted_left


def near_miss(item: Item, gold_left: set[Item]) -> str:
    """What an unmatched prediction shares with the sentence's unmatched gold items."""
    _, a, b, root = item
    if any({g[1], g[2]} == {a, b} for g in gold_left):
        return "same countries, other root"
    if any(g[3] == root and a in (g[1], g[2]) for g in gold_left):
        return "same root and one country, other partner"
    if any(g[3] == root for g in gold_left):
        return "same root, other countries"
    if gold_left:
        return "nothing in common"
    return "no gold item left in the sentence"


def plover_scope(items: frozenset[Item]) -> frozenset[Item]:
    """The gold items PLOVER codes: all but statements (01) and appeals (02)."""
    return frozenset(i for i in items if i[3] not in DROPPED_BY_PLOVER)


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    gold = read_gold(shared)[:limit]
    items = (GoldText(g.id, g.text, g.published) for g in gold)
    total, in_scope = Counts(), Counts()
    noevent_clean = 0
    false_positives: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for g, (_, events) in zip(gold, code_items(coder, items), strict=True):
        predicted = event_items(events)
        total += match_items(g.items, predicted)
        in_scope += match_items(plover_scope(g.items), predicted)
        noevent_clean += not g.items and not predicted
        gold_left, predicted_left = unmatched(plover_scope(g.items), predicted)
        false_positives.update(near_miss(item, gold_left) for item in predicted_left)
        misses[
            "no event coded in the sentence" if not predicted else "sentence has other events"
        ] += len(gold_left)
    return EvalReport(
        name="petrarch-gsr",
        metrics={
            "event_f1": total.f1,
            "event_precision": total.precision,
            "event_recall": total.recall,
            "event_f1_plover_scope": in_scope.f1,
        },
        counts={
            "sentences": len(gold),
            "gold_items": total.tp + total.fn,
            "predicted_items": total.tp + total.fp,
            "noevents_sentences": sum(not g.items for g in gold),
            "noevents_kept_clean": noevent_clean,
            "gold_items_dropped_by_plover": (total.tp + total.fn) - (in_scope.tp + in_scope.fn),
        },
        notes=[
            "items are (source country, target country, CAMEO root); A→B + B→A = one item",
            "event_f1 counts gold 01/02 items (which PLOVER drops) as misses; "
            "event_f1_plover_scope leaves them out",
            "details: in PLOVER scope, how unmatched predictions resemble the sentence's "
            "unmatched gold items, and where the missed gold items are",
        ],
        details={
            "unmatched_predictions": dict(false_positives.most_common()),
            "missed_gold_items": dict(misses.most_common()),
        },
    )
