"""A real server (uvicorn, in a thread, on 127.0.0.1) and Debian's Chromium driven by Playwright.

Skipped with the reason when /usr/bin/chromium is absent (`bash scripts/setup-browser.sh`
installs it; `make test` runs that first). A browser is never downloaded.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]
DEMO_ARTICLES = REPO / "src" / "detente" / "samples" / "articles"

sys.path.insert(0, str(REPO / "tests" / "api"))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """uvicorn over `db` in a thread on 127.0.0.1 and a free port; yields the base URL."""
    import uvicorn

    from detente.api import create_app

    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The explorer over the sample database (content the tests control)."""
    from sample_db import build_sample_db

    db = build_sample_db(tmp_path_factory.mktemp("browser") / "sample.duckdb")
    with serving(db) as base:
        yield base


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The explorer over the demo database: the sample articles, coded by the real coder."""
    from detente.store.database import Database

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Database(db) as writable:
        writable.ingest([str(DEMO_ARTICLES)])
    with serving(db) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run `bash scripts/setup-browser.sh` (apt chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A laptop-sized page that fails the test on any script error or dialog (alert)."""
    context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=server)
    context.set_default_timeout(60_000)  # a loaded CI machine; nothing here is timed
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    tab.problems = problems
    yield tab
    context.close()
    assert not problems, problems


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests save their screenshots: a temporary folder, or the folder named
    by DETENTE_SCREENSHOTS (`make screenshots` points it at docs/img for the README)."""
    chosen = os.environ.get("DETENTE_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
