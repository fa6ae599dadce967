"""`detente info`: what a database holds, its runs, and the de-duplication rules in force."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from detente.cli.options import config_option, load_config
from detente.cli.store_options import db_option, print_rows


@click.command("info")
@db_option
@click.option("--upgrade", is_flag=True, help="Upgrade an older database to this detente's schema.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@config_option
def info_command(db_path: str, upgrade: bool, as_json: bool, config_path: str | None) -> None:
    """Counts, date range, runs and failures of the database, and the de-duplication rules."""
    config = load_config(config_path)
    dedupe = asdict(config.dedupe)
    exists = Path(db_path).exists()
    info: dict[str, object] = {"db": db_path, "exists": exists, "dedupe": dedupe}
    if exists:
        from detente.store.database import Database

        with Database(db_path, read_only=not upgrade) as db:
            info["stats"] = db.stats()
            info["runs"] = db.runs(limit=5)
            info["failures"] = db.failures(limit=10)
            info["upgraded_from"] = db.upgraded_from if upgrade else None
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, default=str))
        return
    console = Console()
    if not exists:
        console.print(f"no database at {db_path} yet (create one with `detente ingest PATH`)")
    else:
        stats = info["stats"]
        assert isinstance(stats, dict)
        table = Table(title=f"database {db_path}", show_header=False)
        table.add_column("what")
        table.add_column("value", justify="right")
        for key, value in stats.items():
            table.add_row(key, "—" if value is None else str(value))
        console.print(table)
        runs = info["runs"]
        assert isinstance(runs, list)
        print_rows(
            runs,
            (
                "id",
                "started_at",
                "status",
                "n_coded",
                "n_unchanged",
                "n_events",
                "n_merged",
                "n_failures",
                "coder_version",
            ),
            "table",
            title="latest runs",
            console=console,
        )
        failures = info["failures"]
        assert isinstance(failures, list)
        if failures:
            print_rows(
                failures,
                ("origin", "reason", "run_id"),
                "table",
                title="latest failures",
                console=console,
            )
    rules = Table(
        title="de-duplication across articles (\\[dedupe] in the config)", show_header=False
    )
    rules.add_column("setting")
    rules.add_column("value")
    for key, value in dedupe.items():
        rules.add_row(key, str(value))
    console.print(rules)


def register(group: click.Group) -> None:
    group.add_command(info_command)
