"""The dictionary forms tried when the tagger's lemma of a trigger word is wrong."""

from __future__ import annotations

import pytest

from detente.events.forms import base_forms


@pytest.mark.parametrize(
    ("word", "tag", "wanted"),
    [
        ("staged", "VBD", "stage"),
        ("raped", "VBN", "rape"),
        ("fined", "VBD", "fine"),
        ("unbanned", "VBN", "unban"),
        ("travelled", "VBD", "travel"),
        ("carried", "VBD", "carry"),
        ("staging", "VBG", "stage"),
        ("banning", "VBG", "ban"),
        ("carries", "VBZ", "carry"),
        ("stages", "VBZ", "stage"),
        ("talks", "NNS", "talk"),
    ],
)
def test_regular_inflections_are_undone(word: str, tag: str, wanted: str) -> None:
    assert wanted in base_forms(word, tag)


def test_the_form_as_written_is_tried_before_a_restored_e() -> None:
    assert base_forms("attacked", "VBD")[0] == "attack"


@pytest.mark.parametrize(("word", "tag"), [("stage", "VB"), ("red", "JJ"), ("news", "NN")])
def test_words_that_are_not_inflected_give_no_forms(word: str, tag: str) -> None:
    assert base_forms(word, tag) == []
