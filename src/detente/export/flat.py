"""Events as flat rows (one value per column) for CSV and Parquet."""

from __future__ import annotations

from typing import Any

from detente.time.ranges import date_range

SEPARATOR = ";"

FLAT_COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "date_source",
    "event",
    "mode",
    "contexts",
    "cameo",
    "quad",
    "plover_score",
    "goldstein",
    "actor_countries",
    "actor_sectors",
    "actor_names",
    "actor_texts",
    "recipient_countries",
    "recipient_sectors",
    "recipient_names",
    "recipient_texts",
    "status",
    "historical",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "confidence",
    "n_mentions",
    "n_articles",
    "article_id",
    "published",
    "trigger",
    "evidence",
    "coder_version",
)

INT_COLUMNS = frozenset({"quad", "n_mentions", "n_articles"})
FLOAT_COLUMNS = frozenset(
    {"plover_score", "goldstein", "location_lat", "location_lon", "confidence"}
)
BOOL_COLUMNS = frozenset({"historical"})


def _join(values: list[Any]) -> str | None:
    """Values joined with `;` (None stays an empty place); None when there is nothing."""
    text = SEPARATOR.join("" if v is None else str(v) for v in values)
    return text or None


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    start, end = date_range(event.get("date"), event.get("date_precision"))
    location = event.get("location") or {}
    actors = event.get("actors") or []
    recipients = event.get("recipients") or []
    evidence = event.get("evidence") or {}
    return {
        "id": event["id"],
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "date_source": event.get("date_source"),
        "event": event["event"],
        "mode": event.get("mode"),
        "contexts": _join(event.get("contexts") or []),
        "cameo": event.get("cameo"),
        "quad": event.get("quad"),
        "plover_score": event.get("plover_score"),
        "goldstein": event.get("goldstein"),
        "actor_countries": _join([a.get("country") for a in actors]),
        "actor_sectors": _join([a.get("sector") for a in actors]),
        "actor_names": _join([a.get("name") for a in actors]),
        "actor_texts": _join([a.get("text") for a in actors]),
        "recipient_countries": _join([a.get("country") for a in recipients]),
        "recipient_sectors": _join([a.get("sector") for a in recipients]),
        "recipient_names": _join([a.get("name") for a in recipients]),
        "recipient_texts": _join([a.get("text") for a in recipients]),
        "status": event.get("status"),
        "historical": bool(event.get("historical")),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "location_lat": location.get("lat"),
        "location_lon": location.get("lon"),
        "confidence": event.get("confidence"),
        "n_mentions": event.get("n_mentions"),
        "n_articles": event.get("n_articles"),
        "article_id": event.get("article_id"),
        "published": event.get("published"),
        "trigger": (evidence.get("trigger") or {}).get("text"),
        "evidence": evidence.get("text"),
        "coder_version": event.get("coder_version"),
    }


def typed(column: str, text: str) -> Any:
    """A CSV cell back as the value `flat_row` had (empty → None)."""
    if text == "":
        return False if column in BOOL_COLUMNS else None
    if column in INT_COLUMNS:
        return int(text)
    if column in FLOAT_COLUMNS:
        return float(text)
    if column in BOOL_COLUMNS:
        return text == "true"
    return text
