from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from detente.store.database import Database

N_ARTICLES = 5000
WORKER = Path(__file__).with_name("resume_worker.py")
COUNTRIES = ["Turkey", "Israel", "Egypt", "Jordan", "Greece", "Cyprus"]


def write_corpus(folder: Path) -> None:
    """5,000 short generated articles in one JSONL file (one article per line)."""
    import json

    lines = []
    for i in range(N_ARTICLES):
        a, b = COUNTRIES[i % 6], COUNTRIES[(i + 1 + i // 6) % 6]
        text = f"{a} and {b} held talks on trade, officials said (report {i})."
        day = 1 + i % 28
        lines.append(json.dumps({"id": f"n{i:05d}", "date": f"2022-02-{day:02d}", "text": text}))
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_a_killed_ingest_resumes_and_codes_every_article_exactly_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus)
    db_path = tmp_path / "resume.duckdb"
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(db_path), str(corpus)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert worker.stdout is not None
    killed_after = None
    for line in worker.stdout:
        if line.strip() == "done":
            break
        if int(line) >= N_ARTICLES // 2:
            killed_after = int(line)
            worker.send_signal(signal.SIGKILL)
            break
    worker.wait(timeout=60)
    assert killed_after is not None, "the run finished before it could be killed"
    assert worker.returncode == -signal.SIGKILL

    with Database(db_path) as db:
        stored_before = db.stats()["n_articles"]
        assert killed_after <= stored_before < N_ARTICLES
        summary = db.ingest([str(corpus)])
        assert summary.ok
        assert summary.n_unchanged == stored_before
        assert summary.n_coded == N_ARTICLES - stored_before
        _, rows = db.query(
            "SELECT count(*), count(DISTINCT id), count(*) FILTER (WHERE run_id = 1) FROM articles"
        )
        assert rows[0] == (N_ARTICLES, N_ARTICLES, stored_before)
        _, dup = db.query(
            "SELECT count(*) - count(DISTINCT id) FROM coded_events "
            "UNION ALL SELECT count(*) - count(DISTINCT id) FROM events"
        )
        assert dup == [(0,), (0,)]
        runs = db.runs()
        assert [r["status"] for r in runs] == ["finished", "interrupted"]
        assert runs[0]["n_coded"] == N_ARTICLES - stored_before
