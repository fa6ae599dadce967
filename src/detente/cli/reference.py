"""The CLI reference (docs/cli.md), generated from the commands' own `--help`.

Regenerate with `make docs`; a test fails when the file and the commands disagree.
"""

from __future__ import annotations

import click
from click.testing import CliRunner

from detente.cli import cli

HEADER = """# CLI reference

Generated from `detente --help` by `make docs` (do not edit by hand; a test checks it).
"""


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name in sorted(group.commands):
        path = (*prefix, name)
        found.append(path)
        command = group.commands[name]
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


def render_reference() -> str:
    runner = CliRunner()
    parts = [HEADER]
    for path in [(), *_commands(cli)]:
        result = runner.invoke(cli, [*path, "--help"], prog_name="detente", terminal_width=100)
        title = " ".join(("detente", *path))
        parts.append(f"## `{title}`\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    click.echo(render_reference(), nl=False)
