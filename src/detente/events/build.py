"""From triggers and participants to `Event` records with their evidence.

One event per trigger with at least one participant (an event noun needs an actor);
participants that name neither a country nor a sector are left out (a coder could not use
them). A visit whose host is not named in its
clause takes the host of an earlier visit by the same actor, marked `implied=True`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.arguments import ArgumentFinder, Participants
from detente.events.lexicon import Lexicon
from detente.events.mentions import MentionIndex
from detente.events.triggers import TriggerMatch, find_triggers
from detente.records import Actor, Event, Evidence, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from detente.pipeline import CodingDoc


# PLOVER: an offer or promise to yield (withdraw, release, ease) is CONCEDE, not AGREE
YIELDING = frozenset({"RETREAT", "CONCEDE"})


# "ready/willing to X": an intent, coded as PLOVER codes intents
WILLING_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "keen", "determined"})
WILLING_AS: dict[str, tuple[str, str | None, str]] = {
    "CONSULT": ("AGREE", None, "036"),
    "SUPPORT": ("AGREE", None, "032"),
    "COOPERATE": ("AGREE", None, "031"),
    "AID": ("AGREE", None, "033"),
    "RETREAT": ("CONCEDE", None, "080"),
    "CONCEDE": ("CONCEDE", None, "080"),
    "ASSAULT": ("THREATEN", "violence", "138"),
}


def _willing(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in WILLING_ADJECTIVES
    )


def code_events(cdoc: CodingDoc, lexicon: Lexicon) -> list[Event]:
    """Every event the lexicon and the parse find in the article, in text order."""
    index = MentionIndex.build(cdoc)
    finder = ArgumentFinder(index)
    events: list[Event] = []
    for sentence_index, sentence in enumerate(cdoc.doc.sents):
        for match in find_triggers(sentence, lexicon):
            parts = (
                finder.verb_participants(match)
                if match.pos == "verb"
                else finder.noun_participants(match)
            )
            if match.is_cue and not _has_own_actor(match):
                continue  # "eased sanctions on Venezuela": the verb's event says it all
            event = _event(cdoc, index, match, parts, sentence, sentence_index)
            if event is not None:
                events.append(event)
    _imply_visit_hosts(events)
    return events


def _has_own_actor(match: TriggerMatch) -> bool:
    """A noun with its own possessor or "by"/"between" phrase is its own event ("welcomed
    Herzog's visit")."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between"))
        for c in match.token.children
    )


def _actors(
    index: MentionIndex,
    found: list[tuple[int, int]],
    sentence_index: int,
    implied: set[int] | None = None,
) -> list[Actor]:
    out: list[Actor] = []
    for concrete, surface in found:
        member = index.mentions[concrete]
        shown = concrete if member.sentence_index == sentence_index else surface
        actor = index.actor(concrete, shown)
        if actor.country is None and actor.sector is None:
            continue
        out.append(_implied(actor) if implied and concrete in implied else actor)
    return out


def _event(
    cdoc: CodingDoc,
    index: MentionIndex,
    match: TriggerMatch,
    parts: Participants,
    sentence: SpacySpan,
    sentence_index: int,
) -> Event | None:
    actors = _actors(index, parts.actors, sentence_index, parts.implied)
    recipients = _actors(index, parts.recipients, sentence_index, parts.implied)
    if not actors and (not recipients or match.pos == "noun"):
        return None  # a nominal event needs its actor: "the blockade on Gaza" alone is background
    text = cdoc.article.text
    token = match.token
    start, end = token.idx, token.idx + len(token.text)
    evidence = Evidence(
        article_id=cdoc.article.id,
        sentence_index=sentence_index,
        start=sentence.start_char,
        end=sentence.end_char,
        text=text[sentence.start_char : sentence.end_char],
        trigger=Span(text[start:end], start, end),
        actors=tuple(Span(a.text, a.start, a.end) for a in actors),
        recipients=tuple(Span(r.text, r.start, r.end) for r in recipients),
    )
    pattern = match.pattern
    event, mode, cameo = pattern.event, pattern.mode, pattern.cameo
    if event == "AGREE" and match.complement in YIELDING:
        event, mode, cameo = "CONCEDE", None, "080"  # a promise to withdraw or release
    elif _willing(match.token):  # "ready to resume talks" states an intent
        event, mode, cameo = WILLING_AS.get(event, (event, mode, cameo))
    return Event(
        article_id=cdoc.article.id,
        event=event,
        mode=mode,
        cameo=cameo,
        actors=actors,
        recipients=recipients,
        evidence=evidence,
        confidence=pattern.strength,  # the lexicon's cue strength; events.scores.v1 finishes it
    )


def _imply_visit_hosts(events: list[Event]) -> None:
    """A visit without a named host takes the host of an earlier visit by the same actor."""
    for k, event in enumerate(events):
        if event.mode != "visit" or event.recipients or not event.actors:
            continue
        countries = {a.country for a in event.actors if a.country}
        for earlier in reversed(events[:k]):
            if (
                earlier.mode == "visit"
                and earlier.recipients
                and countries & {a.country for a in earlier.actors}
            ):
                event.recipients = [_implied(r) for r in earlier.recipients if not r.implied]
                break


def _implied(actor: Actor) -> Actor:
    return Actor(
        text=actor.text,
        start=actor.start,
        end=actor.end,
        country=actor.country,
        sector=actor.sector,
        name=actor.name,
        office=actor.office,
        entity_id=actor.entity_id,
        implied=True,
    )
