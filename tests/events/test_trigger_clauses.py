"""How a trigger reads the clauses and infinitives around it (`events/triggers.py`): what is
wanted, let or called for, promises with a that-clause, refusals, and "pressed ahead"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.events.lexicon import Lexicon
from detente.events.triggers import find_triggers


def triggers(nlp: Language, lexicon: Lexicon, text: str) -> list[tuple[str, str, str | None]]:
    sentence = next(iter(nlp(text).sents))
    return [
        (m.token.text, m.pattern.event, m.pattern.mode) for m in find_triggers(sentence, lexicon)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arnor wants Gondor to withdraw its troops.", [("wants", "REQUEST", "yield")]),
        ("Gondor allowed UN inspectors to return.", [("allowed", "RETREAT", "access")]),
        ("Gondor allowed UN agencies access to the town.", [("allowed", "RETREAT", "access")]),
        ("Arnor renewed its call for Gondor to withdraw.", [("call", "REQUEST", "yield")]),
        (
            "Gondor asked Arnor to withdraw, but Arnor refused.",
            [("asked", "REQUEST", "yield"), ("refused", "REJECT", None)],
        ),
    ],
)
def test_the_clause_says_what_is_wanted_let_or_called_for(
    nlp: Language, lexicon: Lexicon, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert triggers(nlp, lexicon, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Arnor wants to lift the sanctions on Gondor.",  # a wish of its own
        "Gondor pressed ahead with the reforms.",  # carrying on, not pressing anyone
        "Gondor pushed forward with the pipeline.",
        "Gondor refused to comment on the report.",  # what is refused is unknown
        "The minister assured investors that their assets were safe.",  # a view, no promise
    ],
)
def test_wishes_carrying_on_and_reassurances_are_no_triggers(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    assert triggers(nlp, lexicon, text) == []


def test_a_promise_with_a_that_clause_governs_what_will_be_done(
    nlp: Language, lexicon: Lexicon
) -> None:
    found = find_triggers(
        next(iter(nlp("Gondor promised Arnor that it would withdraw its troops.").sents)), lexicon
    )
    assert [(m.token.text, m.pattern.event, m.complement) for m in found] == [
        ("promised", "AGREE", "RETREAT")
    ]


def test_insisting_on_ones_own_refusal_is_no_demand(nlp: Language, lexicon: Lexicon) -> None:
    found = triggers(nlp, lexicon, "Gondor insisted it would not withdraw its troops.")
    assert ("insisted", "REQUEST", "yield") not in found
    assert triggers(nlp, lexicon, "Arnor insisted that Gondor withdraw its troops.") == [
        ("insisted", "REQUEST", "yield")
    ]
