"""From triggers and participants to `Event` records with their evidence.

One event per trigger with at least one participant (an event noun needs an actor);
participants that name neither a country nor a sector are left out (a coder could not use
them). A visit whose host is not named in its
clause takes the host of an earlier visit by the same actor, marked `implied=True`.
"""

from __future__ import annotations

import dataclasses
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


# CAMEO's intent codes for what an AGREE trigger governs ("agreed to meet" 036)
INTENT_CODES: dict[str, str] = {
    "COOPERATE": "031",
    "SUPPORT": "032",
    "AID": "033",
    "CONSULT": "036",
}


# "ready/willing to X": an intent, coded as PLOVER codes intents
WILLING_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "keen", "determined"})
WILLING_AS: dict[str, tuple[str, str | None, str]] = {
    "CONSULT": ("AGREE", None, "036"),
    "SUPPORT": ("AGREE", None, "032"),
    "COOPERATE": ("AGREE", None, "031"),
    "AID": ("AGREE", None, "033"),
    "RETREAT": ("CONCEDE", None, "035"),
    "CONCEDE": ("CONCEDE", None, "035"),
    "ASSAULT": ("THREATEN", "violence", "138"),
}


# "will not lift the ban", "said it would not release the soldiers": a refusal to cooperate
# or yield is a rejection (CAMEO 12); the refusal ("will not") is the trigger
REFUSED_AS: dict[str, tuple[str | None, str]] = {
    "RETREAT": ("yield", "124"),
    "CONCEDE": ("yield", "124"),
    "CONSULT": ("meet", "125"),
    "AID": ("assist", "121"),
    "COOPERATE": ("assist", "121"),
    "SUPPORT": (None, "120"),
    "AGREE": (None, "120"),
}
REFUSING_MODALS = frozenset({"will", "wo", "shall", "would"})


def _refusal(match: TriggerMatch) -> tuple[Token, Token] | None:
    """The modal and the negation of a verb trigger that states a refusal ("will not")."""
    if match.pos != "verb" or match.pattern.event not in REFUSED_AS:
        return None
    token = match.token
    negs = [c for c in token.children if c.dep_ == "neg"]
    modals = [c for c in token.children if c.dep_ == "aux" and c.lower_ in REFUSING_MODALS]
    if not negs or not modals or modals[0].i > negs[0].i:
        return None
    return modals[0], negs[0]


def _threat_to_a_thing(match: TriggerMatch, index: MentionIndex) -> bool:
    """A bare "threaten" whose object is a thing, not a party: "threatened regional stability",
    "threatens the livelihoods of farmers" describe a danger, not a threat made."""
    if match.pattern.event != "THREATEN" or match.pos != "verb":
        return False
    if match.cue is not None or match.complement is not None:
        return False
    objects = [c for c in match.token.children if c.dep_ == "dobj"]
    return bool(objects) and all(index.at(o.i) is None for o in objects)


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
    if _threat_to_a_thing(match, index):
        return None  # "saying it threatened regional stability"
    actors = _actors(index, parts.actors, sentence_index, parts.implied)
    recipients = _actors(index, parts.recipients, sentence_index, parts.implied)
    if not actors and (not recipients or match.pos == "noun"):
        return None  # a nominal event needs its actor: "the blockade on Gaza" alone is background
    text = cdoc.article.text
    token = match.token
    start, end = token.idx, token.idx + len(token.text)
    refusal = _refusal(match)
    if refusal is not None:  # the refusal is what happened: "will not" is its trigger
        modal, neg = refusal
        start, end = modal.idx, neg.idx + len(neg.text)
    sentence_text = text[sentence.start_char : sentence.end_char].rstrip()
    evidence = Evidence(
        article_id=cdoc.article.id,
        sentence_index=sentence_index,
        start=sentence.start_char,
        end=sentence.start_char + len(sentence_text),
        text=sentence_text,
        trigger=Span(text[start:end], start, end),
        actors=tuple(Span(a.text, a.start, a.end) for a in actors),
        recipients=tuple(Span(r.text, r.start, r.end) for r in recipients),
    )
    pattern = match.pattern
    event, mode, cameo = pattern.event, pattern.mode, pattern.cameo
    if refusal is not None:
        mode, cameo = REFUSED_AS[event]
        event = "REJECT"
    elif event == "AGREE" and match.complement in YIELDING:
        event, mode, cameo = "CONCEDE", None, "035"  # a promise to withdraw or release
    elif event == "AGREE" and cameo == "030" and match.complement in INTENT_CODES:
        cameo = INTENT_CODES[match.complement]  # "promised to cooperate": 031
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
    return dataclasses.replace(actor, implied=True)
