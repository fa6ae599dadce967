"""The one table of built-in stages, by versioned name.

A behaviour change ships as a new name (`events.lexicon.v2`) beside the old one, so a config
that names `v1` keeps meaning what it meant. Entries are "module:Class" strings so that
listing stages does not import every model they use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from detente.errors import ConfigError
from detente.pipeline import Pipeline, Stage

if TYPE_CHECKING:
    from detente.config import Config

STAGE_FACTORIES: dict[str, str] = {
    "nlp.spacy.v1": "detente.nlp.parse:SpacyParser",
    "time.expressions.v1": "detente.time.stage:TimeExpressionStage",
    "actors.mentions.v1": "detente.actors.stage:ActorMentionStage",
    "events.lexicon.v1": "detente.events.stage:LexiconEventStage",
    "time.attach.v1": "detente.time.stage:EventDateStage",
    "actors.dated.v1": "detente.actors.stage:DatedActorStage",
    "time.status.v1": "detente.time.stage:EventStatusStage",
    "events.contexts.v1": "detente.events.stage:ContextStage",
    "places.gazetteer.v1": "detente.places.stage:GazetteerStage",
    "events.merge.v1": "detente.events.stage:MergeStage",
    "events.scores.v1": "detente.events.stage:ScoreStage",
}


def create_stage(name: str) -> Stage:
    try:
        target = STAGE_FACTORIES[name]
    except KeyError:
        raise ConfigError(
            f"unknown stage {name!r}", hint=f"known stages: {', '.join(sorted(STAGE_FACTORIES))}"
        ) from None
    module_name, class_name = target.split(":")
    factory = getattr(importlib.import_module(module_name), class_name)
    return cast(Stage, factory())


def build_pipeline(config: Config) -> Pipeline:
    return Pipeline.build([create_stage(n) for n in config.coding.stages], config)
