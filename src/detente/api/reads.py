"""The reads the explorer repeats most, shaped for it and remembered.

The server opens the database read-only, and DuckDB lets no process write a file that another
holds open, so an answer cannot change while the server runs: the most recent answers are
kept (a bounded LRU) and a repeated question costs no query.

Directed dyads come back as A→B rows then B→A rows on the same periods, so the explorer can
draw them side by side on one time axis.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from detente.store.database import Database
from detente.store.filters import period_end, period_start


def period_bounds(label: str, by: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period label (`2022`, `2022-01`, `2022-W06`, `2022-01-31`)."""
    if by == "week":
        year, week = label.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return monday, monday + dt.timedelta(days=6)
    return period_start(label), period_end(label)


def dyad_rows(
    db: Database,
    a: str,
    b: str,
    *,
    by: str,
    directed: bool,
    normalise: bool,
    since: str | None,
    until: str | None,
) -> list[dict[str, Any]]:
    """Undirected: the A↔B series. Directed: A→B rows, then B→A rows, on the same periods."""
    if not directed:
        return db.dyad(a, b, by=by, directed=False, normalise=normalise, since=since, until=until)
    forward = db.dyad(a, b, by=by, normalise=normalise, since=since, until=until)
    backward = db.dyad(b, a, by=by, normalise=normalise, since=since, until=until)
    if since is not None and until is not None:
        return [*forward, *backward]  # both already span since..until
    periods = [r["period"] for r in forward + backward]
    if not periods:
        return []
    start = since or period_bounds(min(periods), by)[0]
    end = until or period_bounds(max(periods), by)[1]
    if not forward or forward[0]["period"] != min(periods) or forward[-1]["period"] != max(periods):
        forward = db.dyad(a, b, by=by, normalise=normalise, since=start, until=end)
    if (
        not backward
        or backward[0]["period"] != min(periods)
        or backward[-1]["period"] != max(periods)
    ):
        backward = db.dyad(b, a, by=by, normalise=normalise, since=start, until=end)
    return [*forward, *backward]


class Reads:
    """Remembered reads over one read-only database; the answers are shared, do not mutate."""

    def __init__(self, db: Database, *, size: int = 1024) -> None:
        self.db = db
        self.dyad = lru_cache(maxsize=size)(self._dyad)
        self.stats = lru_cache(maxsize=1 if size else 0)(db.stats)
        self.actors = lru_cache(maxsize=8 if size else 0)(self._actors)

    def _actors(self, limit: int) -> list[dict[str, Any]]:
        return self.db.actors(limit=limit)

    def _dyad(
        self,
        a: str,
        b: str,
        by: str,
        directed: bool,
        normalise: bool,
        since: str | None,
        until: str | None,
    ) -> list[dict[str, Any]]:
        return dyad_rows(
            self.db,
            a,
            b,
            by=by,
            directed=directed,
            normalise=normalise,
            since=since,
            until=until,
        )
