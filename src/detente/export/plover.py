"""PLOVER JSONL: one event per line in the `detente code` shape, and its reader.

`read_plover_jsonl` gives back the dicts; `event_from_json` turns one into an `Event` whose
`to_json()` is the line again (the round trip the tests check).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.errors import InputError
from detente.records import Actor, Event, EventDate, Evidence, Location, Span

if TYPE_CHECKING:
    import duckdb

    from detente.export import ExportSummary


def write_plover_jsonl(
    conn: duckdb.DuckDBPyConnection, events: Iterator[dict[str, Any]], path: Path
) -> ExportSummary:
    from detente.export import ExportSummary

    summary = ExportSummary("plover-jsonl", str(path), files=[str(path)])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
            summary.n_events += 1
    summary.n_rows = summary.n_events
    return summary


def read_plover_jsonl(path: str | Path) -> list[dict[str, Any]]:
    events = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"not valid JSON ({exc.msg})", where=f"{path}:{number}") from None
    return events


def event_from_json(data: dict[str, Any]) -> Event:
    """The Event a `detente code` / PLOVER JSONL object describes."""
    date = None
    if data.get("date"):
        date = EventDate(
            value=data["date"],
            precision=data["date_precision"],
            source=data.get("date_source") or "publication",
            text=data.get("date_text"),
            approximate=bool(data.get("date_approximate")),
        )
        ev_date = (data.get("evidence") or {}).get("date")
        if ev_date:
            date = EventDate(
                value=date.value,
                precision=date.precision,
                source=date.source,
                text=date.text,
                start=ev_date.get("start"),
                end=ev_date.get("end"),
                approximate=date.approximate,
            )
    location = data.get("location")
    published = data.get("published")
    return Event(
        article_id=data["article_id"],
        event=data["event"],
        mode=data.get("mode"),
        cameo=data.get("cameo") or "",
        actors=[_actor(a) for a in data.get("actors") or []],
        recipients=[_actor(a) for a in data.get("recipients") or []],
        evidence=_evidence(data["evidence"], data["article_id"]),
        contexts=list(data.get("contexts") or []),
        mentions=[_evidence(m, data["article_id"]) for m in data.get("mentions") or []],
        date=date,
        status=data.get("status") or "occurred",
        historical=bool(data.get("historical")),
        location=Location(**location) if location else None,
        quad=data.get("quad"),
        plover_score=data.get("plover_score"),
        goldstein=data.get("goldstein"),
        confidence=float(data.get("confidence") or 0.0),
        coder_version=data.get("coder_version") or "",
        published=dt.date.fromisoformat(published) if published else None,
    )


def _actor(a: dict[str, Any]) -> Actor:
    return Actor(
        text=a.get("text") or "",
        start=int(a.get("start") or 0),
        end=int(a.get("end") or 0),
        country=a.get("country"),
        sector=a.get("sector"),
        name=a.get("name"),
        office=a.get("office"),
        entity_id=a.get("entity_id"),
        implied=bool(a.get("implied")),
    )


def _span(s: dict[str, Any]) -> Span:
    return Span(text=s["text"], start=int(s["start"]), end=int(s["end"]))


def _evidence(e: dict[str, Any], article_id: str) -> Evidence:
    return Evidence(
        article_id=e.get("article_id") or article_id,
        sentence_index=int(e["sentence_index"]),
        start=int(e["start"]),
        end=int(e["end"]),
        text=e["text"],
        trigger=_span(e["trigger"]),
        actors=tuple(_span(s) for s in e.get("actors") or []),
        recipients=tuple(_span(s) for s in e.get("recipients") or []),
        date=_span(e["date"]) if e.get("date") else None,
    )
