"""Articles, stats, and the read-only SQL endpoint."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sample_db import SCRIPT_TEXT, build_sample_db

from detente.api import Limits, create_app


def test_article_has_its_text_and_events_with_spans(client: TestClient) -> None:
    article = client.get("/api/articles/tur-isr-feb").json()
    assert article["title"] == "Delegation visits"
    assert [e["event"] for e in article["events"]] == ["CONSULT", "ACCUSE"]
    trigger = article["events"][0]["evidence"]["trigger"]
    assert article["text"][trigger["start"] : trigger["end"]] == "visited"


def test_article_text_comes_back_as_data_not_markup(client: TestClient) -> None:
    response = client.get("/api/articles/grc-cyp-script")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["text"].startswith(SCRIPT_TEXT)


def test_stats(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert (stats["n_articles"], stats["n_events"]) == (5, 6)


def test_sql_reads(client: TestClient) -> None:
    body = client.get("/api/query", params={"sql": "SELECT count(*) AS n FROM events"}).json()
    assert body["columns"] == ["n"]
    assert body["rows"] == [[6]]


def test_sql_refuses_writes_and_files(client: TestClient) -> None:
    for sql in ("DELETE FROM events", "SELECT * FROM read_csv('/etc/passwd')"):
        response = client.get("/api/query", params={"sql": sql})
        assert response.status_code == 422
    assert client.get("/api/stats").json()["n_events"] == 6


def test_sql_row_cap(sample_db: Path) -> None:
    with TestClient(create_app(sample_db, limits=Limits(sql_max_rows=2))) as small:
        body = small.get("/api/query", params={"sql": "SELECT * FROM range(10)"}).json()
    assert len(body["rows"]) == 2
    assert body["truncated"] is True


def test_sql_can_be_switched_off(sample_db: Path) -> None:
    with TestClient(create_app(sample_db, limits=Limits(enable_sql=False))) as closed:
        response = closed.get("/api/query", params={"sql": "SELECT 1"})
    assert response.status_code == 422
    assert "switched off" in response.json()["error"]["message"]


def test_answers_are_remembered_only_for_a_read_only_database(tmp_path: Path) -> None:
    from detente.store.database import Database

    path = build_sample_db(tmp_path / "own.duckdb")
    writable = Database(path)
    try:
        app = create_app(path, database=writable)
        assert app.state.detente.reads.dyad.cache_info().maxsize == 0
    finally:
        writable.close()
    with TestClient(create_app(path)) as reading:
        assert reading.app.state.detente.reads.dyad.cache_info().maxsize > 0
