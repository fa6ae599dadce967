from __future__ import annotations

import pytest
from factories import coded, make_article, make_event

from detente.errors import NotFoundError
from detente.store.database import Database


@pytest.fixture
def filled(db: Database) -> Database:
    a = make_article("a", "2021-06-10")
    b = make_article("b", "2022-02-18")
    db.ingest_coded(
        [
            coded(
                a,
                make_event(a, "ACCUSE", ["TUR"], ["ISR"], "2021-06-09"),
                make_event(a, "ACCUSE", ["TUR"], ["ISR"], "2021-06-10", sentence=1),
                make_event(a, "CONSULT", ["TUR"], ["EGY"], "2021-06-10", sentence=2),
            ),
            coded(
                b,
                make_event(b, "CONSULT", ["TUR"], ["ISR"], "2022-02-17"),
                make_event(b, "CONSULT", ["ISR"], ["TUR"], "2022-02-18", sentence=1),
                make_event(b, "AGREE", ["TUR", "ISR"], ["USA"], "2022-02-18", sentence=2),
            ),
        ]
    )
    return db


def test_actor_profile_lists_partners_event_mix_and_timeline(filled: Database) -> None:
    profile = filled.actor_profile("tur")
    assert profile["code"] == "TUR"
    assert profile["n_events"] == 6
    assert profile["n_as_actor"] == 5 and profile["n_as_recipient"] == 1
    partners = {p["code"]: p for p in profile["partners"]}
    assert partners["ISR"]["events"] == 4
    assert partners["ISR"]["n_as_actor"] == 3 and partners["ISR"]["n_as_recipient"] == 1
    assert set(partners) == {"ISR", "EGY", "USA"}
    mix = {m["event"]: m["events"] for m in profile["event_mix"]}
    assert mix == {"ACCUSE": 2, "CONSULT": 3, "AGREE": 1}
    timeline = {t["period"]: t["events"] for t in profile["timeline"]}
    assert timeline["2021-06"] == 3 and timeline["2022-02"] == 3 and timeline["2021-12"] == 0


def test_an_unknown_actor_is_not_found(filled: Database) -> None:
    with pytest.raises(NotFoundError):
        filled.actor_profile("XYZ")


def test_actors_lists_every_code_with_counts(filled: Database) -> None:
    actors = {a["code"]: a for a in filled.actors()}
    assert actors["TUR"]["n_events"] == 6
    assert actors["USA"]["n_as_recipient"] == 1 and actors["USA"]["n_as_actor"] == 0
    assert actors["TUR"]["first_date"] == "2021-06-09"


def test_top_dyads_rank_by_events(filled: Database) -> None:
    top = filled.top_dyads(limit=2)
    assert [(t["direction"], t["events"]) for t in top] == [("TUR->ISR", 3), ("ISR->TUR", 1)]
    later = filled.top_dyads(since="2022", limit=10)
    assert ("TUR->EGY", 1) not in [(t["direction"], t["events"]) for t in later]


def test_change_against_a_baseline(filled: Database) -> None:
    change = filled.dyad_change(
        since="2022", until="2022", baseline_since="2021", baseline_until="2021"
    )
    by = {c["direction"]: c for c in change}
    assert by["TUR->ISR"]["baseline_events"] == 2 and by["TUR->ISR"]["events"] == 1
    assert by["TUR->ISR"]["change"] == -1 and by["TUR->ISR"]["ratio"] == 0.5
    assert by["TUR->EGY"]["change"] == -1 and by["TUR->EGY"]["ratio"] == 0.0
    assert by["ISR->USA"]["baseline_events"] == 0 and by["ISR->USA"]["ratio"] is None
