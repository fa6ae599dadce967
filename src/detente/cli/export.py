"""`detente export`: write stored events as PLOVER JSONL, CSV, GDELT-style CSV or Parquet."""

from __future__ import annotations

from typing import Any

import click

from detente.cli.store_options import build_filter, db_option, filter_options, open_read_only
from detente.export import FORMATS


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(),
    help="Output file (a folder for parquet, partitioned by year/month).",
)
@db_option
@filter_options
def export_command(fmt: str, output: str, db_path: str, **filters: Any) -> None:
    """Export the events matching the filters (all by default)."""
    with open_read_only(db_path) as db:
        summary = db.export(fmt, output, build_filter(filters))
    extra = f" ({summary.n_rows:,} dyad rows)" if summary.n_rows != summary.n_events else ""
    click.echo(f"wrote {summary.n_events:,} events{extra} as {fmt} to {summary.path}")


def register(group: click.Group) -> None:
    group.add_command(export_command)
