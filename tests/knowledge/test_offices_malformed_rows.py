"""A malformed office table fails loudly, naming the file, the line and the column."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.knowledge.offices import COLUMNS, read_office_file

GOOD = ["aragorn-elessar", "Aragorn Elessar", "", "ARN", "", "GOV", "head_of_state", "King",
        "2001-03-25", "", ""]  # fmt: skip


def table_with(tmp_path: Path, row: list[str]) -> Path:
    path = tmp_path / "bad.tsv"
    path.write_text("\t".join(COLUMNS) + "\n" + "\t".join(row) + "\n", encoding="utf-8")
    return path


def replaced(column: str, value: str) -> list[str]:
    row = list(GOOD)
    row[COLUMNS.index(column)] = value
    return row


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("office", "emperor_of_mankind", "column 'office'"),
        ("sector", "XYZ", "column 'sector'"),
        ("country", "Arnor", "column 'country'"),
        ("start", "25/03/2001", "column 'start'"),
        ("end", "1999-01-01", "column 'end'"),
        ("name", "", "column 'name' is empty"),
    ],
)
def test_bad_cell_names_file_line_and_column(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    path = table_with(tmp_path, replaced(column, value))
    with pytest.raises(KnowledgeError) as caught:
        read_office_file(path)
    assert f"{path}:2" in str(caught.value)
    assert message in str(caught.value)


def test_unknown_office_lists_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="head_of_government"):
        read_office_file(table_with(tmp_path, replaced("office", "tsar")))


def test_missing_column_is_reported(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="expected 11 tab-separated columns, found 10"):
        read_office_file(table_with(tmp_path, GOOD[:-1]))


def test_igo_official_needs_an_organisation(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="organisation"):
        read_office_file(table_with(tmp_path, replaced("country", "IGO")))


def test_missing_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "no_header.tsv"
    path.write_text("\t".join(GOOD) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"no_header.tsv:1: the first row must be the header"):
        read_office_file(path)


def test_comments_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "commented.tsv"
    lines = ["# a comment", "", "\t".join(COLUMNS), "# another", "\t".join(GOOD)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [h.name for h in read_office_file(path)] == ["Aragorn Elessar"]


def test_unreadable_file_is_a_knowledge_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="cannot read office table"):
        read_office_file(tmp_path / "missing.tsv")
