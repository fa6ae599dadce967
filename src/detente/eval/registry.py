"""The gold sets `detente eval` knows, by name → "module:function".

Each function has the signature `run(shared: Path, coder: Coder, limit: int | None) -> EvalReport`,
where `shared` is the `../shared` folder and `limit` caps the number of items (for quick runs).
Add a set by adding one line here.
"""

from __future__ import annotations

EVAL_SETS: dict[str, str] = {
    "plover-gsr": "detente.eval.plover_gsr:run",
    "petrarch-gsr": "detente.eval.petrarch_gsr:run",
    "conflibert-class": "detente.eval.conflibert:run",
    "conflibert-class-train": "detente.eval.conflibert:run_train",
    "ngec-synthetic": "detente.eval.ngec:run",
    "timex": "detente.eval.timex:run",
    "actors": "detente.eval.actors:run",
    "geo": "detente.eval.geo:run",
}

# Development splits: scored on request, left out of `all` (the reported numbers are test splits).
DEV_SETS: frozenset[str] = frozenset({"conflibert-class-train"})
