"""The seed format: optional leading spaces, `date YYYY-MM-DD`, then the text.

The text may start on the same line as the header or on the next lines. The header is
metadata: it never reaches the parser, and offsets count from the first character after it.
"""

from __future__ import annotations

import re
from datetime import date

from detente.errors import InputError
from detente.read.article import make_article
from detente.records import Article

_HEADER = re.compile(r"^\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)


def parse_seed_text(
    raw: str, *, article_id: str, origin: str, default_date: date | None = None
) -> Article:
    """One article from seed-format text; `default_date` stands in when there is no header."""
    match = _HEADER.match(raw)
    if match:
        published: object = match.group(1)
        body = raw[match.end() :].lstrip()
    elif default_date is not None:
        published, body = default_date, raw.strip()
    else:
        raise InputError(
            "no `date YYYY-MM-DD` header at the start of the text",
            where=f"{origin}:1",
            hint="start the file with `date 2022-02-18`, or pass --date",
        )
    return make_article(
        text=body.rstrip(), published=published, article_id=article_id, origin=f"{origin}:1"
    )
