"""Options shared by the database commands: --db, the event filters, output formats."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from detente.store.filters import EventFilter

if TYPE_CHECKING:
    from detente.store.database import Database

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "detente.duckdb"


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        envvar="DETENTE_DB",
        help="The DuckDB database file (env DETENTE_DB).",
    )(fn)


def open_read_only(db_path: str) -> Database:
    from detente.store.database import Database

    return Database(db_path, read_only=True)


FILTER_OPTIONS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("--actor", "actor", {"help": "Actor country/IGO code, e.g. TUR."}),
    ("--recipient", "recipient", {"help": "Recipient country/IGO code, e.g. ISR."}),
    ("--event", "event", {"help": "PLOVER event type, e.g. CONSULT."}),
    ("--mode", "mode", {"help": "PLOVER mode, e.g. visit."}),
    ("--context", "context", {"help": "PLOVER context, e.g. diplomatic."}),
    ("--quad", "quad", {"type": click.IntRange(1, 4), "help": "Quad class 1-4."}),
    ("--status", "status", {"help": "occurred, future, negated or hypothetical."}),
    ("--since", "since", {"help": "Events dated from (YYYY, YYYY-MM or YYYY-MM-DD)."}),
    ("--until", "until", {"help": "Events dated until (YYYY, YYYY-MM or YYYY-MM-DD)."}),
    ("--text", "text", {"help": "Words in the evidence sentence."}),
    ("--article", "article_id", {"help": "Events reported by this article id."}),
    ("--precision", "precision", {"help": "Date precision: day, week, month, year, …"}),
    (
        "--date-source",
        "date_source",
        {
            "type": click.Choice(["text", "context", "publication"]),
            "help": "Where the date came from: the sentence (text), an earlier sentence "
            "(context) or the publication date (no date in the text).",
        },
    ),
)


def filter_options(fn: F) -> F:
    for flag, name, extra in reversed(FILTER_OPTIONS):
        fn = click.option(flag, name, default=None, **extra)(fn)
    return click.option(
        "--historical/--no-historical",
        "historical",
        default=None,
        help="Only background events long before publication, or none of them.",
    )(fn)


def build_filter(values: dict[str, Any]) -> EventFilter:
    names = [name for _, name, _ in FILTER_OPTIONS] + ["historical"]
    return EventFilter.from_mapping({n: values.get(n) for n in names})


def period_option(fn: F) -> F:
    """`--by day|week|month|year`: the period of a series."""
    from detente.analysis.periods import PERIODS

    return click.option(
        "--by", type=click.Choice(list(PERIODS)), default="month", show_default=True
    )(fn)


def output_format(fn: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "jsonl", "csv"]),
        default=None,
        help="table (default on a terminal), jsonl or csv.",
    )(fn)


def chosen_format(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def print_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    *,
    title: str | None = None,
    console: Console | None = None,
) -> None:
    """Rows as a rich table, JSON lines or CSV on stdout."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
        return
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    (console or Console()).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
