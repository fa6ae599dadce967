"""`ingest_to_parquet`: code inputs with an engine and write the scaled-run Parquet folder.

    ingest_to_parquet(["articles/"], "out/", engine="ray")   → ScaleSummary
    ingest_to_parquet(["articles/"], "out/", engine="local") → the same folder, one process

Both engines read the same partitions (one per input file), run the same stage objects
(`Coder` → the configured pipeline) and write the same tables (see `detente.scale.layout`).
They work a round of input files at a time (`detente.scale.rounds`): `resume=True` skips the
rounds a killed run finished.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from detente.coder import Coder
from detente.config import Config
from detente.errors import ConfigError
from detente.records import Failure
from detente.scale import layout
from detente.scale.rounds import Progress
from detente.scale.rows import Row, iter_coded, read_source, source_rows
from detente.version import CODER_VERSION

ENGINES = ("local", "ray")
LOCAL_WRITE_EVERY = 1024  # coded articles per Parquet write in the local engine
ROUND_SIZE = 64  # input files per round: what a killed run loses at most
KEEP_FAILURES = 1000


@dataclass(slots=True)
class ScaleSummary:
    """What a scaled run wrote; counts are read back from the Parquet it wrote."""

    engine: str
    out: str
    n_partitions: int = 0
    n_articles: int = 0
    n_events: int = 0
    n_failures: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def n_read(self) -> int:
        return self.n_articles + self.n_failures

    @property
    def articles_per_second(self) -> float:
        return self.n_read / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["failures"] = [asdict(f) for f in self.failures]
        out["articles_per_second"] = round(self.articles_per_second, 1)
        return out


def ingest_to_parquet(
    paths: Sequence[str],
    out: str | Path,
    *,
    engine: str = "local",
    config: Config | None = None,
    default_date: dt.date | None = None,
    ray_address: str | None = None,
    num_cpus: int | None = None,
    stdin_text: str | None = None,
    resume: bool = False,
    round_size: int = ROUND_SIZE,
) -> ScaleSummary:
    """Code every article in `paths` with `engine` and write partitioned Parquet to `out`.

    Unreadable or uncodable inputs are written to `out/failures`, never dropped. With
    `resume`, the input files an earlier (killed) run into `out` finished are skipped."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", hint=f"use one of {', '.join(ENGINES)}")
    config = config or Config()
    sources = source_rows(paths, stdin_text=stdin_text)
    target = layout.prepare_out(out, resume=resume)
    header = {"coder_version": CODER_VERSION, "config_hash": config.hash, "engine": engine}
    progress = Progress.resume(target, header) if resume else Progress.start(target, header)
    started = time.perf_counter()
    workers = 1
    ray_started = False
    coder = Coder(config)  # local engine: one pipeline for every round, built on first use
    if engine == "ray":
        from detente.scale.ray_engine import start_ray

        ray_started = start_ray(ray_address, num_cpus)
    try:
        for round_sources in progress.pending(sources, round_size):
            staging = progress.staging()
            if engine == "ray":
                from detente.scale.ray_engine import run_on_ray

                workers = run_on_ray(
                    round_sources, staging, config=config, default_date=default_date
                )
            else:  # file names stay unique across rounds and resumed runs: done only grows
                run_locally(
                    round_sources,
                    staging,
                    coder=coder,
                    default_date=default_date,
                    prefix=f"r{len(progress.done)}",
                )
            progress.commit(round_sources)
    finally:
        if ray_started:
            import ray

            ray.shutdown()
    seconds = time.perf_counter() - started
    summary = ScaleSummary(
        engine=engine,
        out=str(target),
        n_partitions=len(sources),
        n_articles=layout.count_rows(target, "articles"),
        n_events=layout.count_rows(target, "events"),
        n_failures=layout.count_rows(target, "failures"),
        seconds=seconds,
        failures=read_failures(target, limit=KEEP_FAILURES),
    )
    layout.write_manifest(
        target,
        {
            "written_by": "detente ingest --out",
            "engine": engine,
            "workers": workers,
            "coder_version": CODER_VERSION,
            "config_hash": config.hash,
            "inputs": list(paths),
            "n_partitions": summary.n_partitions,
            "n_articles": summary.n_articles,
            "n_events": summary.n_events,
            "n_failures": summary.n_failures,
            "seconds": round(seconds, 3),
            "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        },
    )
    return summary


def run_locally(
    sources: Sequence[Row],
    out: Path,
    *,
    coder: Coder,
    default_date: dt.date | None = None,
    prefix: str = "0",
) -> None:
    """The local engine: one coder (spaCy `n_process` as configured), written in chunks whose
    file names start `part-<prefix>-` (unique across the rounds of a run)."""
    items = (row for source in sources for row in read_source(source, default_date=default_date))
    coded = iter_coded(coder, items)
    for part in itertools.count():
        chunk = list(itertools.islice(coded, LOCAL_WRITE_EVERY))
        if not chunk:
            break
        name = f"{prefix}-{part}"
        layout.write_table(layout.event_table(chunk), out, "events", part=name)
        layout.write_table(layout.article_table(chunk), out, "articles", part=name)
        layout.write_table(layout.failure_table(chunk), out, "failures", part=name)


def read_failures(out: str | Path, *, limit: int | None = None) -> list[Failure]:
    data = layout.dataset(out, "failures")
    if data is None:
        return []
    table = data.head(limit) if limit is not None else data.to_table()
    return [
        Failure(
            origin=r["origin"],
            reason=r["reason"],
            article_id=r["article_id"],
            error_type=r["error_type"],
        )
        for r in table.to_pylist()
    ]
