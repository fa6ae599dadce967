"""Single records and the whole: `/api/articles/{id}`, `/api/stats`, `/api/query`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from detente.api.errors import ParameterError
from detente.api.params import FormatParam
from detente.api.responses import csv_response
from detente.api.state import AppState, app_state
from detente.api.strict import StrictRoute

router = APIRouter(route_class=StrictRoute, tags=["records"])


@router.get(
    "/api/articles/{article_id}",
    summary="An article's text and its events, with their spans in this article",
)
def article(article_id: str, state: Annotated[AppState, Depends(app_state)]) -> Any:
    return state.database.article(article_id)


@router.get("/api/stats", summary="What the database holds")
def stats(state: Annotated[AppState, Depends(app_state)]) -> Any:
    return state.reads.stats()


@router.get(
    "/api/query",
    summary="Read-only SQL on a read-only connection, with a time limit and a row cap",
)
def query(
    state: Annotated[AppState, Depends(app_state)],
    sql: Annotated[str, Query(max_length=10_000, description="one SELECT statement")],
    format: FormatParam = "json",
) -> Any:
    limits = state.limits
    if not limits.enable_sql:
        raise ParameterError(
            "the SQL endpoint is switched off on this server",
            parameter="sql",
            hint="start the server without --no-sql to use it",
        )
    columns, rows = state.database.query(
        sql, max_rows=limits.sql_max_rows, timeout_s=limits.sql_timeout_s
    )
    records = [dict(zip(columns, [_plain(v) for v in row], strict=False)) for row in rows]
    if format == "csv":
        return csv_response(records, "query", list(columns))
    return {
        "columns": list(columns),
        "rows": [[_plain(v) for v in row] for row in rows],
        "max_rows": limits.sql_max_rows,
        "truncated": len(rows) >= limits.sql_max_rows,
    }


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)
