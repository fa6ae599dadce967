"""Moving between character offsets in the article and tokens of the parsed doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that covers character offset `char`, or None between tokens."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]
