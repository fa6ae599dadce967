"""The `detente` command: a thin layer over the library.

Each command module registers its commands on the group; errors from the library become a
one-line message and an exit code that names their class (see detente.errors).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from detente.errors import DetenteError
from detente.version import __version__

# Command modules, each with `register(group)`. Add a module here to add commands.
COMMAND_MODULES: tuple[str, ...] = (
    "detente.cli.code",
    "detente.cli.eval",
    "detente.cli.ingest",
    "detente.cli.events",
    "detente.cli.dyad",
    "detente.cli.actor",
    "detente.cli.query",
    "detente.cli.export",
    "detente.cli.info",
    "detente.cli.serve",
    "detente.cli.knowledge",
)


class DetenteGroup(click.Group):
    """Turns a DetenteError into `Error: …` on stderr and its exit code, without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DetenteError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=DetenteGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def cli() -> None:
    """detente: dated news articles in, a time-resolved record of political events out."""


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(cli)


def main() -> None:
    cli(prog_name="detente")
