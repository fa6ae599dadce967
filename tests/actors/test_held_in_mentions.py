"""The held-in set (tests/actors/held_in_mentions.txt, written by us): every expected mention
is found and resolves to the expected country, sector and name. It covers every resolution
and coreference rule and more than 40 countries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from detente.pipeline import CodingDoc
from detente.records import ActorMention

HELD_IN = Path(__file__).with_name("held_in_mentions.txt")


@dataclass(frozen=True)
class Expected:
    published: str
    text: str
    mention: str
    country: str
    sector: str
    name: str
    rule: str
    line: int


def read_held_in(path: Path = HELD_IN) -> list[Expected]:
    cases: list[Expected] = []
    published = text = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            published, text = line[3:].strip(), ""
        elif not text:
            text = line
        else:
            mention, country, sector, name, rule = (p.strip() for p in line.split("|"))
            cases.append(Expected(published, text, mention, country, sector, name, rule, number))
    return cases


CASES = read_held_in()


def _fits(expected: str, value: str | None) -> bool:
    return expected == "*" or (expected == "-" and value is None) or expected == value


def find(cdoc: CodingDoc, case: Expected) -> ActorMention | None:
    """The narrowest mention that contains the expected text and is headed inside it."""
    wanted, _, nth = case.mention.partition("#")
    at = -1
    for _ in range(int(nth or 1)):
        at = case.text.find(wanted, at + 1)
    assert at >= 0, f"line {case.line}: {case.mention!r} is not in the text"
    lo, hi = at, at + len(wanted)
    doc = cdoc.doc
    fitting = [
        m
        for m in cdoc.actor_mentions
        if m.actor.start <= lo and hi <= m.actor.end and lo <= doc[m.head].idx < hi
    ]
    return min(fitting, key=lambda m: m.actor.end - m.actor.start, default=None)


def test_the_held_in_set_is_big_and_broad() -> None:
    assert len(CASES) >= 150
    countries = {c.country for c in CASES if len(c.country) == 3 and c.country.isupper()}
    assert len(countries - {"IGO", "NGO", "UNO", "EUR"}) >= 40


@pytest.fixture(scope="module")
def analysed(analyse) -> dict[tuple[str, str], CodingDoc]:
    return {(c.text, c.published): analyse(c.text, c.published) for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"L{c.line}-{c.mention[:30]}")
def test_held_in_mention(case: Expected, analysed: dict[tuple[str, str], CodingDoc]) -> None:
    cdoc = analysed[(case.text, case.published)]
    mention = find(cdoc, case)
    assert mention is not None, f"line {case.line}: no mention for {case.mention!r} ({case.rule})"
    actor = mention.actor
    got = (actor.country, actor.sector, actor.name)
    assert _fits(case.country, actor.country), (case.rule, got)
    assert _fits(case.sector, actor.sector), (case.rule, got)
    assert _fits(case.name, actor.name), (case.rule, got)
