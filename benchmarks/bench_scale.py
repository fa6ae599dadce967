"""Scale-out throughput: the local engine against Ray Data actors, both writing Parquet.

    python -m benchmarks scale           (BENCH_SCALE_ARTICLES=2000, BENCH_SCALE_CPUS=2)

The same generated corpus, split into 8 input files, goes through `ingest_to_parquet`:
  - local, one process (spaCy n_process=1)
  - local, spaCy n_process=CPUS (single-machine parallelism)
  - Ray on a local cluster of CPUS CPUs (one coding actor per CPU), Ray start-up timed apart
Every run writes the same tables; the events written are checked to be identical.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

from benchmarks.corpus import generate_articles, write_corpus
from detente.config import Config
from detente.scale.run import ScaleSummary, ingest_to_parquet

N_FILES = 8


def main() -> None:
    n = int(os.environ.get("BENCH_SCALE_ARTICLES", "2000"))
    cpus = int(os.environ.get("BENCH_SCALE_CPUS", str(os.cpu_count() or 2)))
    config = Config()
    articles = generate_articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        per_file = -(-n // N_FILES)
        for i in range(N_FILES):
            write_corpus(folder / f"part-{i}.jsonl", articles[i * per_file : (i + 1) * per_file])

        results: list[tuple[str, ScaleSummary]] = []
        for label, n_process in (("local, 1 process", 1), (f"local, n_process={cpus}", cpus)):
            summary = ingest_to_parquet(
                [str(folder)],
                Path(tmp) / f"local-{n_process}",
                engine="local",
                config=config.with_coding(n_process=n_process),
            )
            results.append((label, summary))

        from detente.scale.ray_engine import start_ray

        started = time.perf_counter()
        start_ray(num_cpus=cpus)
        ray_start = time.perf_counter() - started
        try:
            summary = ingest_to_parquet(
                [str(folder)], Path(tmp) / "ray", engine="ray", config=config
            )
            results.append((f"ray, {cpus} actors", summary))
        finally:
            import ray

            ray.shutdown()

        ids = [_event_ids(s.out) for _, s in results]
        same = all(i == ids[0] for i in ids)

    base = results[0][1].articles_per_second
    print(f"articles: {n:,} in {N_FILES} files (generated, 3 sentences each); CPUs: {cpus}")
    for label, s in results:
        rate = s.articles_per_second
        print(
            f"{label:<22} {rate:8.1f} articles/s  ({rate / base:4.2f}x)  "
            f"{s.seconds:6.1f}s  events {s.n_events:,}  failures {s.n_failures}"
        )
    print(f"ray start-up (not in the rate above): {ray_start:.1f}s")
    print(f"same event ids from every engine: {'yes' if same else 'NO'}")


def _event_ids(out: str) -> set[str]:
    table = ds.dataset(Path(out) / "events", format="parquet", partitioning="hive")
    return set(table.to_table(columns=["id"]).column("id").to_pylist())


if __name__ == "__main__":
    main()
