"""Events between companies, teams, stars and private people are not political interactions;
the same verbs with a state actor, or a country named as such, still are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.errors import KnowledgeError
from detente.events.build import code_events
from detente.events.lexicon import Lexicon
from detente.events.relevance import load_off_topic_words, political_events
from detente.pipeline import CodingDoc
from detente.records import Actor, ActorMention, Article

Kept = Callable[[str], list[str]]

# word → (country, sector): fictional countries, so the test is about the check, not knowledge
ACTORS: dict[str, tuple[str | None, str | None]] = {
    "Gondor": ("GON", None),
    "Gondorian": ("GON", None),
    "Arnor": ("ARN", None),
    "Arnorian": ("ARN", None),
    "Sauron": ("MOR", "GOV"),
    "Rohirrim": ("ROH", "CVL"),
}
GROUPS = {("Gondorian", "army"): "MIL", ("Gondorian", "police"): "COP"}


def mentions(doc: Doc) -> list[ActorMention]:
    """One mention per table word; "Gondorian army" and "Gondorian police" as state actors."""
    sentence_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}
    out: list[ActorMention] = []
    for token in doc:
        if token.text not in ACTORS:
            continue
        country, sector = ACTORS[token.text]
        last = token
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and (token.text, nxt.text) in GROUPS:
            last, sector = nxt, GROUPS[(token.text, nxt.text)]
        start, end = token.idx, last.idx + len(last.text)
        actor = Actor(doc.text[start:end], start, end, country, sector)
        out.append(
            ActorMention(actor, "country", sentence_of[token.i], token.i, last.i + 1, last.i)
        )
    return out


@pytest.fixture(scope="module")
def kept(nlp: Language, lexicon: Lexicon) -> Kept:
    """The event types of a text that stay after the relevance check."""
    words = load_off_topic_words()

    def run(text: str) -> list[str]:
        article = Article(id="t", published=dt.date(2023, 5, 10), text=text)
        doc = nlp(text)
        cdoc = CodingDoc(article, parsed=doc, actor_mentions=mentions(doc))
        cdoc.events = code_events(cdoc, lexicon)
        assert cdoc.events, "the sentence must code an event before the check"
        return [e.event for e in political_events(cdoc, words)]

    return run


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian striker accused the Arnorian defender of diving.",  # sport roles
        "The Gondorian company sued its Arnorian rival over a patent.",  # business
        "The Gondorian carmaker signed a deal with the Arnorian battery maker.",
        "The Gondorian singer accused the Arnorian rapper of copying her song.",  # stars
        "The Gondorian chef praised the Arnorian food critics.",
        "The Gondorian actress praised the Arnorian film.",  # a nationality of a film
        "Her Gondorian husband attacked the Arnorian protesters.",  # a private doer
    ],
)
def test_an_event_between_private_parties_is_left_out(kept: Kept, text: str) -> None:
    assert kept(text) == []


def test_countries_in_a_match_report_are_teams(kept: Kept) -> None:
    text = (
        "Gondor won the cup on Sunday. Gondor accused Arnor of wasting time after the goal. "
        "The coach praised his players."
    )
    assert kept(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gondor sued the Arnorian company over the oil spill.",  # a country
        "The Gondorian army attacked the Arnorian striker's village.",  # a state actor
        "Gondorian police arrested Arnorian fans after the match at the stadium.",
        "Gondor imposed sanctions on the Arnorian company.",
        "The Arnorian company was sanctioned.",  # what an unnamed doer does to a company
        "The Gondorian negotiating team walked out of the talks with Arnor.",  # not a sport team
        "The Rohirrim protested against Sauron after the match.",
    ],
)
def test_political_events_with_private_words_stay(kept: Kept, text: str) -> None:
    assert kept(text) != []


def test_an_unknown_use_names_the_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "off_topic.tsv"
    table.write_text("# words\nword\tdomain\tuse\nstriker\tsport\tplayer\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_off_topic_words(table)
    assert f"{table}:3" in str(caught.value)


def test_role_words_also_tell_the_setting() -> None:
    words = load_off_topic_words()
    assert "sport" in words.roles["striker"]
    assert "sport" in words.ambiguous["team"]
    assert words.domains(["striker", "league"]) == {"sport"}
