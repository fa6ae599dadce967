"""The explorer in headless Chromium: dyad chart, click-through to the article, coding a text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_dyad_view_draws_a_bar_and_a_point_per_period(page: Any, server: str) -> None:
    api = httpx.get(f"{server}/api/dyad", params={"a": "TUR", "b": "ISR"}).json()["rows"]
    page.goto("/dyad?a=TUR&b=ISR")
    page.wait_for_selector("svg.dyad-chart")
    for direction in ("TUR->ISR", "ISR->TUR"):
        rows = [r for r in api if r["direction"] == direction]
        chart = page.locator(f'figure[data-direction="{direction}"] svg.dyad-chart')
        assert chart.get_attribute("data-periods") == str(len(rows)) == "5"
        assert chart.locator("g.bar").count() == len(rows)
        periods = chart.locator("g.bar").evaluate_all("bars => bars.map(b => b.dataset.period)")
        assert periods == [r["period"] for r in rows]
        with_events = [r for r in rows if r["events"]]
        assert chart.locator("rect.seg").count() == len(with_events)
        assert chart.locator("circle.net-point").count() == len(with_events)
        assert chart.locator("path.net-line").get_attribute("d").startswith("M")


def test_undirected_view_has_one_chart(page: Any) -> None:
    page.goto("/dyad?a=TUR&b=ISR&directed=false&by=year")
    page.wait_for_selector("svg.dyad-chart")
    assert page.locator("figure.chart").count() == 1
    assert page.locator("g.bar").count() == 1


def test_clicking_a_bar_lists_its_events_and_leads_to_the_article(page: Any) -> None:
    page.goto("/dyad?a=TUR&b=ISR")
    page.locator('figure[data-direction="TUR->ISR"] g.bar[data-period="2022-02"]').click()
    listed = page.locator("#period-events table.events tbody tr")
    listed.first.wait_for()
    assert listed.count() == 1
    assert "visited" in listed.first.inner_text()
    listed.first.locator("a", has_text="article").click()
    page.wait_for_selector(".article-text mark.hl")
    assert page.url.endswith("/articles/tur-isr-feb")
    text = page.locator(".article-text")
    assert text.locator("mark.hl-trigger").all_inner_texts() == ["visited", "accused"]
    assert "A senior Turkish delegation" in text.locator("mark.hl-actor").all_inner_texts()
    assert "Turkey" in text.locator("mark.hl-recipient").all_inner_texts()
    assert "on Thursday" in text.locator("mark.hl-date").all_inner_texts()
    assert page.locator(".event-card").count() == 2
    page.locator(".event-card").first.hover()
    assert page.locator("mark.hl.focus").count() >= 3


def test_markup_in_articles_stays_text(page: Any) -> None:
    page.goto("/articles/grc-cyp-script")
    page.wait_for_selector(".article-text mark.hl-trigger")
    assert "<img src=x onerror=alert(1)>" in page.locator("h1").inner_text()
    assert page.locator(".article-text").inner_text().startswith("<script>alert('pwned')</script>")
    assert page.locator("main script, main img").count() == 0
    # the `page` fixture fails the test if any alert() ran


def test_events_view_keeps_filters_in_the_url(page: Any) -> None:
    page.goto("/events?actor=ISR")
    page.wait_for_selector("table.events")
    assert page.locator("table.events tbody tr").count() == 2
    page.locator('details[data-facet="event"] a', has_text="COERCE").click()
    page.wait_for_url("**/events?actor=ISR&event=COERCE")
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    href = page.locator("#download-csv").get_attribute("href")
    assert "actor=ISR" in href and "event=COERCE" in href and "format=csv" in href
    page.go_back()
    expect(page.locator("table.events tbody tr")).to_have_count(2)


def test_coding_a_pasted_text_shows_events_and_highlights(page: Any, screenshots: Path) -> None:
    page.goto("/code")
    page.fill(
        "textarea[name=text]",
        "A senior Turkish delegation visited Israel on Thursday, the foreign ministry said.",
    )
    page.fill("input[name=published]", "2022-02-18")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#code-result .article-text", timeout=120_000)  # loads the model
    cards = page.locator("#code-result .event-card")
    assert cards.count() >= 1
    assert page.locator("#code-result mark.hl-trigger").count() >= 1
    assert page.locator("#code-result a", has_text="event").count() == 0  # nothing stored
    page.screenshot(path=str(screenshots / "code-view.png"), full_page=True)


def test_views_fit_a_phone_screen(browser: Any, server: str, screenshots: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server)
    context.set_default_timeout(60_000)
    tab = context.new_page()
    for path in ("/dyad?a=TUR&b=ISR", "/events", "/articles/tur-isr-feb", "/"):
        tab.goto(path)
        tab.wait_for_selector("main#view > section")
        overflow = tab.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{path} is wider than the phone screen by {overflow}px"
    tab.goto("/dyad?a=TUR&b=ISR")
    tab.wait_for_selector("svg.dyad-chart")
    tab.screenshot(path=str(screenshots / "dyad-view-phone.png"), full_page=True)
    context.close()


def test_event_view_shows_each_reporting_sentence(page: Any) -> None:
    page.goto("/events?event=AID")
    page.locator("table.events tbody tr a .quad-chip").first.click()
    page.wait_for_selector("blockquote.mention mark.hl-trigger")
    assert "/events/" in page.url
    mention = page.locator("blockquote.mention")
    assert mention.count() == 1
    assert mention.locator("mark.hl-trigger").inner_text() == "sent"
    assert mention.locator("mark.hl-recipient").inner_text() == "Israel"
    mention.locator("footer a").click()
    page.wait_for_url("**/articles/tur-isr-apr")


def test_actor_view_shows_timeline_partners_and_mix(page: Any, server: str) -> None:
    profile = httpx.get(f"{server}/api/actors/TUR").json()
    page.goto("/actors/TUR")
    page.wait_for_selector("svg.dyad-chart")
    assert page.locator("g.bar").count() == len(profile["timeline"])
    page.locator("table a", has_text="dyad").first.click()
    page.wait_for_url("**/dyad?a=TUR&b=ISR")
    page.wait_for_selector("svg.dyad-chart")
