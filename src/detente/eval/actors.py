"""`detente eval actors`: actor detection and resolution on the ConfliBERT CAMEO NER test set.

`../shared/event-coder-gold/conflibert-cameo/cameo_ner/test.txt` is CoNLL-style (`token tag`,
blank line between sentences) with BIO spans for the source (S), target (T) and reciprocal (R)
actors of each sentence's event. We rebuild each sentence by joining its tokens with spaces,
run the parser and `actors.mentions.v1`, and score:

- span precision/recall of actor detection. A predicted mention *matches* a gold span when
  their characters overlap and the mention's head lies inside the span (so "A senior Turkish
  delegation" matches a gold "Turkish delegation"); `exact_*` asks for identical boundaries.
  Pairs are matched one to one. Gold marks only the event's participants, so mentions of
  bystanders count against precision: precision is a lower bound.
- the share of gold spans whose matched mention resolves to a country (or IGO/NGO code),
  over matched spans and over all spans.

Groups ("Turkey and Israel") are scored through their members; the gold has no country codes,
so whether the resolved country is *right* is checked on our held-in set (tests/actors/).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from detente.actors.stage import ActorMentionStage
from detente.coder import Coder
from detente.errors import ConfigError
from detente.eval.report import EvalReport
from detente.eval.scoring import f1_score
from detente.nlp.parse import SpacyParser
from detente.pipeline import CodingDoc
from detente.records import Article

GOLD_PATH = Path("event-coder-gold") / "conflibert-cameo" / "cameo_ner" / "test.txt"
# The set's README describes its sentences as 2017-era news; they carry no dates of their own.
PUBLISHED = dt.date(2017, 6, 1)


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    role: str  # S, T or R


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    spans: tuple[GoldSpan, ...]


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    head_start: int
    country: str | None
    kind: str


def read_conll(path: Path) -> Iterator[GoldSentence]:
    """Sentences with their gold actor spans as character offsets into the rebuilt text."""
    tokens: list[tuple[str, str]] = []

    def build() -> GoldSentence:
        text_parts: list[str] = []
        spans: list[GoldSpan] = []
        offset = 0
        open_span: list[int] | None = None  # [start, end, role-as-ord]
        role = ""
        for word, tag in tokens:
            start, end = offset, offset + len(word)
            text_parts.append(word)
            offset = end + 1
            if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
                if open_span is not None:
                    spans.append(GoldSpan(open_span[0], open_span[1], role))
                open_span, role = [start, end], tag[2:]
            elif tag.startswith("I-") and open_span is not None and tag[2:] == role:
                open_span[1] = end
            else:
                if open_span is not None:
                    spans.append(GoldSpan(open_span[0], open_span[1], role))
                open_span = None
        if open_span is not None:
            spans.append(GoldSpan(open_span[0], open_span[1], role))
        return GoldSentence(" ".join(text_parts), tuple(spans))

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            if tokens:
                yield build()
                tokens = []
            continue
        word, _, tag = line.rpartition(" ")
        if not word:
            raise ConfigError(f"expected 'token tag', got {line!r}", where=f"{path}:{number}")
        tokens.append((word, tag))
    if tokens:
        yield build()


@dataclass
class SpanScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    matched_with_country: int = 0

    def add(self, gold: Sequence[GoldSpan], predicted: Sequence[Predicted]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        free = list(predicted)
        for span in gold:
            hit = _best_match(span, free)
            if hit is None:
                continue
            free.remove(hit)
            self.matched += 1
            self.exact += int(hit.start == span.start and hit.end == span.end)
            self.matched_with_country += int(hit.country is not None)


def _best_match(span: GoldSpan, candidates: Sequence[Predicted]) -> Predicted | None:
    fitting = [
        p
        for p in candidates
        if p.start < span.end and span.start < p.end and span.start <= p.head_start < span.end
    ]
    return min(
        fitting, key=lambda p: abs(p.start - span.start) + abs(p.end - span.end), default=None
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def predicted_spans(cdoc: CodingDoc) -> list[Predicted]:
    """Scored mentions: every mention but groups (their members are scored instead)."""
    doc = cdoc.doc
    out: list[Predicted] = []
    for m in cdoc.actor_mentions:
        if m.kind == "group":
            continue
        out.append(Predicted(m.actor.start, m.actor.end, doc[m.head].idx, m.actor.country, m.kind))
    return out


def _stages(coder: Coder) -> tuple[SpacyParser, ActorMentionStage]:
    parser: SpacyParser | None = None
    mentions: ActorMentionStage | None = None
    for stage in coder.pipeline.stages:
        if isinstance(stage, SpacyParser):
            parser = stage
        elif isinstance(stage, ActorMentionStage):
            mentions = stage
    if parser is None or mentions is None:
        raise ConfigError(
            "the actors evaluation needs the 'nlp.spacy.v1' and 'actors.mentions.v1' stages",
            hint="keep them in coding.stages",
        )
    return parser, mentions


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    path = shared / GOLD_PATH
    if not path.is_file():
        raise ConfigError("the ConfliBERT CAMEO NER test set is missing", where=str(path))
    sentences = list(read_conll(path))[:limit] if limit else list(read_conll(path))
    parser, stage = _stages(coder)
    score = SpanScore()
    kinds: Counter[str] = Counter()
    batch_size = 64
    for first in range(0, len(sentences), batch_size):
        chunk = sentences[first : first + batch_size]
        cdocs = [
            CodingDoc(Article(f"conflibert-{first + i}", PUBLISHED, s.text))
            for i, s in enumerate(chunk)
        ]
        parser(cdocs)
        stage(cdocs)
        for sentence, cdoc in zip(chunk, cdocs, strict=True):
            predicted = predicted_spans(cdoc)
            kinds.update(p.kind for p in predicted)
            score.add(sentence.spans, predicted)
    precision = _ratio(score.matched, score.predicted)
    recall = _ratio(score.matched, score.gold)
    return EvalReport(
        name="actors",
        metrics={
            "span_precision": precision,
            "span_recall": recall,
            "span_f1": f1_score(precision, recall),
            "exact_span_recall": _ratio(score.exact, score.gold),
            "country_share_of_matched": _ratio(score.matched_with_country, score.matched),
            "country_share_of_gold": _ratio(score.matched_with_country, score.gold),
        },
        counts={
            "sentences": len(sentences),
            "gold_spans": score.gold,
            "predicted_mentions": score.predicted,
            "matched": score.matched,
        },
        notes=[
            "a mention matches a gold span when it overlaps it and its head lies inside it",
            "gold marks only event participants: mentions of bystanders lower precision",
            f"sentences coded as published on {PUBLISHED.isoformat()} (the set is 2017-era news)",
        ],
        details={"predicted_by_kind": dict(kinds)},
    )
