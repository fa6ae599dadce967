"""`detente eval timex`: time expressions against TE3 platinum and MEANTIME English.

Scores follow TempEval-3 (UzZaman et al. 2013):

- extent strict: system and gold spans are identical; relaxed: they overlap. P = matched /
  system, R = matched / gold (one-to-one matching, in text order).
- attribute F1 (value, type): P = relaxed matches whose attribute is right / system,
  R = the same / gold.

Separately, `relative_accuracy` is the share of gold DATE/TIME expressions whose value
depends on the document date ("Thursday", "last week": a calendar value, no year written)
that the system finds (relaxed) with the right value.

The README of the gold folder lists known gold errors; they are scored as annotated (the
`value_f1`) and once more counting a system value that the correction names as right
(`value_f1_tolerant`); both are reported with the items.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import ConfigError
from detente.eval.report import EvalReport
from detente.eval.scoring import f1_score
from detente.nlp.model import load_model
from detente.time.expressions import find_time_expressions

if TYPE_CHECKING:
    from detente.coder import Coder

TIMEX_DIR = Path("time-actors-geo") / "timex"


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: where it is in the document text, its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    name: str
    dct: dt.date
    text: str
    timexes: tuple[Timex, ...]
    excluded: tuple[tuple[int, int], ...] = ()  # spans not to score (MEANTIME's date line)


@dataclass(frozen=True, slots=True)
class KnownGoldError:
    """A gold annotation the README says is wrong, and the value it should have."""

    doc: str
    text: str
    gold_value: str
    corrected: str
    why: str


KNOWN_GOLD_ERRORS: tuple[KnownGoldError, ...] = (
    KnownGoldError("AP_20130322", "This year", "XXXX-WI", "2013", "a year annotated as a season"),
    KnownGoldError(
        "CNN_20130322_1003",
        "Sunday night",
        "2012-WXX-7TNI",
        "2013-03-17TNI",
        "a past Sunday given as a 2012 weekly pattern",
    ),
)


@dataclass
class TimexScores:
    """Counts summed over documents; the metrics are computed from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    value_tolerant: int = 0
    type: int = 0
    relative_gold: int = 0
    relative_right: int = 0
    errors: list[str] = field(default_factory=list)
    gold_errors_seen: list[str] = field(default_factory=list)

    def add(self, other: TimexScores) -> None:
        for name in (
            "gold",
            "system",
            "strict",
            "relaxed",
            "value",
            "value_tolerant",
            "type",
            "relative_gold",
            "relative_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.gold_errors_seen.extend(other.gold_errors_seen)

    def metrics(self, prefix: str) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, hits in (
            ("strict", self.strict),
            ("relaxed", self.relaxed),
            ("value", self.value),
            ("value_tolerant", self.value_tolerant),
            ("type", self.type),
        ):
            p, r, f = prf(hits, self.system, self.gold)
            if name in ("strict", "relaxed"):
                out[f"{prefix}.{name}_p"] = p
                out[f"{prefix}.{name}_r"] = r
            out[f"{prefix}.{name}_f1"] = f
        out[f"{prefix}.relative_accuracy"] = (
            self.relative_right / self.relative_gold if self.relative_gold else 0.0
        )
        return out


def prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    return p, r, f1_score(p, r)


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|['’]\d\d\b")


def is_relative(timex: Timex) -> bool:
    """A DATE/TIME with a calendar value and no year in its text: it needs the document date."""
    value = timex.value or ""
    return (
        timex.type in ("DATE", "TIME")
        and value[:4].isdigit()
        and not _YEAR_WRITTEN.search(timex.text)
    )


def score_document(
    gold: Sequence[Timex],
    system: Sequence[Timex],
    *,
    doc: str = "",
    known_errors: Iterable[KnownGoldError] = (),
) -> TimexScores:
    """TE3 counts for one document. Matching is one-to-one: each gold span takes the first
    unused system span that overlaps it (an identical span first)."""
    corrections = {(e.text, e.gold_value): e for e in known_errors if e.doc == doc}
    scores = TimexScores(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        overlapping = [
            i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end
        ]
        exact = [i for i in overlapping if system[i].start == g.start and system[i].end == g.end]
        relative = is_relative(g)
        scores.relative_gold += relative
        correction = corrections.get((g.text, g.value or ""))
        if correction is not None:
            scores.gold_errors_seen.append(f"{doc}: {g.text!r} gold {g.value} ({correction.why})")
        if not overlapping:
            scores.errors.append(f"{doc}: missed {g.text!r} ({g.type} {g.value})")
            continue
        chosen = exact[0] if exact else overlapping[0]
        used.add(chosen)
        s = system[chosen]
        scores.relaxed += 1
        scores.strict += bool(exact)
        scores.type += s.type == g.type
        right = s.value == g.value
        scores.value += right
        scores.value_tolerant += right or (
            correction is not None and s.value == correction.corrected
        )
        scores.relative_right += relative and right
        if not right:
            scores.errors.append(f"{doc}: {g.text!r} gold {g.value}, system {s.value} ({s.text!r})")
    for i, s in enumerate(system):
        if i not in used:
            scores.errors.append(f"{doc}: spurious {s.text!r} ({s.type} {s.value})")
    return scores


# --- reading the gold data ------------------------------------------------------------------

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>|&(?:#\d+|\w+);")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> GoldDocument:
    """A TimeML file: the text inside <TEXT> with tags removed, and its TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw)
    if dct_match is None:
        dct_match = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if dct_match is None or body is None:
        raise ConfigError("not a TimeML file with a DCT and a TEXT", where=str(path))
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    source = body.group(1)
    position = 0
    for match in _TAG.finditer(source):
        piece = source[position : match.start()]
        out.append(piece)
        length += len(piece)
        position = match.end()
        if match.group(0).startswith("&"):
            char = html.unescape(match.group(0))
            out.append(char)
            length += len(char)
            continue
        closing, tag, attributes = match.group(1), match.group(2), match.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(attributes)))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            timexes.append(Timex(start, length, text, attrs.get("type", ""), attrs.get("value")))
            open_timex = None
    out.append(source[position:])
    return GoldDocument(
        path.stem, dt.date.fromisoformat(dct_match.group(1)[:10]), "".join(out), tuple(timexes)
    )


def read_meantime(path: Path) -> GoldDocument | None:
    """A MEANTIME CAT file: tokens joined with spaces, one line per sentence (None: no DCT).

    MEANTIME annotates only the first sentences of each article (title, date line and the
    first few sentences); the rest of the text is excluded from scoring.
    """
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    sentence = None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            pieces.append("\n")
            length += 1
        elif sentence is not None:
            pieces.append(" ")
            length += 1
        sentence = token.get("sentence")
        word = token.text or ""
        offsets[token.get("t_id", "")] = (length, length + len(word))
        pieces.append(word)
        length += len(word)
    text = "".join(pieces)
    sentence_of = {t.get("t_id", ""): t.get("sentence", "") for t in root.iter("token")}
    annotated = [
        int(sentence_of[a.get("t_id", "")])
        for markables in root.iter("Markables")
        for a in markables.iter("token_anchor")
    ]
    last_line = max(annotated, default=-1)
    line_ends = [m.start() for m in re.finditer("\n", text)]
    dct: dt.date | None = None
    timexes: list[Timex] = []
    excluded: list[tuple[int, int]] = []
    for element in root.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id", "")] for a in element.iter("token_anchor")]
        span = (min(a[0] for a in anchors), max(a[1] for a in anchors)) if anchors else None
        if element.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_dct(element.get("value", ""))
            if span:
                excluded.append(span)
            continue
        if span is None:
            continue  # an implicit timex with no text
        timexes.append(
            Timex(
                span[0],
                span[1],
                text[span[0] : span[1]],
                element.get("type", ""),
                element.get("value"),
            )
        )
    if dct is None:
        return None
    if last_line + 1 < len(line_ends) + 1 and last_line >= 0:
        excluded.append((line_ends[last_line], len(text)))
    return GoldDocument(path.stem, dct, text, tuple(timexes), tuple(excluded))


def _parse_dct(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- running detente ------------------------------------------------------------------------


def system_timexes(text: str, dct: dt.date, model: str) -> list[Timex]:
    """detente's expressions as TIMEX3 (spaCy entities no rule read are left out)."""
    doc = load_model(model)(text)
    return [
        Timex(e.start, e.end, e.text, e.kind.upper(), e.value)
        for e in find_time_expressions(doc, dct)
    ]


def score_collection(
    documents: Sequence[GoldDocument], model: str, *, include_unread: bool = False
) -> TimexScores:
    total = TimexScores()
    for document in documents:
        system = [
            t
            for t in system_timexes(document.text, document.dct, model)
            if (include_unread or t.value is not None)
            and not any(t.start < end and start < t.end for start, end in document.excluded)
        ]
        total.add(
            score_document(
                document.timexes, system, doc=document.name, known_errors=KNOWN_GOLD_ERRORS
            )
        )
    return total


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    folder = shared / TIMEX_DIR
    if not folder.is_dir():
        raise ConfigError("the timex gold folder is missing", where=str(folder))
    te3 = [read_tml(p) for p in sorted(folder.glob("te3-*/*.tml"))][:limit]  # TE3 platinum
    read = [read_meantime(p) for p in sorted((folder / "meantime-english").glob("*/*.xml"))]
    meantime = [d for d in read if d is not None][:limit]
    model = coder.config.coding.model
    te3_scores = score_collection(te3, model)
    meantime_scores = score_collection(meantime, model)
    metrics = {**te3_scores.metrics("te3"), **meantime_scores.metrics("meantime")}
    return EvalReport(
        name="timex",
        metrics=metrics,
        counts={
            "te3.docs": len(te3),
            "te3.gold": te3_scores.gold,
            "te3.system": te3_scores.system,
            "te3.relative_gold": te3_scores.relative_gold,
            "meantime.docs": len(meantime),
            "meantime.gold": meantime_scores.gold,
            "meantime.system": meantime_scores.system,
            "meantime.relative_gold": meantime_scores.relative_gold,
            "meantime.docs_without_dct": sum(d is None for d in read),
        },
        notes=[
            "TE3 definitions: strict = same span, relaxed = overlap; value/type F1 over relaxed",
            "HeidelTime on TE3 platinum: value F1 0.7761, relaxed F1 0.9030 (UzZaman et al. 2013)",
            "MEANTIME: only the annotated opening sentences are scored; documents without a "
            "readable DCT are skipped",
            *(f"known gold error: {e}" for e in te3_scores.gold_errors_seen),
        ],
        details={"te3_errors": te3_scores.errors, "meantime_errors": meantime_scores.errors},
    )
