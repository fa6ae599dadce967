from __future__ import annotations

from pathlib import Path

from factories import coded, make_article, make_event
from snapshot import snapshot

from detente.store.database import Database


def test_seed_article_ingested_twice_gives_an_identical_database(
    seed_path: Path, tmp_path: Path
) -> None:
    with Database(tmp_path / "seed.duckdb") as db:
        first = db.ingest([str(seed_path)])
        before = snapshot(db)
        second = db.ingest([str(seed_path)])
        after = snapshot(db)
    assert first.n_coded == 1 and first.ok
    assert second.n_coded == 0 and second.n_unchanged == 1
    assert after == before
    assert len(before["articles"]) == 1


def test_recoding_the_same_events_changes_nothing(db: Database) -> None:
    a = make_article("a", "2022-02-18")
    b = make_article("b", "2022-02-19")
    batch = [
        coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"], "2022-02-17", extra_mentions=1)),
        coded(b, make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17")),
    ]
    db.ingest_coded(batch)
    before = snapshot(db)
    summary = db.ingest_coded(batch)
    assert summary.n_unchanged == 2 and summary.n_coded == 0
    assert snapshot(db) == before
    assert db.stats()["n_runs"] == 2


def test_a_changed_article_replaces_only_its_own_events(db: Database) -> None:
    a = make_article("a", "2022-02-18", "Turkey met Israel. Old text.")
    other = make_article("other", "2022-02-18", "Egypt met Jordan.")
    db.ingest_coded(
        [
            coded(a, make_event(a, "CONSULT", ["TUR"], ["ISR"])),
            coded(other, make_event(other, "CONSULT", ["EGY"], ["JOR"])),
        ]
    )
    changed = make_article("a", "2022-02-18", "Turkey accused Israel. New text.")
    summary = db.ingest_coded([coded(changed, make_event(changed, "ACCUSE", ["TUR"], ["ISR"]))])
    assert summary.n_replaced == 1
    kinds = sorted((e["event"], e["article_id"]) for e in db.events())
    assert kinds == [("ACCUSE", "a"), ("CONSULT", "other")]
    assert db.article("a")["text"] == "Turkey accused Israel. New text."
    assert db.stats()["n_articles"] == 2
