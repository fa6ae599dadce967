"""Load a scaled run's Parquet folder into a `Database`, through its public write path.

    with Database("detente.duckdb") as db:
        load_parquet(db, "out/")          # = `detente ingest --from-parquet out/`

Articles and their events go through `Database.ingest_coded`, so the usual upsert, skip of
unchanged articles, cross-article de-duplication and run bookkeeping apply; failures are
stored in the failures table.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.records import Failure
from detente.scale import layout
from detente.scale.rows import article_from_json
from detente.scale.run import read_failures
from detente.store.writer import CodedArticle

if TYPE_CHECKING:
    from detente.store.database import Database
    from detente.store.ingest import IngestSummary


def load_parquet(db: Database, out: str | Path, *, progress: bool = False) -> IngestSummary:
    """Store every article, event and failure of the folder `out` in `db`."""
    layout.read_manifest(out)  # refuse folders not written by a scaled run
    return db.ingest_coded(coded_from_parquet(out), inputs=[str(out)], progress=progress)


def coded_from_parquet(out: str | Path) -> Iterator[CodedArticle | Failure]:
    """The folder's content as `CodedArticle`s (article + event JSON) and Failures, in
    article id order (events in id order within each article)."""
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    data = layout.dataset(out, "events")
    if data is not None:
        for row in sorted(
            data.to_table(columns=["article_id", "id", "data"]).to_pylist(),
            key=lambda r: (r["article_id"], r["id"]),
        ):
            events[row["article_id"]].append(json.loads(row["data"]))
    articles = layout.dataset(out, "articles")
    if articles is not None:
        rows = articles.to_table(columns=["id", "data"]).to_pylist()
        for row in sorted(rows, key=lambda r: str(r["id"])):
            yield CodedArticle(article_from_json(row["data"]), events.get(row["id"], []))
    yield from read_failures(out)
