"""Dyad series: what A did to B (or A and B did to each other), period by period.

    dyad_series(conn, "TUR", "ISR", by="month")
    → [{"period": "2022-01", "direction": "TUR->ISR", "quad1": 1, …, "events": 3, …}, …]

Counts distinct events (an event with several actors from one country counts once), status
`occurred` only, placed by their date (see `detente.analysis.periods`). Periods without events
between the first and the last (or `since`/`until` when given) appear as zero rows.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from detente.analysis.periods import (
    as_date,
    eligible_precisions,
    label,
    period_labels,
    period_sql,
    rounded,
)

if TYPE_CHECKING:
    import duckdb

QUADS = ("quad1", "quad2", "quad3", "quad4")


def dyad_series(
    conn: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    directed: bool = True,
    normalise: bool = False,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> list[dict[str, Any]]:
    a, b = a.upper(), b.upper()
    precisions = eligible_precisions(by)
    first = as_date(since, end=False, where="since")
    last = as_date(until, end=True, where="until")
    if directed:
        pair = "actor = ? AND recipient = ?"
        params: list[Any] = [a, b]
        direction = f"{a}->{b}"
    else:
        pair = "((actor = ? AND recipient = ?) OR (actor = ? AND recipient = ?))"
        params = [a, b, b, a]
        direction = f"{a}<->{b}"
    params += [precisions, first or dt.date.min, last or dt.date.max]
    rows = conn.execute(
        f"""
        WITH d AS (
            SELECT DISTINCT event_id, date_start, quad, plover_score, goldstein FROM dyads
            WHERE {pair} AND status = 'occurred' AND list_contains(?, date_precision)
              AND date_start BETWEEN ? AND ?
        )
        SELECT {period_sql(by)} AS period, min(date_start), max(date_start), count(*),
               count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
               count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),
               sum(plover_score), avg(plover_score), sum(goldstein), avg(goldstein)
        FROM d GROUP BY period ORDER BY period
        """,
        params,
    ).fetchall()
    found = {label(r[0], by): r for r in rows}
    if not rows and (first is None or last is None):
        return []
    start = first or min(r[1] for r in rows)
    end = last or max(r[2] for r in rows)
    labels = period_labels(start, end, by)
    totals = _period_totals(conn, by, precisions, start, end) if normalise else {}
    series = []
    for period in labels:
        r = found.get(period)
        events = int(r[3]) if r else 0
        row: dict[str, Any] = {"period": period, "direction": direction}
        for i, quad in enumerate(QUADS):
            row[quad] = int(r[4 + i]) if r else 0
        row["events"] = events
        row["plover_sum"] = rounded(r[8]) if r else None
        row["plover_mean"] = rounded(r[9]) if r else None
        row["goldstein_sum"] = rounded(r[10]) if r else None
        row["goldstein_mean"] = rounded(r[11]) if r else None
        total = totals.get(period, 0)
        row["share"] = (events / total if total else None) if normalise else None
        series.append(row)
    return series


def both_directions(
    conn: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    normalise: bool = False,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> list[dict[str, Any]]:
    """A→B rows, then B→A rows, on the same periods (so the two series line up)."""
    a, b = a.upper(), b.upper()
    first = as_date(since, end=False, where="since")
    last = as_date(until, end=True, where="until")
    if first is None or last is None:
        span = conn.execute(
            """
            SELECT min(date_start), max(date_start) FROM dyads
            WHERE ((actor = ? AND recipient = ?) OR (actor = ? AND recipient = ?))
              AND status = 'occurred' AND list_contains(?, date_precision)
              AND date_start BETWEEN ? AND ?
            """,
            [a, b, b, a, eligible_precisions(by), first or dt.date.min, last or dt.date.max],
        ).fetchone()
        if span is None or span[0] is None:
            return []
        first, last = first or span[0], last or span[1]
    options: dict[str, Any] = {"by": by, "normalise": normalise, "since": first, "until": last}
    return [*dyad_series(conn, a, b, **options), *dyad_series(conn, b, a, **options)]


def _period_totals(
    conn: duckdb.DuckDBPyConnection, by: str, precisions: list[str], start: dt.date, end: dt.date
) -> dict[str, int]:
    """All occurred events per period (the denominator of `share`)."""
    rows = conn.execute(
        f"""
        SELECT {period_sql(by)} AS period, count(*) FROM events
        WHERE status = 'occurred' AND list_contains(?, date_precision)
          AND date_start BETWEEN ? AND ?
        GROUP BY period
        """,
        [precisions, start, end],
    ).fetchall()
    return {label(r[0], by): int(r[1]) for r in rows}
