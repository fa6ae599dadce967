"""What every request needs: the open database and the server's limits.

`Database` gives each call its own DuckDB cursor, so the thread-pool routes of FastAPI may
call it at the same time. Coding a pasted text (`/api/code`) does not touch the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from detente.api.reads import Reads
from detente.config import Config
from detente.store.database import Database


@dataclass(frozen=True)
class Limits:
    max_page: int = 1000  # rows in one JSON page
    max_download: int = 100_000  # rows in one CSV/JSONL download
    max_body_bytes: int = 1_000_000  # any request body
    max_code_chars: int = 200_000  # text POSTed to /api/code
    sql_max_rows: int = 1000
    sql_timeout_s: float = 5.0
    enable_sql: bool = True
    cache_size: int = 1024  # remembered answers (the database is read-only while served)


@dataclass(frozen=True)
class AppState:
    database: Database  # opened read-only by create_app
    config: Config
    limits: Limits
    reads: Reads


async def app_state(request: Request) -> AppState:
    """The app's state (async: FastAPI would run a plain `def` dependency in a thread)."""
    state = request.app.state.detente
    assert isinstance(state, AppState)
    return state
