"""`detente query`: read-only SQL over the event database."""

from __future__ import annotations

import click

from detente.cli.store_options import (
    chosen_format,
    db_option,
    open_read_only,
    output_format,
    print_rows,
)


@click.command("query")
@click.argument("sql")
@db_option
@click.option("--max-rows", type=click.IntRange(min=0), default=1000, show_default=True)
@click.option(
    "--timeout", "timeout_s", type=float, default=30.0, show_default=True, help="Seconds."
)
@output_format
def query_command(sql: str, db_path: str, max_rows: int, timeout_s: float, fmt: str | None) -> None:
    """Run a read-only SQL query (SELECT) and print the rows.

    Tables: articles, events, mentions, participants, dyads, actors, failures, runs
    (see docs/database.md).
    """
    with open_read_only(db_path) as db:
        columns, rows = db.query(sql, max_rows=max_rows, timeout_s=timeout_s)
    dicts = [dict(zip(columns, row, strict=True)) for row in rows]
    print_rows(dicts, columns, chosen_format(fmt), title=f"{len(rows)} rows")


def register(group: click.Group) -> None:
    group.add_command(query_command)
