"""Plain rows: how inputs, articles, events and failures cross an engine boundary.

Every engine (local, Ray) moves the same rows: dicts whose values are strings, so they
serialise anywhere without pandas or pickled objects.

    source row   {"path": "articles/a.jsonl", "raw": ""}         one input partition (a file)
    item row     {"article": "<Article JSON>", "failure": ""}      one article read from it
                 {"article": "", "failure": "<Failure JSON>"}      … or why it could not be read
    coded row    {"article": …, "events": "[<Event.to_json()>, …]", "failure": …}
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from detente.coder import Coder
from detente.read.paths import READERS, check_paths, read_file, read_stream
from detente.records import Article, Failure

Row = dict[str, str]
STDIN = "<stdin>"


def source_rows(paths: Sequence[str], *, stdin_text: str | None = None) -> list[Row]:
    """One row per input file (the unit of partitioning), folders expanded as `ingest` does.

    `-` (stdin) is read here, on the driver, and travels as the row's `raw` text."""
    rows: list[Row] = []
    for path in check_paths(paths):
        if path == "-":
            rows.append({"path": STDIN, "raw": stdin_text or ""})
        elif Path(path).is_dir():
            rows.extend(
                {"path": str(file), "raw": ""}
                for file in sorted(Path(path).rglob("*"))
                if file.is_file() and file.suffix.lower() in READERS
            )
        else:
            rows.append({"path": path, "raw": ""})
    return rows


def read_source(source: Row, *, default_date: dt.date | None = None) -> list[Row]:
    """The item rows of one input partition; unreadable inputs become failure rows."""
    if source["path"] == STDIN:
        items: Iterable[Article | Failure] = read_stream(
            io.StringIO(source["raw"]), default_date=default_date
        )
    else:
        items = read_file(Path(source["path"]), default_date=default_date)
    return [item_row(item) for item in items]


def item_row(item: Article | Failure) -> Row:
    if isinstance(item, Failure):
        return {"article": "", "failure": failure_to_json(item)}
    return {"article": article_to_json(item), "failure": ""}


def item_from_row(row: Row) -> Article | Failure:
    if row.get("failure"):
        return failure_from_json(row["failure"])
    return article_from_json(row["article"])


def code_rows(coder: Coder, rows: Iterable[Row]) -> list[Row]:
    """Code item rows with the coder's pipeline: one coded row per item, failures included."""
    return list(iter_coded(coder, rows))


def iter_coded(coder: Coder, rows: Iterable[Row]) -> Iterator[Row]:
    """`code_rows` as a stream (spaCy parses the whole stream in one `nlp.pipe`)."""
    for result in coder.code_stream(item_from_row(r) for r in rows):
        article = article_to_json(result.article) if result.article is not None else ""
        events = json.dumps([e.to_json() for e in result.events], ensure_ascii=False)
        failure = failure_to_json(result.failure) if result.failure is not None else ""
        yield {"article": article, "events": events, "failure": failure}


def failed_rows(rows: Iterable[Row], exc: BaseException) -> list[Row]:
    """Coded rows saying that a whole batch failed, so no input is silently dropped."""
    reason = f"the engine could not code this batch: {type(exc).__name__}: {exc}"
    out: list[Row] = []
    for row in rows:
        if row.get("failure"):
            out.append({"article": "", "events": "[]", "failure": row["failure"]})
            continue
        article = article_from_json(row["article"])
        failure = Failure(
            origin=article.origin or article.id,
            reason=reason,
            article_id=article.id,
            error_type=type(exc).__name__,
        )
        out.append({"article": row["article"], "events": "[]", "failure": failure_to_json(failure)})
    return out


# articles and failures as JSON ------------------------------------------------------------


def article_to_json(article: Article) -> str:
    data = asdict(article)
    data["published"] = article.published.isoformat()
    return json.dumps(data, ensure_ascii=False, default=str)


def article_from_json(text: str) -> Article:
    data = json.loads(text)
    data["published"] = dt.date.fromisoformat(data["published"])
    return Article(**data)


def failure_to_json(failure: Failure) -> str:
    return json.dumps(asdict(failure), ensure_ascii=False)


def failure_from_json(text: str) -> Failure:
    return Failure(**json.loads(text))
