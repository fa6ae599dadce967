"""A run: articles in, coded, written in batches, recorded in `runs`.

    ingest_items(conn, items, config=…)  → IngestSummary

Articles already stored with the same content hash are skipped before coding, so rerunning an
interrupted run codes only what is missing. A run killed mid-way stays `running` in `runs`
until the next run marks it `interrupted`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from detente.config import Config
from detente.records import Article, Failure
from detente.store.writer import BatchOutcome, BatchWriter, CodedArticle
from detente.version import CODER_VERSION

if TYPE_CHECKING:
    import duckdb

WRITE_EVERY_ARTICLES = 256
WRITE_EVERY_SECONDS = 2.0
KEEP_FAILURES = 1000  # in the summary; the `failures` table keeps every one


@dataclass(slots=True)
class IngestSummary:
    """What a run did. `failures` holds the first inputs that could not be coded (up to
    KEEP_FAILURES; `n_failures` counts them all, the `failures` table stores them all)."""

    run_id: int | None = None
    n_read: int = 0
    n_coded: int = 0
    n_unchanged: int = 0
    n_replaced: int = 0
    n_events: int = 0
    n_new_events: int = 0
    n_merged: int = 0
    n_failures: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    failures: list[Failure] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.n_coded / self.seconds if self.seconds > 0 else 0.0

    @property
    def ok(self) -> bool:
        return self.n_failures == 0

    def add(self, outcome: BatchOutcome) -> None:
        self.n_coded += outcome.n_articles
        self.n_replaced += outcome.n_replaced
        self.n_events += outcome.n_events
        self.n_new_events += outcome.n_new_events
        self.n_merged += outcome.n_merged

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["failures"] = [asdict(f) for f in self.failures]
        out["articles_per_second"] = round(self.articles_per_second, 1)
        return out


ProgressCallback = Callable[[IngestSummary], None]


def ingest_items(
    conn: duckdb.DuckDBPyConnection,
    items: Iterable[Article | Failure],
    *,
    config: Config,
    inputs: Sequence[str] = (),
    dry_run: bool = False,
    on_progress: ProgressCallback | None = None,
    coded_stream: Callable[[Iterable[Article | Failure]], Iterable[CodedArticle | Failure]]
    | None = None,
) -> IngestSummary:
    """Code and store `items`; `coded_stream` replaces the coder (tests, re-imports)."""
    started = time.perf_counter()
    summary = IngestSummary(dry_run=dry_run)
    existing: dict[str, str] = dict(
        conn.execute("SELECT id, content_hash FROM articles").fetchall()
    )
    todo = _needing_work(items, existing, summary)
    if dry_run:
        for item in todo:
            if isinstance(item, Failure):
                _fail(summary, item)
            elif item.id in existing:
                summary.n_replaced += 1
            else:
                summary.n_coded += 1
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)
        return summary

    _mark_interrupted(conn)
    run_id = _start_run(conn, inputs, config)
    summary.run_id = run_id
    cursor = conn.cursor()
    writer = BatchWriter(
        cursor,
        run_id=run_id,
        coder_version=CODER_VERSION,
        dedupe=config.dedupe,
        existing=existing,
    )
    stream = (coded_stream or _coder_stream(config))(todo)
    coded: list[CodedArticle] = []
    failed: list[Failure] = []
    last_write = time.perf_counter()
    status = "interrupted"
    background = BackgroundWriter(writer, summary)
    try:
        for result in stream:
            if isinstance(result, Failure):
                failed.append(result)
            else:
                coded.append(result)
            now = time.perf_counter()
            if len(coded) + len(failed) >= WRITE_EVERY_ARTICLES or (
                now - last_write >= WRITE_EVERY_SECONDS
            ):
                background.submit(coded, failed)
                coded, failed, last_write = [], [], now
                summary.seconds = now - started
                if on_progress:
                    on_progress(summary)
        background.submit(coded, failed)
        background.close()
        status = "finished"
    finally:
        with contextlib.suppress(BaseException):  # the error that stopped the run wins
            background.close()
        cursor.close()
        summary.seconds = time.perf_counter() - started
        _finish_run(conn, run_id, summary, status)
        if on_progress:
            on_progress(summary)
    return summary


class BackgroundWriter:
    """Writes batches on a thread while the next ones are coded (DuckDB releases the GIL).

    Batches are written in order, each in its own transaction; an error in the writer is
    raised in the coding thread at the next `submit` or at `close`. At most two batches wait,
    so a slow disk slows coding down instead of filling memory.
    """

    def __init__(self, writer: BatchWriter, summary: IngestSummary) -> None:
        self._writer = writer
        self._summary = summary
        self._queue: queue.Queue[tuple[list[CodedArticle], list[Failure]] | None] = queue.Queue(2)
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="detente-writer", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                _flush(self._writer, self._summary, *item)
            except BaseException as exc:  # handed to the coding thread
                self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def submit(self, coded: list[CodedArticle], failed: list[Failure]) -> None:
        self._raise()
        if coded or failed:
            self._queue.put((coded, failed))

    def close(self) -> None:
        """Write what is queued, stop the thread, raise the writer's error if any."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()
        self._raise()


def _flush(
    writer: BatchWriter, summary: IngestSummary, coded: list[CodedArticle], failed: list[Failure]
) -> None:
    if not coded and not failed:
        return
    summary.add(writer.write(coded, failed))
    for failure in failed:
        _fail(summary, failure)


def _fail(summary: IngestSummary, failure: Failure) -> None:
    summary.n_failures += 1
    if len(summary.failures) < KEEP_FAILURES:
        summary.failures.append(failure)


def _needing_work(
    items: Iterable[Article | Failure], existing: dict[str, str], summary: IngestSummary
) -> Iterator[Article | Failure]:
    """Drop articles stored with the same content; refuse a second, different, same-id one."""
    seen: dict[str, tuple[str, str]] = {}
    for item in items:
        summary.n_read += 1
        if isinstance(item, Failure):
            yield item
            continue
        digest = item.content_hash
        if item.id in seen:
            first_hash, first_origin = seen[item.id]
            if first_hash != digest:
                yield Failure(
                    origin=item.origin or item.id,
                    reason=(
                        f"article id {item.id!r} was already read from {first_origin} in this "
                        "run with a different text; give each article its own id"
                    ),
                    article_id=None,
                    error_type="InputError",
                )
            continue
        seen[item.id] = (digest, item.origin or item.id)
        if existing.get(item.id) == digest:
            summary.n_unchanged += 1
            continue
        yield item


def _coder_stream(
    config: Config,
) -> Callable[[Iterable[Article | Failure]], Iterator[CodedArticle | Failure]]:
    def stream(items: Iterable[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        from detente.coder import Coder

        for result in Coder(config).code_stream(items):
            if result.failure is not None:
                yield result.failure
            elif result.article is not None:
                yield CodedArticle(result.article, [e.to_json() for e in result.events])

    return stream


def _mark_interrupted(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")


def _start_run(conn: duckdb.DuckDBPyConnection, inputs: Sequence[str], config: Config) -> int:
    row = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()
    run_id = int(row[0]) if row else 1
    conn.execute(
        "INSERT INTO runs (id, started_at, status, inputs, coder_version, config_hash, config) "
        "VALUES (?, ?, 'running', ?, ?, ?, ?)",
        [
            run_id,
            _now(),
            list(inputs),
            CODER_VERSION,
            config.hash,
            json.dumps(asdict(config), default=str),
        ],
    )
    return run_id


def _finish_run(
    conn: duckdb.DuckDBPyConnection, run_id: int, summary: IngestSummary, status: str
) -> None:
    conn.execute(
        "UPDATE runs SET finished_at = ?, status = ?, n_read = ?, n_coded = ?, n_unchanged = ?, "
        "n_replaced = ?, n_events = ?, n_merged = ?, n_failures = ? WHERE id = ?",
        [
            _now(),
            status,
            summary.n_read,
            summary.n_coded,
            summary.n_unchanged,
            summary.n_replaced,
            summary.n_events,
            summary.n_merged,
            summary.n_failures,
            run_id,
        ],
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
