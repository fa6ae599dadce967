"""`/api/code`: code a pasted article and answer its events, without storing anything."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from detente.api.errors import ParameterError
from detente.api.state import AppState, app_state
from detente.api.strict import StrictRoute
from detente.coder import code

router = APIRouter(route_class=StrictRoute, tags=["coding"])


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="the article text")
    published: str = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$", description="publication date, YYYY-MM-DD"
    )
    title: str | None = Field(default=None, max_length=1000)


@router.post("/api/code", summary="Code a text into events (nothing is stored)")
def code_text(payload: CodeRequest, state: Annotated[AppState, Depends(app_state)]) -> Any:
    limit = state.limits.max_code_chars
    if len(payload.text) > limit:
        raise ParameterError(
            f"the text has {len(payload.text):,} characters, more than {limit:,}",
            parameter="text",
            hint="split the article, or code it with `detente code`",
        )
    events = code(payload.text, payload.published, title=payload.title, config=state.config)
    return {
        "text": payload.text,
        "published": payload.published,
        "title": payload.title,
        "events": [e.to_json() for e in events],
    }
