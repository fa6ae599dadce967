"""Importers turn PETRARCH/TABARI dictionaries and REIGN-style leader lists into our rows,
with dates, and the imported actors are recognised in text when loaded as extra knowledge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.knowledge.importers import import_file
from detente.knowledge.importers.petrarch import parse_dictionary_date, phrase_to_name
from detente.knowledge.importers.reign import cow_to_iso3

ACTORS = """\
# a TABARI .actors file written for this test
ARNOR_  [ARN]
ARVEDUI_  ; made up
+KING_ARVEDUI
\t[ARNGOV 19400101-19750301] # king
\t[ARNELI >19750302]
DENETHOR_
\t[GONGOV <550101]
BROKEN_
\t[GONGOV 19xx0101]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
RANGER [~MIL]
HORSE!PERSON! [~MIL]
STEWARD {STEWARDS} [~GOV]
NO_CODE_HERE
"""

REIGN = """\
stateabb,ccode,leadid,leader,sdate,smonth,syear,emonth,eyear
TUR,640,X1,Erdogan,28,8,2014,,
YUG,345,X2,Milosevic,23,7,1997,10,2000
SRB,345,X3,Vucic,31,5,2017,,
ZZZ,999,X4,Nobody,1,1,2000,,
YUG,345,X5,Boromir,1,1,1998,12,2000
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actors_dictionary_rows_carry_codes_and_periods(tmp_path: Path) -> None:
    result = import_file(_write(tmp_path, "middle_earth.actors", ACTORS))
    rows = {(o.name, o.country, o.sector, o.valid_from, o.valid_to) for o in result.organisations}
    assert ("Arnor", "ARN", None, None, None) in rows
    assert ("Arvedui", "ARN", "GOV", date(1940, 1, 1), date(1975, 3, 1)) in rows
    assert ("Arvedui", "ARN", "ELI", date(1975, 3, 2), None) in rows
    assert ("Denethor", "GON", "GOV", None, date(1955, 1, 1)) in rows
    arvedui = next(o for o in result.organisations if o.name == "Arvedui")
    assert arvedui.aliases == ("King Arvedui",)
    assert any("19xx0101" in s or "Broken" in s for s in result.skipped)


def test_agents_dictionary_expands_substitutions_and_plurals(tmp_path: Path) -> None:
    result = import_file(_write(tmp_path, "my.agents", AGENTS))
    phrases = {a.phrase: a.sector for a in result.agents}
    assert phrases["ranger"] == "MIL"
    assert phrases["horseman"] == "MIL" and phrases["horsemen"] == "MIL"
    assert phrases["stewards"] == "GOV"
    assert len(result.skipped) == 1


def test_reign_leaders_get_iso3_from_cow_numbers_on_their_dates(tmp_path: Path) -> None:
    result = import_file(_write(tmp_path, "leaders.csv", REIGN))
    rows = {(o.name, o.country, o.valid_from) for o in result.organisations}
    assert ("Erdogan", "TUR", date(2014, 8, 28)) in rows
    assert ("Milosevic", "YUG", date(1997, 7, 23)) in rows
    assert ("Vucic", "SRB", date(2017, 5, 31)) in rows
    assert len(result.skipped) == 1  # COW 999 is unknown


def test_dates_and_names() -> None:
    assert parse_dictionary_date("090601", "x") == date(2009, 6, 1)
    assert parse_dictionary_date("620101", "x") == date(1962, 1, 1)
    assert parse_dictionary_date("20140724", "x") == date(2014, 7, 24)
    assert phrase_to_name("REUVEN_RIVLIN_") == "Reuven Rivlin"
    assert phrase_to_name("UN") == "UN"
    assert cow_to_iso3(365, date(1980, 1, 1)) == "SUN"
    assert cow_to_iso3(365, date(2000, 1, 1)) == "RUS"


def test_imported_actors_are_found_in_text_when_loaded_as_extra_knowledge(
    tmp_path: Path,
) -> None:
    from detente.actors.stage import ActorMentionStage
    from detente.config import Config
    from detente.nlp.model import load_model
    from detente.pipeline import CodingDoc
    from detente.records import Article

    path = _write(tmp_path, "middle_earth.actors", ACTORS)
    stage = ActorMentionStage()
    stage.setup(Config().with_coding(extra_knowledge=(str(path),)))
    text = "King Arvedui met the envoys."
    cdoc = CodingDoc(Article("t", date(1950, 5, 1), text))
    cdoc.parsed = load_model()(text)
    stage.process(cdoc)
    found = {(m.actor.country, m.actor.sector, m.actor.name) for m in cdoc.actor_mentions}
    assert ("ARN", "GOV", "Arvedui") in found


@pytest.mark.shared
def test_the_shared_petrarch_and_reign_files_import(
    shared_dir: Path, reign_leader_list: Path
) -> None:
    folder = shared_dir / "time-actors-geo" / "actors"
    actors = import_file(folder / "Phoenix.Countries.actors.txt")
    assert len(actors.organisations) > 20000
    leaders = import_file(reign_leader_list)
    assert len(leaders.organisations) > 2000


def test_imported_leaders_are_people_of_their_country_on_the_date(tmp_path: Path) -> None:
    from detente.actors.stage import ActorMentionStage
    from detente.config import Config
    from detente.nlp.model import load_model
    from detente.pipeline import CodingDoc
    from detente.records import Article

    path = _write(tmp_path, "leaders.csv", REIGN)
    stage = ActorMentionStage()
    stage.setup(Config().with_coding(extra_knowledge=(str(path),)))
    text = "Boromir rejected the plan."
    cdoc = CodingDoc(Article("t", date(1999, 5, 1), text))
    cdoc.parsed = load_model()(text)
    stage.process(cdoc)
    [mention] = cdoc.actor_mentions
    assert mention.kind == "person"
    assert (mention.actor.country, mention.actor.sector, mention.actor.name) == (
        "YUG",
        "GOV",
        "Boromir",
    )
