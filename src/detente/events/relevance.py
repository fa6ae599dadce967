"""Whether an event is political: PLOVER codes political interactions, not sport, business,
entertainment or private life.

A participant is judged by the noun it names or qualifies, read in the parse:

- a state actor (government, military, police, courts, parties, rebels, IGOs) is political;
- a country named as such ("Vietnam", "the Israelis") is political, except as a team in sport;
- a role outside politics makes the participant private: "the Brazilian striker", "Japanese
  carmaker Toyota", "the American singer", "her ex-husband" (the last only as the doer: a
  police arrest of a private person is still an arrest). Words that are roles only in their
  own domain ("team", "players", "rival", "star") count when the sentence says the domain
  ("the team protested the referee's decision", not "the negotiating team walked out");
- a nationality that qualifies a thing ("the Japanese offer", "a Spanish film"), and a country
  named as a place ("move its factory to Mexico"), stand for the country only when the other
  side is not private.

An event with no political participant and a private one is left out ("the Chinese company
sued its American rival", "the Spanish star thanked Mexican fans"). In a sports setting (a
sentence with two sport words, or one in a sports article) countries are teams, and only an
event with a state actor is kept ("Argentina beat France on penalties" is a match; "police
arrested 20 fans after the match" and "the sports minister attacked the FIFA decision" stay).

A visit by people of no office in a setting outside politics is a tour ("he is touring
Canada and the US" in a concert review). Two more are no interaction: the press as the one
spoken to ("asked reporters to wait", "thanked reporters for coming": a request, a thanks or
a meeting whose only recipients are reporters), and a measure laid by a private body the
coder could not place ("the school expelled two students", "the club banned the fans": no
state acted).

Tables: `knowledge/lexicon/off_topic.tsv` (word, domain, use).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import KnowledgeError
from detente.events.precision import nominal
from detente.events.tables import knowledge_path, read_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from detente.pipeline import CodingDoc
    from detente.records import Actor, ActorMention, Event

USES = ("role", "ambiguous", "setting")
SPORT = "sport"
PRIVATE_LIFE = "private"  # a private person is private only as the doer

# sectors of the state and of those who fight it or govern with it (PLOVER/CAMEO actor types)
STATE_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "IGO", "SPY", "UAF", "CRM", "INS",
     "SEP", "IMG", "PRM"}
)  # fmt: skip
UNIDENTIFIED = "UAF"
# what is done to a company or a private person by an unnamed doer is the state's doing
DONE_BY_THE_STATE = frozenset({"COERCE", "SANCTION"})
# mentions whose sector comes from a role noun, which the setting may overrule ("the French
# director" of a film); a named organisation or office keeps its sector
ROLE_KINDS = frozenset({"agent", "country", "demonym", "group", "pronoun"})
# a country after these is where something is ("cut prices in China"); after "to" or "from"
# it is where something goes when another verb than the trigger's governs it ("threatened to
# move its factory to Mexico", but "apologised to China", "sold jets to Taiwan")
PLACE_PREPOSITIONS = frozenset({"in", "into", "across", "at", "inside", "within"})
DIRECTION_PREPOSITIONS = frozenset({"to", "from", "out"})
# qualifiers that make a company the state's ("the state oil company"); a central bank is
# private only in a business setting ("rising prices threaten growth, the central bank warned")
PUBLIC = frozenset({"state", "state-owned", "state-run", "government-owned", "sovereign"})
# what private people do as civilians (outside a match: "the team protested the penalty")
CIVIL_ACTS = frozenset({"PROTEST"})
MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
# a sports setting: this many sport words in the sentence, or one in an article with this many
SPORT_SENTENCE_WORDS = 2
SPORT_ARTICLE_WORDS = 4
ARTICLE_DOMAIN_WORDS = 3  # an article with this many words of a domain is in its setting

# how a participant stands
STATE, COUNTRY, QUALIFIER, PRIVATE = "state", "country", "qualifier", "private"
PERSON, OTHER = "person", "other"  # a person of no known office; another sector (NGO, media…)
AS_TEAMS = frozenset({COUNTRY, QUALIFIER, PRIVATE, PERSON})  # who may be playing in sport
# the press as the one spoken to: an audience, not a party ("asked reporters to wait");
# what is done to reporters (arrested, accused, banned) stays
PRESS = "press"
PRESS_AUDIENCE = frozenset(
    {
        "reporter", "reporters", "journalist", "journalists", "press", "media", "newsmen",
        "correspondent", "correspondents", "newspersons", "audience", "audiences",
    }
)  # fmt: skip
ADDRESSED = frozenset({"REQUEST", "SUPPORT", "AGREE", "CONSULT"})


@dataclass(frozen=True, slots=True)
class OffTopicWords:
    """Words per use: role and ambiguous words map to their domains; setting words (roles and
    ambiguous words included) map to theirs."""

    roles: dict[str, frozenset[str]]
    ambiguous: dict[str, frozenset[str]]
    settings: dict[str, frozenset[str]]

    def domains(self, words: Iterable[str]) -> set[str]:
        """The domains the setting words among `words` belong to, one entry per domain."""
        return {d for w in words for d in self.settings.get(w, ())}


def load_off_topic_words(path: Path | None = None) -> OffTopicWords:
    """Read `lexicon/off_topic.tsv` (or `path`)."""
    path = path or knowledge_path("lexicon", "off_topic.tsv")
    found: dict[str, dict[str, set[str]]] = {use: {} for use in USES}
    for number, row in read_table(path, ("word", "domain", "use")):
        use = row["use"]
        if use not in USES:
            raise KnowledgeError(
                f"use must be one of {', '.join(USES)}, not {use!r}", where=f"{path}:{number}"
            )
        word, domain = row["word"].lower(), row["domain"]
        found[use].setdefault(word, set()).add(domain)
        found["setting"].setdefault(word, set()).add(domain)
    frozen = {use: {w: frozenset(d) for w, d in words.items()} for use, words in found.items()}
    return OffTopicWords(frozen["role"], frozen["ambiguous"], frozen["setting"])


def political_events(cdoc: CodingDoc, words: OffTopicWords) -> list[Event]:
    """The events of `cdoc` that are political interactions, in their order."""
    if not cdoc.events:
        return cdoc.events
    return Relevance(cdoc, words).keep(cdoc.events)


class Relevance:
    """The judge for one article: its sentences, mentions and sport words, read once."""

    def __init__(self, cdoc: CodingDoc, words: OffTopicWords) -> None:
        self.doc: Doc = cdoc.doc
        self.words = words
        self.mentions = cdoc.actor_mentions
        self.by_span: dict[tuple[int, int], ActorMention] = {}
        self.by_start: dict[int, ActorMention] = {}
        for m in self.mentions:
            first, last = self.doc[m.token_start], self.doc[m.token_end - 1]
            self.by_span[(first.idx, last.idx + len(last.text))] = m
            self.by_start.setdefault(first.idx, m)
        self.sentences: list[Span] = list(self.doc.sents)
        self.sentence_domains = [self._setting_words(s) for s in self.sentences]
        self.article_domains: dict[str, int] = {}
        for counts in self.sentence_domains:
            for domain, n in counts.items():
                self.article_domains[domain] = self.article_domains.get(domain, 0) + n
        self.article_sport = self.article_domains.get(SPORT, 0)

    def keep(self, events: list[Event]) -> list[Event]:
        return [e for e in events if self.political(e)]

    def political(self, event: Event) -> bool:
        index = event.evidence.sentence_index
        if not 0 <= index < len(self.sentences):
            return True
        # a domain is said by two of its words in the sentence or more in the article (an
        # ambiguous word does not say it alone)
        domains = {d for d, n in self.sentence_domains[index].items() if n >= 2}
        domains |= {d for d, n in self.article_domains.items() if n >= ARTICLE_DOMAIN_WORDS}
        sport = self._sport_setting(index)
        if sport:
            domains.add(SPORT)
        trigger = self.doc.char_span(
            event.evidence.trigger.start, event.evidence.trigger.end, alignment_mode="expand"
        )
        verb = trigger.root if trigger is not None else None
        stands = [self._stand(a, domains, True, verb) for a in event.actors]
        stands += [self._stand(r, domains, False, verb) for r in event.recipients]
        heard = stands[len(event.actors) :]
        if event.event in ADDRESSED and heard and all(s == PRESS for s in heard):
            return False  # "asked reporters to wait", "thanked reporters for coming"
        if STATE in stands:
            return True
        if (
            domains
            and event.mode == "visit"
            and stands[: len(event.actors)]
            and all(s in (PERSON, PRIVATE) for s in stands[: len(event.actors)])
        ):
            return False  # a singer "touring Canada and the US", a team's trip: no state visit
        if sport and all(s in AS_TEAMS for s in stands):
            return False  # countries are teams here: "Argentina beat France on penalties"
        if COUNTRY in stands:
            return True
        if not event.actors and event.event in DONE_BY_THE_STATE:
            # "the Russian bank was sanctioned", "the pop star was arrested", not "the school
            # expelled two students"
            return not self._private(_doers(verb), domains, True)
        if event.event in CIVIL_ACTS:
            return True  # "Iranian footballers protested against the crackdown": civilians
        return PRIVATE not in stands

    def _sport_setting(self, index: int) -> bool:
        here = self.sentence_domains[index].get(SPORT, 0)
        return here >= SPORT_SENTENCE_WORDS or (
            here >= 1 and self.article_sport >= SPORT_ARTICLE_WORDS
        )

    def _setting_words(self, sentence: Span) -> dict[str, int]:
        counts: dict[str, int] = {}
        for token in sentence:
            if not nominal(token):
                continue
            for domain in self.words.domains((token.lower_, token.lemma_.lower())):
                counts[domain] = counts.get(domain, 0) + 1
        return counts

    def _stand(self, actor: Actor, domains: set[str], doer: bool, verb: Token | None) -> str:
        """How a participant stands: state, country, qualifier, private, person or other."""
        if actor.implied and actor.sector == UNIDENTIFIED and domains:
            return OTHER  # a perpetrator nobody named, at a concert: the victim decides
        named = self.by_span.get((actor.start, actor.end)) or self.by_start.get(actor.start)
        mention = self._concrete(self._member(named, actor))
        if mention is None:
            if actor.sector in STATE_SECTORS:
                return STATE
            return COUNTRY if actor.country and actor.sector is None else OTHER
        head = self.doc[mention.head]
        if not doer and head.lower_ in PRESS_AUDIENCE:
            return PRESS
        inside = range(mention.token_start, mention.token_end)
        qualifies = head.dep_ in MODIFIERS and head.head.i not in inside
        noun = head.head if qualifies else head
        by_role = mention.kind in ROLE_KINDS and mention.actor.office is None
        if by_role and self._private([noun], domains, doer):
            return PRIVATE  # "the French director" in a film review is no official
        if actor.sector in STATE_SECTORS or mention.actor.sector in STATE_SECTORS:
            return STATE  # "the Iraqi oil minister", "the International Monetary Fund"
        if self._private([noun, *_role_nouns(noun)], domains, doer):
            return PRIVATE  # "Japanese carmaker Toyota", "the Korean tech giant"
        if actor.sector == "BUS" and not _public(noun) and "central" not in actor.text.lower():
            return PRIVATE
        if mention.kind == "person" or head.ent_type_ == "PERSON":
            return PERSON  # of no office: a player in a match report
        if actor.sector is not None or actor.country is None:
            return OTHER
        if qualifies or _a_place(head, verb):
            return QUALIFIER  # "the Japanese offer", "move its factory to Mexico"
        return COUNTRY

    def _private(self, nouns: list[Token], domains: set[str], doer: bool) -> bool:
        if any(_public(n) for n in nouns):
            return False  # "the state oil company", "the state-owned bank"
        for noun in nouns:
            for word in (noun.lower_, noun.lemma_.lower()):
                found = set(self.words.roles.get(word, ()))
                found |= self.words.ambiguous.get(word, frozenset()) & domains
                if not doer:
                    found.discard(PRIVATE_LIFE)
                if found:
                    return True
        return False

    def _member(self, mention: ActorMention | None, actor: Actor) -> ActorMention | None:
        """The member of a group ("the two neighbours") that this actor stands for."""
        if mention is None or not mention.members:
            return mention
        for k in mention.members:
            if 0 <= k < len(self.mentions) and self.mentions[k].actor.country == actor.country:
                return self.mentions[k]
        return None

    def _concrete(self, mention: ActorMention | None) -> ActorMention | None:
        """The mention a pronoun or surname refers back to (a few steps at most)."""
        for _ in range(4):
            if mention is None or mention.antecedent is None:
                return mention
            if not 0 <= mention.antecedent < len(self.mentions):
                return mention
            mention = self.mentions[mention.antecedent]
        return mention


def _doers(verb: Token | None) -> list[Token]:
    """The subject of an active verb and the agent of a passive one: "the school expelled"."""
    if verb is None:
        return []
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return [c for c in verb.children if c.dep_ == "nsubj"] + agents


def _public(noun: Token) -> bool:
    return any(t.lower_ in PUBLIC for t in noun.subtree if t.i < noun.i)


def _a_place(noun: Token, verb: Token | None) -> bool:
    """A country named as where something is or goes: "cut prices in China", "move its
    factory to Mexico"."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    return prep.lower_ in DIRECTION_PREPOSITIONS and (verb is None or prep.head.i != verb.i)


def _role_nouns(noun: Token) -> list[Token]:
    """The words that qualify a noun as a role: "carmaker" in "Japanese carmaker Toyota",
    "tech" in "the Korean tech giant"."""
    nouns = [*(c for c in noun.children if c.dep_ == "compound")]
    if noun.dep_ == "compound":
        nouns.append(noun.head)
    if noun.dep_ == "appos":
        nouns.append(noun.head)
    return nouns
