"""Stages and the pipeline that runs them.

A stage is a small object with a versioned `name`, the annotations it `requires` and
`assigns`, a `setup(config)` that loads its resources once (per process or Ray worker), and
`__call__(batch) -> batch`. `Pipeline.build` checks that every requirement is assigned by an
earlier stage, so a missing stage is an error at start-up, not a `KeyError` at article 40,000.

Annotation names used by the built-in stages:

    doc.parse              the spaCy Doc (tokens, sentences, dependencies, entities)
    doc.time_expressions   TimeExpression list, normalised against the publication date
    doc.actor_mentions     ActorMention list, resolved and linked by coreference
    doc.events             Event list with type, mode, CAMEO code, actors, recipients, evidence
    event.date             Event.date (and the date evidence span)
    event.actors_dated     actors re-resolved at the event date (office holders)
    event.status           Event.status and Event.historical
    event.contexts         Event.contexts
    event.location         Event.location
    event.merged           one event per happening within the article
    event.scores           quad class, PLOVER score, Goldstein value, confidence
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from detente.errors import PipelineError
from detente.records import ActorMention, Article, Event, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.config import Config


@dataclass(slots=True)
class CodingDoc:
    """One article on its way through the stages: what has been found so far."""

    article: Article
    parsed: Doc | None = None
    time_expressions: list[TimeExpression] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)  # stage-private scratch space

    @property
    def doc(self) -> Doc:
        """The parsed spaCy Doc; stages that require `doc.parse` may rely on it."""
        if self.parsed is None:
            raise PipelineError(
                f"article {self.article.id!r} has not been parsed",
                hint="put the 'nlp.spacy.v1' stage first",
            )
        return self.parsed


Batch = list[CodingDoc]


@runtime_checkable
class Stage(Protocol):
    """The contract every stage fulfils."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def setup(self, config: Config) -> None: ...

    def __call__(self, batch: Batch) -> Batch: ...


class DocStage:
    """Base for stages that treat each document on its own: override `process`."""

    name = "abstract.v0"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def setup(self, config: Config) -> None:
        """Load resources once; the default needs none."""

    def process(self, cdoc: CodingDoc) -> None:
        raise NotImplementedError

    def __call__(self, batch: Batch) -> Batch:
        for cdoc in batch:
            self.process(cdoc)
        return batch


@dataclass(frozen=True)
class Pipeline:
    """An ordered, validated list of set-up stages."""

    stages: tuple[Stage, ...]

    @classmethod
    def build(cls, stages: Sequence[Stage], config: Config) -> Pipeline:
        check_contracts(stages)
        for stage in stages:
            stage.setup(config)
        return cls(tuple(stages))

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, batch: Batch) -> Batch:
        for stage in self.stages:
            batch = stage(batch)
        return batch


def check_contracts(stages: Iterable[Stage]) -> None:
    """Raise PipelineError naming the first stage whose requirement nobody assigned before."""
    available: set[str] = set()
    seen: list[str] = []
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            before = ", ".join(seen) or "nothing"
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, "
                f"which no earlier stage assigns (earlier stages: {before})",
                hint="add the stage that assigns it before this one, or remove this stage",
            )
        available.update(stage.assigns)
        seen.append(stage.name)
