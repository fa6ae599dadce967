"""Run by test_resume_after_kill in a subprocess: ingest, reporting progress on stdout."""

from __future__ import annotations

import sys

from detente.config import Config
from detente.store.database import Database
from detente.store.ingest import IngestSummary


def main(db_path: str, folder: str) -> None:
    def report(summary: IngestSummary) -> None:
        print(summary.n_coded, flush=True)

    config = Config().with_coding(batch_size=32)
    with Database(db_path, config=config) as db:
        db.ingest([folder], on_progress=report)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
