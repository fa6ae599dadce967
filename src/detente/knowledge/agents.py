"""Agents: role nouns and phrases ("foreign ministry", "spokesperson", "protesters") → sector.

`actors/agents.tsv` columns: `phrase`, `sector`, `kind` (`title`: one person, may precede a
name; `body`: an institution; `group`: plural people; `ignore`: looks like an agent, is not),
`office` (the office code a title denotes, as in `knowledge.offices.OFFICES`) and `note`.
Regular plurals of titles and bodies ("ministers", "warships") are added, as groups, when
the table is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.knowledge.tables import Row, read_table

COLUMNS: tuple[str, ...] = ("phrase", "sector", "kind", "office", "note")
KINDS: frozenset[str] = frozenset({"title", "body", "group", "ignore"})


@dataclass(frozen=True, slots=True)
class Agent:
    phrase: str
    sector: str | None
    kind: str
    office: str | None = None
    note: str = ""
    where: str = ""


def builtin_agent_path() -> Path:
    return Path(str(resources.files("detente.knowledge") / "actors" / "agents.tsv"))


def agent_from_row(row: Row) -> Agent:
    return Agent(
        phrase=row.required("phrase").casefold(),
        sector=row.text("sector") or None,
        kind=row.choice("kind", KINDS),
        office=row.text("office") or None,
        note=row.text("note"),
        where=row.where(),
    )


def plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word ("foreign minister" → "…ministers")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


def read_agent_file(path: str | Path) -> list[Agent]:
    return [agent_from_row(row) for row in read_table(path, COLUMNS)]


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> tuple[Agent, ...]:
    by_phrase: dict[str, Agent] = {}
    for path in (str(builtin_agent_path()), *extra_paths):
        for agent in read_agent_file(path):
            by_phrase[agent.phrase] = agent
    for agent in list(by_phrase.values()):
        if agent.kind in ("title", "body"):
            many = plural(agent.phrase)
            by_phrase.setdefault(many, replace(agent, phrase=many, kind="group"))
    return tuple(by_phrase.values())


def load_agents(extra_paths: Sequence[str | Path] = ()) -> tuple[Agent, ...]:
    """Every agent phrase (lower case), with regular plurals of titles added as groups."""
    return _load(tuple(str(p) for p in extra_paths))
