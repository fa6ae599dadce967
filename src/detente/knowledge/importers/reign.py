"""REIGN-style leader lists (CSV: ccode, leader, sdate/smonth/syear, emonth/eyear) → dated
named-actor rows (country from the Correlates of War number, sector GOV)."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.importers import ImportResult, read_text
from detente.knowledge.organisations import Organisation
from detente.knowledge.tables import read_table

REQUIRED = ("ccode", "leader", "smonth", "syear")


@lru_cache(maxsize=1)
def cow_periods() -> dict[int, tuple[tuple[str, date | None, date | None], ...]]:
    """COW state number → (ISO-3, valid_from, valid_to) periods, from actors/cow_codes.tsv."""
    path = Path(str(resources.files("detente.knowledge") / "actors" / "cow_codes.tsv"))
    periods: dict[int, list[tuple[str, date | None, date | None]]] = {}
    for row in read_table(path, ("cow", "iso3", "valid_from", "valid_to")):
        number = row.number("cow")
        if number is None:
            raise KnowledgeError("the 'cow' field is empty", where=row.where("cow"))
        periods.setdefault(int(number), []).append(
            (row.required("iso3"), row.day("valid_from"), row.day("valid_to", last=True))
        )
    return {k: tuple(v) for k, v in periods.items()}


def cow_to_iso3(number: int, on: date | None = None) -> str | None:
    """The ISO-3 code of a COW state number on a day (345 in 1990 → YUG, in 2010 → SRB)."""
    periods = cow_periods().get(number, ())
    for iso3, start, end in periods:
        if on is None or ((start is None or start <= on) and (end is None or on <= end)):
            return iso3
    return periods[-1][0] if periods else None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "", "NA") else None
    except ValueError:
        return None


def read_leader_csv(path: str | Path) -> ImportResult:
    path = Path(path)
    result = ImportResult(str(path))
    with io.StringIO(read_text(path), newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise KnowledgeError(
                f"the header lacks {missing}",
                where=f"{path}:1:1",
                hint="a REIGN-style list has ccode, leader, sdate, smonth, syear, emonth, eyear",
            )
        for number, row in enumerate(reader, start=2):
            ccode, year, month = _int(row["ccode"]), _int(row["syear"]), _int(row["smonth"])
            if ccode is None or year is None or month is None:
                result.skipped.append(f"{path}:{number}: no state number or start date")
                continue
            start = date(year, month, _int(row.get("sdate")) or 1)
            end_year, end_month = _int(row.get("eyear")), _int(row.get("emonth"))
            end = date(end_year, end_month, 1) if end_year and end_month else None
            country = cow_to_iso3(ccode, start)
            if country is None:
                result.skipped.append(f"{path}:{number}: unknown COW state number {ccode}")
                continue
            leader = (row.get("leader") or "").strip()
            result.organisations.append(
                Organisation(
                    id=f"reign-{row.get('leadid') or number}",
                    name=leader,
                    aliases=(),
                    country=country,
                    sector="GOV",
                    kind="person",
                    valid_from=start,
                    valid_to=end,
                    note=f"imported from {path.name} (effective leader; end month only)",
                    where=f"{path}:{number}",
                )
            )
    return result
