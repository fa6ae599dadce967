"""Every person in the seed article resolves to the right country, sector and name (Aura
Herzog, the President's mother, is a different person and stays unnamed by the tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.pipeline import CodingDoc
from detente.read.paths import read_paths
from detente.records import Article

EXPECTED = {
    "Kalın": ("TUR", "GOV", "İbrahim Kalın"),
    "Onal": ("TUR", "GOV", "Sadat Onal"),
    "Ushpiz": ("ISR", "GOV", "Alon Ushpiz"),
    "Shviki": ("ISR", "GOV", "Eyal Shviki"),
    "Herzog": ("ISR", "GOV", "Isaac Herzog"),
    "Erdogan": ("TUR", "GOV", "Recep Tayyip Erdoğan"),
    "Lapid": ("ISR", "GOV", "Yair Lapid"),
    "Cavusoglu": ("TUR", "GOV", "Mevlüt Çavuşoğlu"),
}


@pytest.fixture(scope="module")
def seed(seed_path: Path, analyse) -> CodingDoc:
    article = next(a for a in read_paths([str(seed_path)]) if isinstance(a, Article))
    return analyse(article.text, article.published.isoformat())


@pytest.mark.parametrize("surname", sorted(EXPECTED))
def test_every_person_in_the_seed_article_is_named_with_country_and_sector(
    seed: CodingDoc, surname: str
) -> None:
    people = [
        m
        for m in seed.actor_mentions
        if m.kind == "person" and surname in m.actor.text and "Aura" not in m.actor.text
    ]
    assert people, f"no person mention for {surname}"
    for mention in people:
        actor = mention.actor
        assert (actor.country, actor.sector, actor.name) == EXPECTED[surname], actor


def test_no_mention_is_a_date(seed: CodingDoc) -> None:
    doc = seed.doc
    for mention in seed.actor_mentions:
        tokens = doc[mention.token_start : mention.token_end]
        assert not any(t.ent_type_ in ("DATE", "TIME") for t in tokens), mention.actor.text
        assert "date" not in mention.actor.text.casefold()


def test_mention_text_is_the_article_span(seed: CodingDoc) -> None:
    for mention in seed.actor_mentions:
        a = mention.actor
        assert seed.article.text[a.start : a.end] == a.text
