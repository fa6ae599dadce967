"""`detente dyad`: what A did to B, period by period; without A B, the top dyads."""

from __future__ import annotations

import click

from detente.cli.store_options import (
    chosen_format,
    db_option,
    open_read_only,
    output_format,
    period_option,
    print_rows,
)
from detente.errors import ConfigError

SERIES_COLUMNS = (
    "period",
    "direction",
    "events",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "plover_sum",
    "plover_mean",
    "goldstein_sum",
    "goldstein_mean",
    "share",
)
TABLE_COLUMNS = (
    "period",
    "events",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "plover_mean",
    "goldstein_mean",
)
TOP_COLUMNS = ("direction", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_mean")
CHANGE_COLUMNS = (
    "direction",
    "baseline_events",
    "events",
    "change",
    "ratio",
    "baseline_goldstein_mean",
    "goldstein_mean",
)


@click.command("dyad")
@click.argument("codes", nargs=-1)
@db_option
@period_option
@click.option("--undirected", is_flag=True, help="A→B and B→A together (default: A→B only).")
@click.option("--both", is_flag=True, help="Show A→B and B→A as separate rows.")
@click.option("--normalise", is_flag=True, help="Add each period's share of all events.")
@click.option("--since", default=None, help="From YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, help="Until YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--baseline-since", default=None, help="Top dyads: compare with this period.")
@click.option("--baseline-until", default=None, help="Top dyads: end of the baseline period.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@output_format
def dyad_command(
    codes: tuple[str, ...],
    db_path: str,
    by: str,
    undirected: bool,
    both: bool,
    normalise: bool,
    since: str | None,
    until: str | None,
    baseline_since: str | None,
    baseline_until: str | None,
    limit: int,
    fmt: str | None,
) -> None:
    """Counts per quad class and mean scores for dyad A B (e.g. TUR ISR) per period.

    Counts events that occurred, dated at least as precisely as the period. With no codes,
    lists the top dyads (and, with --baseline-since/--baseline-until, their change).
    """
    fmt = chosen_format(fmt)
    with open_read_only(db_path) as db:
        if not codes:
            if baseline_since or baseline_until:
                if not (since and until and baseline_since and baseline_until):
                    raise ConfigError(
                        "comparing with a baseline needs --since, --until, --baseline-since "
                        "and --baseline-until",
                        where="dyad",
                    )
                rows = db.dyad_change(
                    since=since,
                    until=until,
                    baseline_since=baseline_since,
                    baseline_until=baseline_until,
                    limit=limit,
                )
                print_rows(rows, CHANGE_COLUMNS, fmt, title="change against the baseline")
            else:
                rows = db.top_dyads(since=since, until=until, limit=limit)
                print_rows(rows, TOP_COLUMNS, fmt, title="top dyads")
            return
        if len(codes) != 2:
            raise ConfigError(
                f"give two actor codes (A B), not {len(codes)}", where="dyad", hint="e.g. TUR ISR"
            )
        a, b = codes
        options = {"by": by, "normalise": normalise, "since": since, "until": until}
        if both:
            rows = db.dyad_both_ways(a, b, **options)  # type: ignore[arg-type]
            rows.sort(key=lambda r: (r["period"], r["direction"]))
        else:
            rows = db.dyad(a, b, directed=not undirected, **options)  # type: ignore[arg-type]
    if fmt == "table":
        columns = (
            TABLE_COLUMNS + (("direction",) if both else ()) + (("share",) if normalise else ())
        )
    else:
        columns = SERIES_COLUMNS
    arrow = "↔" if undirected else ("⇄" if both else "→")
    title = (
        f"{a.upper()} {arrow} {b.upper()} by {by} (quad 1 verbal cooperation … 4 material conflict)"
    )
    if not rows and fmt == "table":
        click.echo(f"no events between {a.upper()} and {b.upper()} in this database")
        return
    print_rows(rows, columns, fmt, title=title)


def register(group: click.Group) -> None:
    group.add_command(dyad_command)
