"""Events as table rows, and rows back as the `detente code` JSON shape.

The unit is the event's JSON (`Event.to_json()`), so events read back from an export or the
database are handled exactly like freshly coded ones.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from detente.time.ranges import date_range

EVENT_COLUMNS: tuple[str, ...] = (
    "id",
    "article_id",
    "event",
    "mode",
    "contexts",
    "cameo",
    "quad",
    "plover_score",
    "goldstein",
    "actor_codes",
    "recipient_codes",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "status",
    "historical",
    "location_name",
    "location_country",
    "confidence",
    "published",
    "coder_version",
    "n_mentions",
    "n_articles",
    "data",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "event_id",
    "coded_event_id",
    "article_id",
    "position",
    "sentence_index",
    "start",
    "end",
    "text",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "actor_spans",
    "recipient_spans",
    "date_span",
)

PARTICIPANT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "role",
    "position",
    "code",
    "sector",
    "name",
    "text",
)

DYAD_COLUMNS: tuple[str, ...] = (
    "event_id",
    "actor",
    "recipient",
    "date_start",
    "date_precision",
    "status",
    "quad",
    "plover_score",
    "goldstein",
)


def codes(participants: Iterable[dict[str, Any]]) -> list[str]:
    """Distinct country/IGO codes of actors or recipients, in order of appearance."""
    seen: list[str] = []
    for p in participants:
        code = p.get("country")
        if code and code not in seen:
            seen.append(code)
    return seen


def event_row(
    data: dict[str, Any], *, event_id: str, n_mentions: int, n_articles: int
) -> dict[str, Any]:
    """The `events` row for a (representative) coded event under its canonical id."""
    start, end = date_range(data.get("date"), data.get("date_precision"))
    location = data.get("location") or {}
    stored = dict(data)
    stored["id"] = event_id
    return {
        "id": event_id,
        "article_id": data["article_id"],
        "event": data["event"],
        "mode": data.get("mode"),
        "contexts": list(data.get("contexts") or []),
        "cameo": data.get("cameo"),
        "quad": data.get("quad"),
        "plover_score": data.get("plover_score"),
        "goldstein": data.get("goldstein"),
        "actor_codes": codes(data.get("actors") or []),
        "recipient_codes": codes(data.get("recipients") or []),
        "date": data.get("date"),
        "date_precision": data.get("date_precision"),
        "date_start": start,
        "date_end": end,
        "status": data.get("status") or "occurred",
        "historical": bool(data.get("historical")),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "confidence": data.get("confidence"),
        "published": _day(data.get("published")),
        "coder_version": data.get("coder_version"),
        "n_mentions": n_mentions,
        "n_articles": n_articles,
        "data": json.dumps(stored, ensure_ascii=False),
    }


def mention_rows(data: dict[str, Any], *, event_id: str) -> list[dict[str, Any]]:
    """One row per evidence span of a coded event: the primary evidence first."""
    rows = []
    evidence = [data["evidence"], *(data.get("mentions") or [])]
    for position, ev in enumerate(evidence):
        trigger = ev.get("trigger") or {}
        rows.append(
            {
                "event_id": event_id,
                "coded_event_id": data["id"],
                "article_id": ev.get("article_id") or data["article_id"],
                "position": position,
                "sentence_index": ev.get("sentence_index"),
                "start": ev.get("start"),
                "end": ev.get("end"),
                "text": ev.get("text"),
                "trigger_text": trigger.get("text"),
                "trigger_start": trigger.get("start"),
                "trigger_end": trigger.get("end"),
                "actor_spans": json.dumps(ev.get("actors") or [], ensure_ascii=False),
                "recipient_spans": json.dumps(ev.get("recipients") or [], ensure_ascii=False),
                "date_span": json.dumps(ev.get("date"), ensure_ascii=False),
            }
        )
    return rows


def participant_rows(data: dict[str, Any], *, event_id: str) -> list[dict[str, Any]]:
    rows = []
    for role, key in (("actor", "actors"), ("recipient", "recipients")):
        for position, actor in enumerate(data.get(key) or []):
            rows.append(
                {
                    "event_id": event_id,
                    "role": role,
                    "position": position,
                    "code": actor.get("country"),
                    "sector": actor.get("sector"),
                    "name": actor.get("name"),
                    "text": actor.get("text"),
                }
            )
    return rows


def dyad_pairs(actor_codes: list[str], recipient_codes: list[str]) -> list[tuple[str, str]]:
    """(actor, recipient) country pairs of an event, self-pairs left out.

    Actors × recipients, as GDELT-style dyads do. A joint event with several actors and no
    recipient ("Turkey and Israel agreed to …") pairs the actors with each other, both ways.
    """
    if not recipient_codes:
        return [(a, b) for a in actor_codes for b in actor_codes if a != b]
    return [(a, r) for a in actor_codes for r in recipient_codes if a != r]


def dyad_rows(data: dict[str, Any], *, event_id: str) -> list[dict[str, Any]]:
    """One row per (actor, recipient) country pair, for fast dyad series."""
    start, _ = date_range(data.get("date"), data.get("date_precision"))
    pairs = dyad_pairs(codes(data.get("actors") or []), codes(data.get("recipients") or []))
    return [
        {
            "event_id": event_id,
            "actor": actor,
            "recipient": recipient,
            "date_start": start,
            "date_precision": data.get("date_precision"),
            "status": data.get("status") or "occurred",
            "quad": data.get("quad"),
            "plover_score": data.get("plover_score"),
            "goldstein": data.get("goldstein"),
        }
        for actor, recipient in pairs
    ]


def event_dict(data: str | dict[str, Any], n_mentions: int, n_articles: int) -> dict[str, Any]:
    """An `events` row back as the JSON shape, with its counts."""
    out: dict[str, Any] = json.loads(data) if isinstance(data, str) else dict(data)
    out["n_mentions"] = int(n_mentions)
    out["n_articles"] = int(n_articles)
    return out


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
