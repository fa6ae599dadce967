"""`detente ingest`: code articles into the event database."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

from detente.cli.options import config_option, date_option, load_config, parse_date_option
from detente.cli.render import print_failures
from detente.cli.store_options import db_option

if TYPE_CHECKING:
    from detente.store.ingest import IngestSummary


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--n-process",
    type=click.IntRange(min=1),
    default=None,
    help="spaCy parser processes (default: the config's coding.n_process).",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Articles per batch.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
@click.option("--dry-run", is_flag=True, help="Say what would be coded; change nothing.")
@date_option
@config_option
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    n_process: int | None,
    batch_size: int | None,
    quiet: bool,
    dry_run: bool,
    default_date: str | None,
    config_path: str | None,
) -> None:
    """Code the articles in PATHS (files, folders, or - for stdin) into the database.

    Articles already stored unchanged are skipped, so an interrupted run resumes where it
    stopped; a changed article replaces its own events. Exits 65 if any article failed.
    """
    config = load_config(config_path)
    changes = {}
    if n_process is not None:
        changes["n_process"] = n_process
    if batch_size is not None:
        changes["batch_size"] = batch_size
    if changes:
        config = config.with_coding(**changes)
    from detente.store.database import Database

    with Database(db_path, config=config) as db:
        summary = db.ingest(
            list(paths),
            default_date=parse_date_option(default_date),
            progress=not quiet,
            dry_run=dry_run,
        )
    if not quiet:
        print_summary(summary, db_path)
    if summary.failures:
        print_failures(summary.failures[:20])
        if len(summary.failures) > 20:
            click.echo(
                f"  … and {len(summary.failures) - 20} more (see the failures table)", err=True
            )
        sys.exit(65)


def print_summary(summary: IngestSummary, db_path: str, console: Console | None = None) -> None:
    console = console or Console()
    title = "dry run: nothing written" if summary.dry_run else f"ingested into {db_path}"
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    if summary.dry_run:
        rows = [
            ("inputs read", summary.n_read),
            ("articles to code (new)", summary.n_coded),
            ("articles to re-code (changed)", summary.n_replaced),
            ("articles unchanged (skipped)", summary.n_unchanged),
            ("inputs that cannot be read", summary.n_failures),
        ]
    else:
        rows = [
            ("inputs read", summary.n_read),
            ("articles coded", summary.n_coded),
            ("  of which replaced (changed text)", summary.n_replaced),
            ("articles unchanged (skipped)", summary.n_unchanged),
            ("events coded", summary.n_events),
            ("  new events", summary.n_new_events),
            ("  merged into earlier reports", summary.n_merged),
            ("failures", summary.n_failures),
        ]
    for label, value in rows:
        table.add_row(label, f"{value:,}")
    table.add_row("seconds", f"{summary.seconds:.1f}")
    if not summary.dry_run:
        table.add_row("articles/s", f"{summary.articles_per_second:.1f}")
    console.print(table)


def register(group: click.Group) -> None:
    group.add_command(ingest_command)
