"""The Ray engine: the only Ray-specific code in detente.

    sources (one row per input file)
      → flat_map(read_source_row)          Ray tasks read the files into item rows
      → repartition(batch_size rows/block)  so one big file still spreads over every actor
      → map_batches(CodingActor)            a pool of actors; each builds the pipeline once
      → map_batches(event/article/failure tables) → write_parquet(partition_cols=[year, month])

Rows cross every boundary as plain string columns (`detente.scale.rows`); a batch that fails
as a whole comes back as failure rows, so no input is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.coder import Coder
from detente.config import Config
from detente.errors import ConfigError
from detente.scale import layout
from detente.scale.rows import STDIN, Row, code_rows, failed_rows, read_source

if TYPE_CHECKING:
    import pyarrow as pa

CODED_COLUMNS = ("article", "events", "failure")


def start_ray(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Connect to `address` or start a local Ray (loopback only, no dashboard, no usage
    stats). Returns True if this call started it (so the caller shuts it down)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    if ray.is_initialized():
        return False
    quiet: dict[str, Any] = {"log_to_driver": False, "logging_level": "WARNING"}
    if not address:
        ray.init(
            address="local",  # always a new local instance, never a stale `ray start` one
            num_cpus=num_cpus or os.cpu_count() or 1,
            include_dashboard=False,
            _node_ip_address="127.0.0.1",
            **quiet,
        )
        return True
    try:
        ray.init(address=address, **quiet)
    except (ConnectionError, TimeoutError, ValueError, RuntimeError) as exc:
        raise ConfigError(
            f"cannot connect to the Ray cluster: {exc}",
            where=address,
            hint="check the address (`ray status` on the head node), or omit --ray-address "
            "to start Ray on this machine",
        ) from None
    return True


def run_on_ray(
    sources: list[Row],
    out: Path,
    *,
    config: Config,
    default_date: dt.date | None = None,
    address: str | None = None,
    num_cpus: int | None = None,
    actors: int | None = None,
) -> int:
    """Code `sources` on Ray and write the tables under `out`; returns the actor count."""
    import ray
    import ray.data

    started = start_ray(address, num_cpus)
    try:
        logging.getLogger("ray.data").setLevel(logging.WARNING)  # no per-dataset INFO lines
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
        n_actors = actors or max(1, int(resources.get("CPU", 1)))
        batch_size = max(1, config.coding.batch_size)
        worker_config = config.with_coding(n_process=1)  # parallelism comes from the actors

        # Workers may run elsewhere (and in another folder): they get absolute paths.
        sources = [_absolute(s) for s in sources]
        # Reading is light; it runs (and finishes) before the actors take every CPU.
        items = (
            ray.data.from_items(sources, override_num_blocks=max(1, len(sources)))
            .flat_map(read_source_row, fn_kwargs={"default_date": default_date})
            .repartition(target_num_rows_per_block=batch_size)
            .materialize()
        )
        if items.count() == 0:
            return n_actors
        coded = items.map_batches(
            CodingActor,
            fn_constructor_kwargs={"config": worker_config},
            batch_size=batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=n_actors),
            num_cpus=1,
        ).materialize()
        for name, to_table in (
            ("events", events_batch),
            ("articles", articles_batch),
            ("failures", failures_batch),
        ):
            table = coded.map_batches(to_table, batch_format="pyarrow")
            partition_cols = ["year", "month"] if name != "failures" else None
            table.write_parquet(str(out / name), partition_cols=partition_cols)
        return n_actors
    finally:
        if started:
            ray.shutdown()


def _absolute(source: Row) -> Row:
    if source["path"] == STDIN:
        return source
    return {**source, "path": str(Path(source["path"]).resolve())}


def read_source_row(source: dict[str, Any], default_date: dt.date | None = None) -> list[Row]:
    return read_source(
        {"path": str(source["path"]), "raw": str(source["raw"] or "")}, default_date=default_date
    )


class CodingActor:
    """A Ray Data actor: builds the pipeline once in `__init__`, codes a batch per call."""

    def __init__(self, config: Config) -> None:
        self.coder = Coder(config)
        _ = self.coder.pipeline  # load spaCy and every stage's resources now, once

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = _plain_rows(batch)
        try:
            coded = code_rows(self.coder, rows)
        except Exception as exc:  # code_stream isolates article failures; this is the rest
            coded = failed_rows(rows, exc)
        return _coded_table(coded)


def events_batch(batch: pa.Table) -> pa.Table:
    return layout.event_table(_plain_rows(batch))


def articles_batch(batch: pa.Table) -> pa.Table:
    return layout.article_table(_plain_rows(batch))


def failures_batch(batch: pa.Table) -> pa.Table:
    return layout.failure_table(_plain_rows(batch))


def _plain_rows(batch: pa.Table) -> list[Row]:
    return [{k: str(v or "") for k, v in row.items()} for row in batch.to_pylist()]


def _coded_table(rows: list[Row]) -> pa.Table:
    import pyarrow as pa

    return pa.table({c: pa.array([r[c] for r in rows], pa.string()) for c in CODED_COLUMNS})
