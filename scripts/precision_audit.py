"""Print a random sample of the events detente codes from GeoWebNews, for judging by hand.

    .venv/bin/python scripts/precision_audit.py [--shared ../shared] [--n 40] [--seed 7]

GeoWebNews (../shared/geo-gold/GeoWebNews/GWN.xml: 200 web news articles of 2018, on every
subject) is used by no `detente eval` set and no rule was written from it, so a sample of its
events shows what an analyst would get from ordinary news: each line is one event with the
sentence it came from. docs/evaluation.md records the judgements of the last audit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import re
from pathlib import Path

from detente.coder import Coder
from detente.records import Actor, Article, Event

ARTICLE = re.compile(r'<article file="(\d+)">.*?<title>(.*?)</title>.*?<text>(.*?)</text>', re.S)
PUBLISHED = dt.date(2018, 4, 1)  # the collection's articles are from early 2018; none is dated


def read_articles(shared: Path) -> list[Article]:
    raw = (shared / "geo-gold/GeoWebNews/GWN.xml").read_text(encoding="utf-8")
    return [
        Article(
            id=f"gwn-{m.group(1)}",
            published=PUBLISHED,
            text=html.unescape(m.group(3)),
            origin="GWN.xml",
            title=html.unescape(m.group(2)),
        )
        for m in ARTICLE.finditer(raw)
    ]


def _side(actors: list[Actor]) -> str:
    return ",".join(f"{a.text}[{a.country or '?'}]" for a in actors)


def describe(event: Event) -> str:
    trigger = event.evidence.trigger.text
    return (
        f"{event.event}/{event.mode or '-'} {event.cameo} {event.status} | "
        f"{_side(event.actors)} -> {_side(event.recipients)} | trigger {trigger!r}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles = read_articles(args.shared)
    events = [e for result in Coder().code_stream(articles) for e in result.events]
    print(f"{len(articles)} articles, {len(events)} events; a sample of {args.n}:")
    for number, event in enumerate(random.Random(args.seed).sample(events, args.n)):
        print(f"#{number} {describe(event)}")
        print("   ", " ".join(event.evidence.text.split())[:300])


if __name__ == "__main__":
    main()
