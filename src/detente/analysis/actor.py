"""Actor profile: who an actor deals with, what kind of events, and when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.analysis.periods import (
    eligible_precisions,
    label,
    period_labels,
    period_sql,
    rounded,
)
from detente.errors import NotFoundError

if TYPE_CHECKING:
    import duckdb

PARTNER_LIMIT = 50


def actor_profile(
    conn: duckdb.DuckDBPyConnection, code: str, *, by: str = "month"
) -> dict[str, Any]:
    """{code, label, n_events, n_as_actor, n_as_recipient, first_date, last_date,
    partners: [...], event_mix: [...], timeline: [...]}; NotFoundError for an unseen code."""
    code = code.upper()
    precisions = eligible_precisions(by)
    head = conn.execute(
        """
        SELECT count(*),
               count(*) FILTER (WHERE list_contains(actor_codes, ?)),
               count(*) FILTER (WHERE list_contains(recipient_codes, ?)),
               min(date_start), max(date_end)
        FROM events WHERE list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?)
        """,
        [code, code, code, code],
    ).fetchone()
    if not head or not head[0]:
        raise NotFoundError(
            f"no events with actor or recipient {code!r}",
            where="actor",
            hint="see `detente info` or the actors list for codes in this database",
        )
    label_row = conn.execute("SELECT label FROM actors WHERE code = ?", [code]).fetchone()
    partners = conn.execute(
        """
        WITH d AS (
            SELECT CASE WHEN actor = ? THEN recipient ELSE actor END AS partner,
                   actor = ? AS outgoing, event_id, quad, goldstein
            FROM dyads WHERE (actor = ? OR recipient = ?) AND status = 'occurred'
        )
        SELECT partner, count(DISTINCT event_id),
               count(DISTINCT event_id) FILTER (WHERE outgoing),
               count(DISTINCT event_id) FILTER (WHERE NOT outgoing),
               count(DISTINCT event_id) FILTER (WHERE quad = 1),
               count(DISTINCT event_id) FILTER (WHERE quad = 2),
               count(DISTINCT event_id) FILTER (WHERE quad = 3),
               count(DISTINCT event_id) FILTER (WHERE quad = 4),
               avg(goldstein)
        FROM d GROUP BY partner ORDER BY 2 DESC, partner LIMIT ?
        """,
        [code, code, code, code, PARTNER_LIMIT],
    ).fetchall()
    mix = conn.execute(
        """
        SELECT event, count(*),
               count(*) FILTER (WHERE list_contains(actor_codes, ?)),
               count(*) FILTER (WHERE list_contains(recipient_codes, ?))
        FROM events WHERE list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?)
        GROUP BY event ORDER BY 2 DESC, event
        """,
        [code, code, code, code],
    ).fetchall()
    timeline_rows = conn.execute(
        f"""
        SELECT {period_sql(by)} AS period, min(date_start), max(date_start), count(*),
               count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
               count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),
               avg(goldstein)
        FROM events
        WHERE (list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?))
          AND status = 'occurred' AND list_contains(?, date_precision)
        GROUP BY period ORDER BY period
        """,
        [code, code, precisions],
    ).fetchall()
    timeline = []
    if timeline_rows:
        found = {label(r[0], by): r for r in timeline_rows}
        first = min(r[1] for r in timeline_rows)
        last = max(r[2] for r in timeline_rows)
        for period in period_labels(first, last, by):
            r = found.get(period)
            timeline.append(
                {
                    "period": period,
                    "events": int(r[3]) if r else 0,
                    "quad1": int(r[4]) if r else 0,
                    "quad2": int(r[5]) if r else 0,
                    "quad3": int(r[6]) if r else 0,
                    "quad4": int(r[7]) if r else 0,
                    "goldstein_mean": rounded(r[8]) if r else None,
                }
            )
    return {
        "code": code,
        "label": label_row[0] if label_row else code,
        "n_events": int(head[0]),
        "n_as_actor": int(head[1]),
        "n_as_recipient": int(head[2]),
        "first_date": head[3].isoformat() if head[3] else None,
        "last_date": head[4].isoformat() if head[4] else None,
        "partners": [
            {
                "code": r[0],
                "events": int(r[1]),
                "n_as_actor": int(r[2]),
                "n_as_recipient": int(r[3]),
                "quad1": int(r[4]),
                "quad2": int(r[5]),
                "quad3": int(r[6]),
                "quad4": int(r[7]),
                "goldstein_mean": rounded(r[8]),
            }
            for r in partners
        ],
        "event_mix": [
            {
                "event": r[0],
                "events": int(r[1]),
                "n_as_actor": int(r[2]),
                "n_as_recipient": int(r[3]),
            }
            for r in mix
        ],
        "timeline": timeline,
    }
