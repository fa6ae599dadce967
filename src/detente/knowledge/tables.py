"""Reading our tab-separated knowledge tables, with errors that point at file:line:column.

Every table has one header row naming its columns; lines starting with `#` and blank lines are
skipped; list cells are `|`-separated. A bad cell raises `KnowledgeError` whose `where` is
`path:line:column` (column = the 1-based character position where the cell starts) and whose
message names the field and what it should look like.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.errors import KnowledgeError


@dataclass(frozen=True, slots=True)
class Row:
    """One data line of a table: its cells by column name, and where it came from."""

    path: str
    line: int
    cells: dict[str, str]
    starts: dict[str, int]  # 1-based character column where each cell begins

    def where(self, column: str | None = None) -> str:
        col = self.starts.get(column, 1) if column else 1
        return f"{self.path}:{self.line}:{col}"

    def text(self, column: str) -> str:
        return self.cells.get(column, "").strip()

    def required(self, column: str) -> str:
        value = self.text(column)
        if not value:
            raise KnowledgeError(
                f"the {column!r} field is empty", where=self.where(column), hint="fill it in"
            )
        return value

    def items(self, column: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.text(column).split("|") if p.strip())

    def number(self, column: str) -> float | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return float(value)
        except ValueError:
            raise KnowledgeError(
                f"the {column!r} field is {value!r}, not a number",
                where=self.where(column),
                hint="write a decimal number such as 39.93",
            ) from None

    def day(self, column: str, *, last: bool = False) -> date | None:
        """`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or empty: the first day of that month or year,
        or with `last` (an end date: "valid to 1990") its last day."""
        value = self.text(column)
        if not value:
            return None
        parts = value.split("-")
        try:
            if len(parts[0]) != 4 or len(parts) > 3:
                raise ValueError
            year = int(parts[0])
            month = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
            if len(parts) > 2:
                day = int(parts[2])
            else:
                day = calendar.monthrange(year, month)[1] if last else 1
            return date(year, month, day)
        except ValueError:
            raise KnowledgeError(
                f"the {column!r} field is {value!r}, not a date",
                where=self.where(column),
                hint="write YYYY-MM-DD, YYYY-MM or YYYY",
            ) from None

    def choice(self, column: str, options: Sequence[str] | frozenset[str]) -> str:
        value = self.text(column)
        if value not in options:
            raise KnowledgeError(
                f"the {column!r} field is {value!r}",
                where=self.where(column),
                hint="valid values: " + ", ".join(sorted(options)),
            )
        return value


def read_header(path: Path) -> tuple[str, ...]:
    """The column names of a table (its first line that is neither blank nor a comment)."""
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip() and not raw.startswith("#"):
                return tuple(c.strip() for c in raw.rstrip("\n").split("\t"))
    return ()


def read_table(path: str | Path, columns: Sequence[str]) -> list[Row]:
    """Every data row of a TSV table whose header has (at least) `columns`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError("knowledge table not found", where=str(path)) from None
    except UnicodeDecodeError as exc:
        raise KnowledgeError(
            f"not UTF-8 text ({exc.reason})", where=str(path), hint="save the table as UTF-8"
        ) from None
    header: tuple[str, ...] = ()
    rows: list[Row] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header:
            header = tuple(c.strip() for c in cells)
            missing = [c for c in columns if c not in header]
            if missing:
                raise KnowledgeError(
                    f"the header lacks the column(s) {missing}",
                    where=f"{path}:{number}:1",
                    hint="the columns are, tab-separated: " + " ".join(columns),
                )
            continue
        if len(cells) > len(header):
            column = sum(len(c) + 1 for c in cells[: len(header)]) + 1
            raise KnowledgeError(
                f"{len(cells)} tab-separated fields where the header has {len(header)}",
                where=f"{path}:{number}:{column}",
                hint="remove the extra tab or add the column to the header",
            )
        starts: dict[str, int] = {}
        offset = 1
        for name, cell in zip(header, cells, strict=False):
            starts[name] = offset
            offset += len(cell) + 1
        values = dict(zip(header, cells, strict=False))
        rows.append(Row(str(path), number, values, starts))
    return rows
