"""The FastAPI app: HTTP API under `/api/`, the explorer at `/`, OpenAPI at `/openapi.json`.

app = create_app("detente.duckdb")          # opens the database read-only
uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from detente.api.errors import install_error_handlers
from detente.api.middleware import BodySizeLimit, SecurityHeaders
from detente.api.reads import Reads
from detente.api.routes import analysis, coding, events, records
from detente.api.state import AppState, Limits
from detente.config import Config
from detente.store.database import Database
from detente.version import __version__
from detente.web.pages import mount_explorer

DESCRIPTION = """Events coded from news articles (PLOVER/CAMEO), their dyads and the articles
that report them. Every list answers `?format=csv`; errors share one shape:
`{"error": {"code", "message", "detail"}}`; unknown or bad parameters give 422 with the valid
options."""


def create_app(
    db_path: str | Path,
    *,
    config: Config | None = None,
    limits: Limits | None = None,
    database: Database | None = None,
) -> FastAPI:
    """Open `db_path` read-only and build the app over it (or over an open `database`)."""
    config = config or Config()
    limits = limits or Limits()
    db = database if database is not None else Database(db_path, read_only=True, config=config)
    state = AppState(
        database=db,
        config=config,
        limits=limits,
        reads=Reads(db, size=limits.cache_size if db.read_only else 0),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if database is None:
            db.close()

    app = FastAPI(
        title="detente",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.detente = state
    install_error_handlers(app)
    for module in (events, analysis, records, coding):
        app.include_router(module.router)
    mount_explorer(app)
    app.add_middleware(BodySizeLimit, max_bytes=limits.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
