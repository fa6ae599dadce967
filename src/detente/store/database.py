"""`detente.Database`: the event database behind the CLI, the HTTP API and the explorer.

    with Database("detente.duckdb") as db:
        db.ingest(["articles/"])
        db.events(EventFilter(actor="TUR", recipient="ISR"), limit=20)
        db.dyad("TUR", "ISR", by="month")
        db.export("plover-jsonl", "events.jsonl")

Each read runs on its own cursor, so one Database may serve several threads; writes are
serialised by a lock. Open with `read_only=True` to read while another process writes.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from detente.config import Config
from detente.errors import ConfigError, NotFoundError, StoreError
from detente.records import Article, Event, Failure
from detente.store.filters import EVENT_SORTS, EventFilter
from detente.store.ingest import IngestSummary, ProgressCallback, ingest_items
from detente.store.labels import refresh_actor_labels
from detente.store.query import run_query
from detente.store.rows import event_dict
from detente.store.schema import LATEST_VERSION, migrate, schema_version

if TYPE_CHECKING:
    from detente.export import ExportSummary
    from detente.store.writer import CodedArticle


# detente never reads or writes files through DuckDB (ingest goes in as Arrow tables, exports
# are written by Python), so no query can either: user SQL cannot reach the file system.
SANDBOX: dict[str, str | bool | int | float | list[str]] = {"enable_external_access": False}


class Database:
    """A detente event database (a DuckDB file), created and upgraded on open."""

    def __init__(
        self,
        path: str | Path = "detente.duckdb",
        *,
        read_only: bool = False,
        config: Config | None = None,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.config = config or Config()
        self._lock = threading.RLock()
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(
                "no database here", where=self.path, hint="create one with `detente ingest`"
            )
        try:
            self._conn = duckdb.connect(self.path, read_only=read_only, config=SANDBOX)
        except duckdb.IOException as exc:
            raise StoreError(
                f"cannot open the database: {exc}",
                where=self.path,
                hint="another process may be writing it; wait for it or open read-only",
            ) from None
        except duckdb.Error as exc:
            raise StoreError(f"not a database detente can open: {exc}", where=self.path) from None
        try:
            self.upgraded_from = migrate(self._conn, where=self.path, read_only=read_only)
        except BaseException:
            self._conn.close()
            raise

    # lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self._conn.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(
                "the database is open read-only", where=self.path, hint="open it without read_only"
            )

    # writing --------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[str],
        *,
        default_date: dt.date | None = None,
        progress: bool = False,
        dry_run: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> IngestSummary:
        """Read, code and store every article in `paths` (files, folders, `-`)."""
        from detente.read.paths import check_paths, read_paths

        check_paths(paths)
        items = read_paths(paths, default_date=default_date)
        return self.ingest_articles(
            items, inputs=list(paths), progress=progress, dry_run=dry_run, on_progress=on_progress
        )

    def ingest_articles(
        self,
        items: Iterable[Article | Failure],
        *,
        inputs: Sequence[str] = (),
        progress: bool = False,
        dry_run: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> IngestSummary:
        """Code and store articles (already read); failures are stored and the run goes on."""
        return self._ingest(items, inputs, progress, dry_run, on_progress, None)

    def ingest_coded(
        self,
        items: Iterable[CodedArticle | tuple[Article, Sequence[Event]] | Failure],
        *,
        inputs: Sequence[str] = (),
        progress: bool = False,
    ) -> IngestSummary:
        """Store articles with events coded elsewhere: `(article, [Event, …])` pairs,
        `CodedArticle`s (events as JSON, e.g. re-imported), or Failures. Same upsert,
        de-duplication and bookkeeping as `ingest`."""
        from detente.store.writer import CodedArticle

        materialised: list[CodedArticle | Failure] = []
        for item in items:
            if isinstance(item, tuple):
                article, events = item
                materialised.append(CodedArticle(article, [e.to_json() for e in events]))
            else:
                materialised.append(item)
        by_id = {id(c.article): c for c in materialised if isinstance(c, CodedArticle)}

        def coded(todo: Iterable[Article | Failure]) -> Iterator[CodedArticle | Failure]:
            for item in todo:
                yield item if isinstance(item, Failure) else by_id[id(item)]

        articles = [c if isinstance(c, Failure) else c.article for c in materialised]
        return self._ingest(articles, inputs, progress, False, None, coded)

    def _ingest(
        self,
        items: Iterable[Article | Failure],
        inputs: Sequence[str],
        progress: bool,
        dry_run: bool,
        on_progress: ProgressCallback | None,
        coded: Any,
    ) -> IngestSummary:
        if not dry_run:
            self._writable()
        with self._lock:
            if progress:
                from detente.store.progress import ingest_progress

                with ingest_progress() as show:
                    summary = self._run(items, inputs, dry_run, _both(show, on_progress), coded)
            else:
                summary = self._run(items, inputs, dry_run, on_progress, coded)
        return summary

    def _run(
        self,
        items: Iterable[Article | Failure],
        inputs: Sequence[str],
        dry_run: bool,
        on_progress: ProgressCallback | None,
        coded: Any,
    ) -> IngestSummary:
        try:
            summary = ingest_items(
                self._conn,
                items,
                config=self.config,
                inputs=inputs,
                dry_run=dry_run,
                on_progress=on_progress,
                coded_stream=coded,
            )
        finally:
            if not dry_run and not self.read_only:
                refresh_actor_labels(self._conn)
        return summary

    # events ---------------------------------------------------------------------------------

    def events(
        self,
        filters: EventFilter | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        sort: str = "date",
        descending: bool = True,
    ) -> list[dict[str, Any]]:
        """Events matching `filters`, each in the `detente code` JSON shape plus counts."""
        if sort not in EVENT_SORTS:
            raise ConfigError(
                f"unknown sort {sort!r}", where="sort", hint=f"use one of {', '.join(EVENT_SORTS)}"
            )
        where, params = (filters or EventFilter()).where("e")
        order = EVENT_SORTS[sort].format(dir="DESC" if descending else "ASC")
        with self._cursor() as cur:
            rows = cur.execute(
                f"SELECT e.data, e.n_mentions, e.n_articles FROM events e WHERE {where} "
                f"ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, max(0, int(limit)), max(0, int(offset))],
            ).fetchall()
        return [event_dict(r[0], r[1], r[2]) for r in rows]

    def count_events(self, filters: EventFilter | None = None) -> int:
        where, params = (filters or EventFilter()).where("e")
        with self._cursor() as cur:
            row = cur.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def facets(
        self, filters: EventFilter | None = None, *, limit: int = 30
    ) -> dict[str, list[dict[str, Any]]]:
        """Value counts of event, mode, quad, status, precision, actor, recipient, context
        among the matching events (see `detente.analysis.facets`)."""
        from detente.analysis.facets import event_facets

        with self._cursor() as cur:
            return event_facets(cur, filters or EventFilter(), limit=limit)

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with "mentions": every evidence span, with its article's title and date."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT data, n_mentions, n_articles FROM events WHERE id = ?", [event_id]
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no event with id {event_id!r}", where="event")
            mentions = cur.execute(
                """
                SELECT m.article_id, m.coded_event_id, m.sentence_index, m.start, m."end",
                       m.text, m.trigger_text, m.trigger_start, m.trigger_end, m.actor_spans,
                       m.recipient_spans, m.date_span, a.title, a.url, a.published, a.source
                FROM mentions m LEFT JOIN articles a ON a.id = m.article_id
                WHERE m.event_id = ?
                ORDER BY a.published NULLS LAST, m.article_id, m.coded_event_id, m.position
                """,
                [event_id],
            ).fetchall()
        out = event_dict(row[0], row[1], row[2])
        out["mentions"] = [_mention(m) for m in mentions]
        return out

    def article(self, article_id: str) -> dict[str, Any]:
        """An article with its events, each carrying its evidence spans in this article."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT id, title, published, source, url, text, origin, language, "
                "content_hash, n_events FROM articles WHERE id = ?",
                [article_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no article with id {article_id!r}", where="article")
            coded = cur.execute(
                """
                SELECT c.data, c.event_id, e.n_mentions, e.n_articles
                FROM coded_events c JOIN events e ON e.id = c.event_id
                WHERE c.article_id = ? ORDER BY c.id
                """,
                [article_id],
            ).fetchall()
        events = []
        for data, event_id, n_mentions, n_articles in coded:
            event = event_dict(data, n_mentions, n_articles)
            event["coded_event_id"] = event["id"]
            event["id"] = event_id
            events.append(event)
        events.sort(key=lambda e: (e["evidence"]["start"], e["id"]))
        return {
            "id": row[0],
            "title": row[1],
            "published": row[2].isoformat() if row[2] else None,
            "source": row[3],
            "url": row[4],
            "text": row[5],
            "origin": row[6],
            "language": row[7],
            "content_hash": row[8],
            "n_events": int(row[9]),
            "events": events,
        }

    # actors and analysis --------------------------------------------------------------------

    def actors(self, *, limit: int = 500) -> list[dict[str, Any]]:
        """Every actor code seen, most events first."""
        with self._cursor() as cur:
            rows = cur.execute(
                """
                SELECT p.code, any_value(a.label), count(DISTINCT p.event_id),
                       count(DISTINCT p.event_id) FILTER (WHERE p.role = 'actor'),
                       count(DISTINCT p.event_id) FILTER (WHERE p.role = 'recipient'),
                       min(e.date_start), max(e.date_end)
                FROM participants p JOIN events e ON e.id = p.event_id
                LEFT JOIN actors a ON a.code = p.code
                WHERE p.code IS NOT NULL
                GROUP BY p.code ORDER BY 3 DESC, p.code LIMIT ?
                """,
                [max(0, int(limit))],
            ).fetchall()
        return [
            {
                "code": r[0],
                "label": r[1] or r[0],
                "n_events": int(r[2]),
                "n_as_actor": int(r[3]),
                "n_as_recipient": int(r[4]),
                "first_date": r[5].isoformat() if r[5] else None,
                "last_date": r[6].isoformat() if r[6] else None,
            }
            for r in rows
        ]

    def actor_profile(self, code: str, *, by: str = "month") -> dict[str, Any]:
        from detente.analysis.actor import actor_profile

        with self._cursor() as cur:
            return actor_profile(cur, code, by=by)

    def dyad(
        self,
        a: str,
        b: str,
        *,
        by: str = "month",
        directed: bool = True,
        normalise: bool = False,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> list[dict[str, Any]]:
        """Period rows for A→B (directed) or A↔B; see `detente.analysis.dyad`."""
        from detente.analysis.dyad import dyad_series

        with self._cursor() as cur:
            return dyad_series(
                cur, a, b, by=by, directed=directed, normalise=normalise, since=since, until=until
            )

    def dyad_both_ways(
        self,
        a: str,
        b: str,
        *,
        by: str = "month",
        normalise: bool = False,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> list[dict[str, Any]]:
        """A→B rows then B→A rows on the same periods; see `detente.analysis.dyad`."""
        from detente.analysis.dyad import both_directions

        with self._cursor() as cur:
            return both_directions(cur, a, b, by=by, normalise=normalise, since=since, until=until)

    def top_dyads(
        self,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        from detente.analysis.top import top_dyads

        with self._cursor() as cur:
            return top_dyads(cur, since=since, until=until, limit=limit)

    def dyad_change(
        self,
        *,
        since: str | dt.date,
        until: str | dt.date,
        baseline_since: str | dt.date,
        baseline_until: str | dt.date,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Dyads whose event counts changed most against a baseline period."""
        from detente.analysis.top import dyad_change

        with self._cursor() as cur:
            return dyad_change(
                cur,
                since=since,
                until=until,
                baseline_since=baseline_since,
                baseline_until=baseline_until,
                limit=limit,
            )

    # the database as a whole ----------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        with self._cursor() as cur:
            counts = cur.execute(
                """
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
                       (SELECT count(*) FROM mentions), (SELECT count(*) FROM failures),
                       (SELECT count(*) FROM runs), (SELECT min(date_start) FROM events),
                       (SELECT max(date_end) FROM events),
                       (SELECT coder_version FROM runs ORDER BY id DESC LIMIT 1),
                       (SELECT count(*) FROM coded_events),
                       (SELECT config_hash FROM runs ORDER BY id DESC LIMIT 1)
                """
            ).fetchone()
        assert counts is not None
        return {
            "n_articles": int(counts[0]),
            "n_events": int(counts[1]),
            "n_mentions": int(counts[2]),
            "n_failures": int(counts[3]),
            "n_runs": int(counts[4]),
            "first_date": counts[5].isoformat() if counts[5] else None,
            "last_date": counts[6].isoformat() if counts[6] else None,
            "coder_version": counts[7],
            "n_coded_events": int(counts[8]),
            "n_merged": int(counts[8]) - int(counts[1]),
            "config_hash": counts[9],
            "schema_version": self.schema_version,
            "path": self.path,
        }

    @property
    def schema_version(self) -> int:
        with self._cursor() as cur:
            return schema_version(cur)

    @property
    def latest_schema_version(self) -> int:
        return LATEST_VERSION

    def failures(self, *, limit: int = 100) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT origin, article_id, reason, error_type, run_id, failed_at FROM failures "
                "ORDER BY failed_at DESC, origin LIMIT ?",
                [max(0, int(limit))],
            ).fetchall()
        keys = ("origin", "article_id", "reason", "error_type", "run_id", "failed_at")
        return [
            {
                k: (v.isoformat() if isinstance(v, dt.datetime) else v)
                for k, v in zip(keys, r, strict=True)
            }
            for r in rows
        ]

    def runs(self, *, limit: int = 20) -> list[dict[str, Any]]:
        """The latest ingest runs, newest first."""
        with self._cursor() as cur:
            result = cur.execute(
                "SELECT id, started_at, finished_at, status, inputs, coder_version, config_hash, "
                "n_read, n_coded, n_unchanged, n_replaced, n_events, n_merged, n_failures "
                "FROM runs ORDER BY id DESC LIMIT ?",
                [max(0, int(limit))],
            )
            names = [d[0] for d in result.description or []]
            rows = result.fetchall()
        return [
            {
                k: (v.isoformat(sep=" ", timespec="seconds") if isinstance(v, dt.datetime) else v)
                for k, v in zip(names, r, strict=True)
            }
            for r in rows
        ]

    def query(
        self, sql: str, *, max_rows: int = 1000, timeout_s: float = 5.0
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Read-only SQL; writes and file access are refused with ConfigError."""
        with self._cursor() as cur:
            return run_query(cur, sql, max_rows=max_rows, timeout_s=timeout_s)

    def export(
        self, fmt: str, path: str | Path, filters: EventFilter | None = None
    ) -> ExportSummary:
        """Write the events matching `filters` as plover-jsonl, csv, gdelt-csv or parquet."""
        from detente.export import export_events

        with self._cursor() as cur:
            return export_events(cur, fmt, Path(path), filters or EventFilter())


def _both(first: ProgressCallback, second: ProgressCallback | None) -> ProgressCallback:
    def call(summary: IngestSummary) -> None:
        first(summary)
        if second:
            second(summary)

    return call


def _mention(m: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "article_id": m[0],
        "coded_event_id": m[1],
        "sentence_index": m[2],
        "start": m[3],
        "end": m[4],
        "text": m[5],
        "trigger": {"text": m[6], "start": m[7], "end": m[8]},
        "actors": json.loads(m[9]) if m[9] else [],
        "recipients": json.loads(m[10]) if m[10] else [],
        "date": json.loads(m[11]) if m[11] else None,
        "title": m[12],
        "url": m[13],
        "published": m[14].isoformat() if m[14] else None,
        "source": m[15],
    }
