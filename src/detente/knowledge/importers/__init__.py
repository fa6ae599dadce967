"""Importers for knowledge users already own (PETRARCH/TABARI dictionaries, REIGN leader lists)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.agents import Agent
from detente.knowledge.organisations import Organisation


@dataclass
class ImportResult:
    """What a foreign file holds, in our tables' terms."""

    source: str
    organisations: list[Organisation] = field(default_factory=list)  # people and groups
    agents: list[Agent] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file:line: why"


def read_text(path: Path) -> str:
    """A foreign file's text: UTF-8, else Latin-1 (old dictionaries)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnowledgeError("file not found", where=str(path)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def import_file(path: str | Path) -> ImportResult:
    """Read a `.actors`, `.agents` or REIGN-style `.csv` file (chosen by its name)."""
    path = Path(path)
    name = path.name.lower()
    if "agents" in name:
        from detente.knowledge.importers.petrarch import read_agents_dictionary

        return read_agents_dictionary(path)
    if name.endswith((".actors", ".actors.txt")):
        from detente.knowledge.importers.petrarch import read_actors_dictionary

        return read_actors_dictionary(path)
    if name.endswith(".csv"):
        from detente.knowledge.importers.reign import read_leader_csv

        return read_leader_csv(path)
    raise KnowledgeError(
        "unknown knowledge file format",
        where=str(path),
        hint="import .actors or .agents dictionaries (PETRARCH/TABARI) or REIGN-style .csv files",
    )
