"""The questions analysts ask of relations: `/api/dyad`, `/api/actors`, `/api/top-dyads`."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from detente.api.errors import ParameterError
from detente.api.params import FormatParam, Period, SinceParam, UntilParam
from detente.api.responses import csv_response
from detente.api.state import AppState, app_state
from detente.api.strict import StrictRoute

router = APIRouter(route_class=StrictRoute, tags=["analysis"])

_CODE = re.compile(r"^[A-Za-z0-9_.:-]{2,32}$")
DYAD_COLUMNS: tuple[str, ...] = (
    "period",
    "direction",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "events",
    "plover_sum",
    "plover_mean",
    "goldstein_sum",
    "goldstein_mean",
    "share",
)


def actor_code(value: str, parameter: str) -> str:
    """An actor code as the database stores it (upper case), or ParameterError."""
    if not _CODE.match(value):
        raise ParameterError(
            f"{value!r} is not an actor code",
            parameter=parameter,
            hint="use a country or organisation code such as TUR, ISR or NATO (see /api/actors)",
        )
    return value.upper()


@router.get("/api/dyad", summary="Quad-class counts and PLOVER scores per period for two actors")
async def dyad(
    state: Annotated[AppState, Depends(app_state)],
    a: Annotated[str, Query(description="first actor code, e.g. TUR")],
    b: Annotated[str, Query(description="second actor code, e.g. ISR")],
    by: Annotated[Period, Query(description="day, week, month or year")] = "month",
    directed: Annotated[
        bool,
        Query(description="true: A→B rows then B→A rows (same periods); false: A↔B rows"),
    ] = True,
    normalise: Annotated[
        bool, Query(description="add `share`: the dyad's events / all events in the period")
    ] = False,
    since: SinceParam = None,
    until: UntilParam = None,
    format: FormatParam = "json",
) -> Any:
    first, second = actor_code(a, "a"), actor_code(b, "b")
    if first == second:
        raise ParameterError(
            f"a and b are both {first}", parameter="b", hint="pick two different actors"
        )
    rows = await run_in_threadpool(
        state.reads.dyad, first, second, by, directed, normalise, since, until
    )
    if format == "csv":
        return csv_response(rows, f"dyad-{first}-{second}-{by}", DYAD_COLUMNS)
    return JSONResponse(
        {
            "a": first,
            "b": second,
            "by": by,
            "directed": directed,
            "normalise": normalise,
            "since": since,
            "until": until,
            "rows": rows,
        }
    )


@router.get("/api/actors", summary="Actors with their event counts and date range")
def actors(
    state: Annotated[AppState, Depends(app_state)],
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    format: FormatParam = "json",
) -> Any:
    rows: list[dict[str, Any]] = state.reads.actors(limit)
    if format == "csv":
        return csv_response(rows, "actors")
    return {"actors": rows}


@router.get("/api/actors/{code}", summary="One actor: partners, event mix and timeline")
def actor(
    state: Annotated[AppState, Depends(app_state)],
    code: Annotated[str, Path(description="actor code, e.g. TUR")],
    by: Annotated[Period, Query()] = "month",
) -> Any:
    wanted = actor_code(code, "code")
    return state.database.actor_profile(wanted, by=by)


@router.get("/api/top-dyads", summary="The pairs of actors with the most events")
def top_dyads(
    state: Annotated[AppState, Depends(app_state)],
    since: SinceParam = None,
    until: UntilParam = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    format: FormatParam = "json",
) -> Any:
    rows: list[dict[str, Any]] = state.database.top_dyads(since=since, until=until, limit=limit)
    if format == "csv":
        return csv_response(rows, "top-dyads")
    return {"dyads": rows}
