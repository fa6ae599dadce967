"""All the actor knowledge in one object: countries, organisations, agents and office holders.

`load_actor_knowledge(extra_paths)` loads our tables and the user's extra tables (from
`Config.coding.extra_knowledge`) on top, once per process. Each extra file is routed by its
header: a countries, organisations, agents or offices table; PETRARCH/TABARI `.actors` and
`.agents` dictionaries and REIGN-style leader CSVs are converted by the importers on the fly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge import agents as agent_table
from detente.knowledge import countries as country_table
from detente.knowledge import organisations as organisation_table
from detente.knowledge.agents import Agent
from detente.knowledge.countries import Country
from detente.knowledge.offices import COLUMNS as OFFICE_COLUMNS
from detente.knowledge.offices import OfficeTable, load_office_table
from detente.knowledge.organisations import Organisation
from detente.knowledge.tables import read_header

TABLE_KINDS: tuple[str, ...] = ("countries", "organisations", "agents", "offices", "import")


@dataclass(frozen=True)
class ActorKnowledge:
    countries: tuple[Country, ...]
    organisations: tuple[Organisation, ...]
    agents: tuple[Agent, ...]
    offices: OfficeTable
    by_code: dict[str, Country] = field(default_factory=dict)
    organisations_by_name: dict[str, tuple[Organisation, ...]] = field(default_factory=dict)

    def organisation_on(self, organisation: Organisation, day: date) -> Organisation:
        """The row for this organisation's name that is valid on `day` (Taliban: REB → GOV)."""
        rows = self.organisations_by_name.get(organisation.name.casefold(), (organisation,))
        for row in rows:
            if row.valid_on(day):
                return row
        return organisation


def table_kind(path: str | Path) -> str:
    """Which of our tables a file is, from its header (or 'import' for foreign formats)."""
    path = Path(path)
    if path.suffix.lower() in (".actors", ".agents", ".csv") or path.name.lower().endswith(
        (".actors.txt", ".agents.txt")
    ):
        return "import"
    try:
        header = set(read_header(path))
    except FileNotFoundError:
        raise KnowledgeError("knowledge table not found", where=str(path)) from None
    if set(country_table.COLUMNS) <= header:
        return "countries"
    if set(OFFICE_COLUMNS) <= header:
        return "offices"
    if set(organisation_table.COLUMNS) <= header:
        return "organisations"
    if set(agent_table.COLUMNS) <= header:
        return "agents"
    raise KnowledgeError(
        "cannot tell which knowledge table this is from its header",
        where=f"{path}:1:1",
        hint="the header must hold the columns of a countries, organisations, agents or "
        "offices table (see the docstrings of detente.knowledge.countries, organisations, "
        "agents and offices), or import the file with "
        "`detente knowledge import`",
    )


def split_extra_paths(extra_paths: Sequence[str | Path]) -> dict[str, list[str]]:
    routed: dict[str, list[str]] = {kind: [] for kind in TABLE_KINDS}
    for path in extra_paths:
        routed[table_kind(path)].append(str(path))
    return routed


@lru_cache(maxsize=4)
def _load(extra_paths: tuple[str, ...]) -> ActorKnowledge:
    routed = split_extra_paths(extra_paths)
    imported: list[Organisation] = []
    imported_agents: list[Agent] = []
    if routed["import"]:
        from detente.knowledge.importers import import_file

        for path in routed["import"]:
            result = import_file(path)
            imported.extend(result.organisations)
            imported_agents.extend(result.agents)
    countries = country_table.load_countries(routed["countries"])
    organisations = organisation_table.load_organisations(routed["organisations"]) + tuple(imported)
    agents = agent_table.load_agents(routed["agents"])
    if imported_agents:
        known = {a.phrase for a in agents}
        agents = agents + tuple(a for a in imported_agents if a.phrase not in known)
    offices = load_office_table(routed["offices"])
    by_name: dict[str, list[Organisation]] = {}
    for org in organisations:
        by_name.setdefault(org.name.casefold(), []).append(org)
    return ActorKnowledge(
        countries=countries,
        organisations=organisations,
        agents=agents,
        offices=offices,
        by_code={c.iso3: c for c in countries},
        organisations_by_name={k: tuple(v) for k, v in by_name.items()},
    )


def load_actor_knowledge(extra_paths: Sequence[str | Path] = ()) -> ActorKnowledge:
    """Our tables plus the user's extra tables, loaded once per process."""
    return _load(tuple(str(p) for p in extra_paths))
