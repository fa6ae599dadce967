"""The gazetteer: place names → coordinates, from our places table and our country table.

The places table (`knowledge/places/places.tsv`: major cities, regions, sites and seas) is
consulted before countries, being more specific. Countries contribute their names (centroid)
and capitals (capital coordinates). Names are matched case-insensitively, without diacritics
and without a leading "the".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.countries import Country, load_countries
from detente.knowledge.tables import read_table
from detente.records import Location

PLACE_COLUMNS = ("name", "aliases", "country", "lat", "lon", "feature", "geonameid")
PLACE_FEATURES = frozenset({"city", "region", "site", "sea"})


def normalise_place(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = plain.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


class Gazetteer:
    """Look places up by name; the first entry for a name wins (our places, then countries)."""

    def __init__(self, entries: Iterable[tuple[str, Location]]) -> None:
        self._by_name: dict[str, Location] = {}
        self._countries: dict[str, Location] = {}
        for name, location in entries:
            self._by_name.setdefault(normalise_place(name), location)
            if location.feature == "country" and location.country:
                self._countries.setdefault(location.country, location)

    def lookup(self, name: str) -> Location | None:
        return self._by_name.get(normalise_place(name))

    def country(self, code: str) -> Location | None:
        """The country itself (its centroid), by ISO-3 code."""
        return self._countries.get(code)

    def __len__(self) -> int:
        return len(self._by_name)


def _country_entries(countries: Iterable[Country]) -> Iterable[tuple[str, Location]]:
    for c in countries:
        if c.kind == "dissolved":
            continue
        centre = Location(c.name, c.iso3, c.lat, c.lon, None, "country")
        for name in c.names:
            yield name, centre
        if c.capital:
            yield (
                c.capital,
                Location(c.capital, c.iso3, c.capital_lat, c.capital_lon, None, "capital"),
            )


def _place_entries(path: Path) -> Iterable[tuple[str, Location]]:
    for row in read_table(path, PLACE_COLUMNS):
        feature = row.required("feature")
        if feature not in PLACE_FEATURES:
            raise KnowledgeError(
                f"unknown feature {feature!r}",
                where=row.where("feature"),
                hint=f"use one of {', '.join(sorted(PLACE_FEATURES))}",
            )
        geonameid = row.text("geonameid")
        location = Location(
            name=row.required("name"),
            country=row.text("country") or None,
            lat=row.number("lat"),
            lon=row.number("lon"),
            geonameid=int(geonameid) if geonameid else None,
            feature=feature,
        )
        for name in (location.name, *row.items("aliases")):
            yield name, location


def builtin_places_path() -> Path:
    return Path(str(resources.files("detente.knowledge").joinpath("places/places.tsv")))


@lru_cache(maxsize=4)
def load_gazetteer(extra_places: tuple[str, ...] = ()) -> Gazetteer:
    entries: list[tuple[str, Location]] = []
    for path in (*[Path(p) for p in extra_places], builtin_places_path()):
        entries.extend(_place_entries(path))
    entries.extend(_country_entries(load_countries()))
    return Gazetteer(entries)
