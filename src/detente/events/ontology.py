"""PLOVER event types, modes and scores; CAMEO codes with Goldstein values; the crosswalk.

    ontology = load_ontology()
    ontology.quad("SANCTION")              → 4
    ontology.plover_score("CONSULT", "visit") → 4.0
    ontology.goldstein("042")              → 1.9
    ontology.cameo_root_quad("163")        → 4   (ICEWS-style quad of the CAMEO root)

Tables: `knowledge/ontology/{plover,modes,cameo}.tsv` (docs/lexicon.md describes them).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from detente.errors import KnowledgeError
from detente.events.tables import knowledge_path, optional, parse_float, read_table


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad: int
    score: float
    recipient_required: bool


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    goldstein: float
    event: str
    mode: str | None
    label: str


@dataclass(frozen=True)
class Ontology:
    events: dict[str, EventType]
    modes: dict[tuple[str, str], float]
    cameo: dict[str, CameoCode]

    def check_event(self, event: str, mode: str | None, where: str) -> None:
        """Raise KnowledgeError when `event`/`mode` are not PLOVER's."""
        if event not in self.events:
            raise KnowledgeError(
                f"unknown PLOVER event {event!r}",
                where=where,
                hint=f"valid events: {', '.join(self.events)}",
            )
        if mode is not None and (event, mode) not in self.modes:
            valid = [m for (e, m) in self.modes if e == event] or ["none (use '-')"]
            raise KnowledgeError(
                f"unknown mode {mode!r} for {event}", where=where, hint=f"valid: {', '.join(valid)}"
            )

    def quad(self, event: str) -> int | None:
        entry = self.events.get(event)
        return entry.quad if entry else None

    def plover_score(self, event: str, mode: str | None) -> float | None:
        if mode is not None and (event, mode) in self.modes:
            return self.modes[(event, mode)]
        entry = self.events.get(event)
        return entry.score if entry else None

    def goldstein(self, code: str) -> float | None:
        """The code's own value, else its nearest listed ancestor's (0841 → 084 → 08…)."""
        for length in range(len(code), 1, -1):
            entry = self.cameo.get(code[:length]) or self.cameo.get(code[:length].ljust(3, "0"))
            if entry:
                return entry.goldstein
        return None

    def cameo_root_quad(self, code: str) -> int | None:
        return cameo_root_quad(code)


def cameo_root_quad(code: str) -> int | None:
    """ICEWS-style quad class of a CAMEO code's root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4."""
    try:
        root = int(code[:2])
    except ValueError:
        return None
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Load and cross-check the three ontology tables (cached: they never change at run time)."""
    events: dict[str, EventType] = {}
    path = knowledge_path("ontology", "plover.tsv")
    for number, row in read_table(path, ("event", "quad", "score", "recipient_required")):
        where = f"{path}:{number}"
        events[row["event"]] = EventType(
            name=row["event"],
            quad=int(parse_float(row["quad"], where, "quad")),
            score=parse_float(row["score"], where, "score"),
            recipient_required=row["recipient_required"] == "yes",
        )
    modes: dict[tuple[str, str], float] = {}
    path = knowledge_path("ontology", "modes.tsv")
    for number, row in read_table(path, ("event", "mode", "score")):
        where = f"{path}:{number}"
        if row["event"] not in events:
            raise KnowledgeError(f"unknown PLOVER event {row['event']!r}", where=where)
        modes[(row["event"], row["mode"])] = parse_float(row["score"], where, "score")
    ontology = Ontology(events, modes, {})
    path = knowledge_path("ontology", "cameo.tsv")
    for number, row in read_table(path, ("code", "goldstein", "event", "mode", "label")):
        where = f"{path}:{number}"
        mode = optional(row["mode"])
        ontology.check_event(row["event"], mode, where)
        ontology.cameo[row["code"]] = CameoCode(
            code=row["code"],
            goldstein=parse_float(row["goldstein"], where, "goldstein"),
            event=row["event"],
            mode=mode,
            label=row["label"],
        )
    return ontology


# PLOVER's auxiliary-mode rule: a category plus "future" that equals another category is
# written as that category (future meetings, support, cooperation or aid are AGREE; a
# future yielding is CONCEDE). The coder keeps type + status; exports and scorers apply it.
FUTURE_AS: dict[str, str] = {
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "RETREAT": "CONCEDE",
}


# CAMEO codes a stated intention in its root 03 ("express intent to …"): a future meeting is
# 036, future aid 033, a future yielding 035. The PLOVER type and status stay as they are.
FUTURE_CAMEO: dict[str, str] = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "RETREAT": "035",
}


def intent_cameo(event: str, cameo: str, status: str) -> str:
    """The CAMEO code of an event with this status: an intent code for a future event."""
    if status != "future":
        return cameo
    return FUTURE_CAMEO.get(event, cameo)


def plover_category(event: str, status: str) -> str:
    """The single PLOVER category for an event type and status (see FUTURE_AS)."""
    return FUTURE_AS.get(event, event) if status == "future" else event
