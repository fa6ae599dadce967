"""Rounds: a scaled run codes its input files a round at a time, so a killed run can resume.

    OUT/_detente_progress.jsonl   line 1: who writes (coder version, config hash, engine);
                                  then one line per finished round: the input files it coded
    OUT/_staging/                 the round being written; moved into place when it is whole

A round's tables are written to `_staging` and moved into `OUT/<table>/…` only when the whole
round is done, and only then is the round recorded. A run killed mid-round leaves at most a
staging folder, which the next `--resume` run deletes before it codes that round again, so no
event is written twice and no input is lost. Resuming needs the same coder version and
settings: mixing two coders' output in one folder would not be one dataset.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.errors import ConfigError
from detente.scale.layout import PROGRESS
from detente.scale.rows import STDIN, Row

STAGING = "_staging"


def source_key(source: Row) -> str:
    """What identifies an input file across runs: its absolute path (stdin has none)."""
    return STDIN if source["path"] == STDIN else str(Path(source["path"]).resolve())


@dataclass(slots=True)
class Progress:
    """The progress file of one output folder."""

    out: Path
    done: set[str]

    @classmethod
    def start(cls, out: Path, header: dict[str, Any]) -> Progress:
        """A new run: the header line, no round done yet."""
        (out / PROGRESS).write_text(json.dumps(header) + "\n", encoding="utf-8")
        return cls(out, set())

    @classmethod
    def resume(cls, out: Path, header: dict[str, Any]) -> Progress:
        """The rounds an earlier run of the same coder and settings finished in `out`."""
        path = out / PROGRESS
        if not path.exists():
            raise ConfigError(
                "nothing to resume: the folder has no progress file",
                where=str(out),
                hint="run without --resume to start a new run in it",
            )
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        earlier = lines[0] if lines else {}
        for key in ("coder_version", "config_hash"):
            if earlier.get(key) != header.get(key):
                raise ConfigError(
                    f"the folder was written with another {key.replace('_', ' ')} "
                    f"({earlier.get(key)!r}, now {header.get(key)!r})",
                    where=str(out),
                    hint="resume with the same detente and settings, or start over without "
                    "--resume",
                )
        done = {key for line in lines[1:] for key in line.get("sources", [])}
        shutil.rmtree(out / STAGING, ignore_errors=True)
        return cls(out, done)

    def pending(self, sources: Sequence[Row], size: int) -> Iterator[list[Row]]:
        """The rounds still to code: up to `size` input files each, in input order."""
        todo = [s for s in sources if source_key(s) not in self.done]
        size = max(1, size)
        for start in range(0, len(todo), size):
            yield todo[start : start + size]

    def staging(self) -> Path:
        """An empty staging folder for the next round."""
        folder = self.out / STAGING
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return folder

    def commit(self, round_sources: Sequence[Row]) -> None:
        """Move the staged tables into place, then record the round as done."""
        folder = self.out / STAGING
        for file in sorted(folder.rglob("*.parquet")):
            target = self.out / file.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(file, target)
        shutil.rmtree(folder, ignore_errors=True)
        keys = [source_key(s) for s in round_sources]
        with (self.out / PROGRESS).open("a", encoding="utf-8") as progress:
            progress.write(json.dumps({"sources": keys}) + "\n")
        self.done.update(keys)
