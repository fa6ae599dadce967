"""The nouns of detente: articles in, events out.

Every stage reads and writes these records; the `detente code` JSON contract, the database
columns and the exports are all views of them (see docs/schema.md).

    Article ── coded into ──▶ Event (actors[], recipients[], date, status, location, evidence)
                                  └── mentions[]: every sentence that reports it

Offsets (`start`, `end`) are character offsets into `Article.text`, the text the reader
produced (the `date YYYY-MM-DD` header of the seed format is not part of it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month", "quarter", "year", "decade"]
DateSource = Literal["text", "publication", "context"]
Status = Literal["occurred", "future", "negated", "hypothetical"]

STATUSES: tuple[Status, ...] = ("occurred", "future", "negated", "hypothetical")
PRECISIONS: tuple[DatePrecision, ...] = ("day", "week", "month", "quarter", "year", "decade")
DATE_SOURCES: tuple[DateSource, ...] = ("text", "context", "publication")


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article, as a reader produced it."""

    id: str
    published: dt.date
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    origin: str | None = None  # where it was read from: "file.jsonl:12"
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Changes whenever anything that affects coding changes."""
        payload = f"{self.published.isoformat()}\x00{self.title or ''}\x00{self.text}"
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """Who: a country (ISO-3 or IGO/NGO code) and a sector, optionally a named entity.

    `implied` is true when the text does not name this participant in the event's own
    clause and it was taken from context (a visit's host, "the two", "his country").
    """

    text: str
    start: int
    end: int
    country: str | None
    sector: str | None = None
    name: str | None = None
    office: str | None = None
    entity_id: str | None = None
    implied: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "office": self.office,
            "entity_id": self.entity_id,
            "start": self.start,
            "end": self.end,
            "implied": self.implied,
        }

    @property
    def key(self) -> tuple[str | None, str | None, str | None]:
        """What makes two mentions the same participant."""
        return (self.country, self.sector, self.name)


@dataclass(frozen=True, slots=True)
class EventDate:
    """When: a TIMEX3-style value whose length matches the precision.

    day `2022-02-17`, week `2022-W07`, month `2022-01`, quarter `2022-Q1`, year `2016`,
    decade `199`. `source` says whether the text stated it or the publication date was used.
    """

    value: str
    precision: DatePrecision
    source: DateSource
    text: str | None = None
    start: int | None = None
    end: int | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # "country", "capital", "city", …

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "feature": self.feature,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence that reports the event, with the spans a reader needs to check it."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    trigger: Span
    actors: tuple[Span, ...] = ()
    recipients: tuple[Span, ...] = ()
    date: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "trigger": self.trigger.to_json(),
            "actors": [s.to_json() for s in self.actors],
            "recipients": [s.to_json() for s in self.recipients],
            "date": self.date.to_json() if self.date else None,
        }


@dataclass(slots=True)
class Event:
    """What happened, who did it to whom, when, where, and the sentences that say so.

    Built up stage by stage (events → time → status → places → scores), so it is mutable
    while coding; treat it as a value once `detente.code` returns it.
    """

    article_id: str
    event: str  # PLOVER event type, e.g. "CONSULT"
    mode: str | None
    cameo: str  # string with leading zeros: "042"
    actors: list[Actor]
    recipients: list[Actor]
    evidence: Evidence
    contexts: list[str] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)
    date: EventDate | None = None
    status: Status = "occurred"
    historical: bool = False
    location: Location | None = None
    quad: int | None = None
    plover_score: float | None = None
    goldstein: float | None = None
    confidence: float = 0.5
    coder_version: str = ""
    published: dt.date | None = None

    @property
    def id(self) -> str:
        """Content-derived: the same article coded the same way gives the same id."""
        parts = [
            self.article_id,
            self.event,
            self.mode or "",
            ",".join(sorted(_actor_token(a) for a in self.actors)),
            ",".join(sorted(_actor_token(a) for a in self.recipients)),
            self.date.value if self.date else "",
            str(self.evidence.sentence_index),
            str(self.evidence.trigger.start),
        ]
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        return digest[:20]

    def all_evidence(self) -> list[Evidence]:
        """The primary evidence first, then every further mention."""
        return [self.evidence, *self.mentions]

    def to_json(self) -> dict[str, Any]:
        """The `detente code` contract (docs/schema.md). Keys are never dropped."""
        d = self.date
        return {
            "id": self.id,
            "article_id": self.article_id,
            "event": self.event,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "quad": self.quad,
            "plover_score": self.plover_score,
            "goldstein": self.goldstein,
            "actors": [a.to_json() for a in self.actors],
            "recipients": [a.to_json() for a in self.recipients],
            "date": d.value if d else None,
            "date_precision": d.precision if d else None,
            "date_source": d.source if d else None,
            "date_text": d.text if d else None,
            "date_approximate": d.approximate if d else False,
            "status": self.status,
            "historical": self.historical,
            "location": self.location.to_json() if self.location else None,
            "evidence": self.evidence.to_json(),
            "mentions": [m.to_json() for m in self.mentions],
            "confidence": round(self.confidence, 3),
            "coder_version": self.coder_version,
            "published": self.published.isoformat() if self.published else None,
        }

    def to_json_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)


def _actor_token(actor: Actor) -> str:
    return f"{actor.country or '-'}:{actor.sector or '-'}:{actor.name or '-'}"


@dataclass(slots=True)
class TimeExpression:
    """A time expression found in the text, normalised against the publication date.

    `value` is TIMEX3-style (`2022-02-17`, `2022-01`, `2016`, `2022-W07`, `P6Y` for a
    duration, `PRESENT_REF`), or None when it cannot be normalised. `kind` is TIMEX3's type.
    """

    text: str
    start: int
    end: int
    sentence_index: int
    kind: Literal["date", "time", "duration", "set"]
    value: str | None
    precision: DatePrecision | None
    approximate: bool = False
    token_start: int = 0  # token indices into the parsed doc: [token_start, token_end)
    token_end: int = 0


@dataclass(slots=True)
class ActorMention:
    """A span that names (or refers back to) a participant, with what it resolves to.

    `actor` carries country/sector/name/office as resolved so far; `antecedent` is the index
    (in the document's mention list) of the mention a pronoun, surname or "the two" refers to.
    `members` lists mention indices for a group ("Turkey and Israel", "the two").
    """

    actor: Actor
    kind: str  # "country", "capital", "person", "organisation", "agent", "pronoun", "group"
    sentence_index: int
    token_start: int
    token_end: int
    head: int  # token index of the syntactic head
    antecedent: int | None = None
    members: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be coded, and why. Batches record these and go on."""

    origin: str  # "articles.jsonl:12" or a file path
    reason: str
    article_id: str | None = None
    error_type: str = "InputError"
