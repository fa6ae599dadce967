"""The pipeline refuses, at build time, stages whose requirements nobody assigns."""

from __future__ import annotations

import pytest

from detente.config import DEFAULT_STAGES, Config
from detente.errors import ConfigError, PipelineError
from detente.pipeline import CodingDoc, DocStage, check_contracts
from detente.stages import STAGE_FACTORIES, create_stage


class _Needs(DocStage):
    name = "test.needs.v1"
    requires = ("doc.events",)
    assigns = ("event.date",)

    def process(self, cdoc: CodingDoc) -> None:
        return None


class _Gives(DocStage):
    name = "test.gives.v1"
    assigns = ("doc.events",)

    def process(self, cdoc: CodingDoc) -> None:
        return None


def test_stage_whose_requirement_is_not_assigned_earlier_is_refused() -> None:
    with pytest.raises(PipelineError) as info:
        check_contracts([_Needs(), _Gives()])
    assert "test.needs.v1" in str(info.value) and "doc.events" in str(info.value)


def test_stages_in_the_right_order_are_accepted() -> None:
    check_contracts([_Gives(), _Needs()])


def test_default_pipeline_satisfies_its_own_contracts() -> None:
    check_contracts([create_stage(name) for name in DEFAULT_STAGES])


def test_every_registered_stage_name_is_versioned_and_matches_its_class() -> None:
    for name in STAGE_FACTORIES:
        assert name.rsplit(".", 1)[-1].startswith("v"), name
        assert create_stage(name).name == name


def test_unknown_stage_name_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"events\.lexicon\.v1"):
        create_stage("events.magic.v9")


def test_config_rejects_unknown_keys_with_valid_options() -> None:
    with pytest.raises(ConfigError, match="batch_size"):
        Config.from_dict({"coding": {"batchsize": 3}})


def test_config_hash_changes_with_settings() -> None:
    assert Config().hash != Config().with_coding(batch_size=7).hash
    assert Config().hash == Config().hash
