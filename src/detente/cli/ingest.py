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
    from collections.abc import Sequence

    from detente.config import Config
    from detente.records import Failure
    from detente.scale.run import ScaleSummary
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
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where to code: this process, or Ray Data actors (needs --out).",
)
@click.option(
    "--out",
    "out_dir",
    default=None,
    help="Write partitioned Parquet to this folder instead of the database.",
)
@click.option(
    "--ray-address",
    default=None,
    help="An existing Ray cluster (e.g. head-node:6379); default: start Ray on this machine.",
)
@click.option(
    "--from-parquet",
    is_flag=True,
    help="PATHS are folders written by --out: load their events into the database.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With --out: keep what a killed run into the folder finished, code the rest.",
)
@date_option
@config_option
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    n_process: int | None,
    batch_size: int | None,
    quiet: bool,
    dry_run: bool,
    engine: str,
    out_dir: str | None,
    ray_address: str | None,
    from_parquet: bool,
    resume: bool,
    default_date: str | None,
    config_path: str | None,
) -> None:
    """Code the articles in PATHS (files, folders, or - for stdin) into the database.

    Articles already stored unchanged are skipped, so an interrupted run resumes where it
    stopped; a changed article replaces its own events. Exits 65 if any article failed.

    With --out DIR the coded articles, events and failures go to partitioned Parquet instead
    (--engine ray runs the stages as Ray Data actors), a round of input files at a time;
    --resume skips the rounds a killed run finished. Query DIR in place with DuckDB, or load
    it later with `detente ingest --from-parquet DIR`.
    """
    config = load_config(config_path)
    changes = {}
    if n_process is not None:
        changes["n_process"] = n_process
    if batch_size is not None:
        changes["batch_size"] = batch_size
    if changes:
        config = config.with_coding(**changes)
    if engine == "ray" and out_dir is None:
        raise click.UsageError("--engine ray writes Parquet: give the folder with --out DIR")
    if resume and out_dir is None:
        raise click.UsageError(
            "--resume continues an --out run; the database resumes by itself (stored articles "
            "are skipped)"
        )
    if out_dir is not None or from_parquet:
        _scaled(
            paths,
            db_path,
            out_dir,
            engine,
            ray_address,
            from_parquet,
            quiet,
            dry_run,
            default_date,
            config,
            resume,
        )
        return
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
    _exit_on_failures(summary.failures)


def _scaled(
    paths: tuple[str, ...],
    db_path: str,
    out_dir: str | None,
    engine: str,
    ray_address: str | None,
    from_parquet: bool,
    quiet: bool,
    dry_run: bool,
    default_date: str | None,
    config: Config,
    resume: bool = False,
) -> None:
    """`--out` (code to Parquet with an engine) and `--from-parquet` (load such a folder)."""
    if dry_run:
        raise click.UsageError("--dry-run works with the database only, not --out/--from-parquet")
    if from_parquet:
        if out_dir is not None or engine != "local":
            raise click.UsageError("--from-parquet loads a folder; it takes no --out or --engine")
        from detente.scale.load import load_parquet
        from detente.store.database import Database

        failures: list[Failure] = []
        with Database(db_path, config=config) as db:
            for folder in paths:
                summary = load_parquet(db, folder, progress=not quiet)
                if not quiet:
                    print_summary(summary, db_path)
                failures.extend(summary.failures)
        _exit_on_failures(failures)
        return
    assert out_dir is not None
    from detente.scale.run import ingest_to_parquet

    stdin_text = sys.stdin.read() if "-" in paths else None
    scaled = ingest_to_parquet(
        list(paths),
        out_dir,
        engine=engine,
        config=config,
        default_date=parse_date_option(default_date),
        ray_address=ray_address,
        stdin_text=stdin_text,
        resume=resume,
    )
    if not quiet:
        print_scale_summary(scaled)
    _exit_on_failures(scaled.failures)


def print_scale_summary(summary: ScaleSummary, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"coded with {summary.engine} into {summary.out}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("input partitions (files)", summary.n_partitions),
        ("articles coded", summary.n_articles),
        ("events coded", summary.n_events),
        ("failures", summary.n_failures),
    ):
        table.add_row(label, f"{value:,}")
    table.add_row("seconds", f"{summary.seconds:.1f}")
    table.add_row("articles/s", f"{summary.articles_per_second:.1f}")
    console.print(table)
    console.print(
        f'query it: duckdb -c "SELECT event, count(*) FROM '
        f"read_parquet('{summary.out}/events/**/*.parquet', hive_partitioning=1) GROUP BY 1\"",
        markup=False,
        highlight=False,
    )


def _exit_on_failures(failures: Sequence[Failure]) -> None:
    if failures:
        print_failures(failures[:20])
        if len(failures) > 20:
            click.echo(f"  … and {len(failures) - 20} more (see the failures table)", err=True)
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
