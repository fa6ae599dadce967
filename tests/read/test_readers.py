"""Readers turn every supported format into Articles and every bad input into a Failure that
names the file, the line and the field."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.read.paths import read_paths, read_stream
from detente.records import Article, Failure


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _read(*paths: Path, default_date: date | None = None) -> list[Article | Failure]:
    return list(read_paths([str(p) for p in paths], default_date=default_date))


def test_seed_format_header_on_same_line_is_metadata_not_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "turkey.txt", "  date 2022-02-18 A delegation visited Israel.")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.id == "turkey"
    assert article.published == date(2022, 2, 18)
    assert article.text == "A delegation visited Israel."


def test_seed_format_text_on_following_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "date 2021-12-01\n\nFirst paragraph.\n\nSecond one.\n")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.text == "First paragraph.\n\nSecond one."


def test_seed_article_offsets_start_after_the_header(seed_path: Path) -> None:
    [article] = _read(seed_path)
    assert isinstance(article, Article)
    assert article.published == date(2022, 2, 18)
    assert article.text.startswith("A senior Turkish delegation")
    assert "date 2022" not in article.text


def test_text_without_date_header_fails_naming_the_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "nodate.txt", "A delegation visited Israel.")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert f"{path}:1" in failure.reason
    assert "--date" in failure.reason


def test_text_without_header_uses_the_date_option(tmp_path: Path) -> None:
    path = _write(tmp_path, "nodate.txt", "A delegation visited Israel.")
    [article] = _read(path, default_date=date(2022, 2, 18))
    assert isinstance(article, Article)
    assert article.published == date(2022, 2, 18)


def test_impossible_date_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "feb30.txt", "date 2022-02-30 Text.")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert "2022-02-30" in failure.reason and "does not exist" in failure.reason


def test_date_in_another_format_is_refused_with_the_expected_form(tmp_path: Path) -> None:
    path = _write(tmp_path, "us.txt", "date 02/18/2022 Text.")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert "YYYY-MM-DD" in failure.reason


def test_empty_text_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", "date 2022-02-18   \n  \n")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert "no text" in failure.reason


def test_non_utf8_file_fails_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = _write(tmp_path, "a_latin1.txt", "date 2022-02-18 Türkiye".encode("latin-1"))
    good = _write(tmp_path, "b_good.txt", "date 2022-02-18 Turkey.")
    results = _read(tmp_path)
    assert [type(r) for r in results] == [Failure, Article]
    assert isinstance(results[0], Failure)
    assert str(bad) in results[0].reason and "UTF-8" in results[0].reason
    assert isinstance(results[1], Article) and results[1].id == good.stem


def test_jsonl_reads_fields_and_keeps_other_keys_as_metadata(tmp_path: Path) -> None:
    record = {
        "id": "x1",
        "published": "2022-02-18T10:00:00Z",
        "title": "T",
        "text": "Body.",
        "url": "https://example.org/a",
        "source": "Wire",
        "section": "world",
    }
    path = _write(tmp_path, "a.jsonl", json.dumps(record) + "\n")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert (article.id, article.published, article.title) == ("x1", date(2022, 2, 18), "T")
    assert article.url == "https://example.org/a" and article.source == "Wire"
    assert article.metadata == {"section": "world"}


def test_jsonl_syntax_error_names_the_line_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "date": "2022-01-01", "text": "One."}),
        '{"id": "b", "date": "2022-01-02", "text": "Two."',
        json.dumps({"id": "c", "date": "2022-01-03", "text": "Three."}),
    ]
    path = _write(tmp_path, "a.jsonl", "\n".join(lines))
    results = _read(path)
    assert [type(r) for r in results] == [Article, Failure, Article]
    assert isinstance(results[1], Failure)
    assert f"{path}:2" in results[1].reason and "JSON" in results[1].reason


def test_jsonl_missing_date_names_the_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.jsonl", json.dumps({"id": "a", "text": "One."}))
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert "'date'" in failure.reason and f"{path}:1" in failure.reason
    assert failure.article_id == "a"


def test_jsonl_without_id_gets_a_stable_content_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.jsonl", json.dumps({"date": "2022-01-01", "text": "One."}))
    [first] = _read(path)
    [second] = _read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id and first.id.startswith("sha-")


def test_csv_with_header_and_quoted_text(tmp_path: Path) -> None:
    content = 'id,date,text\nc1,2022-02-18,"Turkey, and Israel, met."\nc2,,"No date."\n'
    path = _write(tmp_path, "a.csv", content)
    results = _read(path)
    assert isinstance(results[0], Article) and results[0].text == "Turkey, and Israel, met."
    assert isinstance(results[1], Failure) and f"{path}:3" in results[1].reason


def test_csv_without_text_column_says_which_columns_it_has(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.csv", "id,date,body\n1,2022-01-01,x\n")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert "'text'" in failure.reason and "body" in failure.reason


def test_folder_is_read_recursively_by_extension(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "date 2022-01-01 One.")
    (tmp_path / "sub").mkdir()
    _write(
        tmp_path / "sub", "b.jsonl", json.dumps({"id": "b", "date": "2022-01-02", "text": "Two."})
    )
    _write(tmp_path, "notes.md", "ignored")
    ids = [r.id for r in _read(tmp_path) if isinstance(r, Article)]
    assert ids == ["a", "b"]


def test_html_page_gives_title_paragraphs_and_meta_date(tmp_path: Path) -> None:
    page = """<html><head><title>Talks resume</title>
    <meta property="article:published_time" content="2022-02-18T08:00:00Z">
    <script>var x = "<p>not text</p>";</script></head>
    <body><nav>Home | World</nav><h1>Talks resume</h1>
    <p>Turkey and Israel held talks &amp; agreed.</p><p>More on Friday.</p></body></html>"""
    path = _write(tmp_path, "page.html", page)
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.title == "Talks resume"
    assert article.published == date(2022, 2, 18)
    assert article.text == "Turkey and Israel held talks & agreed.\n\nMore on Friday."


def test_missing_path_is_an_error_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        _read(tmp_path / "nope.txt")


def test_unknown_extension_lists_the_supported_ones(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.docx", "x")
    with pytest.raises(InputError, match=r"\.jsonl"):
        _read(path)


def test_stdin_plain_text_with_date_option() -> None:
    [article] = list(
        read_stream(io.StringIO("Turkey and Israel met."), default_date=date(2022, 2, 18))
    )
    assert isinstance(article, Article) and article.id == "stdin"


def test_stdin_jsonl_is_detected() -> None:
    line = json.dumps({"id": "s1", "date": "2022-02-18", "text": "Met."})
    [article] = list(read_stream(io.StringIO(line)))
    assert isinstance(article, Article) and article.id == "s1"
