"""Every list endpoint answers `?format=csv` with a header and rows."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {}),
        ("/api/dyad", {"a": "TUR", "b": "ISR"}),
        ("/api/actors", {}),
        ("/api/top-dyads", {}),
        ("/api/facets", {}),
        ("/api/query", {"sql": "SELECT id, title FROM articles"}),
    ],
)
def test_list_as_csv(client: TestClient, path: str, params: dict[str, str]) -> None:
    response = client.get(path, params={**params, "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.splitlines()
    assert len(lines) >= 2
    assert "," in lines[0]


def test_unknown_format_is_422(client: TestClient) -> None:
    response = client.get("/api/actors", params={"format": "xlsx"})
    assert response.status_code == 422
    assert "csv" in response.json()["error"]["message"]
