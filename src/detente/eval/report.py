"""What an evaluation run returns: named metrics, a few notes, and how it was made."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class EvalReport:
    """One gold set's scores. `metrics` values are floats in [0, 1] unless the name says a count."""

    name: str
    metrics: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # per-class tables, confusions, …

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "metrics": self.metrics,
            "counts": self.counts,
            "notes": self.notes,
            "details": self.details,
        }
