"""Top dyads in a period, and how dyads changed against a baseline period."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from detente.analysis.periods import as_date, rounded

if TYPE_CHECKING:
    import duckdb


def top_dyads(
    conn: duckdb.DuckDBPyConnection,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Directed dyads with the most occurred events dated in [since, until]."""
    rows = _dyad_counts(conn, since, until, limit)
    return [
        {
            "actor": r[0],
            "recipient": r[1],
            "direction": f"{r[0]}->{r[1]}",
            "events": int(r[2]),
            "quad1": int(r[3]),
            "quad2": int(r[4]),
            "quad3": int(r[5]),
            "quad4": int(r[6]),
            "plover_mean": rounded(r[7]),
            "goldstein_mean": rounded(r[8]),
        }
        for r in rows
    ]


def dyad_change(
    conn: duckdb.DuckDBPyConnection,
    *,
    since: str | dt.date,
    until: str | dt.date,
    baseline_since: str | dt.date,
    baseline_until: str | dt.date,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Dyads whose event count moved most between the baseline and the current period.

    `change` is current minus baseline events; `ratio` is current / baseline (None when the
    baseline had none); `goldstein_change` compares mean Goldstein values.
    """
    now = {(r[0], r[1]): r for r in _dyad_counts(conn, since, until, None)}
    before = {(r[0], r[1]): r for r in _dyad_counts(conn, baseline_since, baseline_until, None)}
    out = []
    for key in set(now) | set(before):
        n, b = now.get(key), before.get(key)
        n_events = int(n[2]) if n else 0
        b_events = int(b[2]) if b else 0
        g_now = rounded(n[8]) if n else None
        g_before = rounded(b[8]) if b else None
        out.append(
            {
                "actor": key[0],
                "recipient": key[1],
                "direction": f"{key[0]}->{key[1]}",
                "events": n_events,
                "baseline_events": b_events,
                "change": n_events - b_events,
                "ratio": round(n_events / b_events, 4) if b_events else None,
                "goldstein_mean": g_now,
                "baseline_goldstein_mean": g_before,
                "goldstein_change": (
                    round(g_now - g_before, 4)
                    if g_now is not None and g_before is not None
                    else None
                ),
            }
        )
    out.sort(key=lambda r: (-abs(r["change"]), r["actor"], r["recipient"]))
    return out[:limit]


def _dyad_counts(
    conn: duckdb.DuckDBPyConnection,
    since: str | dt.date | None,
    until: str | dt.date | None,
    limit: int | None,
) -> list[tuple[Any, ...]]:
    first = as_date(since, end=False, where="since") or dt.date.min
    last = as_date(until, end=True, where="until") or dt.date.max
    sql = """
        SELECT actor, recipient, count(DISTINCT event_id),
               count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
               count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),
               avg(plover_score), avg(goldstein)
        FROM dyads WHERE status = 'occurred' AND date_start BETWEEN ? AND ?
        GROUP BY actor, recipient ORDER BY 3 DESC, actor, recipient
    """
    params: list[Any] = [first, last]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return conn.execute(sql, params).fetchall()
