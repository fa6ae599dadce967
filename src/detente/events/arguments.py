"""Who did it and to whom: actors and recipients of a trigger from the dependency parse.

Rules, in the words of the parse:
- active verb: subject → actors; object (or the pattern's prepositional object) → recipients;
- passive verb: "by" agent → actors; passive subject → recipients;
- no subject of its own: a conjoined verb ("visited Israel and met with…") or an infinitive
  ("agreed to meet") takes its head verb's subject; a relative clause takes the noun it modifies;
- reported speech: when the subject is a pronoun ("it", "we"), or people of the speaker's own
  side with no country ("the army said soldiers killed…"), the speaker of the verb of saying
  is the actor ("Ankara said it would…"); not for others ("fighters shelled the town, the
  authorities said");
- "used drones to strike": the means is no actor; "hundreds of protesters" are the protesters;
  a host welcomes people, not "Chinese investment";
- conjunctions give several participants ("Turkey and Israel signed");
- a phrase that is not itself a mention is searched for one: possessor, adjective, compound,
  "of"/"from" objects, apposition ("the guests from Turkey", "a Turkish prison");
- event nouns: possessor, "by", "from", adjectives and compounds → actors, "between X and Y" →
  actors, the pattern's preposition (or "of" for `roles: of`) → recipients;
- linking that the parse hides: a gerund after "by/after/while…" takes the clause's subject
  ("responded by deploying troops", not "after failing to capture"); a document speaks for
  its issuer ("issued a statement calling on France"); several subjects or an apposition
  that lists countries are all actors ("The United States, India and Pakistan sent");
  a verb the parser tagged as a noun still lends its subject to its conjunct ("rejects and
  condemns"); the partner phrase hung inside the object is the recipient ("sent tents and a
  team of doctors to Nepal", "donated ventilators to help Ghana"); a measure's target
  ("lifted sanctions imposed on Eritrea") and the author of what is rejected or denied
  ("rejected an offer from Azerbaijan", "denied charges by India") are recipients;
- who did a deed the parse leaves without a doer: the culprit in what the sentence reports
  ("Hamas was responsible for the attack", "was guilty of violating the truce", "the
  Taliban were behind the bombing"; not "accusations that Iran was behind it"), whoever
  answers with it ("Israel responded with air strikes"), the owner of a measure or of forces
  in the passive ("US sanctions on Iran were lifted", "Russian troops were withdrawn"), and
  the country people were expelled from ("diplomats were expelled from Norway");
- force used on one's own civilians is no own-forces recipient ("police fired tear gas at
  protesters");
- parties the parse hangs elsewhere: the partner inside a mutual verb's object ("negotiated a
  deal with Argentina"), the subject of a clause framed by talks or a visit with a named other
  side ("Iran is in talks with the IAEA", "In a meeting with Modi, Kishida said"), a "by"
  agent on a passive verb's object ("was granted a loan by the IMF"), the country someone was
  extradited from, the owner of what is called for ("called for Beijing's cooperation"), a
  stance held ("Hungary is opposed to the plan"), the partner on a threat noun's cue ("its
  threat of sanctions against Caracas"), and protesters the parser read as a noun phrase
  ("Catalan separatists protested in Barcelona");
- reporters are no partners of a consultation ("met with reporters": no event).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.actors.context import OUTLET_SECTORS
from detente.events.mentions import MentionIndex
from detente.events.things import hit_place
from detente.events.triggers import TriggerMatch
from detente.events.visits import moved

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
SPEECH_VERBS = frozenset(
    {
        "say", "tell", "announce", "state", "add", "claim", "insist", "stress", "declare",
        "report", "note", "confirm", "write", "argue", "warn", "explain", "indicate",
    }
)  # fmt: skip
# mutual events that need two sides to be events at all ("fight", "cooperate", "meet")
TWO_SIDED = frozenset({"ASSAULT", "COOPERATE", "CONSULT"})
# verbs that carry an event noun without adding an event of their own
CARRIER_VERBS = frozenset(
    {
        "lead", "make", "pay", "undertake", "embark", "go", "begin", "start", "conclude", "end",
        "announce", "carry", "conduct", "launch", "mount", "stage", "order",
        "reiterate", "repeat", "renew", "restate",  # "renewed its call for a ceasefire"
        "gather", "convene", "sit",  # "will gather for a meeting"
        "continue", "resume", "maintain",  # "must continue military aid to Egypt"
    }
)  # fmt: skip
# nouns that count events: "a new round of talks", "a series of attacks"
SERIES_NOUNS = frozenset({"round", "series", "wave", "string", "spate", "number", "set"})
# prepositions that name the party of a deed or demand noun ("talks with", "an end to")
PARTY_PREPS = frozenset({"of", "with", "to", "against", "on", "for"})
# verbs that own up to a deed ("claimed responsibility for the attack")
CLAIMING = frozenset({"claim", "admit", "accept", "take", "bear"})
# what belongs to whoever imposes, lifts or withdraws it: "US sanctions were lifted", "Russian
# troops were withdrawn" (not what is done to another: "Chinese diplomats were expelled")
OWNED_MEASURES = frozenset(
    {
        "sanction", "sanctions", "embargo", "ban", "boycott", "blockade", "siege", "curfew",
        "restriction", "tariff", "duty", "quota", "veto", "closure", "cordon", "lockdown",
        "troop", "troops", "soldier", "force", "forces", "unit", "contingent", "personnel",
        "army", "military", "warship", "tank", "artillery", "battalion", "brigade",
    }
)  # fmt: skip
# verbs that report a finding as fact ("officials said the Taliban were behind the attack")
REPORTING = frozenset(
    {"say", "announce", "confirm", "report", "state", "find", "conclude", "show", "add", "tell"}
)
# verbs whose "with" phrase is the deed their subject does ("responded with air strikes")
ANSWERING_VERBS = frozenset(
    {"respond", "react", "retaliate", "answer", "reply", "hit", "punish", "strike", "counter"}
)
# "were expelled from Britain", "was extradited from Spain": the country they were sent away
# from sent them (modes of the expelling rows, lemmas of the others)
SENT_AWAY = frozenset({"expel", "deport", "extradite"})
# the culprit of a deed: "responsible for the attack", "guilty of violating the truce"
CULPRITS = frozenset({("for", "responsible"), ("of", "guilty"), ("of", "culpable")})
# civil protest is domestic: a protest with no actor country takes the place's country
LOCAL_EVENTS = frozenset({"PROTEST"})
# order in which a phrase's words are searched for the actor it names
SEARCH_DEPS = ("poss", "compound", "amod", "nmod", "appos", "prep", "pobj", "npadvmod")
SEARCH_PREPS = frozenset({"of", "from", "in", "at", "including", "by"})
# prepositions that put a protest in a place, and the nouns that make "to" one of them
PLACE_PREPS = frozenset({"in", "outside", "across", "throughout", "to", "onto"})
STREET_NOUNS = frozenset({"street", "streets", "square", "road", "roads"})
# "used drones to strike": the object is the means, the subject acts (not "forced X to …")
INSTRUMENT_VERBS = frozenset({"use", "employ", "deploy", "fire", "launch", "utilise", "utilize"})
# force used on one's own civilians is still force ("police fired tear gas at protesters")
HITTING = frozenset({"ASSAULT", "COERCE"})
# sectors on one side, for a speaker telling of its own people ("the army said soldiers …")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "IMG"})
# head counts: "hundreds of protesters" are the protesters
COUNT_NOUNS = frozenset(
    {"dozen", "hundred", "thousand", "score", "scores", "ten", "tens", "handful", "million"}
)
# who can be received as guests without being named ("welcomed the guests from Turkey")
GUEST_NOUNS = frozenset({"guest", "visitor", "delegation", "delegate", "counterpart", "envoy"})
# documents that speak for whoever issues them ("issued a statement calling on …")
DOCUMENT_NOUNS = frozenset(
    {
        "statement", "report", "letter", "message", "communique", "communiqué", "declaration",
        "note", "memo", "appeal", "plea", "call", "notice", "release", "video", "tweet",
        "resolution", "motion",  # "approved a resolution criticizing the government"
    }
)  # fmt: skip
# prepositions whose gerund shares the subject of the clause ("responded by deploying")
CLAUSE_PREPS = frozenset({"by", "after", "before", "while", "when", "in", "since"})
# "sanctions imposed on Eritrea": the party a measure was laid on
IMPOSING_VERBS = frozenset({"impose", "place", "slap", "put", "level", "enforce", "extend"})
# verbs that say their complement did not happen
UNDONE_VERBS = frozenset({"fail", "refuse", "decline", "avoid", "try", "attempt", "seek"})
# what two parties have with each other or wage ("discussed relations with Russia", "debated
# the war with Russia": Russia is the other side of the relation, not of the talks)
RELATION_NOUNS = frozenset(
    {
        "relation", "relations", "relationship", "tie", "ties", "link", "links", "cooperation",
        "partnership", "trade", "dispute", "tension", "tensions", "conflict", "rivalry", "row",
        "feud", "border", "war", "standoff", "fighting", "clash", "clashes", "hostilities",
    }
)  # fmt: skip
# participles that say who made a deed ("threats made by Russia", "an attack carried out by")
MAKING_VERBS = frozenset(
    {"make", "issue", "voice", "level", "carry", "launch", "conduct", "impose", "deliver"}
)
# prepositions of a deed's target ("threats made against Ukraine")
TARGET_PREPS = frozenset({"against", "on", "to"})
# participles of a stance held, with "to" ("is opposed to the plan")
STANCE_PARTICIPLES = frozenset({"oppose"})
# prepositions whose talks or visit frame a clause ("is in talks with", "during a visit to")
FRAME_PREPS = frozenset({"in", "on", "during", "at"})
# "the border with China" names China: the other side of a border
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


@dataclass(slots=True)
class Participants:
    """Mention indices found for a trigger, with the surface mention that named each one."""

    actors: list[tuple[int, int]] = field(default_factory=list)  # (concrete, surface)
    recipients: list[tuple[int, int]] = field(default_factory=list)
    implied: set[int] = field(default_factory=set)  # concrete mentions taken from context


class ArgumentFinder:
    """Reads participants for triggers in one parsed document."""

    def __init__(self, index: MentionIndex) -> None:
        self.index = index

    # -- phrases → mentions -------------------------------------------------------------

    def named_by(self, token: Token, depth: int = 0) -> list[tuple[int, int]]:
        """The mentions a phrase headed by `token` names, with its conjuncts."""
        return _unique(self._with_conjuncts(token, depth))

    def _phrase(self, token: Token, depth: int) -> list[tuple[int, int]]:
        k = self.index.at(token.i)
        own = [(c, k) for c in self.index.concrete(k)] if k is not None else []
        origin = self._origin(token, depth)  # "a delegation from Laos": the stated origin
        if origin:
            return origin
        if own and self._has_country(own):
            return own + self._inner_conjuncts(k, depth)
        if depth >= 3:
            return own
        for dep in SEARCH_DEPS:
            for child in token.children:
                if child.dep_ != dep:
                    continue
                if dep == "prep":
                    if child.lower_ not in SEARCH_PREPS and not (
                        child.lower_ == "with" and token.lemma_.lower() in BORDER_NOUNS
                    ):
                        continue
                    if child.lower_ in ("in", "at") and not own:
                        continue  # "police in Nairobi" are Kenyan; "bombing in Riyadh": a place
                    inner = [
                        p
                        for g in child.children
                        if g.dep_ == "pobj"
                        for p in self._with_conjuncts(g, depth + 1)
                    ]
                else:
                    inner = self._with_conjuncts(child, depth + 1)
                if inner and self._has_country(inner):
                    return inner
        if not own and token.lemma_.lower() in COUNT_NOUNS:
            return self._counted(token, depth)  # "hundreds of protesters": no country yet
        return own

    def _counted(self, token: Token, depth: int) -> list[tuple[int, int]]:
        """The people a head count counts ("hundreds of protesters"), country or not."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                return self._with_conjuncts(objs[0], depth + 1) if objs else []
        return []

    def _inner_conjuncts(self, k: int | None, depth: int) -> list[tuple[int, int]]:
        """ "The leaders of Greece and Cyprus" when the mention stops at "Greece"; "the Indian
        and Chinese foreign ministers" when it starts at "Chinese"."""
        if k is None or depth >= 3:
            return []
        mention = self.index.mentions[k]
        doc = self.index.cdoc.doc
        out: list[tuple[int, int]] = []
        for i in range(mention.token_start, mention.token_end):
            for conj in doc[i].conjuncts:
                if conj.i >= mention.token_end or conj.i < mention.token_start:
                    out.extend(self._phrase(conj, depth + 1))
        return out

    def _with_conjuncts(self, token: Token, depth: int) -> list[tuple[int, int]]:
        found = self._phrase(token, depth)
        for conj in token.conjuncts:
            if conj.i > token.i:
                found = found + self._phrase(conj, depth)
        if found and self._has_country(found):
            found = found + self._listed(token, depth)
        return found

    def _listed(self, token: Token, depth: int) -> list[tuple[int, int]]:
        """ "The United States, India, Israel and Pakistan" parsed as an apposition that has
        conjuncts: a list of parties, not a second name for the first."""
        out: list[tuple[int, int]] = []
        if token.ent_type_ != "GPE":
            return out
        for appos in (c for c in token.children if c.dep_ == "appos"):
            listed = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
            if len(listed) < 2 or appos.ent_type_ != "GPE":
                continue
            for item in (t for t in listed if t.ent_type_ == "GPE"):
                out.extend(p for p in self._phrase(item, depth + 1) if self._has_country([p]))
        return out

    def _origin(self, token: Token, depth: int) -> list[tuple[int, int]]:
        if token.pos_ not in ("NOUN", "PROPN") or depth >= 3:
            return []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for g in child.children:
                    if g.dep_ == "pobj":
                        found = self._with_conjuncts(g, depth + 1)
                        if self._has_country(found):
                            return found
        return []

    def _has_country(self, found: list[tuple[int, int]]) -> bool:
        return any(self.index.mentions[c].actor.country for c, _ in found)

    # -- verbs ----------------------------------------------------------------------------

    def _agent(self, verb: Token) -> list[tuple[int, int]]:
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return self.named_by(objs[0])
        if any(c.dep_ == "auxpass" for c in verb.children):
            return self._late_agent(verb)
        return []

    def _late_agent(self, verb: Token) -> list[tuple[int, int]]:
        """ "was accused of genocide by the United States", "was granted a loan by the IMF": a
        "by" phrase the parser hung on the verb's object or its "of/with/for" object still
        names the agent when it names a country."""
        holders = [c for c in verb.children if c.dep_ == "dobj"] + [
            g
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "with", "for")
            for g in prep.children
            if g.dep_ == "pobj"
        ]
        return self._by_country(holders)

    def _by_country(self, holders: list[Token]) -> list[tuple[int, int]]:
        """The first "by" phrase on one of `holders` that names a country."""
        for holder in holders:
            for by in holder.children:
                if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                    found = self._pobj_named(by)
                    if self._has_country(found):
                        return found
        return []

    def subject(self, verb: Token, depth: int = 0) -> list[tuple[int, int]]:
        """Actors of a verb: its subject, the passive agent, or what it inherits."""
        if depth > 4:
            return []
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return self.named_by(objs[0])
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [
            g  # "The UK and France however have opposed": the parser hung it on "have"
            for c in verb.children
            if c.dep_ in ("aux", "auxpass") and c.i < verb.i  # "Hungary is opposed to"
            for g in c.children
            if g.dep_ in SUBJECT_DEPS
        ]
        if subjects:
            subj = subjects[0]
            if subj.tag_ in ("WDT", "WP", "WP$") and verb.dep_ == "relcl":
                # "the bombings that killed 300", "the attack, which killed dozens"
                return self.named_by(verb.head) or self._deed_agent(verb.head)
            found = self.named_by(subj)
            for other in subjects[1:]:  # "The Afghan government, a number of parties and the
                more = self.named_by(other)  # Taliban condemned …" parsed as two subjects
                if other.i < verb.i and self._has_country(more):
                    found = _unique(found + more)
            if found and self._has_country(found):
                return found
            by = self._instrument_agent(subj)
            if by:
                return by
            speaker = self._speaker(verb, depth)
            if subj.pos_ != "PRON" and not self._own_people(found, speaker):
                # "a suicide attack … killed eight, officials say", "Fighters shelled the
                # town, the authorities said": the speaker did not do it
                return found
            return speaker or found
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return self._late_agent(verb)
        if _stance(verb) and verb.dep_ == "acomp":  # "Hungary is opposed to the plan"
            return self.subject(verb.head, depth + 1)
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":  # "was ready to resume talks"
            return self.subject(verb.head.head, depth + 1)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in INSTRUMENT_VERBS:
            controllers = [c for c in verb.head.children if c.dep_ == "dobj"]
            if controllers:  # "forced Gondor to withdraw": the object acts
                return self.named_by(controllers[0])
        if verb.dep_ in ("conj", "xcomp", "advcl") and (
            verb.head.pos_ in ("VERB", "AUX")
            or (verb.dep_ == "conj" and _has_subject(verb.head))  # "rejects and condemns"
        ):
            return self.subject(verb.head, depth + 1)
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ in CLAUSE_PREPS
            and verb.lemma_.lower() not in UNDONE_VERBS  # "after failing to capture Kyiv"
        ):
            governor = verb.head.head  # "responded by deploying troops", "after meeting Modi"
            if governor.pos_ in ("VERB", "AUX"):
                return self.subject(governor, depth + 1)
        if verb.dep_ == "pcomp":  # "was guilty of violating the ceasefire"
            found = self._claimed(verb)
            if found:
                return found
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            found = self.named_by(verb.head)
            if not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
                return self._issuer(verb.head, depth)  # "issued a statement calling on X"
            return found
        return []

    def _issuer(self, noun: Token, depth: int) -> list[tuple[int, int]]:
        """Who issued a statement that does something: "Amnesty issued a statement calling on
        Belarus", "sent a letter threatening to pull funding" (the document's sender)."""
        if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "dobj":
            return []
        found = self.subject(noun.head, depth + 1)
        return found if self._has_country(found) else []

    def _own_side(
        self, actors: list[tuple[int, int]], recipient: tuple[int, int], hits: bool = False
    ) -> bool:
        """The recipient is one of the actor's own: same country, unless an armed group acts on
        the state ("Taliban militants stormed an Afghan military base") or force is used on
        civilians (`hits`: "police fired tear gas at protesters")."""
        mentions = self.index.mentions
        target = mentions[recipient[0]].actor
        if hits and _side(target.sector) not in (None, "state", "armed"):
            return False
        for c, _ in actors:
            actor = mentions[c].actor
            if actor.country != target.country:
                continue
            sides = {_side(actor.sector), _side(target.sector)}
            if sides != {"state", "armed"}:
                return True
        return False

    def _own_people(self, found: list[tuple[int, int]], speaker: list[tuple[int, int]]) -> bool:
        """The speaker tells of its own people: "Taliban leaders said the fighters will lay
        down their arms", "the army said soldiers killed five militants" (the same side: state
        or armed group), not "fighters shelled the town, the authorities said"."""
        mentions = self.index.mentions
        doers = {_side(mentions[c].actor.sector) for c, _ in found}
        speakers = {_side(mentions[c].actor.sector) for c, _ in speaker}
        return bool(found) and self._has_country(speaker) and len(doers) == 1 and doers == speakers

    def _instrument_agent(self, subj: Token) -> list[tuple[int, int]]:
        """ "a car bombing by the Islamic State killed …", "missiles fired by the Israeli
        military struck …": the agent of a subject that is a deed or a weapon."""
        return self._by_country([subj, *(c for c in subj.children if c.dep_ == "acl")])

    def _deed_agent(self, noun: Token) -> list[tuple[int, int]]:
        """Who did a deed named by a noun: its "by" agent, or whoever claimed it."""
        return self._instrument_agent(noun) or self._claimed(noun)

    def _claimed(self, noun: Token, culprit: bool = True) -> list[tuple[int, int]]:
        """ "the Taliban claimed responsibility for the attack": the claimant did it; with
        `culprit`, so did whoever "was responsible for the attack", "was guilty of the
        killings" or "was behind the bombing"."""
        prep = noun.head
        if noun.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
            return []
        holder = prep.head
        word, lemma = prep.lower_, holder.lemma_.lower()
        if word == "for" and lemma == "responsibility":
            verb = holder.head
            if verb.lemma_.lower() not in CLAIMING or verb.pos_ not in ("VERB", "AUX"):
                return []
        elif not culprit:
            return []
        elif (word, lemma) in CULPRITS and holder.dep_ == "acomp" and holder.head.lemma_ == "be":
            verb = holder.head  # "was responsible for", "was guilty of" (not a verdict: "found
            # guilty of spreading false news" is what the court says)
        elif (word, lemma) in CULPRITS and holder.dep_ == "amod" and holder.head.pos_ != "VERB":
            found = self.named_by(holder.head)  # "the commanders responsible for the killings"
            return found if self._has_country(found) else []
        elif word == "behind" and lemma == "be" and _asserted(holder):
            verb = holder  # "was behind the bombing"
        else:
            return []
        if verb.i != holder.i and not _asserted(verb):
            return []  # "accusations that Tehran was behind the attack": a claim disputed
        found = self.subject(verb)
        return found if self._has_country(found) else []

    def _answered_with(self, verb: Token) -> list[tuple[int, int]]:
        """Who answers or hits with a deed: "Israel responded with air strikes on Gaza"."""
        if verb.lemma_.lower() not in ANSWERING_VERBS or verb.pos_ != "VERB":
            return []
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []  # "Russia was hit with sanctions": the subject is the target
        found = self.subject(verb)
        return found if self._has_country(found) else []

    def _sender(self, verb: Token) -> list[tuple[int, int]]:
        """The country people were expelled or deported from: it expelled them."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                found = self._pobj_named(prep)
                if self._has_country(found):
                    return found
        return []

    def _owner(self, measure: Token) -> list[tuple[int, int]]:
        """Whose measure or forces a noun names: "US sanctions", "Israel's blockade", "Russian
        troops" (a mention itself)."""
        found = self.named_by(measure) if self.index.at(measure.i) is not None else []
        for child in measure.children:
            if not found and child.dep_ in ("poss", "compound", "amod", "nmod"):
                found = self.named_by(child) if self.index.at(child.i) is not None else []
        return found if self._has_country(found) else []

    def _speaker(self, verb: Token, depth: int) -> list[tuple[int, int]]:
        """The actor of the verb of saying that reports `verb`, if any."""
        head = verb
        while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in SPEECH_VERBS:
                return self.subject(head, depth + 1)
        return []

    def verb_participants(self, match: TriggerMatch) -> Participants:
        verb, roles = match.token, match.pattern.roles
        passive_subject = [c for c in verb.children if c.dep_ == "nsubjpass" and not _stance(verb)]
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        if _misread_clause(verb, match.pattern.event):
            actors = self.named_by(verb.head)  # "Catalan separatists protested in Barcelona"
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and not own_subject:
            # "citizens abducted by North Korea" (but "an attack officials blamed on …" is active)
            passive_subject = [verb.head]
            actors = self._agent(verb)
        else:
            actors = self.subject(verb)
        if passive_subject and passive_subject[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            passive_subject = [verb.head]  # "activists who were arrested"
        owned = not actors and bool(passive_subject) and _owned(match.cue, passive_subject[0])
        if owned:  # "US sanctions on Iran were lifted": the sanctions' owner lifted them
            actors = self._owner(passive_subject[0])
        if not actors and passive_subject and SENT_AWAY & {match.pattern.mode, verb.lemma_.lower()}:
            actors = self._sender(verb)  # "Chinese diplomats were expelled from Britain"
        if roles == "none" and passive_subject and not actors:  # "police were deployed"
            actors = self.named_by(passive_subject[0])
            passive_subject = []
        objects = [
            c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "dative" and c.pos_ != "ADP")
        ] or [  # "called Lavrov", "met … Abiy Ahmed" parsed as a name or an adverb
            c
            for c in verb.children
            if c.dep_ == "oprd"
            or (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"))
        ]
        if passive_subject and (match.cue is None or match.cue.i != passive_subject[0].i):
            objects = passive_subject
        if _stance(verb):  # "is opposed to Russia's membership": what the stance is against
            objects = [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        if match.cue is not None:
            objects = [o for o in objects if o.i != match.cue.i]
        partner = self._prep_object(match)
        cue = match.cue
        cue_object = not objects and cue is not None and cue.head.i == verb.i
        if (
            cue_object
            and cue is not None
            and (cue.dep_ == "dobj" or (cue.dep_ == "nsubjpass" and actors))
        ):
            objects = [cue]  # "expelled the Russian ambassador": the cue is the object
        borrowed = not objects and not partner and roles in ("obj", "prep")
        if borrowed:
            objects = [  # "threatened to attack Gondor", "agreed to impose sanctions on Iran"
                g
                for c in verb.children
                if c.dep_ == "xcomp"
                for g in c.children
                if g.dep_ == "dobj"
            ]
            partner = self._complement_partner(verb)
            if not objects and not partner:  # "demanded that Beijing release …"
                objects = [
                    g
                    for c in verb.children
                    if c.dep_ == "ccomp"
                    for g in c.children
                    if g.dep_ in SUBJECT_DEPS
                ]
        out = Participants()
        if roles == "obj":
            out.actors = actors
            out.recipients = _first(self.named_by, objects) or partner
        elif roles == "prep":
            out.actors = actors
            out.recipients = partner or _first(self.named_by, objects)
        elif roles == "mutual":  # the partner: "met with X", or an object that is a mention
            named = [o for o in objects if self._names_someone(o)]
            if not partner and not named:  # "negotiated a deal with Argentina"
                partner = self._object_partner(verb, objects, match)
            partner = self._no_press(match, partner or _first(self.named_by, named))
            out.actors = _unique(actors + partner)
            if not partner and not named:  # "agreed to meet Japan", "agreed to help Kuwait"
                sides, helped = self._complement_sides(verb, match.complement)
                out.actors = _unique(out.actors + sides)
                own = {self.index.mentions[c].actor.country for c, _ in out.actors}
                out.recipients = [
                    h for h in helped if self.index.mentions[h[0]].actor.country not in own
                ]
            if not out.actors and cue is not None:  # "talks between X and Y were held"
                out.actors = self._between(cue)
            if match.pattern.event in TWO_SIDED and len(out.actors) < 2:
                out.actors = []  # "fought COVID-19": fighting needs two sides
        elif roles == "host":  # "welcomed the guests from Turkey"
            guests = [o for o in objects if cue is not None or self._a_guest(o)]
            if objects and not guests:
                out.actors = []  # "welcomed Chinese investment", "hosted Turkish tourists"
            else:
                out.actors = self._detached_from(verb) or partner or _first(self.named_by, guests)
            out.recipients = actors if out.actors else []  # no guest named, no visit
        elif roles == "objactor":
            out.actors = actors
            target = match.cue if match.cue is not None else (objects[0] if objects else None)
            out.recipients = self.named_by(target) if target is not None else []
            if not out.recipients and target is not None:  # "accepted an invitation to meet
                out.recipients = self._infinitive_partner(target)  # with Kim Jong Un"
        else:
            out.actors = actors
        if borrowed or (cue_object and objects):  # one's own forces are not the recipient
            # ("promised to withdraw its forces", "moved troops to the border")
            own = {self.index.mentions[c].actor.country for c, _ in out.actors}
            hits = match.pattern.event in HITTING
            out.recipients = [
                r for r in (out.recipients or partner) if not self._own_side(out.actors, r, hits)
            ] or [r for r in partner if self.index.mentions[r[0]].actor.country not in own]
        if match.pattern.event in LOCAL_EVENTS and not self._has_country(out.actors):
            place = self._place(verb)  # "farmers demonstrated in New Delhi"
            out.actors = out.actors + place
            out.implied |= {c for c, _ in place}
        if roles in ("obj", "prep", "none") and not out.recipients and out.actors:
            # "demanded the resignation of President X", "called for talks with North Korea",
            # "rejected a trade agreement with the United States": the party in the phrase
            holders = [cue] if cue is not None and cue.pos_ == "NOUN" else []
            holders += [o for o in objects if o.pos_ == "NOUN"] if roles != "none" else []
            if roles != "obj" and match.prep is not None:  # "reneged on an accord with Iran",
                # "called for Beijing's cooperation"
                holders += [g for g in match.prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            actor_ids = {c for c, _ in out.actors}
            found = _first(self._party_in, holders)
            out.recipients = [
                r
                for r in found
                if r[0] not in actor_ids and not (owned and self._own_side(out.actors, r))
            ]
        if roles == "prep" and not out.recipients and out.actors and match.prep is None:
            # "sent vehicles and a team of paratroopers to Lebanon", "provides 10 million euros
            # in aid to the Palestinians", "donated ventilators to assist Ethiopia"
            own = {self.index.mentions[c].actor.country for c, _ in out.actors}
            out.recipients = [
                r
                for r in self._hung_partner(verb, objects, match.pattern.preps, match.pattern.event)
                if self.index.mentions[r[0]].actor.country not in own
            ]
        if roles in ("obj", "prep") and not out.recipients and verb.dep_ == "conj":
            out.recipients = self._shared_partner(verb.head)
            out.implied = {c for c, _ in out.recipients}
        return _split(out)

    def _hung_partner(
        self, verb: Token, objects: list[Token], preps: frozenset[str], event: str
    ) -> list[tuple[int, int]]:
        """The pattern's partner phrase when the parser hung it inside the object (on a
        conjunct or an "of/in" object of it), or, for aid, the one helped by its purpose
        clause ("donated ventilators to assist Ethiopia")."""
        objects = objects + [c for c in verb.children if c.dep_ == "dobj" and c not in objects]
        for obj in objects:
            for prep in obj.subtree:
                if prep.dep_ != "prep" or prep.lower_ not in preps or not _in_phrase(prep, obj):
                    continue
                found = self._pobj_named(prep)
                if self._has_country(found):
                    return found
        if event != "AID":
            return []
        for clause in [*verb.children, *(c for o in objects for c in o.children)]:
            if clause.dep_ not in ("advcl", "acl", "xcomp") or clause.lemma_.lower() not in (
                "help",
                "assist",
                "support",
            ):
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue  # a purpose: "to help Lebanon", not "helping"
            named = [c for c in clause.children if c.dep_ == "dobj"] + [
                g  # "to help Ghana fight the epidemic"
                for c in clause.children
                if c.dep_ == "ccomp"
                for g in c.children
                if g.dep_ == "nsubj"
            ]
            found = self.named_by(named[0]) if named else []
            if self._has_country(found):
                return found
        return []

    def _infinitive_partner(self, noun: Token) -> list[tuple[int, int]]:
        """The party of an infinitive that completes a noun: "an invitation to meet with Kim",
        "a proposal to visit Turkey"."""
        for clause in noun.children:
            if clause.dep_ != "acl" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            ):
                continue
            for child in clause.children:
                if child.dep_ == "dobj":
                    found = self.named_by(child)
                elif child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "against"):
                    found = self._pobj_named(child)
                else:
                    continue
                if self._has_country(found):
                    return found
        return []

    def _party_in(self, noun: Token) -> list[tuple[int, int]]:
        """The party a deed or demand noun names: its possessor, or the object of its "of",
        "with", "to", "against" or "on" ("the resignation of President X", "an end to the US
        embargo", "displeasure with South Korea's decision")."""
        for child in noun.children:
            if child.dep_ == "poss" and child.tag_ != "PRP$":
                found = self.named_by(child)
                if self._has_country(found):
                    return found
            if child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
                found = self._pobj_named(child)
                if self._has_country(found):
                    return found
        imposed = (
            c
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in IMPOSING_VERBS
        )
        for acl in imposed:
            for prep in acl.children:  # "lifted sanctions imposed on Eritrea"
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
                    found = self._pobj_named(prep)
                    if self._has_country(found):
                        return found
        return self._author(noun)

    def _author(self, noun: Token) -> list[tuple[int, int]]:
        """Whose offer, charge or proposal it is: "rejected an offer from the Afghan
        government", "denied charges by the US Chamber", "an appeal lodged by X"."""
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
                    if holder.i == noun.i and prep.lower_ == "by" and noun.lemma_ in COUNT_NOUNS:
                        continue
                    found = self._pobj_named(prep)
                    if self._has_country(found):
                        return found
        if noun.dep_ == "dobj":  # "denied charges by India that …": hung on the verb
            after = noun.right_edge.i + 1
            for prep in noun.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i == after:
                    found = self._pobj_named(prep)
                    if self._has_country(found):
                        return found
        return []

    def _place(self, verb: Token) -> list[tuple[int, int]]:
        """The country of an "in <place>" phrase on the verb or its subject."""
        holders = [verb, *(c for c in verb.children if c.dep_ in SUBJECT_DEPS)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                if objs and objs[0].lower_ in ("front", "support"):
                    continue  # "in front of the US embassy", "in support of Ukraine"
                if prep.lower_ in ("to", "onto") and not (
                    objs and objs[0].lemma_.lower() in STREET_NOUNS
                ):
                    continue  # "took to the streets of Khartoum", not "marched to the embassy"
                found = self.named_by(objs[0]) if objs else []
                if self._has_country(found):
                    return found
        return []

    def _shared_partner(self, verb: Token) -> list[tuple[int, int]]:
        """ "spoke with Herzog and offered condolences": the partner of the first verb."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "to"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return self.named_by(objs[0])
        return []

    def _object_partner(
        self, verb: Token, objects: list[Token], match: TriggerMatch
    ) -> list[tuple[int, int]]:
        """The partner of a mutual verb hung inside its object: "negotiated a deal with
        Argentina", "discussed security cooperation with the Somali president". A country
        after a relation ("discussed relations with Russia", "its dispute with Poland") is the
        other side of the relation, not of the talks: only its people are partners."""
        found = self._hung_partner(verb, objects, match.pattern.preps, match.pattern.event)
        if not any(o.lemma_.lower() in RELATION_NOUNS for o in objects):
            return found
        return [p for p in found if self.index.mentions[p[0]].actor.sector is not None]

    def _no_press(
        self, match: TriggerMatch, partners: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Reporters are no partners of a consultation: "met with reporters", "spoke to the BBC"
        tell of a press statement, not of talks between parties."""
        if match.pattern.event != "CONSULT":
            return partners
        mentions = self.index.mentions
        return [p for p in partners if mentions[p[0]].actor.sector not in OUTLET_SECTORS]

    def _names_someone(self, token: Token) -> bool:
        """A mention, or a role word with one in apposition ("regional rival Japan's Prime
        Minister Shinzo Abe")."""
        return self.index.at(token.i) is not None or any(
            c.dep_ == "appos" and self.index.at(c.i) is not None for c in token.children
        )

    def _a_guest(self, token: Token) -> bool:
        """Someone who can be received: a party ("the Chinese delegation", "Scholz") or a
        guest ("the guests from Turkey"), not a thing or tourists ("Chinese investment")."""
        if moved(token):
            return False
        return token.lemma_.lower() in GUEST_NOUNS or self._names_someone(token)

    def _complement_sides(
        self, verb: Token, complement: str | None
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The partner of a mutual trigger's infinitive: "agreed to cooperate with Morocco",
        "agreed to meet South Korea" (sides: actors); "agreed to help Kuwait" (recipient)."""
        sides: list[tuple[int, int]] = []
        helped: list[tuple[int, int]] = []
        for comp in (c for c in verb.children if c.dep_ == "xcomp"):
            objects = [c for c in comp.children if c.dep_ in ("dobj", "dative")]
            objects += [  # "agreed to help Kuwait search for …"
                g
                for c in comp.children
                if c.dep_ == "ccomp"
                for g in c.children
                if g.dep_ == "nsubj"
            ]
            for holder in [comp, *objects]:
                for prep in holder.children:
                    if prep.dep_ == "prep" and prep.lower_ == "with":
                        sides.extend(self._pobj_named(prep))
            named = [o for o in objects if self.index.at(o.i) is not None]
            if complement is not None and not sides and named:
                found = _first(self.named_by, named)
                (sides if complement in TWO_SIDED else helped).extend(found)
        return _unique(sides), _unique(helped)

    def _complement_partner(self, verb: Token) -> list[tuple[int, int]]:
        """The partner of an infinitive, or of a clause stating the speaker's own act: "warned
        it would impose sanctions on Turkey"."""
        for comp in verb.children:
            if comp.dep_ != "xcomp" and not _own_clause(comp):
                continue
            holders = [comp, *(c for c in comp.children if c.dep_ == "dobj")]
            for holder in holders:
                for prep in holder.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "with", "to"):
                        found = self._pobj_named(prep)
                        if found:
                            return found
        return []

    def _framed_by(self, noun: Token, match: TriggerMatch) -> list[tuple[int, int]]:
        """Who takes part in the talks or visit with a named partner that frames a clause:
        "Iran is in talks with the IAEA", "Kishida is on a visit to Australia", "In a meeting
        with Modi, Kishida said …", "Lavrov said during talks with Blinken …" (the subject of
        "be", of a verb of saying, or of the clause the frame opens; not "rallied support at
        the summit", where no other side is named)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
            return []
        if match.pattern.roles != "mutual" and match.pattern.event != "CONSULT":
            return []  # "was killed in an attack on Kabul": no doer of the attack
        clause = prep.head
        if clause.pos_ not in ("VERB", "AUX") or not (
            prep.i < clause.i or clause.lemma_.lower() in SPEECH_VERBS or clause.lemma_ == "be"
        ):
            return []  # "police arrested a tourist on a visit to Iran": the tourist visited
        found = self.subject(clause)
        return found if self._has_country(found) else []

    def _made_by(
        self, noun: Token, match: TriggerMatch
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
        """The doer and target of a deed noun told in a participle clause on it or on its cue:
        "threats made by Russia against Ukraine", "threats of sanctions issued by Washington
        against Caracas" (not "threats reported by Amnesty": the reporter did not make them)."""
        holders = [noun] + ([match.cue] if match.cue is not None else [])
        for clause in (c for h in holders for c in h.children):
            if clause.dep_ != "acl" or clause.lemma_.lower() not in MAKING_VERBS:
                continue
            doers = self._by_country([clause])
            if doers:
                targets = [
                    p
                    for prep in clause.children
                    if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS
                    for p in self._pobj_named(prep)
                ]
                return doers, targets
        return None

    def _cue_partner(self, match: TriggerMatch) -> list[tuple[int, int]]:
        """The pattern's partner phrase hung on the cue inside the trigger noun's phrase: "its
        threat of sanctions against Caracas"."""
        prep, cue = match.prep, match.cue
        noun = match.token
        if prep is None or cue is None or prep.head.i != cue.i:
            return []
        if not any(t.i == cue.i for t in noun.subtree) or not _in_phrase(cue, noun):
            return []
        found = self._pobj_named(prep)
        return found if self._has_country(found) else []

    def _between(self, noun: Token) -> list[tuple[int, int]]:
        """The sides named by a "between"/"among" phrase on a noun."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "among"):
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                if objs:
                    return self.named_by(objs[0])
        return []

    def _prep_object(self, match: TriggerMatch) -> list[tuple[int, int]]:
        return self._pobj_named(match.prep) if match.prep is not None else []

    def _pobj_named(self, prep: Token) -> list[tuple[int, int]]:
        """The mentions named by the object of preposition `prep` ([] when it has none)."""
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        return self.named_by(objs[0]) if objs else []

    def _detached_from(self, token: Token) -> list[tuple[int, int]]:
        """A "from" phrase after `token` that the parser attached higher up in its clause."""
        for holder in [token, *token.ancestors]:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "from" and child.i > token.i:
                    found = self._pobj_named(child)
                    if found:
                        return found
            if holder.pos_ in ("VERB", "AUX") and holder.dep_ != "prep":  # "following"
                break
        return []

    # -- nouns ----------------------------------------------------------------------------

    def noun_participants(self, match: TriggerMatch) -> Participants:
        noun, roles = match.token, match.pattern.roles
        actors: list[tuple[int, int]] = []
        recipients: list[tuple[int, int]] = []
        for child in noun.children:
            if child.dep_ == "amod" and child.pos_ == "ADJ" and child.text[:1].islower():
                continue  # "an official visit", "joint military exercises": what kind
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                k = self.index.at(child.i)
                if k is not None and child.dep_ == "compound" and hit_place(match, child, k):
                    recipients.extend((c, k) for c in self.index.concrete(k))  # "a Gaza raid"
                elif k is not None:
                    actors.extend((c, k) for c in self.index.concrete(k))
                    actors.extend(p for conj in child.conjuncts for p in self._phrase(conj, 1))
            elif child.dep_ in ("prep", "agent"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                word = child.lower_
                named = self.named_by(objs[0])
                if match.prep is not None and child.i == match.prep.i:
                    if roles == "mutual":
                        actors.extend(named)
                    else:
                        recipients.extend(named)
                elif word in ("between", "among"):
                    actors.extend(named)
                elif word == "of" and roles == "of":
                    recipients.extend(named)
                elif word in ("by", "from", "of"):
                    actors.extend(named)
        if not actors and noun.dep_ in ("dobj", "pobj"):  # "led a delegation on a visit to"
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            if verb.lemma_.lower() in SERIES_NOUNS and verb.dep_ == "dobj":
                verb = verb.head  # "began a new round of joint exercises"
            if verb.lemma_.lower() in CARRIER_VERBS:
                actors = self.subject(verb)
        if not actors:  # "threats made by Russia against Ukraine"
            actors, recipients = self._made_by(noun, match) or (actors, recipients)
        if not actors and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            actors = self._answered_with(noun.head.head)  # "responded with air strikes"
        one_side = len(actors) == 1 and roles == "mutual"
        if one_side or (recipients and not actors):  # "Iran is in talks with the IAEA"
            actors = self._framed_by(noun, match) + actors
        if roles == "mutual":  # "a meeting with reporters" is no meeting of parties
            sides = self._no_press(match, actors)
            actors = [] if len(sides) < min(2, len(actors)) else sides  # two sides, or as found
        if roles != "mutual":
            recipients.extend(self._cue_partner(match))  # "its threat of sanctions against X"
        if not actors:  # "claimed responsibility for the attack", "was behind the bombing"
            actors = self._claimed(noun, culprit=match.pattern.event in HITTING)
        if not actors and roles == "of":  # "the release of X … from a Turkish prison"
            actors = self._detached_from(noun)
        implied: set[int] = set()
        if match.pattern.event in LOCAL_EVENTS and not self._has_country(actors):
            place = self._place(noun)  # "demonstrations in Tehran", "protests took place in"
            if not place and noun.dep_ in ("nsubj", "nsubjpass"):
                place = self._place(noun.head)
            actors = actors + place
            implied = {c for c, _ in place}
        return _split(Participants(_unique(actors), _unique(recipients), implied))


def _side(sector: str | None) -> str | None:
    """The side a sector stands on: the state (government, army, police) or an armed group."""
    if sector in STATE_SECTORS:
        return "state"
    return "armed" if sector in ARMED_GROUP_SECTORS else sector


def _asserted(verb: Token) -> bool:
    """The clause is what the sentence reports: the main clause, or what is said, found or
    confirmed; not a claim someone makes or denies ("accusations that Iran was behind it",
    "denied it was responsible")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING


def _owned(cue: Token | None, subject: Token) -> bool:
    """The passive subject is the trigger's cue and names a measure or forces, which belong
    to whoever lifts, imposes or withdraws them ("US sanctions on Iran were lifted")."""
    return cue is not None and cue.i == subject.i and cue.lemma_.lower() in OWNED_MEASURES


def _stance(verb: Token) -> bool:
    """A participle that states where its subject stands, not what was done to it: "Hungary
    is opposed to the plan" (Hungary opposes it)."""
    return verb.lemma_.lower() in STANCE_PARTICIPLES and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
    )


def _misread_clause(verb: Token, event: str) -> bool:
    """A sentence the parser read as a noun phrase: "Catalan separatists protested in
    Barcelona" (a participle of the root noun). Nobody is protested, so the noun protests."""
    return (
        event in LOCAL_EVENTS
        and verb.dep_ == "acl"
        and verb.head.dep_ == "ROOT"
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _in_phrase(token: Token, top: Token) -> bool:
    """`token` hangs inside the noun phrase `top`, through no clause of its own."""
    while token.i != top.i:
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("relcl", "acl", "advcl", "appos"):
            return False
        token = token.head
    return True


def _has_subject(token: Token) -> bool:
    """A clause head with a subject of its own, whatever its tag ("The government rejects and
    condemns …" where the parser took "rejects" for a plural noun)."""
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _own_clause(comp: Token) -> bool:
    """A content clause whose subject is a pronoun: "(warned) it would impose sanctions"."""
    if comp.dep_ != "ccomp":
        return False
    subjects = [c for c in comp.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].pos_ == "PRON"


def _first(
    finder: Callable[[Token], list[tuple[int, int]]], tokens: list[Token]
) -> list[tuple[int, int]]:
    for token in tokens:
        found = finder(token)
        if found:
            return found
    return []


def _unique(items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    seen: set[int] = set()
    out: list[tuple[int, int]] = []
    for concrete, surface in items:
        if concrete not in seen:
            seen.add(concrete)
            out.append((concrete, surface))
    return out


def _split(parts: Participants) -> Participants:
    """A participant cannot be its own recipient: keep it among the actors."""
    actor_ids = {c for c, _ in parts.actors}
    parts.recipients = [p for p in parts.recipients if p[0] not in actor_ids]
    return parts
