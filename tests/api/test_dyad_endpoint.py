"""`/api/dyad`: both directions on the same periods, or one undirected series; CSV too."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient


def test_directed_gives_both_directions_on_the_same_periods(client: TestClient) -> None:
    body = client.get("/api/dyad", params={"a": "tur", "b": "isr"}).json()
    assert (body["a"], body["b"], body["by"], body["directed"]) == ("TUR", "ISR", "month", True)
    forward = [r for r in body["rows"] if r["direction"] == "TUR->ISR"]
    backward = [r for r in body["rows"] if r["direction"] == "ISR->TUR"]
    periods = ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05"]
    assert [r["period"] for r in forward] == periods
    assert [r["period"] for r in backward] == periods
    assert [r["events"] for r in forward] == [1, 1, 0, 1, 0]
    assert [r["quad3"] + r["quad4"] for r in backward] == [0, 1, 0, 0, 1]


def test_undirected_counts_both_ways(client: TestClient) -> None:
    rows = client.get("/api/dyad", params={"a": "TUR", "b": "ISR", "directed": "false"}).json()[
        "rows"
    ]
    assert {r["direction"] for r in rows} == {"TUR<->ISR"}
    assert sum(r["events"] for r in rows) == 5
    assert rows[3]["plover_sum"] == 7.0


def test_normalised_rows_carry_the_share(client: TestClient) -> None:
    rows = client.get(
        "/api/dyad", params={"a": "TUR", "b": "ISR", "directed": "false", "normalise": "true"}
    ).json()["rows"]
    jan = rows[0]
    assert jan["share"] == 1.0


def test_by_year_and_date_range(client: TestClient) -> None:
    rows = client.get(
        "/api/dyad", params={"a": "TUR", "b": "ISR", "by": "year", "directed": "false"}
    ).json()["rows"]
    assert [(r["period"], r["events"]) for r in rows] == [("2022", 5)]
    rows = client.get(
        "/api/dyad",
        params={"a": "TUR", "b": "ISR", "since": "2022-04", "until": "2022-06"},
    ).json()["rows"]
    assert sorted({r["period"] for r in rows}) == ["2022-04", "2022-05", "2022-06"]


def test_unrelated_pair_has_no_rows(client: TestClient) -> None:
    assert client.get("/api/dyad", params={"a": "TUR", "b": "CYP"}).json()["rows"] == []


def test_dyad_as_csv(client: TestClient) -> None:
    response = client.get("/api/dyad", params={"a": "TUR", "b": "ISR", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 10
    assert rows[0]["period"] == "2022-01"
    assert "attachment" in response.headers["content-disposition"]


def test_actors_and_top_dyads(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    assert {a["code"] for a in actors} == {"TUR", "ISR", "GRC", "CYP"}
    top = client.get("/api/top-dyads", params={"limit": "1"}).json()["dyads"]
    assert len(top) == 1
    assert client.get("/api/actors", params={"format": "csv"}).text.startswith("code,")
    profile = client.get("/api/actors/tur").json()
    assert profile
