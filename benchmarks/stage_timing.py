"""Timing each stage's share of coding time, for the benchmarks that promise a budget."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from detente.coder import Coder
from detente.config import Config
from detente.nlp.parse import SpacyParser
from detente.pipeline import Batch, Pipeline, Stage
from detente.records import Article


class TimedStage:
    """A stage that adds the time spent in it to a shared tally."""

    def __init__(self, stage: Stage, tally: dict[str, float]) -> None:
        self.stage = stage
        self.name = stage.name
        self.requires = stage.requires
        self.assigns = stage.assigns
        self.tally = tally

    def setup(self, config: Config) -> None:
        self.stage.setup(config)

    def __call__(self, batch: Batch) -> Batch:
        started = time.perf_counter()
        out = self.stage(batch)
        self.tally[self.name] += time.perf_counter() - started
        return out


@dataclass
class StageTimes:
    articles: int
    failed: int
    events: int
    total: float  # seconds of coding, parsing included
    by_stage: dict[str, float]

    def share(self, *names: str) -> float:
        return sum(self.by_stage[n] for n in names) / self.total

    def ms_per_article(self, *names: str) -> float:
        return 1000 * sum(self.by_stage[n] for n in names) / self.articles


def time_stages(articles: list[Article], config: Config | None = None) -> StageTimes:
    """Code `articles` once (after a warm-up) and return the time spent in each stage."""
    tally: dict[str, float] = defaultdict(float)
    config = config or Config()
    stages = Coder(config).pipeline.stages
    timed = Pipeline(
        tuple(s if isinstance(s, SpacyParser) else TimedStage(s, tally) for s in stages)
    )
    coder = Coder(config, pipeline=timed)
    list(coder.code_stream(articles[:5]))  # warm up the model and the tables
    tally.clear()
    started = time.perf_counter()
    results = list(coder.code_stream(articles))
    total = time.perf_counter() - started
    return StageTimes(
        articles=len(articles),
        failed=sum(1 for r in results if not r.ok),
        events=sum(len(r.events) for r in results),
        total=total,
        by_stage=dict(tally),
    )
