from __future__ import annotations

import io

from factories import coded, make_article, make_event
from rich.console import Console

import detente
from detente.store.database import Database
from detente.store.ingest import IngestSummary
from detente.store.progress import ingest_progress


def test_database_is_exported_from_the_package() -> None:
    assert detente.Database is Database


def test_progress_shows_rate_events_and_failures_on_a_terminal() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=160)
    with ingest_progress(console) as update:
        update(IngestSummary(n_coded=120, n_events=300, n_failures=2, seconds=2.0))
    text = out.getvalue()
    assert "120 articles" in text and "60.0 articles/s" in text
    assert "300 events" in text and "2 failed" in text


def test_progress_is_silent_when_not_a_terminal() -> None:
    out = io.StringIO()
    with ingest_progress(Console(file=out, force_terminal=False)) as update:
        update(IngestSummary(n_coded=5))
    assert out.getvalue() == ""


def test_dry_run_reports_what_it_would_code_and_writes_nothing(db: Database) -> None:
    seen: list[int] = []
    a = make_article("a", "2022-02-18")
    db.ingest_coded([coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"]))])
    b = make_article("b", "2022-02-19")
    db.ingest_articles([b], dry_run=True, on_progress=lambda s: seen.append(s.n_coded))
    assert seen == [1]  # b is new
    assert db.stats()["n_articles"] == 1 and db.stats()["n_runs"] == 1
