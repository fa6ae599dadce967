"""Reading articles from paths: files by extension, folders recursively, `-` for stdin.

    .txt .text       seed format (`date YYYY-MM-DD` then the text); id = file name stem
    .jsonl .ndjson   one JSON object per line
    .json            a JSON array of objects, or one object
    .csv .tsv        a header row with at least `text` (and `date` unless --date is given)
    .html .htm       a web page (title, body paragraphs, date from metadata)

A path that does not exist is an error before anything is read; a file or record that cannot
be read becomes a Failure and the run goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from detente.errors import InputError
from detente.read.html import parse_html
from detente.read.records import article_from_record, read_csv, read_jsonl
from detente.read.text import parse_seed_text
from detente.records import Article, Failure

Reader = Callable[[str, str, str, date | None], Iterator[Article | Failure]]


def _seed(raw: str, name: str, stem: str, default: date | None) -> Iterator[Article | Failure]:
    yield parse_seed_text(raw, article_id=stem, origin=name, default_date=default)


def _html(raw: str, name: str, stem: str, default: date | None) -> Iterator[Article | Failure]:
    yield parse_html(raw, article_id=stem, origin=name, default_date=default)


def _jsonl(raw: str, name: str, stem: str, default: date | None) -> Iterator[Article | Failure]:
    return read_jsonl(raw, name=name, default_date=default)


def _csv(raw: str, name: str, stem: str, default: date | None) -> Iterator[Article | Failure]:
    return read_csv(raw, name=name, default_date=default)


def _tsv(raw: str, name: str, stem: str, default: date | None) -> Iterator[Article | Failure]:
    return read_csv(raw, name=name, delimiter="\t", default_date=default)


def _json(raw: str, name: str, stem: str, default: date | None) -> Iterator[Article | Failure]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON ({exc.msg})", where=f"{name}:{exc.lineno}", hint="fix the syntax"
        ) from exc
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        origin = f"{name}[{index}]"
        if not isinstance(record, dict):
            yield Failure(origin, f"{origin}: each item must be a JSON object")
            continue
        try:
            yield article_from_record(record, origin=origin, default_date=default)
        except InputError as exc:
            yield Failure(origin, str(exc))


READERS: dict[str, Reader] = {
    ".txt": _seed,
    ".text": _seed,
    ".jsonl": _jsonl,
    ".ndjson": _jsonl,
    ".json": _json,
    ".csv": _csv,
    ".tsv": _tsv,
    ".html": _html,
    ".htm": _html,
}


def check_paths(paths: Iterable[str]) -> list[str]:
    """Fail before reading anything if a path does not exist or has an unknown format."""
    checked = list(paths)
    for path in checked:
        if path == "-":
            continue
        p = Path(path)
        if not p.exists():
            raise InputError("no such file or folder", where=path, hint="check the path")
        if p.is_file() and p.suffix.lower() not in READERS:
            raise InputError(
                f"unknown input format {p.suffix or '(no extension)'!r}",
                where=path,
                hint=f"use one of {', '.join(sorted(READERS))}",
            )
    return checked


def read_paths(
    paths: Iterable[str], *, default_date: date | None = None, stdin: TextIO | None = None
) -> Iterator[Article | Failure]:
    """Every article in the paths, in order; unreadable inputs come out as Failures."""
    for path in check_paths(paths):
        if path == "-":
            yield from read_stream(stdin or sys.stdin, default_date=default_date)
        elif Path(path).is_dir():
            for file in sorted(Path(path).rglob("*")):
                if file.is_file() and file.suffix.lower() in READERS:
                    yield from read_file(file, default_date=default_date)
        else:
            yield from read_file(Path(path), default_date=default_date)


def read_file(path: Path, *, default_date: date | None = None) -> Iterator[Article | Failure]:
    name = str(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Failure(
            name,
            f"{name}: not UTF-8 text (bad byte at offset {exc.start}); "
            "convert it with `iconv -t UTF-8` first",
        )
        return
    except OSError as exc:
        yield Failure(name, f"{name}: cannot be read ({exc.strerror})")
        return
    yield from _guarded(READERS[path.suffix.lower()], raw, name, path.stem, default_date)


def read_stream(stream: TextIO, *, default_date: date | None = None) -> Iterator[Article | Failure]:
    """stdin: JSONL if the first character is `{`, else one article in the seed format."""
    try:
        raw = stream.read()
    except UnicodeDecodeError as exc:
        yield Failure("<stdin>", f"<stdin>: not UTF-8 text (bad byte at offset {exc.start})")
        return
    reader = _jsonl if raw.lstrip().startswith("{") else _seed
    yield from _guarded(reader, raw, "<stdin>", "stdin", default_date)


def _guarded(
    reader: Reader, raw: str, name: str, stem: str, default: date | None
) -> Iterator[Article | Failure]:
    try:
        yield from reader(raw, name, stem, default)
    except InputError as exc:
        yield Failure(exc.where or name, str(exc))
