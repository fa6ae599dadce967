"""`detente code` wiring: formats, stdin, and a non-zero exit when an input fails."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli


def test_code_prints_one_json_object_per_event(seed_path: Path) -> None:
    result = CliRunner().invoke(cli, ["code", str(seed_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    for line in lines:
        record = json.loads(line)
        assert record["article_id"] == seed_path.stem
        assert {"event", "cameo", "actors", "recipients", "date", "status"} <= set(record)


def test_code_reads_stdin_with_date_option() -> None:
    result = CliRunner().invoke(
        cli, ["code", "-", "--date", "2022-02-18", "--format", "jsonl"], input="Nothing here."
    )
    assert result.exit_code == 0, result.output


def test_code_exits_non_zero_and_names_the_failed_input(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("date 2022-02-18 Nothing happened.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("no header here", encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(good), str(bad), "--format", "jsonl"])
    assert result.exit_code == 65
    assert f"{bad}:1" in result.output


def test_bad_date_option_is_a_clear_error() -> None:
    result = CliRunner().invoke(cli, ["code", "-", "--date", "18/02/2022"], input="x")
    assert result.exit_code == 65
    assert "YYYY-MM-DD" in result.output
