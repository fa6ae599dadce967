"""Reading the knowledge tables under `detente/knowledge/`: TSV with a header, `#` comments.

One job: turn a table file into rows (dicts keyed by the header), and say where a row is
malformed (file:line, column) when it is.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from detente.errors import KnowledgeError


def knowledge_path(*parts: str) -> Path:
    """The path of a shipped knowledge table, e.g. `knowledge_path("ontology", "plover.tsv")`."""
    root = resources.files("detente") / "knowledge"
    return Path(str(root.joinpath(*parts)))


def read_table(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV table as (line number, {column: value}); `required` columns must exist."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(
            f"cannot read knowledge table: {exc.strerror}",
            where=str(path),
            hint="reinstall detente or pass a readable table",
        ) from None
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeError(
                    f"header lacks column(s) {', '.join(missing)}",
                    where=f"{path}:{number}",
                    hint=f"the header must name: {', '.join(required)}",
                )
            continue
        if len(cells) != len(header):
            raise KnowledgeError(
                f"row has {len(cells)} cells, the header has {len(header)}",
                where=f"{path}:{number}",
                hint="separate columns with one tab each; use '-' for an empty cell",
            )
        rows.append((number, dict(zip(header, cells, strict=True))))
    return rows


def optional(value: str) -> str | None:
    """`-` or an empty cell means "no value"."""
    return None if value in ("", "-") else value


def parse_float(value: str, where: str, column: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise KnowledgeError(
            f"column {column!r} must be a number, not {value!r}", where=where
        ) from None
