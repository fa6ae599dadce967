"""Dyad-query latency on 1M synthetic events (target: under 50 ms).

    python -m benchmarks dyad            (BENCH_EVENTS=1000000 by default)

The events are generated in SQL straight into the tables the queries read (`events`,
`dyads`); coding them would take hours and measure something else.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from detente.store.database import Database

TARGET_MS = 50.0
CODES = [
    "TUR",
    "ISR",
    "EGY",
    "GRC",
    "RUS",
    "UKR",
    "IRN",
    "JOR",
    "FRA",
    "DEU",
    "USA",
    "CHN",
    "GBR",
    "SAU",
    "ARE",
    "QAT",
    "SYR",
    "IRQ",
    "LBN",
    "CYP",
    "AZE",
    "ARM",
    "GEO",
    "IND",
    "PAK",
    "JPN",
    "KOR",
    "PRK",
    "BRA",
    "MEX",
    "ZAF",
    "NGA",
    "ETH",
    "KEN",
    "ITA",
    "ESP",
    "POL",
    "HUN",
    "SRB",
    "BIH",
    "ALB",
    "MKD",
    "BGR",
    "ROU",
    "MDA",
    "BLR",
    "KAZ",
    "UZB",
    "AFG",
    "PSE",
]
EVENTS = [
    ("CONSULT", "042", 1, 4.0, 1.9),
    ("AGREE", "057", 1, 6.0, 4.0),
    ("COOPERATE", "064", 2, 5.0, 6.0),
    ("AID", "073", 2, 7.0, 7.4),
    ("ACCUSE", "112", 3, -3.0, -2.0),
    ("PROTEST", "141", 3, -5.0, -6.5),
    ("SANCTION", "163", 4, -8.0, -8.0),
    ("ASSAULT", "180", 4, -9.0, -9.0),
]


def fill(db_path: Path, n: int) -> None:
    """n events: 5 % between TUR and ISR, the rest between random pairs of 50 countries."""
    import duckdb

    codes = "[" + ", ".join(f"'{c}'" for c in CODES) + "]"
    kinds = "[" + ", ".join(f"'{e[0]}'" for e in EVENTS) + "]"
    cameo = "[" + ", ".join(f"'{e[1]}'" for e in EVENTS) + "]"
    quads = "[" + ", ".join(str(e[2]) for e in EVENTS) + "]"
    scores = "[" + ", ".join(str(e[3]) for e in EVENTS) + "]"
    gold = "[" + ", ".join(str(e[4]) for e in EVENTS) + "]"
    with duckdb.connect(str(db_path)) as conn:
        conn.execute(
            f"""
            CREATE TEMP TABLE gen AS
            SELECT i, 'e' || i AS id, h1 = 0 AS pair,
                   CASE WHEN h1 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'TUR' ELSE 'ISR' END)
                        ELSE {codes}[1 + h2] END AS actor,
                   CASE WHEN h1 = 0 THEN (CASE WHEN i % 2 = 0 THEN 'ISR' ELSE 'TUR' END)
                        ELSE {codes}[1 + (h2 + 1 + h3) % 50] END AS recipient,
                   1 + h4 AS k,
                   DATE '2013-01-01' + CAST(h5 AS INTEGER) AS day,
                   CASE WHEN h6 = 0 THEN 'month' ELSE 'day' END AS precision
            FROM (
                SELECT i, (hash(i, 1) % 20)::BIGINT AS h1, (hash(i, 2) % 50)::BIGINT AS h2,
                       (hash(i, 3) % 49)::BIGINT AS h3, (hash(i, 4) % 8)::BIGINT AS h4,
                       (hash(i, 5) % 3650)::BIGINT AS h5, (hash(i, 6) % 10)::BIGINT AS h6
                FROM range({n}) t(i)
            )
            """
        )
        conn.execute(
            f"""
            INSERT INTO events
            SELECT id, 'a' || (i // 3), {kinds}[k], NULL, ['diplomatic'], {cameo}[k],
                   {quads}[k], {scores}[k], {gold}[k], [actor], [recipient],
                   CASE WHEN precision = 'day' THEN strftime(day, '%Y-%m-%d')
                        ELSE strftime(day, '%Y-%m') END,
                   precision,
                   CASE WHEN precision = 'day' THEN day ELSE date_trunc('month', day)::DATE END,
                   CASE WHEN precision = 'day' THEN day
                        ELSE last_day(day) END,
                   'occurred', false, NULL, NULL, 0.8, day, 'bench', 1, 1, '{{}}'
            FROM gen
            """
        )
        conn.execute(
            """
            INSERT INTO dyads
            SELECT e.id, g.actor, g.recipient, e.date_start, e.date_precision, e.status, e.quad,
                   e.plover_score, e.goldstein
            FROM events e JOIN gen g ON g.id = e.id
            """
        )
        conn.execute("CHECKPOINT")


def timed(call: Callable[[], Any], repeat: int = 21) -> tuple[float, Any]:
    call()  # warm up
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    n = int(os.environ.get("BENCH_EVENTS", "1000000"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dyad.duckdb"
        Database(path).close()
        started = time.perf_counter()
        fill(path, n)
        print(f"generated {n:,} events in {time.perf_counter() - started:.1f}s")
        with Database(path, read_only=True) as db:
            cases: list[tuple[str, Callable[[], Any]]] = [
                ("dyad TUR->ISR by month", lambda: db.dyad("TUR", "ISR", by="month")),
                (
                    "dyad TUR<->ISR by week",
                    lambda: db.dyad("TUR", "ISR", by="week", directed=False),
                ),
                (
                    "dyad TUR->ISR by month, normalised",
                    lambda: db.dyad("TUR", "ISR", by="month", normalise=True),
                ),
                ("dyad GRC->CYP by day", lambda: db.dyad("GRC", "CYP", by="day")),
                ("top dyads 2020", lambda: db.top_dyads(since="2020", until="2020")),
            ]
            for name, call in cases:
                median, rows = timed(call)
                flag = "ok" if median < TARGET_MS else "over target"
                print(f"{name:38s} {median:7.1f} ms median  ({len(rows)} rows; {flag})")
    print(f"target: dyad query under {TARGET_MS:.0f} ms on {n:,} events")


if __name__ == "__main__":
    main()
