"""`/api/code`: a pasted text comes back as events, nothing is stored, sizes are capped."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from detente.api import Limits, create_app

TEXT = (
    "ANKARA - A senior Turkish delegation visited Israel on Thursday, the foreign ministry "
    "said. Israel accused Turkey of sheltering militants."
)


def test_coding_a_text_returns_events_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()["n_events"]
    response = client.post("/api/code", json={"text": TEXT, "published": "2022-02-18"})
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == TEXT
    assert isinstance(body["events"], list)
    for event in body["events"]:
        trigger = event["evidence"]["trigger"]
        assert TEXT[trigger["start"] : trigger["end"]] == trigger["text"]
    assert client.get("/api/stats").json()["n_events"] == before


def test_bad_date_is_422(client: TestClient) -> None:
    response = client.post("/api/code", json={"text": TEXT, "published": "18/02/2022"})
    assert response.status_code == 422
    assert response.json()["error"]["detail"]["parameter"] == "published"


def test_text_over_the_cap_is_refused(sample_db: Path) -> None:
    limits = Limits(max_code_chars=50, max_body_bytes=10_000)
    with TestClient(create_app(sample_db, limits=limits)) as small:
        response = small.post("/api/code", json={"text": TEXT, "published": "2022-02-18"})
        assert response.status_code == 422
        assert response.json()["error"]["detail"]["parameter"] == "text"
        huge = small.post("/api/code", json={"text": "x" * 20_000, "published": "2022-02-18"})
        assert huge.status_code == 413
        assert huge.json()["error"]["code"] == "too_large"
