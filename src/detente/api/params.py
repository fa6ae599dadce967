"""Query parameters shared by several routes, declared once so OpenAPI documents them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Query

from detente.api.errors import ParameterError
from detente.events.ontology import load_ontology
from detente.records import DATE_SOURCES, PRECISIONS, STATUSES

Format = Literal["json", "csv"]
DownloadFormat = Literal["json", "csv", "jsonl"]
Period = Literal["day", "week", "month", "year"]

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD"

FormatParam = Annotated[Format, Query(description="json, or csv for a spreadsheet")]
SinceParam = Annotated[
    str | None, Query(pattern=DATE_PATTERN, description=f"first date, {DATE_HELP}")
]
UntilParam = Annotated[
    str | None, Query(pattern=DATE_PATTERN, description=f"last date, {DATE_HELP}")
]


@dataclass
class EventFilterParams:
    """The event filters (`detente.store.filters.VALID_FILTERS`) as query parameters."""

    actor: Annotated[str | None, Query(description="actor country or code, e.g. TUR or TURGOV")] = (
        None
    )
    recipient: Annotated[str | None, Query(description="recipient country or code")] = None
    event: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. visit")] = None
    context: Annotated[str | None, Query(description="PLOVER context, e.g. economic")] = None
    quad: Annotated[int | None, Query(ge=1, le=4, description="quad class 1–4")] = None
    status: Annotated[
        Literal["occurred", "future", "negated", "hypothetical"] | None,
        Query(description="one of " + ", ".join(STATUSES)),
    ] = None
    since: SinceParam = None
    until: UntilParam = None
    text: Annotated[str | None, Query(description="words in the evidence sentence")] = None
    article_id: Annotated[str | None, Query(description="events of one article")] = None
    precision: Annotated[
        Literal["day", "week", "month", "quarter", "year", "decade"] | None,
        Query(description="date precision, one of " + ", ".join(PRECISIONS)),
    ] = None
    date_source: Annotated[
        Literal["text", "context", "publication"] | None,
        Query(description="where the date came from, one of " + ", ".join(DATE_SOURCES)),
    ] = None
    historical: Annotated[
        bool | None, Query(description="true: only background events; false: none")
    ] = None

    def as_mapping(self) -> dict[str, Any]:
        """Only the filters that were given, event and mode checked against PLOVER."""
        return check_vocabulary({k: v for k, v in vars(self).items() if v is not None})


def check_vocabulary(values: dict[str, Any]) -> dict[str, Any]:
    """Refuse an event type or mode that PLOVER does not have (ParameterError lists them)."""
    ontology = load_ontology()
    event = values.get("event")
    if event is not None:
        event = str(event).upper()
        if event not in ontology.events:
            raise ParameterError(
                f"unknown PLOVER event {values['event']!r}",
                parameter="event",
                valid=sorted(ontology.events),
            )
        values = {**values, "event": event}
    mode = values.get("mode")
    if mode is not None:
        modes = sorted({m for (e, m) in ontology.modes if event is None or e == event})
        if mode not in modes:
            where = f" for {event}" if event else ""
            raise ParameterError(
                f"unknown PLOVER mode {mode!r}{where}", parameter="mode", valid=modes
            )
    return values
