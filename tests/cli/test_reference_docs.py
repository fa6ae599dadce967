"""docs/cli.md is what the commands' --help says, so the reference cannot drift."""

from __future__ import annotations

from pathlib import Path

from detente.cli.reference import render_reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_matches_the_commands() -> None:
    assert DOC.read_text(encoding="utf-8") == render_reference(), "run `make docs` to regenerate"
