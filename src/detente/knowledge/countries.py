"""Countries and territories: codes, names, adjectives, seats of power and coordinates.

`load_countries()` reads `actors/countries.tsv` (and any extra tables with the same header)
once per process. Each `Country` carries what the actor stage matches in text (name, aliases,
adjectives/demonyms, metonyms such as "Ankara" or "the Kremlin") and what the places stage
needs (capital and centroid coordinates), plus the validity of the state ("Soviet Union"
1922-12-30 … 1991-12-26).
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
    "iso3",
    "kind",
    "name",
    "aliases",
    "adjectives",
    "metonyms",
    "capital",
    "capital_lat",
    "capital_lon",
    "lat",
    "lon",
    "valid_from",
    "valid_to",
)
KINDS: frozenset[str] = frozenset({"state", "observer", "partial", "territory", "dissolved"})


@dataclass(frozen=True, slots=True)
class Country:
    """One country or territory row."""

    iso3: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]  # adjectives and demonyms: "Turkish", "Turk", "Turks"
    metonyms: tuple[str, ...]  # capitals and seats of power that stand for the government
    capital: str | None
    capital_lat: float | None
    capital_lon: float | None
    lat: float | None
    lon: float | None
    valid_from: date | None
    valid_to: date | None
    where: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def capitals(self) -> tuple[str, ...]:
        """The capital and the other metonyms, capital first."""
        head = (self.capital,) if self.capital else ()
        return head + tuple(m for m in self.metonyms if m != self.capital)

    def exists_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def builtin_country_path() -> Path:
    return Path(str(resources.files("detente.knowledge") / "actors" / "countries.tsv"))


def country_from_row(row: Row) -> Country:
    iso3 = row.required("iso3")
    if len(iso3) != 3 or not iso3.isalpha() or not iso3.isupper():
        raise KnowledgeError(
            f"the 'iso3' field is {iso3!r}",
            where=row.where("iso3"),
            hint="write an ISO-3166 alpha-3 code in capitals, such as TUR (Kosovo: XKX)",
        )
    country = Country(
        iso3=iso3,
        kind=row.choice("kind", KINDS),
        name=row.required("name"),
        aliases=row.items("aliases"),
        demonyms=row.items("adjectives"),
        metonyms=row.items("metonyms"),
        capital=row.text("capital") or None,
        capital_lat=row.number("capital_lat"),
        capital_lon=row.number("capital_lon"),
        lat=row.number("lat"),
        lon=row.number("lon"),
        valid_from=row.day("valid_from"),
        valid_to=row.day("valid_to", last=True),
        where=row.where(),
    )
    for column, value, limit in (
        ("capital_lat", country.capital_lat, 90.0),
        ("lat", country.lat, 90.0),
        ("capital_lon", country.capital_lon, 180.0),
        ("lon", country.lon, 180.0),
    ):
        if value is not None and abs(value) > limit:
            raise KnowledgeError(
                f"the {column!r} field is {value}, outside ±{limit:g}",
                where=row.where(column),
                hint="latitudes lie in [-90, 90], longitudes in [-180, 180]",
            )
    if country.valid_from and country.valid_to and country.valid_to < country.valid_from:
        raise KnowledgeError(
            "'valid_to' is before 'valid_from'",
            where=row.where("valid_to"),
            hint="swap the dates or correct one",
        )
    return country


def read_country_file(path: str | Path) -> list[Country]:
    """Every row of one countries table; a code listed twice is an error."""
    countries: list[Country] = []
    first: dict[str, str] = {}
    for row in read_table(path, COLUMNS):
        country = country_from_row(row)
        if country.iso3 in first:
            raise KnowledgeError(
                f"{country.iso3} is listed twice (first at {first[country.iso3]})",
                where=row.where("iso3"),
                hint="merge the two rows",
            )
        first[country.iso3] = row.where()
        countries.append(country)
    return countries


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> tuple[Country, ...]:
    by_code: dict[str, Country] = {}
    for path in (str(builtin_country_path()), *extra_paths):
        for country in read_country_file(path):
            by_code[country.iso3] = country  # a user's row replaces ours
    return tuple(by_code.values())


def load_countries(extra_paths: Sequence[str | Path] = ()) -> tuple[Country, ...]:
    """Every country and territory, ours first; a user's row with the same code replaces ours."""
    return _load(tuple(str(p) for p in extra_paths))


def countries_by_code(extra_paths: Sequence[str | Path] = ()) -> dict[str, Country]:
    return {c.iso3: c for c in load_countries(extra_paths)}
