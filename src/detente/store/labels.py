"""Human labels for actor codes ("TUR" → "Turkey"), from the knowledge tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.errors import DetenteError

if TYPE_CHECKING:
    import duckdb


def actor_labels() -> dict[str, str]:
    """Code → name for every country and organisation detente knows."""
    labels: dict[str, str] = {}
    try:
        from detente.knowledge.organisations import load_organisations

        for org in load_organisations():
            labels.setdefault(org.id.upper(), org.name)
    except (DetenteError, ImportError, OSError):
        pass
    try:
        from detente.knowledge.countries import load_countries

        for country in load_countries():
            labels[country.iso3.upper()] = country.name
    except (DetenteError, ImportError, OSError):
        pass
    return labels


def refresh_actor_labels(conn: duckdb.DuckDBPyConnection) -> None:
    """Add every code seen in `participants` to `actors`, with its label when known."""
    missing = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT code FROM participants WHERE code IS NOT NULL "
            "AND code NOT IN (SELECT code FROM actors) ORDER BY code"
        ).fetchall()
    ]
    if not missing:
        return
    labels = actor_labels()
    conn.executemany(
        "INSERT INTO actors (code, label) VALUES (?, ?)",
        [[code, labels.get(code, code)] for code in missing],
    )
