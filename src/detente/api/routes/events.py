"""`/api/events` (filtered, paged, sorted; JSON, CSV, JSONL), `/api/events/{id}`, `/api/facets`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from detente.api.errors import ParameterError
from detente.api.params import DownloadFormat, EventFilterParams, FormatParam
from detente.api.responses import csv_response, csv_stream, jsonl_stream
from detente.api.state import AppState, app_state
from detente.api.strict import StrictRoute
from detente.export.flat import FLAT_COLUMNS, flat_row
from detente.store.filters import EventFilter

router = APIRouter(route_class=StrictRoute, tags=["events"])

# The sort keys of Database.events (a test keeps the two lists the same).
Sort = Literal[
    "date",
    "published",
    "event",
    "n_mentions",
    "n_articles",
    "confidence",
    "goldstein",
    "plover_score",
]
_PAGE = 1000


def event_filter(params: EventFilterParams) -> EventFilter:
    return EventFilter.from_mapping(params.as_mapping())


@router.get("/api/events", summary="Events matching the filters, newest first")
def list_events(
    filters: Annotated[EventFilterParams, Depends()],
    state: Annotated[AppState, Depends(app_state)],
    limit: Annotated[
        int | None, Query(ge=1, description="rows per page (json, default 100) or to download")
    ] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[Sort, Query()] = "date",
    order: Annotated[Literal["desc", "asc"], Query()] = "desc",
    format: Annotated[DownloadFormat, Query(description="json, csv or jsonl")] = "json",
) -> Any:
    db = state.database
    wanted = event_filter(filters)
    descending = order == "desc"
    if format == "json":
        page = limit or 100
        if page > state.limits.max_page:
            raise ParameterError(
                f"limit {page} is more than one page holds",
                parameter="limit",
                hint=f"use at most {state.limits.max_page}, or format=csv/jsonl to download",
            )
        events = db.events(wanted, limit=page, offset=offset, sort=sort, descending=descending)
        total = db.count_events(wanted)
        return JSONResponse({"total": total, "limit": page, "offset": offset, "events": events})
    cap = min(limit or state.limits.max_download, state.limits.max_download)

    def rows() -> Iterator[dict[str, Any]]:
        done = 0
        while done < cap:
            size = min(_PAGE, cap - done)
            chunk = db.events(
                wanted, limit=size, offset=offset + done, sort=sort, descending=descending
            )
            yield from chunk
            done += len(chunk)
            if len(chunk) < size:
                return

    if format == "csv":
        return csv_stream((flat_row(e) for e in rows()), "events", FLAT_COLUMNS)
    return jsonl_stream(rows(), "events")


@router.get("/api/events/{event_id}", summary="One event with every mention and its evidence")
def get_event(event_id: str, state: Annotated[AppState, Depends(app_state)]) -> Any:
    return state.database.event(event_id)


@router.get(
    "/api/facets",
    summary="How many matching events have each value of event, mode, quad, actor, …",
)
def facets(
    filters: Annotated[EventFilterParams, Depends()],
    state: Annotated[AppState, Depends(app_state)],
    limit: Annotated[int, Query(ge=1, le=500, description="values per facet")] = 30,
    format: FormatParam = "json",
) -> Any:
    found = state.database.facets(event_filter(filters), limit=limit)
    if format == "csv":
        rows = [
            {"facet": name, "value": v["value"], "count": v["count"]}
            for name, values in found.items()
            for v in values
        ]
        return csv_response(rows, "facets", ("facet", "value", "count"))
    return {"facets": found}
