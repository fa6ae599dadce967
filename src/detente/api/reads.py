"""The reads the explorer repeats most, shaped for it and remembered.

The server opens the database read-only, and DuckDB lets no process write a file that another
holds open, so an answer cannot change while the server runs: the most recent answers are
kept (a bounded LRU) and a repeated question costs no query.

Directed dyads come back as A→B rows then B→A rows on the same periods, so the explorer can
draw them side by side on one time axis.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from detente.store.database import Database


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
        """Undirected: the A↔B series. Directed: A→B rows, then B→A rows, on the same periods."""
        if not directed:
            return self.db.dyad(
                a, b, by=by, directed=False, normalise=normalise, since=since, until=until
            )
        return self.db.dyad_both_ways(a, b, by=by, normalise=normalise, since=since, until=until)
