"""Participants named elsewhere in the article.

- A collective reference names the actors: "the two sides held talks", "both governments
  agreed", "the ministers discussed", "leaders of both countries", "talks between the two
  governments"; or the partners: "urged both sides to show restraint", "met the two
  delegations".
- Talks reported with no party named take the article's parties: "Talks were held on
  Monday", "Negotiations resumed in Geneva" (not "no talks", "wage talks", "talks between …").
- "They" after a joint act ("Kenya and Tanzania signed … They also pledged …") stands for the
  same actors when the actors stage resolved it to one of them.

The parties are those most recently named. Going back from the reference, the nearest
sentence (within `WINDOW` sentences, the reference's own included) that names two or more
sides decides: the parties of its latest event with two or more countries (or, within one
country, sectors: "police clashed with protesters"), else the countries its mentions name —
not a place where something happened ("talks in Havana") — when they are exactly two or one
listed group ("Russia, China and India"). A "two" or "both" needs exactly two. When that
sentence names some other set, or reports a game ("Brazil beat Argentina 2-1"), nothing is
guessed. Parties found this way are marked `implied` and shown over the reference's words.

Not references: "the two sides of the river", "both sides of the debate" (an "of"/"in" phrase
that names no conflict), "the Serbian and Kosovar prime ministers" (they name their
countries), "the two teams" (not a word for parties).

Cost: mentions are grouped by sentence once per article; a lookup reads at most `WINDOW`
sentences back; sentences are checked for sport once.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.arguments import SPEECH_VERBS
from detente.events.precision import SCORE, SPORTS_WORDS
from detente.records import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from detente.events.mentions import MentionIndex
    from detente.events.triggers import TriggerMatch

WINDOW = 5  # sentences back, the trigger's own included
# "the sides", "the ministers": collective with a bare "the"
PLAIN_NOUNS = frozenset(
    {
        "sides", "parties", "leaders", "ministers", "presidents", "premiers", "delegations",
        "delegates", "negotiators", "envoys", "counterparts", "heads", "chancellors",
    }
)  # fmt: skip
# "the two countries", "both governments": collective only with "two" or "both"
PAIR_NOUNS = frozenset(
    {
        "countries", "nations", "governments", "states", "neighbours", "neighbors", "allies",
        "rivals", "foes", "adversaries", "capitals", "officials", "sides",
        "parties", "leaders", "ministers", "presidents", "premiers", "delegations",
        "negotiators", "envoys", "counterparts", "heads", "armies", "navies", "militaries",
        "forces", "groups", "factions", "camps",
    }
)  # fmt: skip
# "both sides in the conflict", "the two sides of the dispute": still the warring parties
CONFLICT_NOUNS = frozenset(
    {
        "conflict", "war", "dispute", "fighting", "talks", "negotiations", "standoff",
        "stand-off", "row", "crisis", "feud", "accord", "agreement", "deal", "truce",
        "ceasefire", "meeting", "summit", "table",
    }
)  # fmt: skip
# what may be held, signed or reached in the passive with no party named
AGENTLESS_CUES = frozenset(
    {
        "talk", "talks", "meeting", "meetings", "negotiation", "negotiations", "consultation",
        "consultations", "discussion", "discussions", "dialogue",
    }
)  # fmt: skip
AGENTLESS_EVENTS = frozenset({"CONSULT"})
# what such talks may be about without saying whose they are ("peace talks", not "wage talks")
TALK_TOPICS = frozenset(
    {
        "peace", "trade", "ceasefire", "truce", "security", "border", "nuclear", "prisoner",
        "normalisation", "normalization", "reconciliation", "unity", "exchange", "round",
    }
)  # fmt: skip
# what talks do when they happen: "talks began", "the meeting focused on trade"
UNDER_WAY = frozenset(
    {
        "begin", "start", "open", "resume", "continue", "convene", "reconvene", "focus",
        "centre", "center", "conclude", "end", "last", "cover", "address",
    }
)  # fmt: skip
# a topic, a place or a time, not a side: "talks on trade", "talks in Doha"
TOPIC_PREPS = frozenset({"on", "in", "at", "over", "about", "during"})
# mention kinds that name a party (not "he", "the two", "his country")
PARTY_KINDS = frozenset({"country", "capital", "person", "organisation", "agent"})
# events whose object is a victim: a collective object names people there, not the parties
FORCE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# prepositions of a trigger's partner: "called on both sides", "met with the two delegations"
PARTNER_PREPS = frozenset({"on", "with", "to", "against", "upon"})
# more words of a game, beside `events.precision.SPORTS_WORDS` ("met in the final")
GAMES = frozenset(
    {
        "final", "finals", "semifinals", "semi-finals", "quarterfinals", "quarter-finals",
        "game", "games", "kickoff", "kick-off", "scorer", "group-stage", "knockout",
    }
)  # fmt: skip
# a place after these is where it happened, not a party ("resumed talks in Havana")
PLACE_KINDS = frozenset({"country", "capital"})
VENUE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
NAMES = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})
PLACES = frozenset({"GPE", "LOC", "FAC"})  # "the two delegations in Washington"
# verbs that carry an event noun: "the two sides launched joint exercises"
CARRIERS = frozenset({"hold", "have", "launch", "conduct", "begin", "start", "stage", "sign"})


@dataclasses.dataclass(frozen=True, slots=True)
class Reference:
    """A collective reference: its head noun, its first and last words, whether it says two."""

    head: Token
    first: Token
    last: Token
    pair: bool
    pronoun: bool = False  # "they" after a joint act ("Kenya and Tanzania agreed … They …")


def reference(token: Token) -> Reference | None:
    """The collective reference headed by `token`, if it is one: "the two sides", "the
    ministers", or a noun whose "of"/"from" phrase or possessor is one ("leaders of both
    countries", "both countries' leaders")."""
    if _bare_pair(token):  # "the two agreed", "both agreed"
        return Reference(token, token.left_edge, token, True)
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    children = list(token.children)
    for child in children:
        inner = _inner_reference(child)
        if inner is not None:
            return Reference(token, token.left_edge, inner.last, inner.pair)
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    word = token.lower_
    bare = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    both = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in children)
    two = bare and any(c.lower_ == "two" and c.dep_ == "nummod" and _alone(c) for c in children)
    pair = both or two  # "the two sides", "both governments"; not "two women", "seventy-two"
    if not ((pair and word in PAIR_NOUNS) or (bare and word in PLAIN_NOUNS)):
        return None
    for child in children:
        if child.dep_ in ("poss", "appos"):
            return None  # "their ministers", "the two leaders, Xi and Putin": named there
        if child.dep_ in ("amod", "compound", "nmod") and _proper(child):
            return None  # "the Serbian and Kosovar prime ministers"
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on", "from"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            place = child.lower_ != "of" and bool(objects) and objects[0].ent_type_ in PLACES
            if not place and (not objects or not _a_conflict(objects[0])):
                return None  # "the two sides of the river", "both sides of the debate"
    return Reference(token, token.left_edge, token, pair)


def _bare_pair(token: Token) -> bool:
    """ "The two" or "both" standing alone as a participant."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    if token.lower_ == "both":
        return not any(c.dep_ == "prep" for c in token.children)  # not "both of them"
    if token.lower_ != "two" or not _alone(token):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _alone(number: Token) -> bool:
    """ "two", not the end of "seventy-two"."""
    return number.i == 0 or number.doc[number.i - 1].lower_ not in ("-", "–")


def _inner_reference(child: Token) -> Reference | None:
    """A reference in a possessor or an "of"/"from" phrase ("of both countries")."""
    if child.dep_ == "poss":
        return reference(child)
    if child.dep_ != "prep" or child.lower_ not in ("of", "from"):
        return None
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return reference(objects[0]) if objects else None


def _proper(word: Token) -> bool:
    """A name or a nationality ("Serbian", "Syrian"), not a capital at the sentence start."""
    if word.ent_type_ in NAMES:
        return True
    return word.pos_ == "PROPN" and word.i != word.sent.start


def _a_conflict(noun: Token) -> bool:
    return noun.lemma_.lower() in CONFLICT_NOUNS or noun.lower_ in CONFLICT_NOUNS


def subject_reference(match: TriggerMatch) -> Reference | None:
    """The collective reference that names the trigger's actors: its subject (or inherited
    subject), or the "between" phrase of the event noun ("talks between the two sides")."""
    token = match.token
    nouns = [token] if match.pos == "noun" else []
    if match.cue is not None and match.pattern.roles == "mutual":
        nouns.append(match.cue)  # not "called for talks between the two sides"
    for noun in nouns:
        sides = _between(noun)  # "talks between the two governments"
        if sides is not None:
            return sides
    if match.pos == "noun":  # "the two sides held joint exercises"
        if token.dep_ != "dobj" or token.head.lemma_.lower() not in CARRIERS:
            return None
        token = token.head
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ == "they" and subjects[0].pos_ == "PRON":
            they = subjects[0]
            return Reference(they, they, they, pair=False, pronoun=True)
        if subjects:
            return reference(subjects[0])
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.pos_ in ("VERB", "AUX"):
            token = token.head
            continue
        return None
    return None


def _between(noun: Token) -> Reference | None:
    """A reference in a "between"/"among" phrase of an event noun."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("between", "among"):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            return reference(objects[0]) if objects else None
    return None


def object_reference(match: TriggerMatch) -> Reference | None:
    """The collective reference that is a verb trigger's object or partner: "urged both sides
    to show restraint", "called on the two countries to …", "met the two delegations"."""
    if match.pos != "verb" or match.pattern.event in FORCE:
        return None  # "gunmen killed the two officials": people, not the parties
    token = match.token
    for child in token.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            return reference(child)
    holders = [match.prep] if match.prep is not None else []
    holders += [c for c in token.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS]
    for prep in holders:
        for noun in prep.children:
            if noun.dep_ == "pobj":
                return reference(noun)
    return None


def agentless(match: TriggerMatch) -> Token | None:
    """The talks of a meeting reported with no party named: "Talks were held on Monday" (a
    passive verb), "Negotiations resumed in Geneva" (the noun as subject of a verb of
    starting). Not talks that name their sides or kind ("talks between …", "Syrian talks")."""
    pattern = match.pattern
    if pattern.event not in AGENTLESS_EVENTS or pattern.roles != "mutual" or pattern.mode:
        return None
    token = match.token
    if match.pos == "verb":
        children = list(token.children)
        if not any(c.dep_ == "auxpass" for c in children):
            return None
        if any(c.dep_ == "agent" for c in children):
            return None
        subjects = [c for c in children if c.dep_ == "nsubjpass"]
        noun = subjects[0] if subjects else None
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return None  # "talks to be held": an aim
    else:
        head = token.head
        noun = token if token.dep_ == "nsubj" and _reported(head) and _under_way(head) else None
    if noun is None or noun.lower_ not in AGENTLESS_CUES:
        return None
    return None if any(_qualifies(c) for c in noun.children) else noun


def _reported(verb: Token) -> bool:
    """The main clause, or what a speaker says: not "(aims to) get a dialogue started"."""
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "conj":
        return verb.head.dep_ == "ROOT"
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS


def _under_way(verb: Token) -> bool:
    """ "began", "resumed", "took place", "focused on": the talks happen."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in UNDER_WAY


def _qualifies(child: Token) -> bool:
    """A word that says whose talks they are ("between", "Syrian", "their", "no talks")."""
    if child.dep_ == "det":
        return child.lower_ in ("no", "any", "their", "its")
    if child.dep_ == "compound":  # "peace talks", not "wage talks" or "merger talks"
        return child.lemma_.lower() not in TALK_TOPICS
    if child.dep_ == "amod":
        return _proper(child)
    if child.dep_ == "prep":
        return child.lower_ not in TOPIC_PREPS
    return child.dep_ in ("poss", "nmod", "appos", "relcl", "acl")


class ArticleParties:
    """The parties named so far in one article, for references to them."""

    def __init__(self, index: MentionIndex, sentences: list[Span]) -> None:
        self.index = index
        self._by_sentence: dict[int, list[int]] = {}
        doc = index.cdoc.doc
        for k, mention in enumerate(index.mentions):
            if mention.kind not in PARTY_KINDS or not mention.actor.country:
                continue
            head = doc[mention.head]
            if mention.kind in PLACE_KINDS and head.dep_ == "pobj" and head.head.lower_ in VENUE:
                continue  # "talks in Havana": where, not who
            self._by_sentence.setdefault(mention.sentence_index, []).append(k)
        # sentence → (trigger offset, parties) of its events with two or more sides
        self._events: dict[int, list[tuple[int, list[Actor]]]] = {}
        self._joint: tuple[int, list[Actor]] | None = None  # the latest joint act
        self._sentences = sentences
        self._sport: dict[int, bool] = {}

    def note(self, event: Event) -> None:
        """Remember the parties of a coded event with two or more countries."""
        where = event.evidence.sentence_index
        parties = _sides([*event.actors, *event.recipients])
        if len(parties) >= 2:
            trigger = event.evidence.trigger.start
            self._events.setdefault(where, []).append((trigger, parties))
        joint = _one_per_country(event.actors)
        if len(joint) >= 2:
            self._joint = (where, joint)

    def together(self, they: Token, sentence_index: int) -> list[Actor]:
        """The actors of the latest joint act (two or more countries as actors) in this
        sentence or the one before, when "they" was resolved to one of them: "Kenya and
        Tanzania signed … They also pledged …" (not "… condemned the settlers. They torched
        …")."""
        if self._joint is None or sentence_index - self._joint[0] > 1:
            return []
        k = self.index.at(they.i)
        mentions = self.index.mentions
        linked = mentions[k].antecedent if k is not None else None
        if k is None or linked is None:
            return []
        antecedent = mentions[linked]
        if reference(self.index.cdoc.doc[antecedent.head]) is not None:
            return self._joint[1]  # "officials from both countries said they would …"
        if antecedent.sentence_index == sentence_index:
            return []  # "Israeli officials said they would …": those officials
        resolved = {mentions[c].actor.country for c in self.index.concrete(k)}
        resolved.discard(None)
        joint = self._joint[1]
        return joint if len(resolved) == 1 and resolved <= {a.country for a in joint} else []

    def recent(self, sentence_index: int, before: int, pair: bool) -> list[Actor] | None:
        """The parties most recently named before token `before`: [] when none are, None when
        it is unclear who they are (three countries and no list, or not two for a pair)."""
        for s in range(sentence_index, max(sentence_index - WINDOW, -1), -1):
            if self._a_match(s):
                return None  # "Brazil beat Argentina 2-1. Both sides met again …": teams
            found = self._latest_event(s, self.index.cdoc.doc[before].idx)
            if found is None:
                named = [
                    k
                    for k in self._by_sentence.get(s, [])
                    if self.index.mentions[k].token_end <= before
                ]
                countries = {self.index.mentions[k].actor.country for k in named}
                if len(countries) < 2:
                    continue
                found = self._listed(named, countries)
                if found is None:
                    return None  # three countries and no list: who "the two" are is a guess
            return None if pair and len(found) != 2 else found
        return []

    def _latest_event(self, s: int, before: int) -> list[Actor] | None:
        """The parties of the last event of sentence `s` whose trigger is before `before`."""
        earlier = [(at, found) for at, found in self._events.get(s, []) if at < before]
        return max(earlier, key=lambda x: x[0])[1] if earlier else None

    def _a_match(self, s: int) -> bool:
        """Sentence `s` reports a game: a score ("2-1") or a word of sport ("the cup")."""
        if s not in self._sport:
            sentence = self._sentences[s]
            self._sport[s] = bool(SCORE.search(sentence.text)) or any(
                (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in SPORTS_WORDS)
                or (t.lower_ in GAMES and t.dep_ != "amod")  # not "the final round of talks"
                for t in sentence
            )
        return self._sport[s]

    def _listed(self, named: list[int], countries: set[str | None]) -> list[Actor] | None:
        """Exactly two countries, or one listed group that names them all."""
        mentions = self.index.mentions
        if len(countries) == 2:
            return _one_per_country([mentions[k].actor for k in named])
        lo = min(mentions[k].token_start for k in named)
        hi = max(mentions[k].token_end for k in named)
        for group in mentions:
            if group.kind != "group" or group.token_start > hi or group.token_end < lo:
                continue
            members = _one_per_country([mentions[m].actor for m in group.members])
            if {a.country for a in members} == countries:
                return members
        return None

    def shown_as(self, parties: list[Actor], first: Token, last: Token) -> list[Actor]:
        """The parties over the words of the reference, marked implied."""
        text = self.index.cdoc.article.text
        start, end = first.idx, last.idx + len(last.text)
        return [
            dataclasses.replace(p, text=text[start:end], start=start, end=end, implied=True)
            for p in parties
        ]


def _sides(actors: list[Actor]) -> list[Actor]:
    """One party per country; within one country, one per sector ("police clashed with
    protesters": both sides are Kenyan)."""
    out = _one_per_country(actors)
    by_sector: dict[str, Actor] = {}
    for actor in actors:
        if actor.sector and actor.country:
            by_sector.setdefault(actor.sector, actor)
    return list(by_sector.values()) if len(out) == 1 and len(by_sector) >= 2 else out


def _one_per_country(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[str] = set()
    for actor in actors:
        if actor.country and actor.country not in seen:
            seen.add(actor.country)
            out.append(actor)
    return out


def named_elsewhere(
    match: TriggerMatch, actors: list[Actor], parties: ArticleParties, sentence_index: int
) -> list[Actor]:
    """The article's parties for a collective subject ("the two sides", "both governments",
    "the ministers") or for talks held with no party named (see the module docstring). A "two"
    or "both" the article does not make clear codes no actor rather than a guess."""
    ref = subject_reference(match)
    if ref is not None and ref.pronoun:  # "Kenya and Tanzania agreed … They also pledged …"
        joint = parties.together(ref.head, sentence_index)
        return parties.shown_as(joint, ref.first, ref.last) if joint else actors
    if ref is not None:
        found = parties.recent(sentence_index, ref.first.i, ref.pair)
        if found:
            return parties.shown_as(found, ref.first, ref.last)
        if found is None and ref.pair:
            return []  # "the two sides" after three countries: a guess
        countries = {a.country for a in actors if a.country}
        return [] if ref.pair and len(countries) != 2 else actors
    talks = None if actors else agentless(match)
    if talks is not None:  # "Talks were held on Monday"
        found = parties.recent(sentence_index, talks.left_edge.i, pair=False)
        return parties.shown_as(found or [], talks.left_edge, talks)
    return actors


def partners_named_elsewhere(
    match: TriggerMatch,
    actors: list[Actor],
    recipients: list[Actor],
    parties: ArticleParties,
    sentence_index: int,
) -> tuple[list[Actor], list[Actor]]:
    """The article's parties for a collective object or partner ("urged both sides to show
    restraint", "met the two delegations"); the trigger's own actors are left out of them."""
    ref = object_reference(match)
    if ref is None:
        return actors, recipients
    found = parties.recent(sentence_index, match.token.sent.start, ref.pair)
    if not found:
        return actors, recipients
    start, end = ref.first.idx, ref.last.idx + len(ref.last.text)
    actors = [a for a in actors if not start <= a.start < end]  # what the stage made of it
    own = {a.country for a in actors if a.country}
    others = [p for p in parties.shown_as(found, ref.first, ref.last) if p.country not in own]
    if match.pattern.roles == "mutual":  # "Blinken met both sides": all of them met
        return actors + others, recipients
    return actors, others
