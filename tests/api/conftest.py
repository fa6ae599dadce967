"""The API tests share one small database (built once) and a client over it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

from sample_db import build_sample_db

from detente.api import create_app


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_db(tmp_path_factory.mktemp("api") / "sample.duckdb")


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db)) as test_client:
        yield test_client
