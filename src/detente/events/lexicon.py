"""The trigger lexicon: verb and noun patterns → PLOVER event, mode and CAMEO code.

    lexicon = load_lexicon()
    lexicon.patterns("hold", "verb")   → every pattern whose lemma is "hold"

Tables: `knowledge/lexicon/triggers/<event>.tsv`, one per PLOVER event type (format in
docs/lexicon.md). Users can extend them with their own table of the same format
(`load_lexicon(extra=(path,))`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from detente.errors import KnowledgeError
from detente.events.ontology import Ontology, load_ontology
from detente.events.tables import knowledge_path, optional, parse_float, read_table

Roles = Literal["obj", "prep", "mutual", "host", "objactor", "of", "none"]
ROLES: tuple[str, ...] = ("obj", "prep", "mutual", "host", "objactor", "of", "none")
COLUMNS = ("lemma", "pos", "particle", "prep", "cue", "roles", "event", "mode", "cameo", "strength")


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One row of the lexicon."""

    lemma: str
    pos: Literal["verb", "noun"]
    particle: str | None
    preps: frozenset[str]
    prep_required: bool
    cues: frozenset[str]
    roles: Roles
    event: str
    mode: str | None
    cameo: str
    strength: float
    where: str

    @property
    def specificity(self) -> int:
        """How much of the context the pattern pins down; the most specific match wins."""
        return 4 * bool(self.cues) + 2 * bool(self.particle) + bool(self.preps)


@dataclass(frozen=True)
class Lexicon:
    by_lemma: dict[tuple[str, str], list[TriggerPattern]] = field(default_factory=dict)

    def patterns(self, lemma: str, pos: str) -> list[TriggerPattern]:
        return self.by_lemma.get((lemma, pos), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_lemma.values())


def parse_pattern(row: dict[str, str], where: str, ontology: Ontology) -> TriggerPattern:
    pos = row["pos"]
    if pos not in ("verb", "noun"):
        raise KnowledgeError(f"pos must be 'verb' or 'noun', not {pos!r}", where=where)
    roles = row["roles"]
    if roles not in ROLES:
        raise KnowledgeError(
            f"unknown roles {roles!r}", where=where, hint=f"valid: {', '.join(ROLES)}"
        )
    mode = optional(row["mode"])
    ontology.check_event(row["event"], mode, where)
    cameo = row["cameo"]
    if not cameo.isdigit() or ontology.goldstein(cameo) is None:
        raise KnowledgeError(
            f"CAMEO code {cameo!r} is not in knowledge/ontology/cameo.tsv",
            where=where,
            hint="add the code (with its Goldstein value) to cameo.tsv or use a listed one",
        )
    prep = optional(row["prep"]) or ""
    required = bool(prep) and not prep.startswith("?")
    cue = optional(row["cue"])
    return TriggerPattern(
        lemma=row["lemma"].lower(),
        pos=pos,  # type: ignore[arg-type]
        particle=optional(row["particle"]),
        preps=frozenset(p for p in prep.lstrip("?").split("|") if p),
        prep_required=required,
        cues=frozenset(cue.lower().split("|")) if cue else frozenset(),
        roles=roles,  # type: ignore[arg-type]
        event=row["event"],
        mode=mode,
        cameo=cameo,
        strength=parse_float(row["strength"], where, "strength"),
        where=where,
    )


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The shipped trigger table, plus any user tables of the same format."""
    ontology = load_ontology()
    lexicon = Lexicon()
    folder = knowledge_path("lexicon", "triggers")
    shipped = sorted(folder.glob("*.tsv"))
    if not shipped:
        raise KnowledgeError("no trigger tables found", where=str(folder), hint="reinstall detente")
    for path in (*shipped, *map(Path, extra)):
        for number, row in read_table(path, COLUMNS):
            pattern = parse_pattern(row, f"{path}:{number}", ontology)
            lexicon.by_lemma.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
    return lexicon
