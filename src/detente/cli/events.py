"""`detente events`: list stored events matching filters."""

from __future__ import annotations

from typing import Any

import click

from detente.cli.render import actors_label
from detente.cli.store_options import (
    build_filter,
    chosen_format,
    db_option,
    filter_options,
    open_read_only,
    print_rows,
)
from detente.store.filters import EVENT_SORTS

COLUMNS = ("date", "event", "mode", "actors", "recipients", "status", "articles", "evidence")


@click.command("events")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=25, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--sort", type=click.Choice(list(EVENT_SORTS)), default="date", show_default=True)
@click.option("--ascending", is_flag=True, help="Oldest (smallest) first.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default=None,
    help="table (default on a terminal) or jsonl (the `detente code` JSON shape).",
)
def events_command(
    db_path: str,
    limit: int,
    offset: int,
    sort: str,
    ascending: bool,
    fmt: str | None,
    **filters: Any,
) -> None:
    """List events in the database, newest first, e.g. --actor TUR --recipient ISR."""
    event_filter = build_filter(filters)
    with open_read_only(db_path) as db:
        events = db.events(
            event_filter, limit=limit, offset=offset, sort=sort, descending=not ascending
        )
        total = db.count_events(event_filter)
    fmt = chosen_format(fmt)
    if fmt == "jsonl":
        print_rows(events, [], "jsonl")
        return
    rows = [_row(e) for e in events]
    title = f"{len(events)} of {total} events" + (f" (from {offset + 1})" if offset else "")
    print_rows(rows, COLUMNS, "table", title=title)


def _row(e: dict[str, Any]) -> dict[str, Any]:
    date = f"{e['date']} ({e['date_precision']})" if e.get("date") else None
    return {
        "date": date,
        "event": f"{e['event']} {e.get('cameo') or ''}".strip(),
        "mode": e.get("mode"),
        "actors": _actors(e.get("actors") or []),
        "recipients": _actors(e.get("recipients") or []),
        "status": e["status"] + (" · historical" if e.get("historical") else ""),
        "articles": e.get("n_articles"),
        "evidence": " ".join((e.get("evidence") or {}).get("text", "").split())[:160],
    }


def _actors(actors: list[dict[str, Any]]) -> str:
    return actors_label((a.get("country"), a.get("sector"), a.get("name")) for a in actors)


def register(group: click.Group) -> None:
    group.add_command(events_command)
