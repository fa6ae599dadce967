"""The event database: schema and migrations, ingest, de-duplication, queries.

    from detente.store import Database, EventFilter

`Database` (and DuckDB, Arrow) load on first use, so importing the filters stays light.
"""

from typing import TYPE_CHECKING

from detente.store.filters import VALID_FILTERS, EventFilter

if TYPE_CHECKING:
    from detente.store.database import Database
    from detente.store.ingest import IngestSummary


def __getattr__(name: str) -> object:
    if name == "Database":
        from detente.store.database import Database

        return Database
    if name == "IngestSummary":
        from detente.store.ingest import IngestSummary

        return IngestSummary
    raise AttributeError(f"module 'detente.store' has no attribute {name!r}")


__all__ = ["VALID_FILTERS", "Database", "EventFilter", "IngestSummary"]
