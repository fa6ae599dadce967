"""The explorer: every view URL answers the page; the schema; security headers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/dyad?a=TUR&b=ISR",
        "/events?actor=TUR",
        "/articles/x",
        "/events/x",
        "/actors/TUR",
        "/code",
    ],
)
def test_every_view_is_a_url(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<main id="view"' in response.text


def test_static_assets_are_local(client: TestClient) -> None:
    page = client.get("/").text
    assert "http://" not in page and "https://" not in page
    for asset in ("/static/js/app.js", "/static/js/chart.js", "/static/style.css"):
        assert client.get(asset).status_code == 200


def test_pages_forbid_inline_and_foreign_scripts(client: TestClient) -> None:
    policy = client.get("/articles/x").headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert client.get("/api/stats").headers["x-content-type-options"] == "nosniff"


def test_openapi_lists_the_api_not_the_views(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/dyad",
        "/api/actors",
        "/api/actors/{code}",
        "/api/articles/{article_id}",
        "/api/stats",
        "/api/code",
        "/api/facets",
    ):
        assert path in paths
    assert "/dyad" not in paths
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "quad", "since", "until", "format"} <= names
