"""`detente eval SET`: score detente on a public gold set (or `all`)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from detente.cli.options import config_option, load_config
from detente.coder import Coder
from detente.errors import ConfigError
from detente.eval.registry import DEV_SETS, EVAL_SETS
from detente.eval.report import EvalReport

DEFAULT_SHARED = Path("../shared")


def run_eval(name: str, shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    module_name, function_name = EVAL_SETS[name].split(":")
    runner: Any = getattr(importlib.import_module(module_name), function_name)
    report: EvalReport = runner(shared, coder, limit)
    return report


def selected_sets(sets: tuple[str, ...]) -> list[str]:
    """The set names asked for; `all` means every test set (development splits only by name)."""
    names = [n for n in EVAL_SETS if n not in DEV_SETS] if "all" in sets else list(sets)
    unknown = [n for n in names if n not in EVAL_SETS]
    if unknown:
        raise ConfigError(
            f"unknown gold set(s) {unknown}", hint=f"known: {', '.join(EVAL_SETS)}, all"
        )
    return names


@click.command("eval")
@click.argument("sets", nargs=-1, required=True)
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_SHARED,
    show_default=True,
    help="The folder holding the gold data.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N items of each set.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@config_option
def eval_command(
    sets: tuple[str, ...], shared: Path, limit: int | None, fmt: str, config_path: str | None
) -> None:
    """Score detente on gold SETS (names below, or `all`)."""
    names = selected_sets(sets)
    if not shared.is_dir():
        raise ConfigError(
            "the gold data folder does not exist", where=str(shared), hint="pass --shared PATH"
        )
    coder = Coder(load_config(config_path))
    reports = [run_eval(n, shared, coder, limit) for n in names]
    if fmt == "json":
        click.echo(json.dumps([r.to_json() for r in reports], indent=2))
        return
    console = Console()
    for report in reports:
        table = Table(title=report.name)
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key, value in report.metrics.items():
            table.add_row(key, f"{value:.3f}")
        for key, count in report.counts.items():
            table.add_row(key, str(count))
        console.print(table)
        for note in report.notes:
            console.print(f"  note: {note}", markup=False)


def register(group: click.Group) -> None:
    group.add_command(eval_command)
