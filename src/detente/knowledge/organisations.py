"""IGOs, NGOs, major non-state actors and national institutions, with their actor codes.

`actors/organisations.tsv`: `country` is an ISO-3 code for national bodies and movements
(Hezbollah → LBN, the Pentagon → USA), `UNO`/`EUR` for the UN and EU families, `IGO` for other
intergovernmental bodies (the organisation is kept as the actor's name), `NGO`, and `IMG` for
armed groups that belong to no one country. `valid_from`/`valid_to` let one name change code
over time (the Taliban: AFG REB until 2021-08-14, AFG GOV after).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.tables import Row, read_table

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "aliases",
    "country",
    "sector",
    "kind",
    "valid_from",
    "valid_to",
    "note",
)
KINDS: frozenset[str] = frozenset({"igo", "ngo", "nsa", "institution", "person", "imported"})
NON_STATE_CODES: frozenset[str] = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"})


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named actor that is not a country: an IGO, a movement, an institution, a person."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    kind: str
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""
    where: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def builtin_organisation_path() -> Path:
    return Path(str(resources.files("detente.knowledge") / "actors" / "organisations.tsv"))


def organisation_from_row(row: Row) -> Organisation:
    country = row.text("country") or None
    if country is not None and (len(country) != 3 or not country.isupper()):
        raise KnowledgeError(
            f"the 'country' field is {country!r}",
            where=row.where("country"),
            hint="an ISO-3 code (LBN) or one of " + ", ".join(sorted(NON_STATE_CODES)),
        )
    org = Organisation(
        id=row.required("id"),
        name=row.required("name"),
        aliases=row.items("aliases"),
        country=country,
        sector=row.text("sector") or None,
        kind=row.choice("kind", KINDS),
        valid_from=row.day("valid_from"),
        valid_to=row.day("valid_to", last=True),
        note=row.text("note"),
        where=row.where(),
    )
    if org.valid_from and org.valid_to and org.valid_to < org.valid_from:
        raise KnowledgeError(
            "'valid_to' is before 'valid_from'", where=row.where("valid_to"), hint="fix one date"
        )
    return org


def read_organisation_file(path: str | Path) -> list[Organisation]:
    return [organisation_from_row(row) for row in read_table(path, COLUMNS)]


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> tuple[Organisation, ...]:
    rows: list[Organisation] = []
    for path in (str(builtin_organisation_path()), *extra_paths):
        rows.extend(read_organisation_file(path))
    return tuple(rows)


def load_organisations(extra_paths: Sequence[str | Path] = ()) -> tuple[Organisation, ...]:
    """Our organisations, then the rows of each extra table in order."""
    return _load(tuple(str(p) for p in extra_paths))
