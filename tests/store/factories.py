"""Events and articles built in code, for store, analysis and export tests."""

from __future__ import annotations

import datetime as dt

from detente.records import Actor, Article, Event, EventDate, Evidence, Location, Span
from detente.store.writer import CodedArticle

QUAD = {
    "CONSULT": 1,
    "AGREE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "ACCUSE": 3,
    "PROTEST": 3,
    "SANCTION": 4,
}
CAMEO = {
    "CONSULT": "042",
    "AGREE": "057",
    "COOPERATE": "064",
    "AID": "073",
    "ACCUSE": "112",
    "PROTEST": "141",
    "SANCTION": "163",
}
SCORE = {
    "CONSULT": 4.0,
    "AGREE": 6.0,
    "COOPERATE": 5.0,
    "AID": 7.0,
    "ACCUSE": -3.0,
    "PROTEST": -5.0,
    "SANCTION": -8.0,
}
GOLDSTEIN = {
    "CONSULT": 1.9,
    "AGREE": 4.0,
    "COOPERATE": 6.0,
    "AID": 7.4,
    "ACCUSE": -2.0,
    "PROTEST": -6.5,
    "SANCTION": -8.0,
}


def make_article(article_id: str, published: str, text: str | None = None) -> Article:
    return Article(
        id=article_id,
        published=dt.date.fromisoformat(published),
        text=text or f"Article {article_id}: Turkey and Israel, a report of {published}.",
        title=f"Title of {article_id}",
        url=f"https://example.org/{article_id}",
        origin=f"{article_id}.txt",
    )


def make_event(
    article: Article,
    event: str,
    actors: list[str],
    recipients: list[str],
    date: str | None = None,
    precision: str = "day",
    *,
    sentence: int = 0,
    mode: str | None = None,
    status: str = "occurred",
    location: str | None = None,
    sector: str | None = "GOV",
    extra_mentions: int = 0,
) -> Event:
    text = article.text
    trigger = Span(text[:5], 0 + sentence, 5 + sentence)
    evidence = Evidence(
        article_id=article.id,
        sentence_index=sentence,
        start=0,
        end=len(text),
        text=text,
        trigger=trigger,
        actors=(Span(text[:3], 0, 3),),
        recipients=(),
    )
    mentions = [
        Evidence(article.id, sentence + i + 1, 0, len(text), text, Span(text[:4], 0, 4))
        for i in range(extra_mentions)
    ]
    return Event(
        article_id=article.id,
        event=event,
        mode=mode,
        cameo=CAMEO.get(event, "010"),
        actors=[Actor(c, 0, 3, c, sector) for c in actors],
        recipients=[Actor(c, 4, 7, c, sector) for c in recipients],
        evidence=evidence,
        contexts=["diplomatic"],
        mentions=mentions,
        date=EventDate(date or article.published.isoformat(), precision, "text", "on Monday")  # type: ignore[arg-type]
        if precision
        else None,
        status=status,  # type: ignore[arg-type]
        location=Location(location, None) if location else None,
        quad=QUAD.get(event),
        plover_score=SCORE.get(event),
        goldstein=GOLDSTEIN.get(event),
        confidence=0.8,
        coder_version="test",
        published=article.published,
    )


def coded(article: Article, *events: Event) -> CodedArticle:
    return CodedArticle(article, [e.to_json() for e in events])
