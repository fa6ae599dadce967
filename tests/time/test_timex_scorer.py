"""The TE3 scorer on hand-made cases, and the gold readers on hand-written files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.eval.timex import (
    KnownGoldError,
    Timex,
    is_relative,
    prf,
    read_meantime,
    read_tml,
    score_document,
)

TEXT = "On Thursday the talks resumed after six years; they end next week."


def _t(phrase: str, kind: str, value: str | None) -> Timex:
    start = TEXT.index(phrase)
    return Timex(start, start + len(phrase), phrase, kind, value)


GOLD = [
    _t("Thursday", "DATE", "2013-03-21"),
    _t("six years", "DURATION", "P6Y"),
    _t("next week", "DATE", "2013-W13"),
]


def test_identical_answers_score_one_everywhere() -> None:
    scores = score_document(GOLD, GOLD)
    assert (scores.strict, scores.relaxed, scores.value, scores.type) == (3, 3, 3, 3)
    assert prf(scores.value, scores.system, scores.gold) == (1.0, 1.0, 1.0)


def test_overlap_counts_as_relaxed_but_not_strict_and_value_is_scored_on_relaxed() -> None:
    system = [
        _t("On Thursday", "DATE", "2013-03-21"),  # overlaps, right value
        _t("six years", "DURATION", "P5Y"),  # exact span, wrong value
    ]
    scores = score_document(GOLD, system)
    assert (scores.strict, scores.relaxed, scores.value, scores.type) == (1, 2, 1, 2)
    p, r, f = prf(scores.relaxed, scores.system, scores.gold)
    assert (p, r) == pytest.approx((1.0, 2 / 3))
    assert f == pytest.approx(0.8)
    vp, vr, vf = prf(scores.value, scores.system, scores.gold)
    assert (vp, vr, vf) == pytest.approx((0.5, 1 / 3, 0.4))


def test_spurious_expressions_lower_precision_only() -> None:
    system = [*GOLD, _t("the talks", "DATE", "PRESENT_REF")]
    scores = score_document(GOLD, system)
    assert prf(scores.strict, scores.system, scores.gold)[:2] == (0.75, 1.0)


def test_one_system_span_matches_one_gold_span() -> None:
    gold = [_t("next", "DATE", "X"), _t("week", "DATE", "Y")]
    scores = score_document(gold, [_t("next week", "DATE", "X")])
    assert scores.relaxed == 1


def test_known_gold_errors_are_reported_and_tolerated_only_in_the_tolerant_score() -> None:
    gold = [_t("next week", "DATE", "XXXX-WI")]
    error = KnownGoldError("doc", "next week", "XXXX-WI", "2013-W13", "wrong type of value")
    scores = score_document(
        gold, [_t("next week", "DATE", "2013-W13")], doc="doc", known_errors=[error]
    )
    assert (scores.value, scores.value_tolerant) == (0, 1)
    assert len(scores.gold_errors_seen) == 1


def test_relative_expressions_are_calendar_values_without_a_written_year() -> None:
    assert is_relative(Timex(0, 8, "Thursday", "DATE", "2013-03-21"))
    assert not is_relative(Timex(0, 13, "March 21, 2013", "DATE", "2013-03-21"))
    assert not is_relative(Timex(0, 9, "six years", "DURATION", "P6Y"))
    assert not is_relative(Timex(0, 3, "now", "DATE", "PRESENT_REF"))


def test_timeml_reader_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" '
        'functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT><TEXT>\n'
        'AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">'
        "Thursday</TIMEX3> it grew.</TEXT></TimeML>",
        encoding="utf-8",
    )
    document = read_tml(path)
    assert document.dct == dt.date(2013, 3, 22)
    assert document.text == "\nAT&T said Thursday it grew."
    (timex,) = document.timexes
    assert document.text[timex.start : timex.end] == "Thursday" == timex.text
    assert (timex.type, timex.value) == ("DATE", "2013-03-21")


def test_meantime_reader_joins_tokens_and_excludes_the_date_line_and_unannotated_tail(
    tmp_path: Path,
) -> None:
    tokens = [
        ("Airbus", 0),
        ("wins", 0),
        ("March", 1),
        ("1", 1),
        (",", 1),
        ("2008", 1),
        ("It", 2),
        ("won", 2),
        ("on", 2),
        ("Friday", 2),
        ("Later", 3),
        ("today", 3),
    ]
    body = "".join(
        f'<token t_id="{i + 1}" sentence="{s}" number="{i}">{w}</token>'
        for i, (w, s) in enumerate(tokens)
    )
    path = tmp_path / "doc.xml"
    path.write_text(
        f'<Document doc_name="doc">{body}<Markables>'
        '<TIMEX3 m_id="1" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME">'
        '<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>'
        '<token_anchor t_id="6"/></TIMEX3>'
        '<TIMEX3 m_id="2" type="DATE" value="2008-02-29" functionInDocument="NONE">'
        '<token_anchor t_id="10"/></TIMEX3>'
        "</Markables></Document>",
        encoding="utf-8",
    )
    document = read_meantime(path)
    assert document is not None
    assert document.text == "Airbus wins\nMarch 1 , 2008\nIt won on Friday\nLater today"
    assert document.dct == dt.date(2008, 3, 1)
    (timex,) = document.timexes
    assert timex.text == "Friday" and timex.value == "2008-02-29"
    date_line, tail = document.excluded
    assert document.text[date_line[0] : date_line[1]] == "March 1 , 2008"
    assert document.text[tail[0] : tail[1]] == "\nLater today"


def test_timex_is_a_registered_gold_set() -> None:
    from detente.eval.registry import EVAL_SETS

    assert EVAL_SETS["timex"] == "detente.eval.timex:run"
