"""`detente knowledge import FILE` and `detente knowledge check`."""

from __future__ import annotations

from pathlib import Path

import click

from detente.cli.options import config_option, load_config


@click.group("knowledge")
def knowledge_group() -> None:
    """Import and check the actor knowledge tables."""


@knowledge_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the table here (default: standard output).",
)
def import_command(file: Path, output: Path | None) -> None:
    """Convert a PETRARCH/TABARI .actors/.agents dictionary or a REIGN-style leader CSV into
    a detente table (organisations or agents TSV), ready for `coding.extra_knowledge`."""
    from detente.knowledge.importers import import_file
    from detente.knowledge.writer import agents_tsv, organisations_tsv

    result = import_file(file)
    text = agents_tsv(result.agents) if result.agents else organisations_tsv(result.organisations)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
    rows = len(result.agents) or len(result.organisations)
    click.echo(f"imported {rows} rows, skipped {len(result.skipped)}", err=True)
    for line in result.skipped[:20]:
        click.echo(f"  skipped {line}", err=True)


@knowledge_group.command("check")
@click.argument("extra", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@config_option
def check_command(extra: tuple[str, ...], config_path: str | None) -> None:
    """Check our tables (plus EXTRA files and the config's extra_knowledge) for duplicates,
    overlapping tenures and unknown codes. Exits 1 when there are problems."""
    from detente.knowledge.bundle import load_actor_knowledge
    from detente.knowledge.check import check_knowledge

    config = load_config(config_path)
    kb = load_actor_knowledge((*config.coding.extra_knowledge, *extra))
    problems = check_knowledge(kb)
    for problem in problems:
        click.echo(problem)
    click.echo(
        f"{len(kb.countries)} countries, {len(kb.organisations)} organisations, "
        f"{len(kb.agents)} agents, {len(kb.offices)} office terms: {len(problems)} problem(s)",
        err=True,
    )
    if problems:
        raise SystemExit(1)


def register(group: click.Group) -> None:
    group.add_command(knowledge_group)
