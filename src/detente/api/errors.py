"""One JSON error shape for the whole HTTP API: `{"error": {"code", "message", "detail"}}`.

DetenteError (any subclass)   → its `http_status` and `code` (detente.errors)
ParameterError                → 422 "invalid_parameter", detail names the parameter and
                                lists the valid options
RequestValidationError        → 422 "invalid_parameter" (a value FastAPI could not parse)
HTTPException (404, 405, …)   → its status, code "not_found" / "http_error"
anything else                 → 500 "internal_error" (the message hides internals)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import ConfigError, DetenteError, InputError

_log = logging.getLogger(__name__)


class ParameterError(ConfigError):
    """A query parameter is unknown or has a bad value; `valid` lists what would work."""

    def __init__(
        self, message: str, *, parameter: str, valid: Sequence[Any] = (), hint: str | None = None
    ) -> None:
        self.parameter = parameter
        self.valid = list(valid)
        if hint is None and self.valid:
            hint = "valid: " + ", ".join(str(v) for v in self.valid)
        super().__init__(message, where=f"parameter {parameter!r}", hint=hint)


class RequestTooLarge(InputError):
    """The request body is larger than the server accepts."""

    http_status = 413
    code = "too_large"


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "detail": detail}}


def error_response(status: int, code: str, message: str, detail: Any = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, detail), status_code=status)


def detente_error_response(exc: DetenteError) -> JSONResponse:
    detail: dict[str, Any] = {"where": exc.where, "hint": exc.hint}
    if isinstance(exc, ParameterError):
        detail["parameter"] = exc.parameter
        detail["valid"] = exc.valid
    return error_response(exc.http_status, exc.code, str(exc), detail)


async def _on_detente_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DetenteError)
    return detente_error_response(exc)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        problem: dict[str, Any] = {
            "parameter": loc[-1] if loc else "request",
            "in": loc[0] if loc else None,
            "message": err.get("msg", "invalid value"),
            "input": _jsonable(err.get("input")),
        }
        ctx = err.get("ctx") or {}
        if "expected" in ctx:
            problem["valid"] = str(ctx["expected"])
        problems.append(problem)
    first = problems[0] if problems else {"parameter": "request", "message": "invalid"}
    summary = "; ".join(f"{p['parameter']}: {p['message']}" for p in problems)
    detail = {
        "where": f"parameter {first['parameter']!r}",
        "hint": f"valid: {first['valid']}" if "valid" in first else None,
        "parameter": first["parameter"],
        "valid": first.get("valid"),
        "problems": problems,
    }
    return error_response(422, "invalid_parameter", f"invalid request: {summary}", detail)


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = "not_found" if exc.status_code == 404 else "http_error"
    message = str(exc.detail) if exc.detail else "error"
    if exc.status_code == 404:
        message = f"no such path: {request.url.path}"
    return error_response(exc.status_code, code, message, {"where": request.url.path, "hint": None})


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    _log.exception("unexpected error on %s", request.url.path)
    return error_response(
        500,
        "internal_error",
        "the server failed on this request",
        {"type": type(exc).__name__, "hint": "see the server log; report it if it repeats"},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DetenteError, _on_detente_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
