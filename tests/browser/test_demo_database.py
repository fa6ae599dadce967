"""The explorer over the demo database (the sample articles, really coded): the screenshots
in the README come from here (`make screenshots`). The coder's output grows as it improves,
so the checks compare the page with the API rather than with fixed numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_page(browser: Any, demo_server: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, base_url=demo_server)
    context.set_default_timeout(60_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert not errors, errors


def test_demo_dyad_chart_matches_the_api(
    demo_page: Any, demo_server: str, screenshots: Path
) -> None:
    rows = httpx.get(f"{demo_server}/api/dyad", params={"a": "TUR", "b": "ISR"}).json()["rows"]
    if not rows:
        pytest.skip("the coder finds no TUR–ISR events in the demo articles yet")
    demo_page.goto("/dyad?a=TUR&b=ISR")
    demo_page.wait_for_selector("svg.dyad-chart")
    for direction in sorted({r["direction"] for r in rows}):
        mine = [r for r in rows if r["direction"] == direction]
        chart = demo_page.locator(f'figure[data-direction="{direction}"] svg.dyad-chart')
        assert chart.locator("g.bar").count() == len(mine)
        points = [r for r in mine if r["plover_sum"] is not None]
        assert chart.locator("circle.net-point").count() == len(points)
    demo_page.screenshot(path=str(screenshots / "dyad-view.png"), full_page=True)


def test_demo_article_shows_its_spans(demo_page: Any, demo_server: str, screenshots: Path) -> None:
    wanted = "2022-02-18-delegation-visits-israel"
    article = httpx.get(f"{demo_server}/api/articles/{wanted}").json()
    if not article.get("events"):
        pytest.skip(f"the coder finds no events in {wanted} yet")
    demo_page.goto(f"/articles/{wanted}")
    demo_page.wait_for_selector(".article-text mark.hl-trigger")
    for index, event in enumerate(article["events"]):
        marks = demo_page.locator(f'.article-text mark[data-events~="{index}"]')
        assert event["evidence"]["trigger"]["text"] in "".join(marks.all_inner_texts())
    assert demo_page.locator(".event-card").count() == len(article["events"])
    demo_page.screenshot(path=str(screenshots / "article-view.png"), full_page=True)
