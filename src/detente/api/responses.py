"""Answering a list as JSON, CSV or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from fastapi.responses import Response, StreamingResponse

from detente.api.tables import csv_lines, to_csv


def csv_response(
    rows: Sequence[Mapping[str, Any]], filename: str, columns: Sequence[str] | None = None
) -> Response:
    return Response(
        to_csv(rows, columns),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
    )


def csv_stream(
    rows: Iterable[Mapping[str, Any]], filename: str, columns: Sequence[str]
) -> StreamingResponse:
    return StreamingResponse(
        csv_lines(rows, columns),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
    )


def jsonl_stream(rows: Iterable[Mapping[str, Any]], filename: str) -> StreamingResponse:
    def lines() -> Iterator[str]:
        for row in rows:
            yield json.dumps(row, ensure_ascii=False, default=str) + "\n"

    return StreamingResponse(
        lines(),
        media_type="application/x-ndjson; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.jsonl"'},
    )
