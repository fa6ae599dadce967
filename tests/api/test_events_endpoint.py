"""`/api/events`: filters, paging and sorting, and the same rows as CSV and JSON Lines."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient

from detente.api.routes.events import Sort
from detente.export.flat import FLAT_COLUMNS
from detente.store.filters import EVENT_SORTS as SORTS


def test_filters_select_events(client: TestClient) -> None:
    body = client.get("/api/events", params={"actor": "TUR", "recipient": "ISR"}).json()
    assert body["total"] == 3
    assert {e["event"] for e in body["events"]} == {"CONSULT", "AID"}
    assert all(e["actors"][0]["country"] == "TUR" for e in body["events"])


def test_quad_and_date_range_combine(client: TestClient) -> None:
    body = client.get("/api/events", params={"quad": "1", "since": "2022-02", "until": "2022-03"})
    assert sorted(e["article_id"] for e in body.json()["events"]) == [
        "grc-cyp-script",
        "tur-isr-feb",
    ]


def test_event_type_is_case_insensitive(client: TestClient) -> None:
    body = client.get("/api/events", params={"event": "coerce"}).json()
    assert [e["mode"] for e in body["events"]] == ["arrest"]


def test_paging_and_sort(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": "2", "sort": "date", "order": "asc"}).json()
    second = client.get(
        "/api/events", params={"limit": "2", "offset": "2", "sort": "date", "order": "asc"}
    ).json()
    assert first["total"] == second["total"] == 6
    dates = [e["date"] for e in first["events"] + second["events"]]
    assert dates[0] == "2022-01-09"
    assert len(set(e["id"] for e in first["events"] + second["events"])) == 4


def test_csv_has_one_row_per_event_with_flat_columns(client: TestClient) -> None:
    response = client.get("/api/events", params={"actor": "ISR", "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == list(FLAT_COLUMNS)  # the same layout as `detente export --format csv`
    assert len(rows) == 2
    assert {r["recipient_countries"] for r in rows} == {"TUR"}
    assert {r["recipient_sectors"] for r in rows} == {"", "MED"}


def test_jsonl_download_has_every_matching_event(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "jsonl"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == 6
    assert all("evidence" in e for e in lines)


def test_facets_count_values_among_matching_events(client: TestClient) -> None:
    facets = client.get("/api/facets", params={"actor": "TUR"}).json()["facets"]
    assert {f["value"]: f["count"] for f in facets["event"]} == {"CONSULT": 2, "AID": 1}
    assert facets["recipient"] == [{"value": "ISR", "count": 3}]
    table = client.get("/api/facets", params={"actor": "TUR", "format": "csv"}).text
    assert "recipient,ISR,3" in table.splitlines()


def test_sort_options_are_the_databases() -> None:
    assert set(Sort.__args__) == set(SORTS)


def test_event_detail_lists_every_mention(client: TestClient) -> None:
    some = client.get("/api/events", params={"event": "AID"}).json()["events"][0]
    detail = client.get(f"/api/events/{some['id']}").json()
    assert detail["id"] == some["id"]
    assert [m["article_id"] for m in detail["mentions"]] == ["tur-isr-apr"]
    assert detail["mentions"][0]["trigger"]["text"] == "sent"
