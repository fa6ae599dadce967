"""The ontology and lexicon tables load, agree with each other and cover PLOVER."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.events.lexicon import load_lexicon
from detente.events.ontology import cameo_root_quad, load_ontology, plover_category

PLOVER_EVENTS = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_ontology_has_the_sixteen_plover_events_with_quads() -> None:
    ontology = load_ontology()
    assert set(ontology.events) == PLOVER_EVENTS
    assert ontology.quad("CONSULT") == 1 and ontology.quad("AID") == 2
    assert ontology.quad("REQUEST") == 3 and ontology.quad("ASSAULT") == 4


def test_scores_come_from_mode_else_event() -> None:
    ontology = load_ontology()
    assert ontology.plover_score("CONSULT", "visit") == 4.0
    assert ontology.plover_score("CONSULT", "phone") == 1.5
    assert ontology.plover_score("AID", None) == 10.0


def test_goldstein_falls_back_to_the_parent_code() -> None:
    ontology = load_ontology()
    assert ontology.goldstein("042") == 1.9
    assert ontology.goldstein("057") == 8.0
    assert ontology.goldstein("0849") == 7.0  # not listed: its parent 084


def test_cameo_root_quads() -> None:
    assert [cameo_root_quad(c) for c in ("042", "0841", "111", "190")] == [1, 2, 3, 4]


def test_lexicon_covers_every_plover_event_with_verbs_and_nouns() -> None:
    lexicon = load_lexicon()
    patterns = [p for group in lexicon.by_lemma.values() for p in group]
    assert {p.event for p in patterns if p.pos == "verb"} == PLOVER_EVENTS
    assert len({p.event for p in patterns if p.pos == "noun"}) >= 12


def test_a_user_lexicon_row_with_an_unknown_mode_names_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "my_lexicon.tsv"
    table.write_text(
        "lemma\tpos\tparticle\tprep\tcue\troles\tevent\tmode\tcameo\tstrength\n"
        "parley\tverb\t-\t-\t-\tmutual\tCONSULT\tchat\t040\t0.9\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match=r"my_lexicon\.tsv:2.*unknown mode 'chat'"):
        load_lexicon([table])


def test_a_user_lexicon_adds_triggers(tmp_path: Path) -> None:
    table = tmp_path / "my_lexicon.tsv"
    table.write_text(
        "lemma\tpos\tparticle\tprep\tcue\troles\tevent\tmode\tcameo\tstrength\n"
        "powwow\tverb\t-\t?with\t-\tmutual\tCONSULT\t-\t040\t0.9\n",
        encoding="utf-8",
    )
    [pattern] = load_lexicon([table]).patterns("powwow", "verb")
    assert (pattern.event, pattern.cameo, pattern.prep_required) == ("CONSULT", "040", False)


def test_future_events_take_plovers_single_category() -> None:
    assert plover_category("CONSULT", "future") == "AGREE"
    assert plover_category("RETREAT", "future") == "CONCEDE"
    assert plover_category("CONSULT", "occurred") == "CONSULT"
    assert plover_category("ASSAULT", "future") == "ASSAULT"
