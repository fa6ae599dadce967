"""Golden sentences, written by us: each line of `*.jsonl` is a text, its publication date and
the events a careful coder would write down. The whole pipeline codes each text; every expected
event must be found (type, actor and recipient countries, and mode, status and date where the
line gives them), and no event of a type the line does not expect may appear."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from detente.coder import Coder
from detente.read.article import make_article
from detente.records import Event

GOLDEN = Path(__file__).parent
CASES = [
    pytest.param(case, id=case["id"])
    for path in sorted(GOLDEN.glob("*.jsonl"))
    for case in map(json.loads, path.read_text(encoding="utf-8").splitlines())
]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _countries(actors: list[Any]) -> list[str]:
    return sorted({a.country for a in actors if a.country})


def matches(expected: dict[str, Any], event: Event) -> bool:
    if event.event != expected["event"]:
        return False
    if _countries(event.actors) != sorted(expected["actors"]):
        return False
    if "recipients" in expected and _countries(event.recipients) != sorted(expected["recipients"]):
        return False
    if "mode" in expected and event.mode != expected["mode"]:
        return False
    if "status" in expected and event.status != expected["status"]:
        return False
    return "date" not in expected or (
        event.date is not None and event.date.value == expected["date"]
    )


def describe(event: Event) -> str:
    date = event.date.value if event.date else None
    return (
        f"{event.event}/{event.mode} {_countries(event.actors)}→{_countries(event.recipients)} "
        f"{event.status} {date}"
    )


def test_golden_sentence_is_coded_as_written(coder: Coder, case: dict[str, Any]) -> None:
    article = make_article(text=case["text"], published=case["published"], article_id=case["id"])
    events = coder.code_article(article)
    got = [describe(e) for e in events]
    for expected in case["events"]:
        assert any(matches(expected, e) for e in events), f"missing {expected}; got {got}"
    wanted = {x["event"] for x in case["events"]}
    extra = [d for e, d in zip(events, got, strict=True) if e.event not in wanted]
    assert not extra, f"unexpected events {extra}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("case", CASES)
