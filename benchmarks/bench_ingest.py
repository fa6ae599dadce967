"""Ingest throughput: `detente ingest` against bare spaCy `nlp.pipe` on the same texts.

    python -m benchmarks ingest          (BENCH_ARTICLES=20000 by default)

Both use one parser process and the configured batch size. The target is ingest at ≥ 70 % of
bare parsing throughput: what the other stages and the database writes cost on top.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import generate_articles, write_corpus
from detente.config import Config
from detente.nlp.model import load_model

TARGET = 0.70


def main() -> None:
    n = int(os.environ.get("BENCH_ARTICLES", "20000"))
    config = Config()
    articles = generate_articles(n)
    texts = [a["text"] for a in articles]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", articles)

        nlp = load_model(config.coding.model)
        list(nlp.pipe(texts[:200], batch_size=config.coding.batch_size))  # warm up
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=config.coding.batch_size, n_process=1):
            pass
        bare = n / (time.perf_counter() - started)

        db_path = Path(tmp) / "bench.duckdb"
        detente = Path(sys.executable).with_name("detente")
        command = [
            str(detente),
            "ingest",
            str(corpus),
            "--db",
            str(db_path),
            "-q",
            "--n-process",
            "1",
        ]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        wall = n / (time.perf_counter() - started)

        from detente.store.database import Database

        with Database(db_path, read_only=True) as db:
            run = db.runs(limit=1)[0]
            stats = db.stats()
            _, rows = db.query("SELECT epoch(finished_at - started_at) FROM runs ORDER BY id DESC")
        inside = n / float(rows[0][0])

    print(f"articles:                     {n:,} (generated, 3 sentences each)")
    print(f"bare nlp.pipe:                {bare:8.1f} articles/s")
    print(f"detente ingest (run):         {inside:8.1f} articles/s  ({inside / bare:.0%} of bare)")
    print(f"detente ingest (wall, incl. start-up): {wall:8.1f} articles/s ({wall / bare:.0%})")
    print(f"events stored: {stats['n_events']:,} from {run['n_events']:,} coded")
    verdict = "meets" if inside / bare >= TARGET else "MISSES"
    print(f"target ≥ {TARGET:.0%} of bare spaCy: {verdict}")
    print(f"command: {' '.join(command[1:])}")


if __name__ == "__main__":
    main()
