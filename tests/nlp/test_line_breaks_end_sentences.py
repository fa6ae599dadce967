"""A headline on its own line is its own sentence; hard-wrapped lines are not."""

from __future__ import annotations

from typing import Any

import detente


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_headline_without_a_full_stop_is_its_own_sentence(nlp: Any) -> None:
    text = "Turkey and Israel restore ties\nThe two countries agreed on Monday to restore ties."
    assert _sentences(nlp, text) == [
        "Turkey and Israel restore ties",
        "The two countries agreed on Monday to restore ties.",
    ]


def test_a_blank_line_always_ends_a_sentence(nlp: Any) -> None:
    text = "ANKARA, Feb 18 (Reuters)\n\nthe delegation arrived on Thursday."
    assert _sentences(nlp, text)[0] == "ANKARA, Feb 18 (Reuters)"


def test_hard_wrapped_lines_keep_the_sentence_whole(nlp: Any) -> None:
    text = "Turkey and Israel agreed on Monday to restore\nfull ties after years of tension."
    assert len(_sentences(nlp, text)) == 1


def test_the_first_sentence_after_a_headline_keeps_its_own_event() -> None:
    text = (
        "Erdogan hosts Herzog\n"
        "Israeli President Isaac Herzog visited Turkey on Wednesday, the first such visit in years."
    )
    events = detente.code(text, published="2022-03-10")
    visits = [e for e in events if e.event == "CONSULT"]
    assert visits, [e.event for e in events]
    assert all("\n" not in m.text for e in visits for m in e.all_evidence())
