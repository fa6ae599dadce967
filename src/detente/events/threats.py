"""Threats of force in what an actor says or promises (THREATEN/violence, CAMEO 138).

- an actor saying it will use force: "Iran said it would retaliate if Israel attacked",
  "Turkey says it will begin a new operation", "said it would not hesitate to strike"; the
  striker may be named by a pronoun, its capital or its kind ("Iran said Tehran would
  retaliate", "Hezbollah said the group would strike");
- a promise of retaliation ("promised a tough response", "vowed swift revenge") or a vow to
  attack a party ("vowed to fight the United States"; "vowed to fight corruption" is none);
- a warning of a violent answer ("warned of a crushing response").

And what looks like a threat and is none: "threatened regional stability" names a danger.
`events/build.py` asks these while it builds an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.arguments import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.arguments import ArgumentFinder
    from detente.events.mentions import MentionIndex
    from detente.events.triggers import TriggerMatch


# an offer or promise (not the act): "promised a ceasefire" is CAMEO's intent to yield 035
PROMISING = frozenset({"agree", "promise", "pledge", "offer", "vow"})
# a promise of these is a threat of force: "promised a tough response", "vowed revenge" (138)
RETALIATION_WORDS = frozenset(
    {
        "response", "retaliation", "revenge", "reprisal", "reprisals", "vengeance", "punishment",
        "retribution", "counterattack", "counter-attack", "counteroffensive", "answer", "reply",
    }
)  # fmt: skip
# "promised a response to the request", "a written reply": an answer, not retaliation
ANSWERED = frozenset(
    {
        "request", "question", "letter", "proposal", "query", "concern", "appeal", "offer",
        "demand", "plan", "crisis", "pandemic", "outbreak",
    }
)  # fmt: skip
PEACEFUL_ANSWERS = frozenset({"quick", "written", "formal", "detailed", "positive"})

# "X said it would attack": the speaker's own force announced is a threat (THREATEN 138)
STATED_AS_THREAT = frozenset({"ASSAULT"})
# "would not hesitate to strike", "would be forced to strike": the strike is still announced
RESOLVED = frozenset({"hesitate", "force", "have", "continue", "begin", "start", "keep"})
RESOLVED_WHEN_NEGATED = frozenset({"hesitate"})
# how a speaker names its own body in a threat: "Hezbollah said the group would strike"
SELF_REFERENCES = frozenset(
    {
        "country", "army", "military", "government", "kingdom", "republic", "nation", "force",
        "forces", "troops", "regime", "navy",
    }
)  # fmt: skip
GROUP_REFERENCES = frozenset({"group", "movement", "militia", "organisation", "organization"})
NON_STATE = frozenset({"REB", "OPP", "PTY", "CRM", "UAF", "INS", "SEP", "RAD"})
# attack verbs that also take things: "fight inflation", "combat corruption"
FOUGHT_THINGS = frozenset({"fight", "combat", "battle", "tackle", "counter", "confront", "defeat"})
# verbs of promising whose governed attack on a party is a threat ("vowed to crush the rebels")
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# adjectives of a response or a price that make it force: "warned of a crushing response"
VIOLENT_ANSWERS = frozenset(
    {
        "crushing", "devastating", "forceful", "befitting", "merciless", "ruthless",
        "overwhelming", "military", "armed", "fierce", "painful", "bloody", "lethal",
    }
)  # fmt: skip
FUTURE_MODALS = frozenset({"will", "would", "'ll", "’ll", "shall"})
# rows that name a threat only when the speaker announces them ("said it would hit Hezbollah
# hard", "would take all necessary measures", "any attack would be met with full force"):
# (trigger lemma, cue lemma); "the economy was hit hard", "took measures to curb inflation"
# report no threat
STATED_ONLY = frozenset(
    {
        ("hit", "hard"), ("take", "measure"), ("take", "measures"), ("meet", "force"),
    }
)  # fmt: skip
FIRM_MEASURES = frozenset({"necessary", "decisive", "firm", "resolute", "tough", "harsh", "strong"})
# vows to take land: "promised to retake Crimea by force" threatens to occupy (CAMEO 1382)
SEIZING = frozenset({"retake", "seize", "capture", "annex", "occupy", "reclaim", "recapture"})


def threat_to_a_thing(match: TriggerMatch, index: MentionIndex) -> bool:
    """A bare "threaten" whose object is a thing, not a party: "threatened regional stability",
    "threatens the livelihoods of farmers" describe a danger, not a threat made."""
    if match.pattern.event != "THREATEN" or match.pos != "verb":
        return False
    if match.cue is not None or match.complement is not None:
        return False
    objects = [c for c in match.token.children if c.dep_ == "dobj"]
    return bool(objects) and all(index.at(o.i) is None for o in objects)


def stated_threat(match: TriggerMatch, index: MentionIndex) -> Token | None:
    """The verb of saying when an actor says it will use force: "Iran said it would retaliate
    if Israel attacked", "Turkey says it will begin a new operation", "Iran said Tehran would
    retaliate", "said it would not hesitate to launch strikes" (CAMEO 138). The one who will
    strike is the speaker: a pronoun or a name of the speaker's country ("Iran said Israel
    would attack" is a forecast)."""
    token = match.token
    if match.pos != "verb":
        return None
    only_stated = stated_only(match)
    seizing = match.pattern.event == "COERCE" and token.lemma_.lower() in SEIZING
    if match.pattern.event not in STATED_AS_THREAT and not only_stated and not seizing:
        return None  # "said its forces would retake the city" threatens to occupy (1382)
    clause = token
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in RESOLVED:
        clause = token.head  # "would not hesitate to launch strikes"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    children = list(clause.children)
    negated = any(c.dep_ == "neg" for c in children)
    if negated != (clause.lemma_.lower() in RESOLVED_WHEN_NEGATED):
        return None  # "said it would not attack" reassures; "would hesitate to" doubts
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in children):
        return None
    if only_stated and token.lemma_.lower() == "take" and not _firm_measures(match):
        return None  # "said it would take measures to support farmers"
    if only_stated and any(c.dep_ == "nsubjpass" for c in children):
        return clause.head  # "said any attack would be met with full force"
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or (token.lemma_.lower() in FOUGHT_THINGS and not _at_a_party(token, index)):
        return None  # "said the country would fight inflation"
    subject = subjects[0]
    if subject.pos_ == "PRON" or _self_reference(index, subject, clause.head):
        return clause.head
    return clause.head if _same_party(index, subject, clause.head) else None


def stated_only(match: TriggerMatch) -> bool:
    """A row that is a threat only when announced by the speaker (`STATED_ONLY`)."""
    cue = match.cue
    return cue is not None and (match.token.lemma_.lower(), cue.lemma_.lower()) in STATED_ONLY


def _firm_measures(match: TriggerMatch) -> bool:
    """Measures aimed at a party ("against the militants") or firm ones with no purpose named
    ("all necessary measures"); "measures to support farmers" are a policy."""
    cue = match.cue
    if cue is None:
        return False
    if match.prep is not None and match.prep.lower_ == "against":
        return True
    if any(c.dep_ in ("acl", "relcl", "advcl", "prep") for c in cue.children):
        return False
    if any(c.dep_ in ("advcl", "xcomp") for c in match.token.children):
        return False
    return any(c.lower_ in FIRM_MEASURES for c in cue.children)


def vowed_seizure(match: TriggerMatch) -> bool:
    """A vow to take land ("promised to retake Crimea by force", "vowed to annex the region")
    threatens to occupy it (THREATEN territory 1382), not a promise to yield."""
    governed = match.governed
    if governed is None or match.token.lemma_.lower() not in VOWING:
        return False
    return governed.lemma_.lower() in SEIZING


def _self_reference(index: MentionIndex, subject: Token, speech: Token) -> bool:
    """ "the country", "its army": the speaker's own body, named by its kind; "the group" is
    the speaker's own only when the speaker is no state ("Hezbollah said the group would …",
    not "Iran said the group would …")."""
    word = subject.lemma_.lower()
    if word not in SELF_REFERENCES and word not in GROUP_REFERENCES:
        return False
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "our")
        for c in subject.children
    ):
        return False
    if word in SELF_REFERENCES:
        return True
    speakers = [index.at(c.i) for c in speech.children if c.dep_ == "nsubj"]
    said = speakers[0] if speakers else None
    return said is not None and index.actor(said).sector in NON_STATE


def _same_party(index: MentionIndex, subject: Token, speech: Token) -> bool:
    """The subject of the clause names the speaker's own country ("Iran said Tehran …")."""
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    own, said = index.at(subject.i), index.at(speakers[0].i) if speakers else None
    if own is None or said is None:
        return False
    country = index.actor(own).country
    return country is not None and country == index.actor(said).country


def promised_retaliation(match: TriggerMatch) -> bool:
    """A promise or vow whose object is a retaliation word ("promised a tough response to the
    strike", "vowed swift revenge") threatens force. "Responses" to a questionnaire and other
    peaceful answers come with "to a request/question/letter" and are left alone."""
    token = match.token
    if match.pos != "verb" or token.lemma_.lower() not in PROMISING | {"threaten", "warn"}:
        return False
    for obj in token.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in RETALIATION_WORDS:
            continue
        if obj.lemma_.lower() in ("response", "answer", "reply") and _peaceful_answer(obj):
            continue
        return True
    return False


def vowed_attack(match: TriggerMatch, index: MentionIndex) -> bool:
    """A vow to attack a party ("vowed to fight the United States at any cost", "pledged to
    crush the rebels") threatens force; "vowed to fight corruption" attacks no party."""
    governed = match.governed
    if match.complement != "ASSAULT" or governed is None:
        return False
    if match.token.lemma_.lower() not in VOWING:
        return False
    return _at_a_party(governed, index)


def _at_a_party(verb: Token, index: MentionIndex) -> bool:
    """The attack names a party among its objects, or no object at all ("to retaliate")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for p in verb.children if p.dep_ == "prep" for g in p.children]
    objects = [o for o in objects if o.dep_ in ("dobj", "pobj") and o.ent_type_ != "DATE"]
    return not objects or any(index.at(o.i) is not None for o in objects)


def vowed_targets(match: TriggerMatch, finder: ArgumentFinder) -> list[tuple[int, int]]:
    """Whom a vow to attack names: "vowed to fight the United States"."""
    governed = match.governed
    objects = [c for c in governed.children if c.dep_ == "dobj"] if governed is not None else []
    return finder.named_by(objects[0]) if objects else []


def violent_answer(match: TriggerMatch) -> bool:
    cue = match.cue
    return cue is not None and any(c.lower_ in VIOLENT_ANSWERS for c in cue.children)


def _peaceful_answer(obj: Token) -> bool:
    """ "promised a response to the request", "offered a reply to the letter"."""
    for prep in obj.children:
        if prep.dep_ == "prep" and any(p.lemma_.lower() in ANSWERED for p in prep.children):
            return True
    return any(c.lower_ in PEACEFUL_ANSWERS for c in obj.children)
