"""How central a trigger's clause is to what its sentence reports.

1.0 for the main report (the main clause, or the content of a verb of saying); BACKGROUND for
a scene-setting clause: a clause of time or reason ("after Israel attacked"), a relative or
participle clause, an event noun after "after/before/following/amid …", the deed a verdict
or charge is about ("found guilty of torturing prisoners"). A purpose or result
clause ("called Lavrov to discuss", "attacked the village, killing five") is the same report.
The lexicon strength times this is the confidence `events/build.py` starts an event with, so
the most confident event of a sentence is its main one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

BACKGROUND = 0.75
BACKGROUND_DEPS = frozenset({"advcl", "relcl", "acl"})
BACKGROUND_PREPS = frozenset(
    {"after", "before", "following", "since", "amid", "despite", "during", "over", "until"}
)

# the deed a verdict or a charge is about is its background
VERDICT_WORDS = frozenset({"guilty", "convict", "sentence", "charge", "acquit", "jail", "imprison"})


def prominence(token: Token) -> float:
    """1.0 when the trigger is what its sentence reports, BACKGROUND when it sets the scene."""
    current = token
    for _ in range(8):
        if current.dep_ in BACKGROUND_DEPS and not _purpose_or_result(current):
            return BACKGROUND
        if current.dep_ == "pobj" and current.head.lower_ in BACKGROUND_PREPS:
            return BACKGROUND  # "after the attack"
        if current.dep_ in ("pobj", "pcomp") and _judged(current.head):
            return BACKGROUND  # "found guilty of torturing prisoners": the verdict is the news
        if current.head.i == current.i:
            return 1.0
        current = current.head
    return 1.0


def _judged(prep: Token) -> bool:
    """The preposition names the deed of a verdict or charge ("guilty of", "convicted of",
    "sentenced for", "charged with")."""
    return prep.lower_ in ("of", "for", "with") and prep.head.lemma_.lower() in VERDICT_WORDS


def _purpose_or_result(token: Token) -> bool:
    """ "called Lavrov to discuss", "attacked the village, killing five": the same report."""
    if token.dep_ != "advcl":
        return False
    marks = [c for c in token.children if c.dep_ == "mark"]
    return not marks and token.tag_ in ("VB", "VBG")
