"""Events get a location when the sentence says where they happened, and not otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from detente.places.gazetteer import load_gazetteer
from detente.places.locate import locate_event
from detente.records import Actor, Event, Evidence, Span


def _event(text: str, trigger: str, mode: str | None = None, host: str | None = None) -> Event:
    start = text.index(trigger)
    evidence = Evidence("a", 0, 0, len(text), text, Span(trigger, start, start + len(trigger)))
    recipients = [Actor("them", 0, 4, host)] if host else []
    return Event("a", "CONSULT", mode, "042", [], recipients, evidence)


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "host", "expected"),
    [
        ("The foreign ministers met in Geneva on Monday.", "met", None, None, ("Geneva", "CHE")),
        ("Talks were held at a hotel in Istanbul.", "held", None, None, ("Istanbul", "TUR")),
        (
            "A Turkish delegation visited Israel on Thursday.",
            "visited",
            "visit",
            None,
            ("Israel", "ISR"),
        ),
        (
            "Ushpiz's visit to Turkey in December began the talks.",
            "visit",
            "visit",
            None,
            ("Turkey", "TUR"),
        ),
        (
            "The delegation's visit was a success, officials said.",
            "visit",
            "visit",
            "ISR",
            ("Israel", "ISR"),
        ),
        (
            "Protesters rallied in Tel Aviv against the plan.",
            "rallied",
            None,
            None,
            ("Tel Aviv", "ISR"),
        ),
    ],
)
def test_event_is_located_from_its_sentence(
    nlp: Any, text: str, trigger: str, mode: str | None, host: str | None, expected: tuple[str, str]
) -> None:
    location = locate_event(nlp(text), _event(text, trigger, mode, host), load_gazetteer())
    assert location is not None
    assert (location.name, location.country) == expected
    assert location.lat is not None and location.lon is not None


def test_actors_are_not_taken_for_the_location(nlp: Any) -> None:
    text = "Turkey and Israel signed a comprehensive reconciliation deal in 2016."
    assert locate_event(nlp(text), _event(text, "signed"), load_gazetteer()) is None


def test_place_names_match_without_diacritics_or_article() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Sao Paulo") == gazetteer.lookup("São Paulo")
    location = gazetteer.lookup("the Gaza Strip")
    assert location is not None and location.country == "PSE"


def test_ambiguous_city_follows_the_countries_in_the_text(nlp: Any) -> None:
    from detente.places.toponyms import find_toponyms

    gazetteer = load_gazetteer()
    text = "American officials met in Alexandria, Virginia, near Washington."
    toponyms = {t.text: t.location for t in find_toponyms(nlp(text), gazetteer)}
    alexandria = toponyms.get("Alexandria")
    assert alexandria is not None and alexandria.country == "USA"
    assert gazetteer.lookup("Alexandria") is not None


def test_nationality_adjectives_resolve_to_their_country() -> None:
    location = load_gazetteer().adjective("Turkish")
    assert location is not None and location.country == "TUR" and location.geonameid == 298795
