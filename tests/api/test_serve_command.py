"""`detente serve`: the wiring (the server itself runs in the browser tests)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli


def test_serve_binds_loopback_by_default() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output


def test_serve_without_a_database_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 64
    assert "detente ingest" in result.output
