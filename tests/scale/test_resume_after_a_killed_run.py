"""A scaled run killed mid-way resumes with `--resume`: nothing written twice, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from detente.config import Config
from detente.errors import ConfigError
from detente.scale import run as scale_run
from detente.scale.rounds import STAGING
from detente.scale.run import ScaleSummary, ingest_to_parquet


def _event_ids(out: Path) -> list[str]:
    table = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table()
    return sorted(str(row["id"]) for row in table.to_pylist())


def _kill_in_second_round(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second round writes its tables, then the process dies before the round is done."""
    real = scale_run.run_locally
    rounds: list[int] = []

    def dies_in_round_two(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        rounds.append(1)
        if len(rounds) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(scale_run, "run_locally", dies_in_round_two)


def test_a_killed_run_resumes_to_the_same_tables_as_one_whole_run(
    corpus: Path,
    small_batches: Config,
    local_run: ScaleSummary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    with monkeypatch.context() as patch:
        _kill_in_second_round(patch)
        with pytest.raises(KeyboardInterrupt):
            ingest_to_parquet(
                [str(corpus)], out, engine="local", config=small_batches, round_size=1
            )
    assert (out / STAGING).exists()  # the unfinished round's tables, not yet in place
    first_round = _event_ids(out)
    assert first_round and len(first_round) < local_run.n_events

    resumed = ingest_to_parquet(
        [str(corpus)], out, engine="local", config=small_batches, round_size=1, resume=True
    )
    assert not (out / STAGING).exists()
    assert _event_ids(out) == _event_ids(Path(local_run.out))
    assert (resumed.n_articles, resumed.n_failures) == (
        local_run.n_articles,
        local_run.n_failures,
    )
    progress = (out / "_detente_progress.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(progress) == 1 + 2  # the header, then one line per input file coded


def test_resume_refuses_a_folder_written_with_other_settings(
    corpus: Path, small_batches: Config, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    ingest_to_parquet([str(corpus / "a.jsonl")], out, engine="local", config=small_batches)
    other = small_batches.with_coding(historical_after_days=1)
    with pytest.raises(ConfigError, match="another config hash"):
        ingest_to_parquet([str(corpus)], out, engine="local", config=other, resume=True)


def test_resume_needs_an_earlier_run(tmp_path: Path, corpus: Path) -> None:
    with pytest.raises(ConfigError, match="nothing to resume"):
        ingest_to_parquet([str(corpus)], tmp_path / "new", engine="local", resume=True)


def test_a_finished_run_resumed_codes_nothing_again(
    corpus: Path, small_batches: Config, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    whole = ingest_to_parquet([str(corpus)], out, engine="local", config=small_batches)
    again = ingest_to_parquet([str(corpus)], out, engine="local", config=small_batches, resume=True)
    assert _event_ids(out) == sorted(set(_event_ids(out)))
    assert again.n_events == whole.n_events
    manifest = json.loads((out / "_detente_scale.json").read_text(encoding="utf-8"))
    assert manifest["n_events"] == whole.n_events
