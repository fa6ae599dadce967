"""HTML pages: the title, the paragraphs of the body, and the publication date from metadata.

The date is read from `<meta property="article:published_time">` and its common cousins, or
from the first `<time datetime=…>`; without any, `--date` must give it.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from detente.read.article import make_article
from detente.records import Article

_DATE_META = {
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "tr", "section", "article"}
_SKIPPED = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.published: str | None = None
        self.url: str | None = None
        self._in_title = False
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key.lower() in _DATE_META and not self.published:
                self.published = values.get("content") or None
            if key.lower() == "og:url" and not self.url:
                self.url = values.get("content") or None
        elif tag == "time" and not self.published and values.get("datetime"):
            self.published = values["datetime"]
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip_depth:
            self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []


def parse_html(
    raw: str, *, article_id: str, origin: str, default_date: date | None = None
) -> Article:
    page = _PageParser()
    page.feed(raw)
    page.close()
    page._flush()
    title = " ".join("".join(page.title).split()) or None
    paragraphs = [p for p in page.paragraphs if p != title]
    return make_article(
        text="\n\n".join(paragraphs),
        published=page.published or default_date,
        article_id=article_id,
        title=title,
        url=page.url,
        origin=origin,
    )
