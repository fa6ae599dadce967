"""Facets: how many of the events matching a filter have each value of a field.

    event_facets(cur, EventFilter(actor="TUR"))
    → {"event": [{"value": "CONSULT", "count": 12}, …], "quad": […], "actor": […], …}

Facet names are the filter names (`detente.store.filters.VALID_FILTERS`), so a facet value
plugs straight back into the filter that selects it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.store.filters import EventFilter

if TYPE_CHECKING:
    import duckdb

# facet name → SQL expression over `events e` (list columns are unnested)
FACETS: dict[str, str] = {
    "event": "e.event",
    "mode": "e.mode",
    "quad": "e.quad",
    "status": "e.status",
    "precision": "e.date_precision",
    "actor": "unnest(e.actor_codes)",
    "recipient": "unnest(e.recipient_codes)",
    "context": "unnest(e.contexts)",
}


def event_facets(
    cur: duckdb.DuckDBPyConnection, filters: EventFilter, *, limit: int = 30
) -> dict[str, list[dict[str, Any]]]:
    """Value counts per facet among the events matching `filters`, most frequent first."""
    where, params = filters.where("e")
    out: dict[str, list[dict[str, Any]]] = {}
    for name, expression in FACETS.items():
        rows = cur.execute(
            f"SELECT value, count(*) AS n FROM (SELECT {expression} AS value FROM events e "
            f"WHERE {where}) WHERE value IS NOT NULL GROUP BY value ORDER BY n DESC, value "
            "LIMIT ?",
            [*params, max(1, int(limit))],
        ).fetchall()
        out[name] = [{"value": r[0], "count": int(r[1])} for r in rows]
    return out
