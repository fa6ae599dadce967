"""`detente knowledge import` and `detente knowledge check` are wired to the library."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli


def test_import_writes_a_table_that_loads_as_extra_knowledge(tmp_path: Path) -> None:
    source = tmp_path / "mine.actors"
    source.write_text("ARVEDUI_\n\t[ARNGOV 19400101-19750301]\n", encoding="utf-8")
    out = tmp_path / "mine.tsv"
    result = CliRunner().invoke(cli, ["knowledge", "import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "imported 1 rows" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id\tname\taliases\tcountry\tsector")
    assert "\tArvedui\t\tARN\tGOV\timported\t1940-01-01\t1975-03-01\t" in lines[1]


def test_check_passes_on_our_tables_and_reports_unknown_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    ours = runner.invoke(cli, ["knowledge", "check"])
    assert ours.exit_code == 0, ours.output
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "id\tname\taliases\tcountry\tsector\tkind\tvalid_from\tvalid_to\tnote\n"
        "X\tThe Fellowship\t\tXYZ\tREB\tnsa\t\t\t\n"
        "Y\tHamas\t\tPSE\tGOV\tnsa\t\t\t\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["knowledge", "check", str(bad)])
    assert result.exit_code == 1
    assert "unknown country code 'XYZ'" in result.output
    assert "'hamas' is PSE/GOV here and PSE/REB" in result.output


def test_a_malformed_table_is_a_knowledge_error_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "id\tname\taliases\tcountry\tsector\tkind\tvalid_from\tvalid_to\tnote\n"
        "X\tThe Fellowship\t\tGON\tREB\twizard\t\t\t\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["knowledge", "check", str(bad)])
    assert result.exit_code == 78
    assert f"{bad}:2:" in result.output and "'kind'" in result.output
