"""What actors cost: loading the knowledge tables, and the actor stages' share of coding time.

    python -m benchmarks actors        (BENCH_ACTORS_ARTICLES=300 by default)

Targets (issue 3): all knowledge tables load in under a second; resolution adds under 10 %
to coding time. The tables are loaded cold (caches cleared) several times; then generated
articles rich in actors are coded with the full default pipeline, timing each actor stage.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time

from benchmarks.stage_timing import time_stages
from detente.knowledge import agents, bundle, countries, offices, organisations
from detente.records import Article

LOAD_TARGET_S = 1.0
SHARE_TARGET = 0.10
ACTOR_STAGES = ("actors.mentions.v1", "actors.dated.v1")

SENTENCES = [
    "{a} President {leader} met {b} officials in {capital} on {day}.",
    "A senior {a} delegation visited {B} and met with Foreign Ministry officials.",
    "{A} and {B} agreed to restore full diplomatic relations, and both welcomed the step.",
    "The {a} foreign minister spoke by phone with his {b} counterpart last month.",
    "{leader} said his country would not accept the demands of {B}.",
    "Protesters gathered outside the {b} embassy in {capital_a}.",
    "{capital_a} accused {B} of violating the ceasefire, the Foreign Ministry said.",
    "The two countries signed a trade deal in {year}.",
    "NATO and the European Union urged restraint, and the UN called for talks.",
    "Officials said the talks were constructive and would continue next week.",
    "Analysts said the move reflected a broader shift in regional diplomacy.",
]
COUNTRIES = [
    ("Turkey", "Turkish", "Ankara", "Recep Tayyip Erdogan"),
    ("Israel", "Israeli", "Jerusalem", "Isaac Herzog"),
    ("Egypt", "Egyptian", "Cairo", "Abdel Fattah el-Sisi"),
    ("France", "French", "Paris", "Emmanuel Macron"),
    ("Russia", "Russian", "Moscow", "Vladimir Putin"),
    ("Ukraine", "Ukrainian", "Kyiv", "Volodymyr Zelenskyy"),
    ("Brazil", "Brazilian", "Brasilia", "Jair Bolsonaro"),
    ("Kenya", "Kenyan", "Nairobi", "Uhuru Kenyatta"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate_articles(n: int, *, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        (a, a_adj, a_cap, leader), (b, b_adj, b_cap, _) = rng.sample(COUNTRIES, 2)
        sentences = [
            rng.choice(SENTENCES).format(
                A=a,
                a=a_adj,
                B=b,
                b=b_adj,
                capital=b_cap,
                capital_a=a_cap,
                leader=leader,
                day=rng.choice(DAYS),
                year=rng.randrange(2005, 2021),
            )
            for _ in range(rng.randrange(8, 15))
        ]
        published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        out.append(Article(f"actors-{i:05d}", published, " ".join(sentences)))
    return out


def _clear_caches() -> None:
    """Forget every loaded table, so the next load reads the files again."""
    for module in (countries, organisations, agents, bundle, offices):
        loader = getattr(module, "_load", None)
        if hasattr(loader, "cache_clear"):
            loader.cache_clear()


def time_table_load(repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        _clear_caches()
        started = time.perf_counter()
        bundle.load_actor_knowledge()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    load = time_table_load()
    verdict = "ok" if load < LOAD_TARGET_S else "ABOVE TARGET"
    print(
        f"loading all actor knowledge tables (cold, best of 5): {load:.3f}s "
        f"(target < {LOAD_TARGET_S:.0f}s): {verdict}"
    )
    n = int(os.environ.get("BENCH_ACTORS_ARTICLES", "300"))
    articles = generate_articles(n)
    times = time_stages(articles)
    total, tally = times.total, times.by_stage
    print(f"articles: {n}, events: {times.events}, coding: {total:.2f}s")
    for name in ACTOR_STAGES:
        print(f"  {name:20s} {tally[name]:7.3f}s  {tally[name] / total:6.2%} of coding time")
    share = times.share(*ACTOR_STAGES)
    verdict = "ok" if share < SHARE_TARGET else "ABOVE TARGET"
    print(f"actor stages: {share:.2%} of coding time (target < {SHARE_TARGET:.0%}): {verdict}")
    print(f"  {times.ms_per_article(*ACTOR_STAGES):.2f} ms per article")


if __name__ == "__main__":
    main()
