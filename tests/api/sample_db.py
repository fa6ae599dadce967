"""A small event database whose content the tests control.

Articles are written here; their events are built as `Event` records (spans found in the
text) and stored through the Database's write path, so tests do not depend on how much the
coder finds today. TUR–ISR events fall in 2022-01, 2022-02, 2022-04 and 2022-05 (March is
empty: a zero row in the monthly series); one article carries markup that must stay text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from detente.records import Actor, Article, Event, EventDate, Evidence, Span

SCRIPT_TITLE = "Leaders meet <img src=x onerror=alert(1)>"
SCRIPT_TEXT = "<script>alert('pwned')</script>"


@dataclass(frozen=True)
class Who:
    text: str
    country: str
    sector: str | None = None


@dataclass(frozen=True)
class Happening:
    sentence: str
    trigger: str
    actor: Who
    recipient: Who
    event: str
    mode: str | None
    cameo: str
    quad: int
    score: float
    goldstein: float
    date: tuple[str, str, str] | None = None  # (text in sentence, value, precision)


def _span(text: str, part: str, base: int) -> Span:
    at = text.index(part)
    return Span(part, base + at, base + at + len(part))


def build_event(article: Article, happening: Happening) -> Event:
    base = article.text.index(happening.sentence)
    s = happening.sentence
    trigger = _span(s, happening.trigger, base)
    actor_span = _span(s, happening.actor.text, base)
    recipient_span = _span(s, happening.recipient.text, base)
    date_span = _span(s, happening.date[0], base) if happening.date else None
    evidence = Evidence(
        article_id=article.id,
        sentence_index=article.text[:base].count(". "),
        start=base,
        end=base + len(s),
        text=s,
        trigger=trigger,
        actors=(actor_span,),
        recipients=(recipient_span,),
        date=date_span,
    )
    if happening.date and date_span:
        _, value, precision = happening.date
        date = EventDate(value, precision, "text", date_span.text, date_span.start, date_span.end)  # type: ignore[arg-type]
    else:
        date = EventDate(article.published.isoformat(), "day", "publication")
    who = happening.actor
    whom = happening.recipient
    return Event(
        article_id=article.id,
        event=happening.event,
        mode=happening.mode,
        cameo=happening.cameo,
        actors=[Actor(who.text, actor_span.start, actor_span.end, who.country, who.sector)],
        recipients=[
            Actor(whom.text, recipient_span.start, recipient_span.end, whom.country, whom.sector)
        ],
        evidence=evidence,
        date=date,
        quad=happening.quad,
        plover_score=happening.score,
        goldstein=happening.goldstein,
        confidence=0.9,
        coder_version="test",
        published=article.published,
    )


TUR_GOV = Who("Turkish Foreign Minister Mevlut Cavusoglu", "TUR", "GOV")
ISR_GOV = Who("Israeli counterpart Yair Lapid", "ISR", "GOV")


def sample_articles() -> list[tuple[Article, list[Happening]]]:
    a1 = (
        "Turkish Foreign Minister Mevlut Cavusoglu spoke with his Israeli counterpart Yair Lapid "
        "on Sunday. The two discussed regional trade."
    )
    a2 = (
        "A senior Turkish delegation visited Israel on Thursday. "
        "Israel accused Turkey of sheltering militants last week."
    )
    a3 = "Turkey sent humanitarian aid to Israel after the floods on Tuesday."
    a4 = "Israeli police detained two Turkish journalists in Jerusalem on Friday."
    a5 = (
        f"{SCRIPT_TEXT} Greek officials met Cypriot leaders in Nicosia on Monday, "
        "the ministry said."
    )
    return [
        (
            Article(
                "tur-isr-jan", dt.date(2022, 1, 10), a1, title="Ministers talk", source="Test Wire"
            ),
            [
                Happening(
                    a1.split(". ")[0] + ".",
                    "spoke with",
                    TUR_GOV,
                    ISR_GOV,
                    "CONSULT",
                    "phone",
                    "040",
                    1,
                    1.0,
                    1.0,
                    ("on Sunday", "2022-01-09", "day"),
                )
            ],
        ),
        (
            Article(
                "tur-isr-feb",
                dt.date(2022, 2, 18),
                a2,
                title="Delegation visits",
                url="https://example.org/news/visit",
            ),
            [
                Happening(
                    "A senior Turkish delegation visited Israel on Thursday.",
                    "visited",
                    Who("A senior Turkish delegation", "TUR", "GOV"),
                    Who("Israel", "ISR"),
                    "CONSULT",
                    "visit",
                    "042",
                    1,
                    4.0,
                    1.9,
                    ("on Thursday", "2022-02-17", "day"),
                ),
                Happening(
                    "Israel accused Turkey of sheltering militants last week.",
                    "accused",
                    Who("Israel", "ISR"),
                    Who("Turkey", "TUR"),
                    "ACCUSE",
                    None,
                    "112",
                    3,
                    -3.0,
                    -2.0,
                    ("last week", "2022-W06", "week"),
                ),
            ],
        ),
        (
            Article("tur-isr-apr", dt.date(2022, 4, 6), a3, title="Aid sent"),
            [
                Happening(
                    a3,
                    "sent",
                    Who("Turkey", "TUR"),
                    Who("Israel", "ISR"),
                    "AID",
                    "humanitarian",
                    "073",
                    2,
                    7.0,
                    7.4,
                    ("on Tuesday", "2022-04-05", "day"),
                )
            ],
        ),
        (
            Article("tur-isr-may", dt.date(2022, 5, 21), a4, title="Journalists detained"),
            [
                Happening(
                    a4,
                    "detained",
                    Who("Israeli police", "ISR", "COP"),
                    Who("two Turkish journalists", "TUR", "MED"),
                    "COERCE",
                    "arrest",
                    "173",
                    4,
                    -7.0,
                    -5.0,
                    ("on Friday", "2022-05-20", "day"),
                )
            ],
        ),
        (
            Article("grc-cyp-script", dt.date(2022, 3, 8), a5, title=SCRIPT_TITLE),
            [
                Happening(
                    "Greek officials met Cypriot leaders in Nicosia on Monday, the ministry said.",
                    "met",
                    Who("Greek officials", "GRC", "GOV"),
                    Who("Cypriot leaders", "CYP", "GOV"),
                    "CONSULT",
                    "meet",
                    "043",
                    1,
                    4.0,
                    2.8,
                    ("on Monday", "2022-03-07", "day"),
                )
            ],
        ),
    ]


def sample_events() -> list[tuple[Article, list[Event]]]:
    return [(a, [build_event(a, h) for h in hs]) for a, hs in sample_articles()]


def build_sample_db(path: Path) -> Path:
    """Write the sample articles and their events to a new database at `path`."""
    from detente.store.database import Database
    from detente.store.writer import CodedArticle

    coded = [CodedArticle(a, [e.to_json() for e in events]) for a, events in sample_events()]
    with Database(path) as db:
        db.ingest_coded(coded)
    return path
