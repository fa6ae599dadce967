"""Every failure answers {"error": {"code", "message", "detail"}}; bad input is never ignored."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def error_of(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert {"where", "hint"} <= set(body["error"]["detail"])
    return dict(body["error"])


def test_unknown_filter_name_is_422_listing_valid_parameters(client: TestClient) -> None:
    response = client.get("/api/events", params={"actr": "TUR"})
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "invalid_parameter"
    assert "actr" in error["message"]
    assert "actor" in error["detail"]["valid"]
    assert "recipient" in error["detail"]["valid"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {"quad": "7"}),
        ("/api/events", {"status": "maybe"}),
        ("/api/events", {"since": "2022-13"}),
        ("/api/events", {"sort": "colour"}),
        ("/api/events", {"historical": "perhaps"}),
        ("/api/dyad", {"a": "TUR", "b": "ISR", "by": "fortnight"}),
        ("/api/dyad", {"a": "TUR"}),
        ("/api/dyad", {"a": "TUR", "b": "TUR"}),
        ("/api/dyad", {"a": "<b>", "b": "ISR"}),
        ("/api/actors", {"limit": "0"}),
        ("/api/stats", {"verbose": "1"}),
    ],
)
def test_bad_values_are_422(client: TestClient, path: str, params: dict[str, str]) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert error_of(response)["code"] == "invalid_parameter"


def test_unknown_event_type_lists_plover_events(client: TestClient) -> None:
    error = error_of(client.get("/api/events", params={"event": "HUG"}))
    assert "HUG" in error["message"]
    assert "CONSULT" in error["detail"]["valid"]


def test_unknown_mode_lists_the_modes_of_the_event(client: TestClient) -> None:
    response = client.get("/api/events", params={"event": "CONSULT", "mode": "telepathy"})
    assert response.status_code == 422
    assert "visit" in error_of(response)["detail"]["valid"]


def test_bad_sort_names_the_valid_ones(client: TestClient) -> None:
    error = error_of(client.get("/api/events", params={"sort": "colour"}))
    assert "plover_score" in str(error["detail"])


def test_missing_records_are_404(client: TestClient) -> None:
    for path in ("/api/events/nope", "/api/articles/nope", "/api/no-such-route"):
        response = client.get(path)
        assert response.status_code == 404
        assert error_of(response)["code"] == "not_found"


def test_page_larger_than_the_cap_is_refused(client: TestClient) -> None:
    response = client.get("/api/events", params={"limit": "5000"})
    assert response.status_code == 422
    assert error_of(response)["detail"]["parameter"] == "limit"
