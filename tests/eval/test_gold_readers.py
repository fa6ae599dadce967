"""Gold-set readers on small files built in the test (the real sets stay in ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.cli.eval import selected_sets
from detente.errors import ConfigError, InputError
from detente.eval import conflibert, petrarch_gsr, plover_gsr


def _write(root: Path, relative: Path, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_plover_reader_maps_old_event_names_and_modes(tmp_path: Path) -> None:
    records = [
        {"id": "DOC", "text": "header"},
        {
            "id": "X-1",
            "event": "DISAPPROVE",
            "eventText": "condemned",
            "text": "Arnor condemned Gondor.",
            "source": [{"actorText": "Arnor", "code": "ARN"}],
            "target": [{"actorText": "Gondor", "code": "GONGOV"}],
        },
        {"id": "X-2", "event": "PROTEST", "mode": "strike-hun", "text": "t", "target": "x"},
    ]
    _write(tmp_path, plover_gsr.GOLD_FILE, json.dumps(records))
    gold = plover_gsr.read_gold(tmp_path)
    assert [g.event for g in gold] == ["ACCUSE", "PROTEST"]
    assert gold[0].mode == "disapprove"
    assert gold[0].actors == ("ARN",) and gold[0].recipients == ("GON",)
    assert gold[1].mode == "hunger" and gold[1].recipients == ()


def test_plover_reader_reads_the_gold_files_odd_spellings_as_iso_codes(tmp_path: Path) -> None:
    record = {
        "id": "X-1",
        "event": "CONSULT",
        "text": "Japan met Vietnam.",
        "source": [{"code": "JAPGOV"}],
        "target": [{"code": "VTN"}],
    }
    _write(tmp_path, plover_gsr.GOLD_FILE, json.dumps([record]))
    (gold,) = plover_gsr.read_gold(tmp_path)
    assert (gold.actors, gold.recipients) == (("JPN",), ("VNM",))


def test_petrarch_reader_pairs_codings_with_their_sentence(tmp_path: Path) -> None:
    xml = """<Validation><Sentences>
<Sentence category="T" date="20080806" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<Text>
The US leader visited
China.
</Text>
</Sentence>
<Sentence category="T" date="20080807" id="S2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence></Sentences></Validation>"""
    _write(tmp_path, petrarch_gsr.GOLD_FILE, xml)
    gold = petrarch_gsr.read_gold(tmp_path)
    assert [g.id for g in gold] == ["S1", "S2"]
    assert gold[0].text == "The US leader visited China."
    assert gold[0].items == {("dir", "USA", "CHN", "04")}
    assert gold[1].items == frozenset()


def test_conflibert_reader_names_the_bad_line(tmp_path: Path) -> None:
    _write(tmp_path, conflibert.GOLD_FILE, "A sentence.\t1\nno label here\n")
    with pytest.raises(InputError, match=r"test\.tsv:2"):
        conflibert.read_gold(tmp_path)


def test_all_scores_test_splits_and_leaves_the_development_split_to_be_named() -> None:
    names = selected_sets(("all",))
    assert "conflibert-class" in names
    assert "conflibert-class-train" not in names
    assert selected_sets(("conflibert-class-train",)) == ["conflibert-class-train"]


def test_unknown_set_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="unknown gold set"):
        selected_sets(("plover",))
