"""What time costs: the time stages' share of full coding time.

    python -m benchmarks time          (BENCH_TIME_ARTICLES=300 by default)

Codes generated articles rich in time expressions with the full default pipeline and times
each time stage inside it. The target is recognition + normalisation
(`time.expressions.v1`) under 5 % of coding time; attachment and status are reported too.
"""

from __future__ import annotations

import datetime as dt
import os
import random

from benchmarks.stage_timing import time_stages
from detente.records import Article

TARGET = 0.05
TIME_STAGES = ("time.expressions.v1", "time.attach.v1", "time.status.v1")

SENTENCES = [
    "The {a} foreign minister visited {b} on {day} and met his counterpart.",
    "{A} and {B} signed a trade agreement in {month} {year}, ending a {n}-year dispute.",
    "Last month, the {a} president spoke by phone with the leader of {B}.",
    "Officials said on {day} that talks would resume next week in {capital}.",
    "{A} will host a summit of regional leaders in {month}.",
    "The two countries have clashed repeatedly over the past {n} years.",
    "Several months ago, {A} recalled its ambassador from {B}.",
    "Trade between {A} and {B} has doubled since {year}, officials said on {day}.",
    "{A} imposed sanctions on {B} banks two weeks ago.",
    "A delegation from {A} is expected to arrive in {capital} on {day} morning.",
]
# Sentences without time words: news articles are mostly these.
PLAIN = [
    "The ministry did not comment on the details of the discussions.",
    "Analysts said the move reflected a broader shift in regional diplomacy.",
    "The {a} foreign ministry described the talks as constructive and frank.",
    "Both sides agreed to set up working groups on energy, tourism and trade.",
    "Opposition leaders in {A} criticised the government for its handling of the crisis.",
    "{A} and {B} have disagreed over maritime borders and the status of disputed islands.",
    "The officials also discussed regional security and the situation in neighbouring states.",
    "Diplomats from both countries welcomed the renewed contacts between their governments.",
]
COUNTRIES = [
    ("Turkey", "Turkish", "Ankara"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Greece", "Greek", "Athens"),
    ("Jordan", "Jordanian", "Amman"),
    ("France", "French", "Paris"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "December"]


def generate_articles(n: int, *, seed: int = 11) -> list[Article]:
    """`n` articles of eight to fourteen sentences, a third of them with time expressions
    (the seed article's density), dated 2020–2022."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        (a_name, a_adj, _), (b_name, _, b_cap) = rng.sample(COUNTRIES, 2)
        sentences = [
            rng.choice(SENTENCES if rng.random() < 0.35 else PLAIN).format(
                A=a_name,
                a=a_adj,
                B=b_name,
                b=b_name,
                capital=b_cap,
                day=rng.choice(DAYS),
                month=rng.choice(MONTHS),
                year=rng.randrange(2005, 2020),
                n=rng.randrange(2, 15),
            )
            for _ in range(rng.randrange(8, 15))
        ]
        published = start + dt.timedelta(days=rng.randrange(1000))
        out.append(Article(f"time-{i:05d}", published, " ".join(sentences)))
    return out


def main() -> None:
    n = int(os.environ.get("BENCH_TIME_ARTICLES", "300"))
    articles = generate_articles(n)
    times = time_stages(articles)
    total, tally = times.total, times.by_stage
    print(f"articles: {n} (failed {times.failed}), events: {times.events}, coding: {total:.2f}s")
    for name in TIME_STAGES:
        print(f"  {name:22s} {tally[name]:7.3f}s  {times.share(name):6.2%} of coding time")
    share = times.share("time.expressions.v1")
    verdict = "ok" if share < TARGET else "ABOVE TARGET"
    print(
        f"recognition + normalisation: {share:.2%} of coding time "
        f"(target < {TARGET:.0%}): {verdict}"
    )
    per_article = times.ms_per_article("time.expressions.v1")
    print(f"  {per_article:.2f} ms per article")
