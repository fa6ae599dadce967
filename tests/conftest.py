"""Shared fixtures: the spaCy pipeline is loaded once per session; paths into ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "2022-02-18-turkey-israel.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not next to the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The one spaCy English pipeline, loaded once for the whole test session."""
    from detente.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def reign_leader_list(shared_dir: Path) -> Path:
    """The newest REIGN-style leader list in ../shared (named REIGN_leaderlist_<m>_<yy>.csv)."""
    found = sorted((shared_dir / "time-actors-geo" / "actors").glob("REIGN_leaderlist_*.csv"))
    if not found:
        pytest.skip("no REIGN leader list in ../shared")
    return found[-1]
