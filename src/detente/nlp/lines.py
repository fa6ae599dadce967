"""Line breaks that end a sentence, set before the parser runs.

The parser would read a headline without a full stop as the start of the first sentence
("Turkey and Israel restore ties\\nTurkey and Israel agreed…" as one sentence). A token after
a blank line always starts a sentence; after a single line break it does when the line
before ends without sentence punctuation and the next line starts like a sentence (a capital
letter, a digit or a quote), so hard-wrapped text (the next line goes on in lower case) keeps
its sentences whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "detente_line_breaks"
SENTENCE_END = frozenset(".!?:;")
OPENERS = frozenset("\"'“‘(")


def _starts_like_a_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


def _ends_like_a_sentence(token: Token) -> bool:
    return token.text[-1:] in SENTENCE_END or token.text in ("”", "’", '"', "'", ")")


@Language.component(COMPONENT)
def mark_line_breaks(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token after a sentence-ending line break."""
    for token in doc:
        gap = token.text if token.is_space else token.whitespace_
        if "\n" not in gap or token.i + 1 >= len(doc):
            continue
        following = doc[token.i + 1]
        if following.is_space:
            continue
        before = _last_word_before(doc, token.i) if token.is_space else token
        if gap.count("\n") >= 2 or (
            before is not None
            and not _ends_like_a_sentence(before)
            and _starts_like_a_sentence(following)
        ):
            following.is_sent_start = True
            if following.i + 1 < len(doc) and not doc[following.i + 1].is_space:
                doc[following.i + 1].is_sent_start = False  # no one-word sentence at a line start
    return doc


def _last_word_before(doc: Doc, i: int) -> Token | None:
    for k in range(i - 1, -1, -1):
        if not doc[k].is_space:
            return doc[k]
    return None
