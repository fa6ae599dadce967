"""Rendering results for a terminal (rich tables on stdout, failures on stderr)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table

from detente.records import Actor, Event, Failure


def actors_label(actors: Iterable[tuple[str | None, str | None, str | None]]) -> str:
    """`TUR/GOV (Erdoğan) + ISR` from (country, sector, name) triples; `—` when none."""
    parts = []
    for country, sector, name in actors:
        label = "/".join(x for x in (country, sector) if x) or "?"
        if name:
            label += f" ({name})"
        parts.append(label)
    return " + ".join(parts) or "—"


def _actors(actors: Sequence[Actor]) -> str:
    return actors_label((a.country, a.sector, a.name) for a in actors)


def _date_label(event: Event) -> str:
    """`2022-02-17 (day)`; `~` marks an estimate, `publication` a date the text did not give."""
    if event.date is None:
        return "—"
    d = event.date
    qualifiers = [d.precision] + (["publication"] if d.source == "publication" else [])
    return f"{'~' if d.approximate else ''}{d.value} ({', '.join(qualifiers)})"


def print_event_table(events: Sequence[Event], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"{len(events)} events", show_lines=False)
    for column in ("date", "event", "mode", "actors", "recipients", "status", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        date = _date_label(e)
        table.add_row(
            date,
            f"{e.event} {e.cameo}",
            e.mode or "",
            _actors(e.actors),
            _actors(e.recipients),
            e.status + (" (historical)" if e.historical else ""),
            e.evidence.trigger.text,
        )
    console.print(table)


def print_failures(failures: Sequence[Failure]) -> None:
    console = Console(stderr=True)
    console.print(f"[bold red]{len(failures)} input(s) failed:[/]")
    for failure in failures:
        console.print(f"  {failure.reason}", markup=False, highlight=False)
