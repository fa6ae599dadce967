"""Time expressions found in parsed text: offsets, sentences, and tense deciding direction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from detente.read.paths import read_file
from detente.records import Article
from detente.time.expressions import find_time_expressions

if TYPE_CHECKING:
    from spacy.language import Language

FRIDAY = dt.date(2022, 2, 18)


def _values(nlp: Language, text: str, published: dt.date = FRIDAY) -> dict[str, str | None]:
    return {e.text: e.value for e in find_time_expressions(nlp(text), published)}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The delegation visited Israel on Thursday.", "2022-02-17"),
        ("The delegation has visited Israel on Thursday.", "2022-02-17"),
        ("The delegation will visit Israel on Thursday.", "2022-02-24"),
        ("The delegation is visiting Israel on Thursday.", "2022-02-24"),
        ("The delegation plans to visit Israel on Thursday.", "2022-02-24"),
        ("The delegation's upcoming visit on Thursday was welcomed.", "2022-02-24"),
        ("Erdogan said on Thursday that Ankara welcomes the visit.", "2022-02-17"),
        ("Erdogan says on Thursday that Ankara welcomes the visit.", "2022-02-17"),
    ],
)
def test_the_tense_of_the_clause_decides_which_thursday(
    nlp: Language, sentence: str, value: str
) -> None:
    assert _values(nlp, sentence)["Thursday"] == value


def test_a_month_without_year_points_back_in_a_past_clause_and_ahead_in_a_future_one(
    nlp: Language,
) -> None:
    assert _values(nlp, "They met in March.")["March"] == "2021-03"
    assert _values(nlp, "They will meet in March.")["March"] == "2022-03"


def test_expressions_carry_char_and_token_offsets_and_sentence_index(nlp: Language) -> None:
    text = "Talks began in 2016. Ministers met last month and again on Wednesday."
    doc = nlp(text)
    found = find_time_expressions(doc, FRIDAY)
    assert [e.text for e in found] == ["2016", "last month", "Wednesday"]
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
        assert doc[expression.token_start : expression.token_end].text == expression.text
    assert [e.sentence_index for e in found] == [0, 1, 1]
    assert [(e.kind, e.precision) for e in found] == [
        ("date", "year"),
        ("date", "month"),
        ("date", "day"),
    ]


def test_the_modal_may_and_the_verb_march_are_not_months(nlp: Language) -> None:
    assert _values(nlp, "Protesters may march to parliament.") == {}


@pytest.mark.shared
def test_seed_article_expressions_have_the_right_values(nlp: Language, seed_path: Path) -> None:
    article = next(a for a in read_file(seed_path) if isinstance(a, Article))
    found = {
        e.text: (e.value, e.precision)
        for e in find_time_expressions(nlp(article.text), article.published)
    }
    assert found["Thursday"] == ("2022-02-17", "day")
    assert found["December 2021"] == ("2021-12", "month")
    assert found["Wednesday"] == ("2022-02-16", "day")
    assert found["Last month"] == ("2022-01", "month")
    assert found["2016"] == ("2016", "year")
    assert found["six-year"] == ("P6Y", None)
    assert found["Several months ago"] == ("PAST_REF", None)
