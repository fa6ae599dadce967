"""`actors.mentions.v1` in a pipeline: it fills `doc.actor_mentions`, survives odd input,
and takes the user's extra knowledge from the config."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.config import Config
from detente.pipeline import CodingDoc
from detente.records import Article
from detente.stages import build_pipeline


def test_the_stage_runs_in_a_pipeline_after_the_parser() -> None:
    config = Config().with_coding(stages=("nlp.spacy.v1", "actors.mentions.v1"))
    pipeline = build_pipeline(config)
    text = "Ankara welcomes Herzog's upcoming visit to Turkey."
    [cdoc] = pipeline.run([CodingDoc(Article("a", date(2022, 2, 16), text))])
    found = {(m.actor.text, m.actor.country, m.actor.sector) for m in cdoc.actor_mentions}
    assert ("Ankara", "TUR", "GOV") in found
    assert ("Turkey", "TUR", None) in found
    herzog = next(m for m in cdoc.actor_mentions if m.kind == "person")
    assert herzog.actor.name == "Isaac Herzog" and herzog.actor.text == "Herzog"


def test_odd_texts_give_no_mentions_and_no_errors(analyse) -> None:
    for text in ("", " ", "...", "12 3 4", "the the the", "He said it."):
        cdoc = analyse(text)
        assert all(m.actor.country is None for m in cdoc.actor_mentions), text


def test_lowercase_common_words_are_not_countries(analyse) -> None:
    cdoc = analyse("They ate turkey and chad said china plates were cheap in may.")
    assert [m.actor.country for m in cdoc.actor_mentions if m.actor.country] == []


def test_extra_knowledge_from_the_config_is_used(tmp_path: Path) -> None:
    table = tmp_path / "agents.tsv"
    table.write_text(
        "phrase\tsector\tkind\toffice\tnote\nwizard council\tGOV\tbody\t\tmade up\n",
        encoding="utf-8",
    )
    config = Config().with_coding(
        stages=("nlp.spacy.v1", "actors.mentions.v1"), extra_knowledge=(str(table),)
    )
    text = "The Gondorian wizard council met Turkish officials."
    [cdoc] = build_pipeline(config).run([CodingDoc(Article("a", date(2022, 2, 16), text))])
    council = next(m for m in cdoc.actor_mentions if "council" in m.actor.text)
    assert council.actor.sector == "GOV"
