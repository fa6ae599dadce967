"""From triggers and participants to `Event` records with their evidence.

One event per trigger with at least one participant (an event noun needs an actor);
participants that name neither a country nor a sector are left out (a coder could not use
them). A visit whose host is not named in its
clause takes the host of an earlier visit by the same actor, marked `implied=True`. "The two
sides", "both governments", "the ministers" and talks held with no party named take the
parties most recently named in the article, also implied (`events/collective.py`).

Violence with a known victim and an unknown perpetrator ("a car bomb in Kiev killed five
Ukrainian soldiers", "three police officers were shot dead") is coded: an analyst counting
attacks on Ukraine wants it, and PLOVER leaves open whether the actor is required. The actor
is PLOVER's "unidentified armed forces" (no country, sector UAF), spanning the subject words
when there are some ("a car bomb") and marked `implied` when there are none; "unidentified
gunmen" are UAF too, keeping the country where they act (CAMEO's "PAKUAF").

An attack or a raid whose target is a named place and no party takes the place's country as
recipient (`events/things.py`: "Russian troops shelled Kharkiv" → UKR); shelling or bombing
of a place with no doer named is UAF violence against it ("Kharkiv was shelled overnight").
A state that "protests" complains (ACCUSE/disapprove 114), as PLOVER reads diplomatic protests.

Triggers that report no event are left out (`events/precision.py`: questions, opinions about
a possibility, sport, idioms), and attacking a proposal is criticism (ACCUSE 111).

The confidence set here is the cue strength times the prominence of the trigger's clause
(`events/prominence.py`: 1.0 for the main report, 0.75 for background), so the most
confident event of a sentence is its main one; `events.scores.v1` finishes it. A reaction to
a deed named without its doer takes the doer as implied recipient (`events/reactions.py`); an
actor saying it will use force makes a threat (THREATEN 138, the verb of saying as trigger),
whether it names itself by a pronoun, its capital or its kind ("Iran said Tehran would
retaliate", "Hezbollah said the group would strike"); a vow to attack a party is a threat too
("vowed to fight the United States"), and so is a sanction or coercion announced on a condition
or vowed against a party, of its own kind ("said it would impose sanctions on Turkey if …"
131) (`events/threats.py`); what a threat governs is no event of its own ("threatened to
attack ships and kill their crews"), nor is an act in an embedded question ("refused to say
whether Russia would attack"); a clash over a topic is a quarrel (ACCUSE 111).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.arguments import OWNED_MEASURES, SPEECH_VERBS, ArgumentFinder, Participants
from detente.events.collective import (
    ArticleParties,
    named_elsewhere,
    partners_named_elsewhere,
)
from detente.events.lexicon import Lexicon
from detente.events.mentions import MentionIndex
from detente.events.precision import (
    abstract_exercise,
    an_effort,
    backed_by_arms,
    criticism,
    idiom,
    inquiry_topic,
    inverted_condition,
    is_question,
    match_day,
    naming,
    natural_cause,
    opinion_about_a_possibility,
    own_nationals,
    own_people,
    spacecraft,
    sporting,
    verbal_clash,
)
from detente.events.prominence import prominence
from detente.events.reactions import doers, reacted_to
from detente.events.things import (
    acts_on_a_thing,
    cue_of_another_noun,
    no_party_act,
    targeted_place,
)
from detente.events.threats import (
    PROMISING,
    announced_threat,
    conditioned_party,
    promised_retaliation,
    stated_only,
    stated_threat,
    stated_threat_kind,
    threat_to_a_thing,
    undergoer,
    violent_answer,
    vowed_attack,
    vowed_coercion,
    vowed_seizure,
    vowed_targets,
)
from detente.events.triggers import TriggerMatch, find_triggers, misread_verb
from detente.events.visits import not_a_visit
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
# yielding to a call not done is refusing it, whatever the tense: "did not heed calls to step
# down", "has not complied with the ruling" (REJECT 124)
HEEDING = frozenset({"heed", "comply", "obey"})


# leaving these is rejecting them: "walked out of the talks" is REJECT/meet 125, not a strike
MEETING_WORDS = frozenset(
    {
        "talk", "talks", "negotiation", "negotiations", "meeting", "meetings", "summit",
        "conference", "dialogue", "consultations",
    }
)  # fmt: skip
# what these ask for or threaten did not happen ("its call for a ceasefire")
UNREAL_EVENTS = frozenset({"REQUEST", "THREATEN"})
# "X said Y must release …": the speaker asks Y for what the clause says Y must do (CAMEO 10)
OBLIGING_MODALS = frozenset({"must", "should", "ought"})
OBLIGING_VERBS = frozenset({"have", "need"})  # "has to", "needs to"
DEMANDED_AS: dict[str, tuple[str | None, str]] = {
    "RETREAT": ("yield", "105"),
    "CONCEDE": ("yield", "105"),
    "CONSULT": ("meet", "106"),
    "AID": ("assist", "101"),
    "COOPERATE": ("assist", "101"),
}
# verbs that answer a call or a threat: their cue in it counts ("rejected calls for talks")
ANSWERING = UNREAL_EVENTS | frozenset({"REJECT", "AGREE", "CONCEDE", "ACCUSE", "SUPPORT"})
# a swap is mutual: "agreed to exchange prisoners" is an intent to cooperate, not a concession
RECIPROCAL = frozenset({"exchange", "swap", "trade"})
# who speaks for a state when it "protests": a complaint, not a demonstration
STATE_VOICES = frozenset({"GOV", "IGO"})
# events whose victim is worth coding when the perpetrator is unknown
UNKNOWN_PERPETRATOR = frozenset({"ASSAULT"})
# strikes on a place that are violence whoever did them: shelling, bombing, drone strikes
UNCLAIMED_STRIKES = frozenset({"aerial", "drone", "heavy-weapons", "explosives"})
UNIDENTIFIED = "UAF"  # PLOVER's sector for unidentified armed forces ("unknown gunmen")
UNNAMED_WORDS = frozenset({"unidentified", "unknown"})
ARMED_SECTORS = frozenset({"REB", "CRM", "UAF", None})


def _not_reported(match: TriggerMatch, sentence: SpacySpan) -> bool:
    """A trigger that names no event here (`events/precision.py`)."""
    token = match.token
    if match.pattern.event == "ACCUSE" and spacecraft(match.cue or token):
        return True  # "launched a lunar probe"
    if match.pos != "verb":
        return abstract_exercise(token) or inquiry_topic(token)  # "a probe into the bombing"
    return (
        opinion_about_a_possibility(token)
        or (match.pattern.event == "SUPPORT" and backed_by_arms(token))  # "backed by tanks"
        or (match.pattern.event == "CONSULT" and match_day(token))  # "meet in the final"
        or an_effort(token, match.pattern.event)
        or inverted_condition(token)
        or idiom(token)
        or (match.pattern.event == "CONSULT" and naming(token))  # not a phone call
        or sporting(token, sentence)
    )


def _asked_for(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """A verb whose cue sits in the phrase of an object that asks or threatens: "renewed its
    call for a ceasefire" (REQUEST), "repeated its threat of sanctions" — what is asked for or
    threatened is no event of the verb (the noun codes the request)."""
    cue = match.cue
    if match.pos != "verb" or cue is None or cue.dep_ != "pobj":
        return False
    holder = cue.head.head
    if holder.dep_ != "dobj" or holder.head.i != match.token.i:
        return False
    if match.pattern.event in ANSWERING:
        return False  # "rejected calls for talks" answers the call: REJECT/meet
    return any(p.event in UNREAL_EVENTS for p in lexicon.patterns(holder.lemma_.lower(), "noun"))


def _refusal(match: TriggerMatch) -> tuple[Token, Token] | None:
    """The modal and the negation of a verb trigger that states a refusal ("will not")."""
    if match.pos != "verb" or match.pattern.event not in REFUSED_AS:
        return None
    token = match.token
    negs = [c for c in token.children if c.dep_ == "neg"]
    modals = [c for c in token.children if c.dep_ == "aux" and c.lower_ in REFUSING_MODALS]
    if not modals and token.lemma_.lower() in HEEDING:
        modals = [c for c in token.children if c.dep_ == "aux" and c.lemma_ in ("do", "have")]
    if not negs or not modals or modals[0].i > negs[0].i:
        return None
    return modals[0], negs[0]


def _willing(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in WILLING_ADJECTIVES
    )


# verbs whose "if" clause is a question asked or left open ("did not say if it would attack")
ASKING = frozenset({"ask", "say", "know", "wonder", "tell", "decide", "question", "see", "check"})


def code_events(cdoc: CodingDoc, lexicon: Lexicon) -> list[Event]:
    """Every event the lexicon and the parse find in the article, in text order."""
    index = MentionIndex.build(cdoc)
    finder = ArgumentFinder(index)
    sentences = list(cdoc.doc.sents)
    parties = ArticleParties(index, sentences)
    events: list[Event] = []
    for sentence_index, sentence in enumerate(sentences):
        if is_question(sentence):
            continue  # "Will China invade Taiwan?" asks, it does not report
        matches = find_triggers(sentence, lexicon)
        governed = {m.governed.i for m in matches if m.governed is not None}
        for match in matches:
            if _not_reported(match, sentence) or _asked_for(match, lexicon):
                continue
            if _governed_conjunct(match.token, governed) or _embedded_question(match.token):
                continue  # "threatened to attack ships and kill their crews": one threat
            parts = (
                finder.verb_participants(match)
                if match.pos == "verb"
                else finder.noun_participants(match)
            )
            if misread_verb(match.token):  # "The prime minister defied calls to resign"
                parts = Participants(_misread_subject(match.token, finder), parts.recipients)
            threat = stated_threat(match, index)
            if threat is None and stated_only(match):
                continue  # "the economy was hit hard": no threat announced
            match, parts = _threat_participants(match, parts, threat, finder, lexicon)
            if match.manner is not None:  # "Israeli air raids on Gaza killed ten people"
                parts = _with_manner(parts, finder.noun_participants(match.manner))
            guests = _guests(match, finder)
            if guests:  # "Putin hosted King Salman for talks": a visit hosted, not a mediation
                parts = Participants(guests, parts.actors, parts.implied)
                pattern = dataclasses.replace(match.pattern, mode="visit", cameo="043")
                match = dataclasses.replace(match, pattern=pattern)
            if match.is_cue and not _has_own_actor(match):
                continue  # "eased sanctions on Venezuela": the verb's event says it all
            said = _obliged(match, finder)
            if said is not None:  # "Erdogan said Israel must release the prisoners"
                speech, obliged = said
                parts = Participants(finder.subject(speech), finder.named_by(obliged))
                mode, cameo = DEMANDED_AS[match.pattern.event]
                pattern = dataclasses.replace(
                    match.pattern, event="REQUEST", mode=mode, cameo=cameo, strength=0.8
                )
                match = dataclasses.replace(match, pattern=pattern)
            event = _event(
                cdoc,
                index,
                match,
                parts,
                sentence,
                sentence_index,
                said[0] if said else None,
                parties,
            )
            if event is None:
                continue
            deed = reacted_to(match, lexicon)
            if deed is not None and not event.recipients:  # "Egypt condemned the attack"
                event.recipients = doers(events, deed, event)
            events.append(event)
            parties.note(event)
    _imply_visit_hosts(events)
    return events


def _threat_participants(
    match: TriggerMatch,
    parts: Participants,
    threat: Token | None,
    finder: ArgumentFinder,
    lexicon: Lexicon,
) -> tuple[TriggerMatch, Participants]:
    """Who threatens whom (`events/threats.py`): the speaker of a stated threat ("Iran said
    Tehran would strike"), the one who will face or pay ("said Russia would face
    consequences"), the party whose act is the condition ("… if Israel attacked"), the party a
    vow to attack or coerce names ("vowed to crack down on protesters", a THREATEN)."""
    index = finder.index
    if threat is not None and match.pattern.roles == "mutual":  # "would fight the US"
        own = finder.subject(match.token)
        others = [p for p in parts.actors if p not in own]
        parts = Participants(own, parts.recipients + others, parts.implied)
    if threat is not None and not _countried(index, parts.actors):
        parts = Participants(finder.subject(threat), parts.recipients, parts.implied)
    undergone = undergoer(match) if threat is not None else None
    if threat is not None and undergone is not None:  # "said Russia would face …"
        parts = Participants(finder.subject(threat), finder.named_by(undergone))
    threatening = threat is not None or match.pattern.event == "THREATEN"
    condition = (
        conditioned_party(match) if threatening or announced_threat(match) is not None else None
    )
    if not parts.recipients and condition is not None:  # "… if Israel attacked"
        parts = Participants(parts.actors, finder.named_by(condition), parts.implied)
    vowed = vowed_coercion(match, lexicon, index)
    if vowed is not None:  # "vowed to crack down on protesters": a threat
        threat_mode, threat_cameo = stated_threat_kind(vowed)
        pattern = dataclasses.replace(
            match.pattern, event="THREATEN", mode=threat_mode, cameo=threat_cameo
        )
        match = dataclasses.replace(match, pattern=pattern)
        targets = finder.verb_participants(vowed).recipients
        parts = Participants(parts.actors, parts.recipients or targets, parts.implied)
    if not parts.recipients and vowed_attack(match, index):
        parts = Participants(parts.actors, vowed_targets(match, finder), parts.implied)
    return match, parts


def _governed_conjunct(token: Token, governed: set[int]) -> bool:
    """A verb joined to the complement of another trigger shares its governor: in "threatened
    to attack Israeli ships and kill their crews" the killing is threatened too, no ASSAULT."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i in governed:
            return True
    return False


def _embedded_question(token: Token) -> bool:
    """A trigger in a complement clause that asks: "refused to say whether Russia would
    attack", "will decide whether to recall its ambassador", "asked if Iran would retaliate"
    report no attack or recall (a question, not an event; "whether or not" conditions)."""
    clause = token
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "ccomp", "conj") or clause.head.i == clause.i:
            return False
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and clause.head.lemma_.lower() in ASKING):
            return True
        clause = clause.head
    return False


def _guests(match: TriggerMatch, finder: ArgumentFinder) -> list[tuple[int, int]]:
    """The guests a host of talks names as its object ("hosted Saudi King Salman for talks")."""
    token = match.token
    if match.pos != "verb" or match.pattern.mode != "third-party" or token.lemma_ != "host":
        return []
    objects = [c for c in token.children if c.dep_ == "dobj" and finder.index.at(c.i) is not None]
    found = finder.named_by(objects[0]) if objects else []
    return found if any(finder.index.mentions[c].actor.country for c, _ in found) else []


def _with_manner(parts: Participants, manner: Participants) -> Participants:
    """The verb's participants completed by those of the noun that says how it was done."""
    return Participants(
        actors=parts.actors or manner.actors,
        recipients=parts.recipients + [r for r in manner.recipients if r not in parts.recipients],
        implied=parts.implied | manner.implied,
    )


def _has_own_actor(match: TriggerMatch) -> bool:
    """A noun with its own possessor or "by"/"between" phrase is its own event ("welcomed
    Herzog's visit"); a possessive pronoun points back at the verb's own actor ("agreed to
    end its boycott" is one event), and so does the owner of a measure lifted or imposed in
    the passive ("Israel's blockade of Gaza was eased" is the easing)."""
    token = match.token
    if token.dep_ == "nsubjpass" and token.lemma_.lower() in OWNED_MEASURES:
        return False
    return any(
        (c.dep_ == "poss" and c.tag_ != "PRP$")
        or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between", "from"))
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
    said: Token | None = None,
    parties: ArticleParties | None = None,
) -> Event | None:
    if (
        threat_to_a_thing(match, index)
        or acts_on_a_thing(match, index, parts)
        or cue_of_another_noun(match)
        or no_party_act(match)
    ):
        return None  # "saying it threatened regional stability"
    actors = _actors(index, parts.actors, sentence_index, parts.implied)
    recipients = _actors(index, parts.recipients, sentence_index, parts.implied)
    if parties is not None and said is None:  # "the two sides held talks"
        found = named_elsewhere(match, actors, parties, sentence_index)
        if found is not actors:  # the parties are not their own recipients
            own = {a.country for a in found}
            recipients = [r for r in recipients if r.country not in own]
        actors = found
        actors, recipients = partners_named_elsewhere(
            match, actors, recipients, parties, sentence_index
        )
    if not recipients and (actors or _struck_unclaimed(match)):
        # "Russian troops shelled Kharkiv", "Kharkiv was shelled overnight": the city's country
        place = targeted_place(match, index, actors)
        recipients = [place] if place is not None else []
    if not actors and (not recipients or match.pos == "noun"):
        return None  # a nominal event needs its actor: "the blockade on Gaza" alone is background
    if not_a_visit(match, index, actors, recipients):
        return None  # "visited flood-hit areas", "French troops arrived in Mali"
    if not actors and match.pattern.lemma == "threaten":
        return None  # "inflation threatens to derail Egypt's recovery": a danger, not a threat
    if match.pattern.event == "AID" and (
        own_people(match.token) or (own_nationals(match.token) and _all_own(actors, recipients))
    ):
        return None  # "France evacuated its citizens from Sudan": no interaction
    text = cdoc.article.text
    token = match.token
    actors = [_unmasked(a) for a in actors]
    if not actors and match.pattern.event in UNKNOWN_PERPETRATOR:
        if prominence(token) < 1.0:
            return None  # "a soldier killed in Afghanistan a decade ago": scenery
        if natural_cause(token):
            return None  # "the storm killed 20 people": no perpetrator
        actors = [_unidentified(match, text)]  # "a car bomb killed five Ukrainian soldiers"
    start, end = token.idx, token.idx + len(token.text)
    refusal = _refusal(match)
    if refusal is not None:  # the refusal is what happened: "will not" is its trigger
        modal, neg = refusal
        start, end = modal.idx, neg.idx + len(neg.text)
    speech = (stated_threat(match, index) or announced_threat(match)) if refusal is None else None
    if said is not None:  # "said Israel must release …": the saying is the demand made
        start, end = said.idx, said.idx + len(said.text)
    if speech is not None:  # "Iran said it would retaliate": the saying is the threat made;
        # "will impose sanctions if …": the modal is
        start, end = speech.idx, speech.idx + len(speech.text)
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
    elif speech is not None and event == "THREATEN":
        pass  # "said it would take all necessary measures": the row's own kind
    elif speech is not None:  # "said it would impose sanctions on Turkey if …": restrict 131
        event, (mode, cameo) = "THREATEN", stated_threat_kind(match)
    elif event == "AGREE" and vowed_seizure(match):
        event, mode, cameo = "THREATEN", "territory", "1382"  # "vowed to retake Crimea"
    elif event == "PROTEST" and _left_a_meeting(match):
        event, mode, cameo = "REJECT", "meet", "125"  # "walked out of the talks"
    elif event == "PROTEST" and _diplomatic_protest(match, actors, cdoc):
        event, mode, cameo = "ACCUSE", "disapprove", "114"  # "Turkey protested": a complaint
    elif event == "AGREE" and (promised_retaliation(match) or vowed_attack(match, index)):
        event, mode, cameo = "THREATEN", "violence", "138"  # "promised a tough response"
    elif event == "THREATEN" and mode is None and violent_answer(match):
        mode, cameo = "violence", "138"  # "warned of a crushing response"
    elif event == "ASSAULT" and verbal_clash(token):
        event, mode, cameo = "ACCUSE", "disapprove", "111"  # "clashed over trade"
    elif event == "ASSAULT" and criticism(token, match.prep):
        event, mode, cameo = "ACCUSE", "disapprove", "111"  # "attacked the budget proposal"
    elif event == "AGREE" and match.complement in YIELDING and _reciprocal(match):
        cameo = "031"  # "agreed to exchange prisoners": both sides give, neither yields
    elif event == "AGREE" and match.complement in YIELDING and _mutual(actors):
        cameo = "030"  # "Armenia and Azerbaijan agreed to withdraw": an agreement, not a yielding
    elif event == "AGREE" and match.complement in YIELDING:
        event, mode, cameo = "CONCEDE", None, "035"  # a promise to withdraw or release
    elif event == "CONCEDE" and token.lemma_.lower() == "agree" and _mutual(actors):
        event, mode, cameo = "AGREE", None, "030"  # "the two sides agreed to the terms"
    elif event == "CONCEDE" and cameo == "080" and token.lemma_.lower() in PROMISING:
        cameo = "035"  # "promised to release political prisoners": an intent to yield
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
        # the cue strength where the sentence puts it; events.scores.v1 finishes it
        confidence=pattern.strength * prominence(token),
    )


def _left_a_meeting(match: TriggerMatch) -> bool:
    """ "walked out of the talks", "stormed out of the meeting": leaving talks rejects them.
    The parser reads "out of" as particle + preposition or as two prepositions."""
    if match.pos != "verb":
        return False
    outs = [c for c in match.token.children if c.lower_ == "out"]
    places = [*match.token.children, *(g for o in outs for g in o.children)]
    return bool(outs) and any(
        p.lower_ == "of"
        and any(
            g.lemma_.lower() in MEETING_WORDS or g.lower_ in MEETING_WORDS
            for g in p.children
            if g.dep_ == "pobj"
        )
        for p in places
    )


def _struck_unclaimed(match: TriggerMatch) -> bool:
    """A verb of shelling or bombing whose doer is unknown: the place hit is its victim
    ("Kharkiv was shelled overnight"); other violence needs a victim named as a party."""
    return (
        match.pos == "verb"
        and match.pattern.event in UNKNOWN_PERPETRATOR
        and match.pattern.mode in UNCLAIMED_STRIKES
    )


def _diplomatic_protest(match: TriggerMatch, actors: list[Actor], cdoc: CodingDoc) -> bool:
    """A state that "protests" complains, it does not demonstrate (PLOVER: diplomatic
    protests are ACCUSE/disapprove): every actor is a government, an IGO or a country named
    as such ("Turkey protested", not "thousands of Serbs protested")."""
    token = match.token
    if match.pos != "verb" or match.pattern.mode != "demo" or token.lemma_.lower() != "protest":
        return False
    if not actors:
        return False
    for actor in actors:
        if actor.sector in STATE_VOICES:
            continue
        span = cdoc.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if actor.sector is not None or span is None:
            return False
        if span.root.ent_type_ != "GPE" or span.root.pos_ != "PROPN":
            return False
    return True


def _all_own(actors: list[Actor], recipients: list[Actor]) -> bool:
    own = {a.country for a in actors if a.country}
    return bool(own) and all(r.country in own for r in recipients)


def _countried(index: MentionIndex, found: list[tuple[int, int]]) -> bool:
    return any(index.actor(k).country for k, _ in found)


def _misread_subject(token: Token, finder: ArgumentFinder) -> list[tuple[int, int]]:
    """Who did a misread past verb: the subject of the call it heads ("The prime minister
    defied calls") or the name compounded with it ("Maduro defied calls")."""
    named = [c for c in token.children if c.dep_ == "compound"]
    named += [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return finder.named_by(named[0]) if named else []


def _obliged(match: TriggerMatch, finder: ArgumentFinder) -> tuple[Token, Token] | None:
    """The verb of saying and the obliged party when a speaker says another party must, should
    or has to yield, meet or help: "Erdogan said Israel must release the prisoners",
    "Macron said Russia should withdraw its troops" (REQUEST 105). Not when the party is the
    speaker's own country ("Erdogan said Turkey must …" states a policy)."""
    token = match.token
    if match.pos != "verb" or match.pattern.event not in DEMANDED_AS:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None  # "must not release" forbids: left as it is
    clause = token
    modal = any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in token.children)
    if not modal and token.dep_ == "xcomp" and token.head.lemma_.lower() in OBLIGING_VERBS:
        clause = token.head  # "Israel has to release …"
        modal = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not modal or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    speech = clause.head
    index = finder.index
    speakers = {index.mentions[c].actor.country for c, _ in finder.subject(speech)}
    obliged = {index.mentions[c].actor.country for c, _ in finder.named_by(subjects[0])}
    speakers.discard(None)
    obliged.discard(None)
    if not speakers or not obliged or obliged & speakers:
        return None
    return speech, subjects[0]


def _mutual(actors: list[Actor]) -> bool:
    """Two or more sides agree together: what they agree to binds both."""
    return len({a.country for a in actors if a.country}) >= 2


def _reciprocal(match: TriggerMatch) -> bool:
    governed = match.governed
    return governed is not None and governed.lemma_.lower() in RECIPROCAL


def _unmasked(actor: Actor) -> Actor:
    """ "unidentified gunmen", "unknown assailants": armed men nobody has named are PLOVER's
    UAF, in the country where they act (CAMEO's "PAKUAF")."""
    words = set(actor.text.lower().split())
    if words & UNNAMED_WORDS and actor.sector in ARMED_SECTORS:
        return dataclasses.replace(actor, sector=UNIDENTIFIED)
    return actor


def _unidentified(match: TriggerMatch, text: str) -> Actor:
    """The unknown perpetrator: PLOVER's UAF, over the subject's words when there are some."""
    token = match.token
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        first, last = subjects[0].left_edge, subjects[0]
        start, end = first.idx, last.idx + len(last.text)
        return Actor(text[start:end], start, end, None, UNIDENTIFIED)
    start, end = token.idx, token.idx + len(token.text)
    return Actor(text[start:end], start, end, None, UNIDENTIFIED, implied=True)


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
