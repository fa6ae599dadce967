"""`detente actor`: an actor's partners, event mix and timeline; without a code, all actors."""

from __future__ import annotations

import json

import click

from detente.cli.store_options import (
    chosen_format,
    db_option,
    open_read_only,
    output_format,
    period_option,
    print_rows,
)


@click.command("actor")
@click.argument("code", required=False)
@db_option
@period_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@output_format
def actor_command(code: str | None, db_path: str, by: str, limit: int, fmt: str | None) -> None:
    """Profile of actor CODE (e.g. TUR); without CODE, every actor seen."""
    fmt = chosen_format(fmt)
    with open_read_only(db_path) as db:
        if code is None:
            rows = db.actors(limit=limit)
            columns = (
                "code",
                "label",
                "n_events",
                "n_as_actor",
                "n_as_recipient",
                "first_date",
                "last_date",
            )
            print_rows(rows, columns, fmt, title="actors")
            return
        profile = db.actor_profile(code, by=by)
    if fmt != "table":
        click.echo(json.dumps(profile, ensure_ascii=False))
        return
    click.echo(
        f"{profile['code']} ({profile['label']}): {profile['n_events']} events, "
        f"{profile['n_as_actor']} as actor, {profile['n_as_recipient']} as recipient, "
        f"{profile['first_date']} to {profile['last_date']}"
    )
    print_rows(
        profile["partners"][:limit],
        (
            "code",
            "events",
            "n_as_actor",
            "n_as_recipient",
            "quad1",
            "quad2",
            "quad3",
            "quad4",
            "goldstein_mean",
        ),
        "table",
        title="partners",
    )
    print_rows(
        profile["event_mix"],
        ("event", "events", "n_as_actor", "n_as_recipient"),
        "table",
        title="event mix",
    )
    print_rows(
        profile["timeline"],
        ("period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_mean"),
        "table",
        title=f"timeline by {by}",
    )


def register(group: click.Group) -> None:
    group.add_command(actor_command)
