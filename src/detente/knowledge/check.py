"""`detente knowledge check`: problems a reviewer should fix in the actor knowledge.

Duplicates (one name standing for two different actors at the same time), overlapping
validity of one organisation's rows, codes that are neither a known country nor a
non-state code, unknown sectors, and every office-table problem (overlapping tenures…).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from detente.knowledge.bundle import ActorKnowledge
from detente.knowledge.offices import check_office_table
from detente.knowledge.organisations import NON_STATE_CODES, Organisation

SECTORS: frozenset[str] = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "ELI", "MED", "JRN", "BUS",
        "CVL", "SPY", "REF", "LAB", "EDU", "REL", "HLH", "CRM", "AGR", "IGO", "NGO", "UAF",
        "ENV", "HRI", "MNC", "IMG", "INS", "DEV", "SET", "MOD", "RAD", "AMN", "IRC", "GRN",
        "UNO", "PKO", "SEP", "NGM", "CHR", "MUS", "JEW", "BUD", "HIN",
    }
)  # fmt: skip


def check_knowledge(kb: ActorKnowledge) -> list[str]:
    """Every problem found, one line each, naming the row (file:line) where possible."""
    problems: list[str] = []
    codes = set(kb.by_code) | NON_STATE_CODES
    problems.extend(_duplicate_names(kb))
    for org in kb.organisations:
        if org.country is not None and org.country not in codes:
            problems.append(f"{org.where}: unknown country code {org.country!r} for {org.name!r}")
        if org.sector is not None and org.sector not in SECTORS:
            problems.append(f"{org.where}: unknown sector {org.sector!r} for {org.name!r}")
    for agent in kb.agents:
        if agent.sector is not None and agent.sector not in SECTORS:
            problems.append(f"{agent.where}: unknown sector {agent.sector!r} for {agent.phrase!r}")
    for holder in kb.offices.all():
        if holder.country not in codes:
            problems.append(f"office table: unknown country {holder.country!r} for {holder.name}")
    problems.extend(f"office table: {p}" for p in check_office_table(kb.offices))
    return problems


def _duplicate_names(kb: ActorKnowledge) -> list[str]:
    problems: list[str] = []
    owners: dict[str, set[str]] = defaultdict(set)
    for country in kb.countries:
        for name in (*country.names, *country.demonyms, *country.metonyms):
            owners[name.casefold()].add(country.iso3)
    for name, codes in sorted(owners.items()):
        if len(codes) > 1:
            problems.append(f"countries table: {name!r} names {sorted(codes)}")
    by_name: dict[str, list[Organisation]] = defaultdict(list)
    for org in kb.organisations:
        for name in org.names:
            by_name[name.casefold()].append(org)
    for name, rows in sorted(by_name.items()):
        if _acronym_of_distinct_bodies(name, rows):
            continue  # "RSF": the article's countries tell them apart (actors.resolve)
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if (a.country, a.sector) != (b.country, b.sector) and _overlap(a, b):
                    problems.append(
                        f"{b.where}: {name!r} is {b.country}/{b.sector} here and "
                        f"{a.country}/{a.sector} at {a.where} over the same period"
                    )
    return problems


def _acronym_of_distinct_bodies(name: str, rows: list[Organisation]) -> bool:
    """A short form that differently named bodies share ("RSF": Reporters Without Borders,
    the Rapid Support Forces) is a true namesake, not a slip: at most one of them belongs
    to no country, and coding picks the one of a country the article names
    (`detente.actors.resolve.choose_namesake`)."""
    written = {n for r in rows for n in r.names if n.casefold() == name}
    stateless = [r for r in rows if r.country in NON_STATE_CODES]
    distinct = len({r.name for r in rows}) == len(rows)
    return all(n.isupper() for n in written) and distinct and len(stateless) <= 1


def _overlap(a: Organisation, b: Organisation) -> bool:
    a_start, b_start = a.valid_from or date.min, b.valid_from or date.min
    a_end, b_end = a.valid_to or date.max, b.valid_to or date.max
    return a_start <= b_end and b_start <= a_end
