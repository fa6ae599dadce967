"""Our country, organisation and agent tables load, cover what they promise, and a bad row
is reported with file:line:column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.knowledge.agents import load_agents, plural
from detente.knowledge.bundle import load_actor_knowledge, table_kind
from detente.knowledge.countries import countries_by_code, load_countries, read_country_file
from detente.knowledge.organisations import load_organisations, read_organisation_file

COUNTRY_HEADER = (
    "iso3\tkind\tname\taliases\tadjectives\tmetonyms\tcapital\tcapital_lat\tcapital_lon"
    "\tlat\tlon\tvalid_from\tvalid_to\n"
)


def test_every_un_member_and_the_observers_are_listed() -> None:
    countries = load_countries()
    assert sum(c.kind == "state" for c in countries) == 193
    codes = countries_by_code()
    for code in ("PSE", "VAT", "XKX", "TWN", "SUN", "YUG"):
        assert code in codes


def test_old_and_new_names_and_adjectives_are_aliases() -> None:
    codes = countries_by_code()
    assert "Türkiye" in codes["TUR"].aliases and "Turkish" in codes["TUR"].demonyms
    assert "Burma" in codes["MMR"].aliases
    assert "Ivory Coast" in codes["CIV"].aliases
    assert "Kremlin" in codes["RUS"].metonyms
    assert "White House" in codes["USA"].metonyms
    assert codes["TUR"].capitals[0] == "Ankara"


def test_countries_have_capital_and_centroid_coordinates() -> None:
    for country in load_countries():
        assert country.capital_lat is not None and country.capital_lon is not None, country.iso3
        assert country.lat is not None and country.lon is not None, country.iso3
    ankara = countries_by_code()["TUR"]
    assert ankara.capital_lat == pytest.approx(39.93, abs=0.1)


def test_dissolved_states_have_validity_ranges() -> None:
    soviet = countries_by_code()["SUN"]
    from datetime import date

    assert soviet.exists_on(date(1980, 1, 1))
    assert not soviet.exists_on(date(2000, 1, 1))


def test_igos_and_non_state_actors_have_codes() -> None:
    by_name = {o.name: o for o in load_organisations()}
    assert by_name["United Nations"].country == "UNO"
    assert by_name["European Union"].country == "EUR"
    assert by_name["NATO"].country == "IGO"
    assert by_name["Hezbollah"].country == "LBN"
    assert by_name["Hamas"].country == "PSE"


def test_taliban_changes_sector_with_the_fall_of_kabul() -> None:
    from datetime import date

    kb = load_actor_knowledge()
    taliban = next(o for o in kb.organisations if o.name == "Taliban")
    assert kb.organisation_on(taliban, date(2015, 1, 1)).sector == "REB"
    assert kb.organisation_on(taliban, date(2022, 1, 1)).sector == "GOV"


def test_agents_map_role_words_to_sectors() -> None:
    agents = {a.phrase: a for a in load_agents()}
    assert agents["delegation"].sector == "GOV"
    assert agents["spokesperson"].office == "spokesperson"
    assert agents["director-general"].sector == "GOV"
    assert agents["army"].sector == "MIL"
    assert agents["protesters"].sector == "OPP"
    assert agents["lawmakers"].sector == "LEG"
    assert agents["ministers"].kind == "group"  # plural added by the loader


def test_plural_of_role_phrases() -> None:
    assert plural("foreign minister") == "foreign ministers"
    assert plural("spokesman") == "spokesmen"
    assert plural("secretary") == "secretaries"


def test_a_bad_number_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "countries.tsv"
    path.write_text(
        "# my countries\n" + COUNTRY_HEADER + "ARN\tstate\tArnor\t\tArnorian\t\tAnnúminas"
        "\tnorth\t1.0\t2.0\t3.0\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as err:
        read_country_file(path)
    assert err.value.where == f"{path}:3:38"
    assert "capital_lat" in err.value.message


def test_a_bad_code_and_a_bad_date_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "orgs.tsv"
    path.write_text(
        "id\tname\taliases\tcountry\tsector\tkind\tvalid_from\tvalid_to\tnote\n"
        "X\tThe Fellowship\t\tgondor\tREB\tnsa\t\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="country"):
        read_organisation_file(path)
    path.write_text(
        "id\tname\taliases\tcountry\tsector\tkind\tvalid_from\tvalid_to\tnote\n"
        "X\tThe Fellowship\t\tGON\tREB\tnsa\t3019-13\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="not a date") as err:
        read_organisation_file(path)
    assert err.value.where is not None and err.value.where.endswith(":2:31")


def test_extra_tables_are_routed_by_their_header(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        COUNTRY_HEADER + "GON\tstate\tGondor\t\tGondorian\tMinas Tirith\t"
        "Minas Tirith\t1\t1\t1\t1\t\t\n",
        encoding="utf-8",
    )
    assert table_kind(path) == "countries"
    kb = load_actor_knowledge([path])
    assert kb.by_code["GON"].demonyms == ("Gondorian",)
    assert "TUR" in kb.by_code  # ours are still there
    unknown = tmp_path / "what.tsv"
    unknown.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="which knowledge table"):
        table_kind(unknown)


def test_a_country_code_listed_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "countries.tsv"
    row = "GON\tstate\tGondor\t\t\t\t\t\t\t\t\t\t\n"
    path.write_text(COUNTRY_HEADER + row + row, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="listed twice") as err:
        read_country_file(path)
    assert err.value.where == f"{path}:3:1"


def test_an_end_date_of_a_year_or_month_runs_to_its_last_day(tmp_path: Path) -> None:
    path = tmp_path / "orgs.tsv"
    path.write_text(
        "id\tname\taliases\tcountry\tsector\tkind\tvalid_from\tvalid_to\tnote\n"
        "X\tThe Fellowship\t\tGON\tREB\tnsa\t1990\t1994\t\n"
        "Y\tThe Watch\t\tGON\tGOV\tinstitution\t2000-02\t2000-02\t\n",
        encoding="utf-8",
    )
    fellowship, watch = read_organisation_file(path)
    assert (fellowship.valid_from, fellowship.valid_to) == (date(1990, 1, 1), date(1994, 12, 31))
    assert (watch.valid_from, watch.valid_to) == (date(2000, 2, 1), date(2000, 2, 29))
