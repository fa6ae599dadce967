"""Writing coded articles: one transaction per batch, bulk inserts through Arrow.

A batch either lands whole or not at all, so a run killed at any moment leaves every article
either fully stored (with all its events and mentions) or absent, and the next run codes
exactly the absent ones. Re-ingesting an unchanged article is skipped before coding (its
content hash is stored); a changed article replaces its own events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from detente.config import DedupeSettings
from detente.store.dedupe import Candidate, CandidateIndex, representative
from detente.store.rows import (
    DYAD_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    PARTICIPANT_COLUMNS,
    codes,
    dyad_rows,
    event_row,
    mention_rows,
    participant_rows,
)
from detente.time.ranges import date_range

if TYPE_CHECKING:
    import duckdb

    from detente.records import Article, Failure

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id",
    "content_hash",
    "published",
    "title",
    "source",
    "url",
    "language",
    "origin",
    "text",
    "n_events",
    "run_id",
    "coder_version",
)


@dataclass(slots=True)
class BatchOutcome:
    n_articles: int = 0
    n_replaced: int = 0
    n_events: int = 0
    n_new_events: int = 0
    n_merged: int = 0


@dataclass(slots=True)
class CodedArticle:
    """An article and its events as JSON (the unit the store writes)."""

    article: Article
    events: list[dict[str, Any]] = field(default_factory=list)


class BatchWriter:
    """Writes batches for one run; `existing` maps stored article ids to content hashes."""

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        *,
        run_id: int,
        coder_version: str,
        dedupe: DedupeSettings,
        existing: dict[str, str],
    ) -> None:
        self.conn = conn
        self.run_id = run_id
        self.coder_version = coder_version
        self.dedupe = dedupe
        self.existing = existing

    def write(self, coded: Sequence[CodedArticle], failures: Sequence[Failure]) -> BatchOutcome:
        outcome = BatchOutcome()
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            affected: set[str] = set()
            ids = [c.article.id for c in coded]
            replaced = [i for i in ids if i in self.existing]
            if replaced:
                outcome.n_replaced = len(replaced)
                affected |= self._remove_articles(replaced)
            if ids and self._has_failures():
                _with_ids(conn, ids, "DELETE FROM failures WHERE article_id IN (SELECT id FROM {})")
            self._write_failures(failures)
            new_events = self._assign_events(coded, outcome)
            _insert(conn, "articles", ARTICLE_COLUMNS, [self._article_row(c) for c in coded])
            _insert(
                conn,
                "coded_events",
                ("id", "article_id", "event_id", "data"),
                [
                    {
                        "id": e["id"],
                        "article_id": e["article_id"],
                        "event_id": e["_event_id"],
                        "data": json.dumps(_public(e), ensure_ascii=False),
                    }
                    for e in new_events
                ],
            )
            mentions: list[dict[str, Any]] = []
            for e in new_events:
                mentions.extend(mention_rows(e, event_id=e["_event_id"]))
            _insert(conn, "mentions", MENTION_COLUMNS, mentions)
            # Events founded in this batch are built from memory; events that existed before
            # (merged into, or losing a replaced article's reports) are rebuilt from the tables.
            stored = affected | {e["_event_id"] for e in new_events if e.get("_stored")}
            fresh: dict[str, list[tuple[str, dict[str, Any]]]] = {}
            for e in new_events:
                if e["_event_id"] not in stored:
                    fresh.setdefault(e["_event_id"], []).append((e["id"], _public(e)))
            rebuild_events(conn, stored)
            _insert_events(conn, fresh_events(fresh))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        for c in coded:
            self.existing[c.article.id] = c.article.content_hash
        outcome.n_articles = len(coded)
        return outcome

    def _has_failures(self) -> bool:
        rows = self.conn.execute("SELECT count(*) FROM failures").fetchall()
        return bool(rows[0][0])

    def _remove_articles(self, article_ids: list[str]) -> set[str]:
        conn = self.conn
        rows = _with_ids(
            conn,
            article_ids,
            "SELECT DISTINCT event_id FROM coded_events WHERE article_id IN (SELECT id FROM {})",
        )
        for table, column in (("coded_events", "article_id"), ("mentions", "article_id")):
            _with_ids(
                conn, article_ids, f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM {{}})"
            )
        _with_ids(conn, article_ids, "DELETE FROM articles WHERE id IN (SELECT id FROM {})")
        return {r[0] for r in rows}

    def _write_failures(self, failures: Sequence[Failure]) -> None:
        if not failures:
            return
        origins = sorted({f.origin for f in failures})
        _with_ids(self.conn, origins, "DELETE FROM failures WHERE origin IN (SELECT id FROM {})")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        _insert(
            self.conn,
            "failures",
            ("origin", "article_id", "reason", "error_type", "run_id", "failed_at"),
            [
                {
                    "origin": f.origin,
                    "article_id": f.article_id,
                    "reason": f.reason,
                    "error_type": f.error_type,
                    "run_id": self.run_id,
                    "failed_at": now,
                }
                for f in failures
            ],
        )

    def _article_row(self, coded: CodedArticle) -> dict[str, Any]:
        a = coded.article
        return {
            "id": a.id,
            "content_hash": a.content_hash,
            "published": a.published,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "language": a.language,
            "origin": a.origin,
            "text": a.text,
            "n_events": len(coded.events),
            "run_id": self.run_id,
            "coder_version": self.coder_version,
        }

    def _assign_events(
        self, coded: Sequence[CodedArticle], outcome: BatchOutcome
    ) -> list[dict[str, Any]]:
        """Give every new coded event its canonical event id (its own, or a match's)."""
        events: list[dict[str, Any]] = []
        for c in coded:
            seen: set[str] = set()
            for e in c.events:
                if e["id"] in seen:
                    continue
                seen.add(e["id"])
                events.append(dict(e))
        outcome.n_events = len(events)
        if not self.dedupe.enabled:
            for e in events:
                e["_event_id"] = e["id"]
            outcome.n_new_events = len(events)
            return events
        index = CandidateIndex(self.dedupe)
        for stored in self._stored_candidates(events):
            index.add(stored)
        fresh_ids: set[str] = set()
        for e in events:
            new = candidate(e, e["id"])
            match = index.best_match(new)
            if match is None:
                e["_event_id"] = e["id"]
                index.add(new)
                fresh_ids.add(e["id"])
                outcome.n_new_events += 1
            else:
                e["_event_id"] = match.id
                e["_stored"] = match.id not in fresh_ids
                match.article_ids |= new.article_ids
                outcome.n_merged += 1
        return events

    def _stored_candidates(self, events: list[dict[str, Any]]) -> list[Candidate]:
        """Stored events that some new event might match (same type, dates in the window)."""
        probes = []
        for e in events:
            start, end = date_range(e.get("date"), e.get("date_precision"))
            if start is not None and end is not None:
                probes.append({"event": e["event"], "date_start": start, "date_end": end})
        if not probes:
            return []
        table = pa.Table.from_pylist(
            probes,
            schema=pa.schema(
                [("event", pa.string()), ("date_start", pa.date32()), ("date_end", pa.date32())]
            ),
        )
        window = int(self.dedupe.window_days)
        self.conn.register("_probes", table)
        try:
            rows = self.conn.execute(
                """
                WITH hits AS (
                    SELECT DISTINCT e.id FROM events e JOIN _probes p ON e.event = p.event
                    AND e.date_start <= p.date_end + ? AND p.date_start <= e.date_end + ?
                ), arts AS (
                    SELECT event_id, list(DISTINCT article_id) AS article_ids FROM mentions
                    WHERE event_id IN (SELECT id FROM hits) GROUP BY event_id
                )
                SELECT e.id, e.event, e.mode, e.status, e.actor_codes, e.recipient_codes,
                       e.date, e.date_precision, e.date_start, e.date_end, e.location_name,
                       arts.article_ids
                FROM events e JOIN hits USING (id) LEFT JOIN arts ON arts.event_id = e.id
                ORDER BY e.id
                """,
                [window, window],
            ).fetchall()
        finally:
            self.conn.unregister("_probes")
        return [
            Candidate(
                id=r[0],
                event=r[1],
                mode=r[2],
                status=r[3],
                actor_codes=frozenset(r[4] or ()),
                recipient_codes=frozenset(r[5] or ()),
                date=r[6],
                date_precision=r[7],
                date_start=r[8],
                date_end=r[9],
                location=r[10],
                article_ids=set(r[11] or ()),
            )
            for r in rows
        ]


def candidate(data: dict[str, Any], event_id: str) -> Candidate:
    start, end = date_range(data.get("date"), data.get("date_precision"))
    location = data.get("location") or {}
    article_ids = {data["article_id"]}
    for ev in [data.get("evidence") or {}, *(data.get("mentions") or [])]:
        if ev.get("article_id"):
            article_ids.add(ev["article_id"])
    return Candidate(
        id=event_id,
        event=data["event"],
        mode=data.get("mode"),
        status=data.get("status") or "occurred",
        actor_codes=frozenset(codes(data.get("actors") or [])),
        recipient_codes=frozenset(codes(data.get("recipients") or [])),
        date=data.get("date"),
        date_precision=data.get("date_precision"),
        date_start=start,
        date_end=end,
        location=location.get("name"),
        article_ids=article_ids,
    )


def rebuild_events(conn: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> None:
    """Recompute the `events`, `participants` and `dyads` rows of these canonical events.

    An event bears the id of its founding coded event; if that report was removed, the
    smallest remaining coded id founds it anew. Its row shows `dedupe.representative` of its
    reports; counts come from `mentions`.
    """
    ids = sorted(set(event_ids))
    if not ids:
        return
    heads = _with_ids(
        conn,
        ids,
        "SELECT event_id, min(id), bool_or(id = event_id) FROM coded_events "
        "WHERE event_id IN (SELECT id FROM {}) GROUP BY event_id",
    )
    for table, column in (("events", "id"), ("participants", "event_id"), ("dyads", "event_id")):
        _with_ids(conn, ids, f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM {{}})")
    founders: list[str] = []
    for event_id, smallest, has_founder in heads:
        if has_founder:
            founders.append(event_id)
            continue
        for table in ("coded_events", "mentions"):
            conn.execute(
                f"UPDATE {table} SET event_id = ? WHERE event_id = ?", [smallest, event_id]
            )
        founders.append(smallest)
    if not founders:
        return
    reports: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for coded_id, event_id, raw in _with_ids(
        conn,
        founders,
        "SELECT id, event_id, data FROM coded_events WHERE event_id IN (SELECT id FROM {})",
    ):
        reports.setdefault(event_id, []).append((coded_id, json.loads(raw)))
    data = {f: _shown(f, reports[f]) for f in founders if f in reports}
    counts = {
        r[0]: (int(r[1]), int(r[2]))
        for r in _with_ids(
            conn,
            founders,
            "SELECT event_id, count(*), count(DISTINCT article_id) FROM mentions "
            "WHERE event_id IN (SELECT id FROM {}) GROUP BY event_id",
        )
    }
    _insert_events(
        conn,
        [(f, data[f], *counts.get(f, (0, 0))) for f in sorted(data)],
    )


def _shown(event_id: str, group: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The report an event shows (`dedupe.representative`), its founder first among equals."""
    ordered = sorted(group, key=lambda item: (item[0] != event_id, item[0]))
    return representative([d for _, d in ordered])


def fresh_events(
    groups: dict[str, list[tuple[str, dict[str, Any]]]],
) -> list[tuple[str, dict[str, Any], int, int]]:
    """(event id, representative JSON, n_mentions, n_articles) of events founded in a batch."""
    out = []
    for event_id, group in groups.items():
        founder = _shown(event_id, group)
        n_mentions = 0
        articles: set[str] = set()
        for _, data in group:
            evidence = [data["evidence"], *(data.get("mentions") or [])]
            n_mentions += len(evidence)
            articles.update(ev.get("article_id") or data["article_id"] for ev in evidence)
        out.append((event_id, founder, n_mentions, len(articles)))
    return out


def _insert_events(
    conn: duckdb.DuckDBPyConnection, events: list[tuple[str, dict[str, Any], int, int]]
) -> None:
    """Insert the `events`, `participants` and `dyads` rows of canonical events."""
    rows, participants, dyads = [], [], []
    for event_id, founder, n_mentions, n_articles in events:
        rows.append(
            event_row(founder, event_id=event_id, n_mentions=n_mentions, n_articles=n_articles)
        )
        participants.extend(participant_rows(founder, event_id=event_id))
        dyads.extend(dyad_rows(founder, event_id=event_id))
    _insert(conn, "events", EVENT_COLUMNS, rows)
    _insert(conn, "participants", PARTICIPANT_COLUMNS, participants)
    _insert(conn, "dyads", DYAD_COLUMNS, dyads)


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not k.startswith("_")}


_ARROW_TYPES: dict[str, pa.DataType] = {
    "contexts": pa.list_(pa.string()),
    "actor_codes": pa.list_(pa.string()),
    "recipient_codes": pa.list_(pa.string()),
    "published": pa.date32(),
    "date_start": pa.date32(),
    "date_end": pa.date32(),
    "quad": pa.int8(),
    "plover_score": pa.float64(),
    "goldstein": pa.float64(),
    "confidence": pa.float64(),
    "historical": pa.bool_(),
    "n_events": pa.int32(),
    "n_mentions": pa.int32(),
    "n_articles": pa.int32(),
    "run_id": pa.int32(),
    "position": pa.int32(),
    "sentence_index": pa.int32(),
    "start": pa.int32(),
    "end": pa.int32(),
    "trigger_start": pa.int32(),
    "trigger_end": pa.int32(),
    "failed_at": pa.timestamp("us"),
}


def _insert(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[dict[str, Any]],
) -> None:
    """Bulk insert through an Arrow table (one statement, no row-by-row inserts)."""
    if not rows:
        return
    arrow = pa.table(
        {
            c: pa.array([r.get(c) for r in rows], type=_ARROW_TYPES.get(c, pa.string()))
            for c in columns
        }
    )
    name = f"_insert_{table}"
    conn.register(name, arrow)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {name}")
    finally:
        conn.unregister(name)


def _with_ids(conn: duckdb.DuckDBPyConnection, ids: Sequence[str], sql: str) -> list[Any]:
    """Run `sql` with `{}` standing for a one-column table `id` holding `ids`."""
    arrow = pa.table({"id": pa.array(list(ids), type=pa.string())})
    conn.register("_ids", arrow)
    try:
        return conn.execute(sql.format("_ids")).fetchall()
    finally:
        conn.unregister("_ids")
