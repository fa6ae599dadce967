"""Threats of force in what an actor says or promises (THREATEN/violence, CAMEO 138).

- an actor saying it will use force: "Iran said it would retaliate if Israel attacked",
  "Turkey says it will begin a new operation", "said it would not hesitate to strike"; the
  striker may be named by a pronoun, its capital or its kind ("Iran said Tehran would
  retaliate", "Hezbollah said the group would strike");
- a promise of retaliation ("promised a tough response", "vowed swift revenge") or a vow to
  attack a party ("vowed to fight the United States"; "vowed to fight corruption" is none);
- a warning of a violent answer ("warned of a crushing response");
- force not ruled out ("did not rule out military action", "refused to rule out strikes");
- a firm response or intolerance announced ("said it would respond decisively", "said it
  would not tolerate foreign interference"), what another party "would face" or "would pay"
  ("Biden said Russia would face severe consequences": Russia is threatened), a sanction or
  coercion announced on a condition, said ("said it would impose sanctions on Turkey if it
  bought Russian missiles", "said it would block Twitter unless …") or stated ("Washington
  will impose sanctions if Maduro refuses …"), and a vow to coerce a party ("vowed to crack
  down on protesters"): the kind of threat is `stated_threat_kind`, the one threatened the
  party named in the condition when no other is ("… if Israel attacked").

And what looks like a threat and is none: "threatened regional stability" names a danger,
"Russia feels threatened" a perception; "raised concerns about sanctions" is no prospect of
sanctions raised; "warned travellers against visiting Iraq" is advice; "gave the panel two
weeks to report" sets no ultimatum; "hinted at closing the gap" closes no border.
`events/build.py` asks these while it builds an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.arguments import SPEECH_VERBS
from detente.events.triggers import best_match

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.arguments import ArgumentFinder
    from detente.events.lexicon import Lexicon
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
# … and what an actor says it will do on a condition: "said it would impose sanctions on
# Turkey if it bought Russian missiles" threatens sanctions (CAMEO 131), "said it would block
# Twitter unless …" threatens a restriction; "will extend the curfew on Monday" is a plan
STATED_IF_THREAT = frozenset({"SANCTION", "COERCE"})
CONDITIONS = frozenset({"if", "unless"})
# the threat each kind of reduced relations makes (CAMEO 16x, 173 → 13x)
SANCTION_THREATS: dict[str, tuple[str, str]] = {
    "161": ("relations", "1313"),  # break or reduce diplomatic relations
    "162": ("relations", "1311"),  # reduce or stop aid
    "163": ("restrict", "131"),  # embargo, boycott, sanctions
    "164": ("relations", "1313"),  # halt negotiations
    "165": ("relations", "1313"),  # halt mediation
    "166": ("expel", "136"),  # expel or withdraw
    "173": ("arrest", "137"),  # convict: "vowed to bring the killers to justice"
}
# … and each mode of coercion (COERCE → 13x); the rest ("crack down on protesters", raids)
# threatens repression: restrict 137
COERCION_THREATS: dict[str | None, tuple[str, str]] = {
    "arrest": ("arrest", "137"),
    "deport": ("expel", "136"),
    "censor": ("restrict", "1321"),  # "would block Twitter unless …": political freedoms
    "curfew": ("restrict", "1323"),
    "martial-law": ("restrict", "1324"),
    "withhold": ("restrict", "131"),  # "would cut off the power"
}
# "would not hesitate to strike", "would be forced to strike": the strike is still announced
RESOLVED = frozenset({"hesitate", "force", "have", "continue", "begin", "start", "keep"})
RESOLVED_WHEN_NEGATED = frozenset({"hesitate", "tolerate"})
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
# a speaker saying it could or can strike threatens too: "Israel said it could strike Iran"
ABLE_MODALS = frozenset({"could", "can", "may", "might"})
# rows that name a threat only when the speaker announces them ("said it would hit Hezbollah
# hard", "would take all necessary measures", "any attack would be met with full force"):
# (trigger lemma, cue lemma); "the economy was hit hard", "took measures to curb inflation"
# report no threat
STATED_ONLY = frozenset(
    {
        ("hit", "hard"), ("take", "measure"), ("take", "measures"), ("meet", "force"),
        ("take", "action"), ("take", "step"), ("take", "steps"), ("take", "military"),
        ("meet", "response"), ("meet", "retaliation"),
    }
)  # fmt: skip
# rows of a THREATEN lemma that are a threat only when announced by the speaker, whatever the
# cue: "said it would respond decisively", "said it would not tolerate interference"
STATED_ONLY_LEMMAS = frozenset({"respond", "react", "tolerate", "face", "pay"})
# … and of these the one who undergoes it is another party: "said Russia would face sanctions"
UNDERGONE = frozenset({"face", "pay"})
FIRM_MEASURES = frozenset({"necessary", "decisive", "firm", "resolute", "tough", "harsh", "strong"})
# the frame a raised or floated threat comes in: "raised the prospect of military action"
PROSPECTS = frozenset(
    {"prospect", "spectre", "specter", "possibility", "threat", "idea", "option", "threats"}
)
CARRIED_THREATS = frozenset({"raise", "float"})
# force not ruled out is threatened: "did not rule out military action" (CAMEO 138)
FORCE_WORDS = frozenset(
    {
        "action", "force", "strike", "strikes", "airstrike", "airstrikes", "war", "invasion",
        "intervention", "attack", "attacks", "operation", "response", "retaliation", "option",
        "options", "offensive", "incursion", "bombing",
    }
)  # fmt: skip
MILITARY_MARKS = frozenset({"military", "armed", "nuclear", "force", "forces"})
# a warning to these about going somewhere is travel advice, not a threat
ADVISED = frozenset(
    {
        "traveller", "travellers", "traveler", "travelers", "tourist", "tourists", "citizen",
        "citizens", "national", "nationals", "public", "resident", "residents", "visitor",
        "visitors", "passenger", "passengers", "holidaymaker", "holidaymakers",
    }
)  # fmt: skip
TRAVEL = frozenset({"travel", "visit", "go", "trip", "journey", "venture", "fly", "holiday"})
# what closing is a threat to close: "hinted at closing the Strait of Hormuz" (not "the gap")
CLOSABLE = frozenset(
    {
        "strait", "border", "borders", "airspace", "embassy", "embassies", "consulate", "port",
        "ports", "crossing", "crossings", "base", "bases", "pipeline", "canal", "waterway",
        "frontier", "mission",
    }
)  # fmt: skip
# verbs whose participle complement is a perception: "feels threatened" (with their forms: the
# lemmatiser leaves "feels" read as an auxiliary alone)
FEELING = frozenset(
    {
        "feel", "feels", "felt", "seem", "seems", "seemed", "appear", "appears", "appeared",
        "look", "looks", "looked", "become", "becomes", "became", "remain", "remains",
        "remained",
    }
)  # fmt: skip
# an ultimatum's time given to a party: "gave Qatar ten days to comply"
GIVEN_TIME = frozenset({"day", "days", "week", "weeks"})
# vows to take land: "promised to retake Crimea by force" threatens to occupy (CAMEO 1382)
SEIZING = frozenset({"retake", "seize", "capture", "annex", "occupy", "reclaim", "recapture"})


def threat_to_a_thing(match: TriggerMatch, index: MentionIndex) -> bool:
    """A bare "threaten" whose object is a thing, not a party: "threatened regional stability",
    "threatens the livelihoods of farmers" describe a danger, not a threat made; so do the
    other non-threats of the module docstring (a perception, advice, no prospect raised, no
    ultimatum, nothing closable)."""
    if match.pattern.event != "THREATEN" or match.pos != "verb":
        return False
    lemma = match.token.lemma_.lower()
    if lemma in CARRIED_THREATS:
        return not _in_a_prospect(match)  # "raised concerns about sanctions"
    cue = match.cue
    if lemma == "give" and cue is not None and cue.lemma_.lower() in GIVEN_TIME:
        return not _ultimatum_given(match)  # "gave the panel two weeks to report"
    if lemma == "warn" and _travel_advice(match):
        return True  # "warned travellers against visiting Iraq"
    if lemma in STATED_ONLY_LEMMAS:
        return False  # "would not tolerate interference": announced, it is a threat
    if lemma == "threaten" and _felt(match.token):
        return True  # "Russia feels threatened by NATO expansion": a perception
    if lemma == "hint" and cue is not None and cue.lemma_.lower() == "close":
        return not any(o.lemma_.lower() in CLOSABLE for o in cue.children if o.dep_ == "dobj")
    if cue is not None or match.complement is not None:
        return False
    objects = [c for c in match.token.children if c.dep_ == "dobj"]
    return bool(objects) and all(index.at(o.i) is None and not _named(o) for o in objects)


def _felt(token: Token) -> bool:
    """ "feels threatened", "seemed threatened": how a party sees itself, no threat made (the
    parser may take "feels" for the participle's auxiliary)."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FEELING for c in token.children):
        return True
    return token.dep_ in ("acomp", "oprd", "xcomp") and token.head.lemma_.lower() in FEELING


def _named(token: Token) -> bool:
    """ "warned the West": a proper name is a party even when no actor table knows it."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def _in_a_prospect(match: TriggerMatch) -> bool:
    """The cue is what a prospect, spectre or possibility is of: "raised the prospect of
    military action", "floated the idea of sanctions"."""
    word = match.cue
    if word is None:
        return False
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "the prospect of sanctions and strikes"
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "of":
        return False
    return prep.head.lemma_.lower() in PROSPECTS or prep.head.lower_ in PROSPECTS


def _ultimatum_given(match: TriggerMatch) -> bool:
    """Days given to a party to do something: "gave Qatar ten days to comply"."""
    token = match.token
    parties = [c for c in token.children if c.dep_ in ("dative", "dobj") and c is not match.cue]
    parties += [g for p in token.children if p.lower_ == "to" for g in p.children]
    if not any(_named(w) for p in parties for w in (p, *p.children) if w.dep_ != "det"):
        return False  # "gave Qatar", "gave Kurdish fighters"; not "gave the government"
    words = [*token.children, *(match.cue.children if match.cue is not None else [])]
    return any(w.dep_ in ("xcomp", "acl", "advcl", "relcl") and _to(w) for w in words)


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _travel_advice(match: TriggerMatch) -> bool:
    """A warning to travellers or about going somewhere is advice: "warned British travellers
    against visiting Iraq", "warned its citizens not to travel to Lebanon"."""
    token = match.token
    addressed = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if any(a.lemma_.lower() in ADVISED or a.lower_ in ADVISED for a in addressed):
        return True
    about = [c for c in token.children if c.dep_ == "xcomp"]
    about += [g for p in token.children if p.dep_ == "prep" for g in p.children]
    return any(a.lemma_.lower() in TRAVEL for a in about)


def stated_threat(match: TriggerMatch, index: MentionIndex) -> Token | None:
    """The verb of saying when an actor says it will use force: "Iran said it would retaliate
    if Israel attacked", "Turkey says it will begin a new operation", "Iran said Tehran would
    retaliate", "said it would not hesitate to launch strikes" (CAMEO 138). The one who will
    strike is the speaker: a pronoun or a name of the speaker's country ("Iran said Israel
    would attack" is a forecast)."""
    token = match.token
    if match.pos != "verb":
        return None
    not_ruled_out = _force_not_ruled_out(match)
    if not_ruled_out is not None:
        return not_ruled_out
    only_stated = stated_only(match)
    seizing = match.pattern.event == "COERCE" and token.lemma_.lower() in SEIZING
    conditional = match.pattern.event in STATED_IF_THREAT and _on_condition(token)
    stated = match.pattern.event in STATED_AS_THREAT or only_stated or seizing or conditional
    if not stated:
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
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | ABLE_MODALS for c in children):
        return None
    if only_stated and token.lemma_.lower() == "take" and not _firm_measures(match):
        return None  # "said it would take measures to support farmers"
    if only_stated and any(c.dep_ == "nsubjpass" for c in children):
        return clause.head  # "said any attack would be met with full force"
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if only_stated and token.lemma_.lower() in UNDERGONE:
        return clause.head if _another_party(index, subjects, clause.head) else None
    if not subjects or (token.lemma_.lower() in FOUGHT_THINGS and not _at_a_party(token, index)):
        return None  # "said the country would fight inflation"
    subject = subjects[0]
    if subject.pos_ == "PRON" or _self_reference(index, subject, clause.head):
        return clause.head
    return clause.head if _same_party(index, subject, clause.head) else None


def _on_condition(verb: Token) -> bool:
    """ "would impose sanctions if it bought the missiles", "unless London withdrew …"."""
    return any(c.dep_ == "advcl" and _marked(c, CONDITIONS) for c in verb.children)


def stated_threat_kind(match: TriggerMatch) -> tuple[str, str]:
    """The mode and CAMEO code of a threat made by saying (or vowing) the trigger's act: force
    is violence 138; a sanction is the threat of it ("said it would impose sanctions if …"
    restrict 131, "… expel diplomats if …" expel 136, "… cut ties if …" relations 1313,
    "… cut aid if …" relations 1311); coercion by its mode ("would arrest them if …" arrest
    137, "vowed to crack down on protesters" restrict 137), taking land is territory 1382."""
    pattern = match.pattern
    if pattern.event == "COERCE" and match.token.lemma_.lower() in SEIZING:
        return "territory", "1382"  # "said its forces would retake the city"
    if pattern.event == "COERCE":
        return COERCION_THREATS.get(pattern.mode, ("restrict", "137"))
    if pattern.event == "SANCTION":
        return SANCTION_THREATS.get(pattern.cameo[:3], ("restrict", "131"))
    return "violence", "138"


def announced_threat(match: TriggerMatch) -> Token | None:
    """The modal that announces, without a verb of saying, a sanction or coercion the actor
    will impose on a condition: "Washington will impose sanctions on Venezuela if Maduro
    refuses …" is a threat made (the modal is its trigger: the threat occurred, the sanction
    is only threatened). "will extend the curfew on Monday" is a plan (no condition), and
    "said it would …" is `stated_threat`."""
    token = match.token
    if match.pos != "verb" or match.pattern.event not in STATED_IF_THREAT:
        return None
    if token.dep_ not in ("ROOT", "conj") or token.head.lemma_.lower() in SPEECH_VERBS:
        return None
    if any(c.dep_ == "neg" for c in token.children) or not _on_condition(token):
        return None
    modals = [c for c in token.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS]
    return modals[0] if modals else None


def vowed_coercion(
    match: TriggerMatch, lexicon: Lexicon, index: MentionIndex
) -> TriggerMatch | None:
    """The act a vow promises to impose on a party, which makes the vow a threat: "vowed to
    crack down on protesters" (THREATEN restrict 137), "pledged to expel the diplomats"
    (expel 136). "vowed to crack down on corruption" names no party."""
    governed = match.governed
    if governed is None or match.complement not in STATED_IF_THREAT or vowed_seizure(match):
        return None  # "promised to retake Crimea": `vowed_seizure`
    if match.token.lemma_.lower() not in VOWING or not _at_a_party(governed, index):
        return None
    return best_match(governed, lexicon)


def conditioned_party(match: TriggerMatch) -> Token | None:
    """The party whose act is a threat's condition, the one threatened when no other is named:
    "Iran said it would retaliate if Israel attacked", "threatened to retaliate if Israel
    attacked" (a name: "… on Turkey if it bought missiles" names Turkey already, "unless the
    company removed the posts" names no party)."""
    clauses = [match.token, *([match.governed] if match.governed is not None else [])]
    if match.token.dep_ == "ccomp":
        clauses.append(match.token.head)  # "said it would …": the if-clause may hang on "said"
    for clause in clauses:
        for condition in clause.children:
            if condition.dep_ != "advcl" or not _marked(condition, CONDITIONS):
                continue
            subjects = [c for c in condition.children if c.dep_ == "nsubj" and _named(c)]
            if subjects:
                return subjects[0]
    return None


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


def undergoer(match: TriggerMatch) -> Token | None:
    """Who will face or pay what a speaker announces: the subject of the clause ("Biden said
    Russia would face severe consequences": Russia is threatened)."""
    if match.token.lemma_.lower() not in UNDERGONE or not stated_only(match):
        return None
    return next((c for c in match.token.children if c.dep_ == "nsubj"), None)


def stated_only(match: TriggerMatch) -> bool:
    """A row that is a threat only when announced by the speaker (`STATED_ONLY`)."""
    lemma = match.token.lemma_.lower()
    if match.pattern.event == "THREATEN" and lemma in STATED_ONLY_LEMMAS:
        return True  # "said it would respond decisively"; "responded firmly" is none
    cue = match.cue
    return cue is not None and (lemma, cue.lemma_.lower()) in STATED_ONLY


def _force_not_ruled_out(match: TriggerMatch) -> Token | None:
    """ "did not rule out military action", "refused to rule out strikes": force kept open is
    threatened (CAMEO 138). The negation (or the refusal) is the threat made, so it is the
    trigger: "ruled out military action" stays a rejection."""
    token = match.token
    if match.pattern.event != "REJECT" or token.lemma_.lower() != "rule":
        return None
    if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_names_force(o) for o in objects):
        return None
    negation = next((c for c in token.children if c.dep_ == "neg"), None)
    if negation is not None:
        return negation
    head = token.head
    refused = token.dep_ == "xcomp" and head.lemma_.lower() in ("refuse", "decline")
    return head if refused else None


def _names_force(word: Token) -> bool:
    """ "military action", "strikes", "the use of force", "a military option"."""
    words = [word, *(g for p in word.children if p.lower_ == "of" for g in p.children)]
    for w in words:
        lemma = w.lemma_.lower()
        if lemma not in FORCE_WORDS and w.lower_ not in FORCE_WORDS:
            continue
        if lemma not in ("action", "option", "response", "operation"):
            return True
        if any(c.lower_ in MILITARY_MARKS for c in w.children):
            return True
    return False


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


def _another_party(index: MentionIndex, subjects: list[Token], speech: Token) -> bool:
    """ "Biden said Russia would face consequences": the one who will face it is a party other
    than the speaker ("said it would face sanctions" fears, it does not threaten)."""
    if not subjects or subjects[0].pos_ == "PRON" or index.at(subjects[0].i) is None:
        return False
    return not _same_party(index, subjects[0], speech)


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
