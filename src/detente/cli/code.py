"""`detente code`: code articles and print their events, without a database."""

from __future__ import annotations

import sys

import click

from detente.cli.options import config_option, date_option, load_config, parse_date_option
from detente.cli.render import print_event_table, print_failures
from detente.coder import Coder
from detente.read.paths import read_paths


@click.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default=None,
    help="jsonl: one JSON object per event; table: for reading. Default: table on a terminal.",
)
@date_option
@config_option
def code_command(
    paths: tuple[str, ...], fmt: str | None, default_date: str | None, config_path: str | None
) -> None:
    """Code articles in PATHS (files, folders, or - for stdin) and print their events."""
    config = load_config(config_path)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    results = Coder(config).code_stream(
        read_paths(paths, default_date=parse_date_option(default_date))
    )
    failures = []
    events = []
    for result in results:
        if result.failure:
            failures.append(result.failure)
        elif fmt == "jsonl":
            for event in result.events:
                click.echo(event.to_json_line())
        else:
            events.extend(result.events)
    if fmt == "table":
        print_event_table(events)
    if failures:
        print_failures(failures)
        sys.exit(65)


def register(group: click.Group) -> None:
    group.add_command(code_command)
