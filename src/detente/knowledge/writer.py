"""Writing imported knowledge as our own tables (organisations and agents TSV)."""

from __future__ import annotations

from collections.abc import Iterable

from detente.knowledge import agents as agent_table
from detente.knowledge import organisations as organisation_table
from detente.knowledge.agents import Agent
from detente.knowledge.organisations import Organisation


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("|", "/")


def organisations_tsv(rows: Iterable[Organisation]) -> str:
    lines = ["\t".join(organisation_table.COLUMNS)]
    for o in rows:
        cells = [
            o.id,
            o.name,
            "|".join(_clean(a) for a in o.aliases),
            o.country or "",
            o.sector or "",
            o.kind,
            o.valid_from.isoformat() if o.valid_from else "",
            o.valid_to.isoformat() if o.valid_to else "",
            o.note,
        ]
        lines.append("\t".join(_clean(c) if i != 2 else c for i, c in enumerate(cells)))
    return "\n".join(lines) + "\n"


def agents_tsv(rows: Iterable[Agent]) -> str:
    lines = ["\t".join(agent_table.COLUMNS)]
    seen: set[str] = set()
    for a in rows:
        if a.phrase in seen:
            continue
        seen.add(a.phrase)
        cells = [a.phrase, a.sector or "", a.kind, a.office or "", a.note]
        lines.append("\t".join(_clean(c) for c in cells))
    return "\n".join(lines) + "\n"
