"""Serving the explorer: every view is a URL that answers the same page, which reads the URL.

/                      overview: what the database holds, busiest dyads, actors
/dyad?a=TUR&b=ISR      dyad timeline (by, directed, normalise, since, until)
/events?actor=TUR…     event table with facets; filters live in the query string
/events/{id}           one event and every sentence that reports it
/articles/{id}         article text with highlighted actors, triggers, recipients, dates
/code                  paste a text and a date, see its events
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"
VIEW_PATHS: tuple[str, ...] = (
    "/",
    "/dyad",
    "/events",
    "/events/{event_id}",
    "/articles/{article_id}",
    "/actors/{code}",
    "/code",
)


def index_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")


def mount_explorer(app: FastAPI) -> None:
    """Add the view URLs and `/static/` to `app`; none of them appears in the OpenAPI schema."""
    for path in VIEW_PATHS:
        app.add_api_route(
            path, index_page, methods=["GET"], include_in_schema=False, name=f"view {path}"
        )
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
