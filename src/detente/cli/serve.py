"""`detente serve`: the HTTP API and the web explorer over a database, on 127.0.0.1 by default."""

from __future__ import annotations

from pathlib import Path

import click

from detente.cli.options import config_option, load_config
from detente.errors import ConfigError


@click.command("serve")
@click.option(
    "--db",
    "db_path",
    default="detente.duckdb",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database to explore (opened read-only).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Keep 127.0.0.1 unless others on your network should see it.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--no-sql", is_flag=True, help="Switch off the read-only SQL endpoint /api/query.")
@config_option
def serve_command(
    db_path: str, host: str, port: int, no_sql: bool, config_path: str | None
) -> None:
    """Serve the explorer at http://HOST:PORT and the HTTP API under /api/."""
    import uvicorn

    from detente.api import Limits, create_app

    if not Path(db_path).is_file():
        raise ConfigError(
            f"no database at {db_path}",
            where="--db",
            hint="build one with `detente ingest PATH --db FILE` (or `make demo`)",
        )
    app = create_app(db_path, config=load_config(config_path), limits=Limits(enable_sql=not no_sql))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"detente explorer on http://{shown}:{port}  (API: /api/…, schema: /openapi.json)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: listening on {host}; anyone who can reach it can read the database.")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(group: click.Group) -> None:
    group.add_command(serve_command)
