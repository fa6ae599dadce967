"""The ingest progress bar: articles/s, events found, failures (on stderr, terminals only)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from detente.store.ingest import IngestSummary, ProgressCallback


@contextmanager
def ingest_progress(console: Console | None = None) -> Iterator[ProgressCallback]:
    """A callback that updates a live progress line; nothing is shown when not a terminal."""
    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield lambda summary: None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]ingest[/]"),
        TextColumn("{task.fields[articles]:>8,} articles"),
        TextColumn("{task.fields[rate]:>7.1f} articles/s"),
        TextColumn("{task.fields[events]:>8,} events"),
        TextColumn("{task.fields[unchanged]:>7,} unchanged"),
        TextColumn("[red]{task.fields[failures]:,} failed[/]"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(
            "ingest", total=None, articles=0, rate=0.0, events=0, unchanged=0, failures=0
        )

        def update(summary: IngestSummary) -> None:
            progress.update(
                task,
                articles=summary.n_coded,
                rate=summary.articles_per_second,
                events=summary.n_events,
                unchanged=summary.n_unchanged,
                failures=summary.n_failures,
            )

        yield update
