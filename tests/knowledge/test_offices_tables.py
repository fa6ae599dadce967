"""Our office-holder tables load, pass their own schema check and know the seed article's people."""

from __future__ import annotations

from datetime import date

from detente.knowledge.offices import (
    COLUMNS,
    OFFICES,
    builtin_office_paths,
    check_office_table,
    load_office_table,
)


def test_every_region_table_is_shipped() -> None:
    names = {path.name for path in builtin_office_paths()}
    expected = {"europe", "middle_east", "africa", "asia_pacific", "americas", "igos"}
    assert {f"{name}.tsv" for name in expected} <= names


def test_our_tables_pass_the_schema_check() -> None:
    assert check_office_table(load_office_table()) == []


def test_each_table_starts_with_the_header_after_its_comments() -> None:
    for path in builtin_office_paths():
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        first_row = next(line for line in lines if not line.startswith("#"))
        assert first_row.split("\t") == list(COLUMNS), path.name


def test_tables_cover_many_countries_and_every_g20_member() -> None:
    table = load_office_table()
    leaders = {
        h.country for h in table.all() if h.office in {"head_of_state", "head_of_government"}
    }
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
           "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF"}  # fmt: skip
    assert g20 <= leaders
    assert len(leaders) >= 180


def test_only_documented_office_codes_are_used() -> None:
    assert {h.office for h in load_office_table().all()} <= OFFICES


def test_seed_article_people_resolve_on_its_date() -> None:
    table = load_office_table()
    on = date(2022, 2, 17)
    expected = {
        "Herzog": ("ISR", "head_of_state"),
        "Erdogan": ("TUR", "head_of_state"),
        "Lapid": ("ISR", "foreign_minister"),
        "Cavusoglu": ("TUR", "foreign_minister"),
        "Kalın": ("TUR", "spokesperson"),
    }
    for alias, (country, office) in expected.items():
        found = {(h.country, h.office) for h in table.holders_on(alias, on)}
        assert (country, office) in found, alias


def test_every_row_notes_the_uncertainty_of_a_partial_date() -> None:
    for path in builtin_office_paths():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line or line.startswith(("#", "person_id")):
                continue
            cells = line.split("\t")
            start, end, note = cells[8], cells[9], cells[10]
            partial = len(start) < 10 or (end and len(end) < 10)
            assert not partial or "approximate" in note, f"{path.name}:{number}"


def test_the_same_person_keeps_one_id_across_offices() -> None:
    table = load_office_table()
    terms = table.terms("recep-tayyip-erdogan")
    assert {t.office for t in terms} == {"head_of_state", "head_of_government"}
    assert [t.start for t in terms] == sorted(t.start for t in terms)
