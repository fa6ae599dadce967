"""Building a valid Article from raw fields, with errors that say where and what to do."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from detente.errors import InputError
from detente.records import Article

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse_published(value: Any, *, where: str | None = None, field_name: str = "date") -> date:
    """An ISO date (YYYY-MM-DD, optionally followed by a time) or raise InputError."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            f"missing publication date (field {field_name!r})",
            where=where,
            hint="give every article a date as YYYY-MM-DD",
        )
    text = value.strip()
    if not _ISO_DATE.match(text):
        raise InputError(
            f"publication date {text!r} is not in YYYY-MM-DD form (field {field_name!r})",
            where=where,
            hint="write dates as YYYY-MM-DD, e.g. 2022-02-18",
        )
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise InputError(
            f"publication date {text[:10]!r} does not exist ({exc}) (field {field_name!r})",
            where=where,
            hint="check the day and month",
        ) from exc


def content_id(text: str, published: date) -> str:
    """A stable id for an article that came without one."""
    digest = hashlib.sha256(f"{published.isoformat()}\x00{text}".encode()).hexdigest()
    return f"sha-{digest[:16]}"


def make_article(
    *,
    text: Any,
    published: Any,
    article_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    language: str = "en",
    origin: str | None = None,
    metadata: dict[str, Any] | None = None,
    date_field: str = "date",
) -> Article:
    """Validate raw fields into an Article; raise InputError naming `origin` otherwise."""
    day = parse_published(published, where=origin, field_name=date_field)
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            "the article has no text (field 'text')",
            where=origin,
            hint="remove the record or give it text",
        )
    return Article(
        id=str(article_id) if article_id not in (None, "") else content_id(text, day),
        published=day,
        text=text,
        title=title or None,
        source=source or None,
        url=url or None,
        language=language or "en",
        origin=origin,
        metadata=metadata or {},
    )
