"""Routes that refuse query parameters they do not declare.

FastAPI ignores unknown query parameters; for an analyst a misspelt filter (`?actr=TUR`)
silently returning everything is worse than an error. `StrictRoute` checks the names against
the route's declared parameters and raises ParameterError listing the valid ones.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from detente.api.errors import ParameterError


class StrictRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        declared = query_names(self.dependant)
        allowed = sorted(declared)

        async def strict_handler(request: Request) -> Response:
            unknown = sorted(set(request.query_params.keys()) - declared)
            if unknown:
                names = ", ".join(repr(n) for n in unknown)
                raise ParameterError(
                    f"unknown query parameter {names} for {request.url.path}",
                    parameter=unknown[0],
                    valid=allowed,
                )
            return await handler(request)

        return strict_handler


def query_names(dependant: Dependant) -> set[str]:
    """Names of the query parameters a route and its dependencies declare."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= query_names(sub)
    return names
