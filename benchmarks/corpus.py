"""A generated news corpus for the ingest benchmark: short dated articles, seeded."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

COUNTRIES = [
    ("Turkey", "Turkish", "Ankara"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Greece", "Greek", "Athens"),
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Iran", "Iranian", "Tehran"),
    ("Jordan", "Jordanian", "Amman"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
]
ACTIONS = [
    "{A} foreign minister visited {B} on {day} and met his counterpart",
    "{A} and {B} signed an agreement on energy cooperation on {day}",
    "{A} officials accused {B} of violating the ceasefire on {day}",
    "The {a} president spoke by phone with the leader of {B} on {day}",
    "{A} imposed sanctions on {B} banks on {day}",
    "Protesters in {capA} demonstrated against {B} on {day}",
    "{A} pledged humanitarian aid to {B} on {day}",
    "{A} threatened to expel the ambassador of {B} on {day}",
]
FILLER = [
    "Officials described the talks as constructive and said further meetings were planned.",
    "Analysts said the move reflected a broader shift in regional diplomacy.",
    "The ministry did not comment on the details of the discussions.",
    "Trade between the two countries has grown in recent years.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate_articles(n: int, *, seed: int = 7) -> list[dict[str, str]]:
    """`n` articles of three sentences each, dated across 2021-2022."""
    rng = random.Random(seed)
    start = dt.date(2021, 1, 1)
    out = []
    for i in range(n):
        (a_name, a_adj, a_cap), (b_name, _, _) = rng.sample(COUNTRIES, 2)
        action = rng.choice(ACTIONS).format(
            A=a_name, a=a_adj, B=b_name, capA=a_cap, day=rng.choice(DAYS)
        )
        text = f"{action}. {rng.choice(FILLER)} {rng.choice(FILLER)}"
        published = start + dt.timedelta(days=rng.randrange(730))
        out.append({"id": f"bench-{i:06d}", "date": published.isoformat(), "text": text})
    return out


def write_corpus(path: Path, articles: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article) + "\n")
    return path
