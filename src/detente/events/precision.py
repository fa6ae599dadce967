"""Senses and settings in which a trigger word reports no event a coder would sign.

- a direct question ("Will China invade Taiwan?") asks, it does not report;
- an opinion about a possibility ("analysts believe Russia could invade", "experts fear China
  might attack"): the clause under a verb of believing that carries a modal is a view;
- sport ("Iran beat South Korea 2-1", "the French team attacked in the second half"): a
  conflict verb in a sentence about a match;
- idioms ("slammed the door on speculation"), naming ("called the ambassador a stupid guy");
- an effort towards cooperation ("has been pushing to improve relations", "seeks to strengthen
  ties"): the cooperation has not happened (an attempted attack is still coded);
- other senses of a trigger word: a space probe ("launched a lunar probe"), the exercise of a
  power or a right, a force "backed by tanks", teams that "meet in the final", a state
  evacuating its own citizens (no interaction between two parties).

And one sense that is another event: attacking, hitting or blasting a proposal, a policy or a
remark is criticism (ACCUSE/disapprove, CAMEO 111), not violence ("the opposition attacked the
budget proposal"); so is a clash over a topic or in words ("Berlin and Beijing clashed over
trade"), unless forces, police or protesters clash.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# verbs of believing: a modal clause under them is a view about what may happen
BELIEVING = frozenset(
    {
        "believe", "think", "fear", "worry", "suspect", "doubt", "predict", "speculate",
        "assume", "imagine", "guess", "wonder", "estimate", "reckon",
    }
)  # fmt: skip
POSSIBILITY = frozenset(
    {"could", "might", "may", "can", "would", "will", "'ll", "wo", "should", "must", "ought"}
)

# conflict verbs that sports reports use for winning, losing and playing
WINNING_VERBS = frozenset(
    {
        "beat", "defeat", "crush", "thrash", "rout", "hammer", "edge", "down", "trounce",
        "overpower", "outclass", "stun", "overcome", "dominate", "humiliate", "sink",
    }
)  # fmt: skip
SPORTING_VERBS = WINNING_VERBS | frozenset(
    {"attack", "hit", "strike", "clash", "fight", "battle", "shoot", "fire"}
)
# words that put a sentence on a pitch or a court (lemmas, lower case)
SPORTS_WORDS = frozenset(
    {
        "match", "cup", "league", "tournament", "championship", "qualifier", "semifinal",
        "semi-final", "quarterfinal", "quarter-final", "olympics", "olympic",
        "striker", "midfielder", "goalkeeper", "coach", "stadium", "inning", "innings",
        "fixture", "derby", "medal", "football", "soccer", "cricket", "rugby", "tennis",
        "basketball", "hockey", "volleyball", "handball", "baseball", "halftime", "half-time",
        "copa", "fifa", "uefa", "playoff", "playoffs", "scoreline",
        "wicket", "footballer", "cricketer", "athlete", "pitch",
        "penalty", "penalties", "shootout", "shoot-out", "final",
    }
)  # fmt: skip
# who acts at a match as the state or as fighters: "police fired tear gas at fans after the match"
ARMED_OR_POLICE = frozenset(
    {
        "army", "troops", "forces", "militants", "police", "policeman", "policemen", "officer",
        "officers", "soldier", "soldiers", "gendarmes", "riot",
    }
)  # fmt: skip
# goals that are scored: "two late goals", "an own goal"
GOAL_KINDS = frozenset({"late", "early", "winning", "own", "equalising", "equalizing", "away"})
# a word in these relations is a noun whatever its tag ("to reach the final", tagged ADJ)
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
# who plays: a subject with one of these heads is a team, not a force ("a team of inspectors"
# with its "of" phrase is not one)
PLAYERS = frozenset({"team", "squad", "club", "player", "players", "eleven"})
TEAM_VERBS = frozenset({"invade", "storm", "raid", "ambush", "overrun", "besiege"})
# an inverted condition: "Should Russia attack Ukraine, NATO will respond"
INVERTED_CONDITION = frozenset({"should", "had", "were"})
SCORE = re.compile(r"(?<![\d/.-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/.-])")

# verbs whose object decides between violence and criticism, and the objects that make it
# criticism: a thing said, decided or proposed
ATTACKING_VERBS = frozenset({"attack", "hit", "strike", "target", "blast", "assault"})
SAID_OR_DECIDED = frozenset(
    {
        "proposal", "plan", "policy", "policies", "decision", "remark", "remarks", "comment",
        "comments", "statement", "bill", "law", "legislation", "budget", "reform", "reforms",
        "idea", "report", "strategy", "approach", "handling", "record", "stance", "view",
        "claim", "claims", "rhetoric", "speech", "move", "measure", "measures", "initiative",
        "verdict", "ruling", "resolution", "programme", "program", "agenda", "manifesto",
        "tweet", "article", "interview", "criticism", "argument", "plans",
        "performance", "management", "response",
    }
)  # fmt: skip

# verbs of striving, and the events an effort towards which is no event yet
STRIVING = frozenset({"push", "seek", "strive", "try", "attempt", "aim", "work", "endeavour"})
COOPERATIVE = frozenset({"SUPPORT", "COOPERATE", "CONSULT", "AID", "AGREE"})

# (verb lemma, object lemma) idioms that name no event
IDIOMS = frozenset(
    {
        ("slam", "door"), ("close", "door"), ("shut", "door"), ("fight", "recession"),
        ("back", "claim"), ("back", "claims"),  # "the figures don't back up that claim"
    }
)  # fmt: skip


# a clash over these is a fight for ground; over anything else ("trade", "the budget",
# "sanctions") it is a quarrel (ACCUSE/disapprove 111)
CONTESTED_GROUND = frozenset(
    {
        "border", "borders", "frontier", "territory", "island", "islands", "area", "region",
        "land", "village", "town", "city", "control", "ridge", "hill", "river", "waters",
        "sea", "zone", "checkpoint", "base", "field", "road", "highway", "bridge", "pass",
        "district", "province", "enclave", "outpost", "mine", "oilfield", "corridor", "weekend",
        "night", "day", "days", "hours",
    }
)  # fmt: skip
TOPIC_PREPS = frozenset({"over", "on", "about", "regarding", "concerning"})
# who clashes with arms or fists, whatever the clash is over
FORCES = frozenset(
    {
        "police", "policeman", "policemen", "troops", "troop", "soldier", "soldiers", "force",
        "forces", "army", "protester", "protesters", "demonstrator", "demonstrators", "rebel",
        "rebels", "militant", "militants", "fighter", "fighters", "gunman", "gunmen", "rioter",
        "rioters", "militia", "militias", "militiamen", "insurgent", "insurgents", "mob",
        "supporters", "guards", "guard", "clan", "clansmen", "tribesmen", "villagers",
        "settlers", "students", "youths", "crowd", "crowds", "officers", "navy", "military",
    }
)  # fmt: skip
# where a clash is with words: "clashed at the summit", "during the debate"
TALKING_PLACES = frozenset(
    {
        "summit", "meeting", "talks", "debate", "session", "conference", "forum", "parliament",
        "assembly", "council", "negotiations", "hearing", "interview", "dinner",
    }
)  # fmt: skip
VERBAL_MANNER = frozenset(
    {
        "verbally", "publicly", "diplomatically", "openly", "sharply", "diplomatic", "verbal",
        "rhetorical",
    }
)  # fmt: skip
# what backs a force when it is equipment: "rebels backed by tanks" is no support event
ARMS = frozenset(
    {
        "tank", "tanks", "artillery", "armour", "armor", "helicopter", "helicopters", "jet",
        "jets", "warplane", "warplanes", "aircraft", "drone", "drones", "gunship", "gunships",
        "vehicle", "vehicles", "air", "airpower", "firepower", "mortar", "mortars", "missile",
        "missiles", "rocket", "rockets", "armoured", "armored", "bulldozer", "bulldozers",
        "airstrikes", "airstrike", "troop", "troops", "soldiers",
    }
)  # fmt: skip
# a launched probe that flies: "launched a lunar probe", "a space probe to Mars"
SPACE_WORDS = frozenset(
    {
        "space", "lunar", "moon", "mars", "martian", "solar", "sun", "venus", "jupiter",
        "saturn", "mercury", "asteroid", "comet", "planetary", "interplanetary", "deep-space",
        "orbital", "robotic", "unmanned", "uncrewed",
    }
)  # fmt: skip
# "meet in the final": teams meeting on a pitch
FIXTURES = frozenset(
    {
        "final", "finals", "semifinal", "semi-final", "semifinals", "semi-finals",
        "quarterfinal", "quarter-final", "quarterfinals", "quarter-finals", "match", "game",
        "tournament", "league", "cup", "round", "playoff", "playoffs", "friendly", "derby",
        "qualifier", "group", "fixture", "opener", "decider", "rematch",
    }
)  # fmt: skip
# a contest at the polls: "Macron defeated Le Pen in the runoff" is no assault
ELECTION_WORDS = frozenset(
    {
        "election", "elections", "vote", "votes", "poll", "polls", "ballot", "ballots",
        "runoff", "run-off", "primary", "primaries", "referendum", "caucus", "caucuses",
        "seat", "seats", "constituency", "electorate", "candidate", "candidates",
    }
)  # fmt: skip
# fixtures a side wins ("beat Wales in the decider"); a round or a group is no fixture there
WON_FIXTURES = FIXTURES - {"round", "group"} | {"series", "title", "grand"}
# an inquiry into a deed: "launched a probe into the bombing" — the deed is its topic
INQUIRIES = frozenset(
    {
        "probe", "investigation", "inquiry", "enquiry", "investigate", "inquest", "review",
        "examination", "examine", "look", "hearing", "report", "audit",
    }
)  # fmt: skip
TOPIC_PREPS = frozenset({"into", "of", "on", "over", "about"})
# evacuating these from abroad is a state's care for its own, not an interaction
OWN_NATIONALS = frozenset(
    {
        "citizen", "citizens", "national", "nationals", "diplomat", "diplomats", "staff",
        "personnel", "expatriate", "expatriates", "compatriot", "compatriots", "embassy",
    }
)  # fmt: skip


def verbal_clash(token: Token) -> bool:
    """ "Berlin and Beijing clashed over trade", "clashed at the summit", "verbally clashed":
    a clash over a topic or in words is a quarrel; over ground or with arms it is fighting.
    Named people with no force behind them quarrel too ("Kelly has clashed with Kushner")."""
    if token.lemma_.lower() != "clash":
        return False
    parties = _clash_parties(token)
    if any(_a_force(p) for p in parties):
        return False  # "protesters clashed with police over the new law"
    if parties and all(_a_person(p) for p in parties):
        return True  # "Kelly has clashed with Trump's son-in-law Jared Kushner"
    for child in token.children:
        if child.dep_ in ("advmod", "amod") and child.lower_ in VERBAL_MANNER:
            return True  # "verbally clashed", "a diplomatic clash"
        if child.dep_ != "prep":
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.lower_ == "with" and any(o.lemma_.lower() in ("word", "words") for o in objects):
            return True
        if child.lower_ in ("at", "during", "in") and any(
            o.lemma_.lower() in TALKING_PLACES for o in objects
        ):
            return True
        if child.lower_ in TOPIC_PREPS and any(_a_topic(o) for o in objects):
            return True
    return False


def _clash_parties(token: Token) -> list[Token]:
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    partners = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("with", "between")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found = subjects + partners
    return found + [c for f in found for c in f.conjuncts]


def _a_force(noun: Token) -> bool:
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in FORCES or w.lower_ in FORCES for w in words)


def _a_person(noun: Token) -> bool:
    """A named person, or a role of one ("Trump's son-in-law Jared Kushner")."""
    return noun.ent_type_ == "PERSON" or any(
        c.ent_type_ == "PERSON" for c in noun.children if c.dep_ in ("appos", "poss", "compound")
    )


def _a_topic(noun: Token) -> bool:
    if noun.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or noun.pos_ == "PROPN":
        return False  # "clashed over Kashmir", "over the weekend": left to the fighting reading
    return noun.lemma_.lower() not in CONTESTED_GROUND and noun.lower_ not in CONTESTED_GROUND


def backed_by_arms(token: Token) -> bool:
    """ "a rebel force backed by tanks": the force's equipment, not a party's support."""
    if token.lemma_.lower() != "back":
        return False
    agents = [c for c in token.children if c.dep_ == "agent"]
    objects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in ARMS or o.lower_ in ARMS for o in objects)


def spacecraft(cue: Token | None) -> bool:
    """ "launched a lunar probe", "a space probe to Mars": a probe that flies is no inquiry."""
    if cue is None or cue.lemma_.lower() != "probe":
        return False
    words = [c for c in cue.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [
        g for p in cue.children if p.lower_ in ("to", "toward", "towards") for g in p.children
    ]
    return any(w.lower_ in SPACE_WORDS for w in words)


def abstract_exercise(token: Token) -> bool:
    """ "the exercise of power by the military": exercising a power or a right is no drill."""
    return token.lemma_.lower() == "exercise" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )


def inquiry_topic(token: Token) -> bool:
    """A deed named as the topic of an inquiry ("Britain launched a probe into the bombing",
    "investigated the killing"): the inquirer did not do it; the inquiry is coded on its own."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in TOPIC_PREPS:
        holder = head.head  # "a probe into …" or "launched a probe into …"
        if holder.lemma_.lower() in INQUIRIES:
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in INQUIRIES for c in holder.children)
    return token.dep_ == "dobj" and head.lemma_.lower() in ("investigate", "probe", "examine")


def match_day(token: Token) -> bool:
    """ "Morocco and Portugal meet in the final": teams meeting in a fixture."""
    if token.lemma_.lower() != "meet":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at", "for")
        and any(g.lemma_.lower() in FIXTURES or g.lower_ in FIXTURES for g in c.children)
        for c in token.children
    )


def own_nationals(token: Token) -> bool:
    """ "France evacuated its citizens from Sudan": nationals or staff evacuated (the caller
    checks that they are the actor's own: "Egypt evacuated Sudanese nationals" is aid)."""
    if token.lemma_.lower() != "evacuate":
        return False
    return any(
        o.lemma_.lower() in OWN_NATIONALS or o.lower_ in OWN_NATIONALS for o in _objects(token)
    )


def own_people(token: Token) -> bool:
    """ "evacuated its citizens", "their embassy staff": the actor's own, whatever the parse
    makes of the place they leave."""
    return own_nationals(token) and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their")
        for o in _objects(token)
        for c in o.children
    )


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "dobj"]


def is_question(sentence: Span) -> bool:
    """A direct question: the sentence ends with a question mark."""
    return sentence.text.rstrip().rstrip("\"'”’").endswith("?")


def opinion_about_a_possibility(token: Token) -> bool:
    """ "Analysts believe Russia could invade": the clause is a view, not an event."""
    current = token
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head.i == current.i:
            return False
        head = current.head
        if current.dep_ == "ccomp" and head.lemma_.lower() in BELIEVING:
            return _modal_clause(current)
        current = head
    return False


def _modal_clause(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY for c in verb.children)


def sporting(token: Token, sentence: Span) -> bool:
    """A conflict verb in a sentence about a match: "Iran beat South Korea 2-1"; a winning
    verb in one about an election: "Macron beat Le Pen in the runoff"."""
    lemma = token.lemma_.lower()
    if lemma not in SPORTING_VERBS and lemma not in TEAM_VERBS:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lemma_.lower() in PLAYERS and not _of_phrase(s) for s in subjects):
        return True
    if lemma not in SPORTING_VERBS:
        return False
    if lemma in WINNING_VERBS and SCORE.search(sentence.text):
        return True  # "beat South Korea 2-1" (a range of casualties is not a score)
    nouns = [t for t in sentence if nominal(t)]
    words = {t.lemma_.lower() for t in nouns} | {t.lower_ for t in nouns}
    scored = any(_scored_goal(t) for t in nouns)  # "two late goals", not "its goals"
    on_a_pitch = scored or bool(words & SPORTS_WORDS)
    if lemma in WINNING_VERBS:  # "beat New South Wales in the decider", "won the runoff"
        on_a_pitch = on_a_pitch or bool(words & (WON_FIXTURES | ELECTION_WORDS))
    return on_a_pitch and not words & ARMED_OR_POLICE


def nominal(token: Token) -> bool:
    """A noun, or a word in a noun's place whatever its tag ("to reach the final")."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in NOMINAL_DEPS


def _scored_goal(noun: Token) -> bool:
    return noun.lemma_.lower() == "goal" and any(
        c.dep_ == "nummod" or c.lower_ in GOAL_KINDS for c in noun.children
    )


def _of_phrase(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def inverted_condition(token: Token) -> bool:
    """ "Should Russia attack Ukraine, NATO will respond": a condition without "if"."""
    if token.dep_ != "advcl":
        return False
    first = min((c for c in token.children), key=lambda c: c.i, default=None)
    return first is not None and first.dep_ == "aux" and first.lower_ in INVERTED_CONDITION


def an_effort(token: Token, event: str) -> bool:
    """ "has been pushing to improve relations", "seeks to strengthen ties": an effort towards
    cooperation is not the cooperation (an attempted attack still is an attack)."""
    return (
        event in COOPERATIVE
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in STRIVING
        and token.head.i != token.i
    )


def naming(token: Token) -> bool:
    """ "called Britain's ambassador a very stupid guy": calling someone something is no call."""
    if token.lemma_.lower() != "call":
        return False
    deps = {c.dep_ for c in token.children}
    named = [
        a
        for o in token.children
        if o.dep_ == "oprd"
        for a in o.children
        if a.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in a.children)
    ]  # "called Britain's ambassador a very stupid guy", parsed as an apposition
    return ("dobj" in deps and "oprd" in deps) or bool(named)


def idiom(token: Token) -> bool:
    """ "slammed the door on speculation": the verb and its object name no event."""
    lemma = token.lemma_.lower()
    return any(c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in IDIOMS for c in token.children)


def criticism(token: Token, prep: Token | None = None) -> bool:
    """ "attacked the budget proposal", "an attack on the new policy": the target is a thing
    said or decided. `prep` is the preposition that introduces a noun trigger's target."""
    if token.lemma_.lower() not in ATTACKING_VERBS:
        return False
    if token.pos_ == "NOUN":
        holder = prep if prep is not None else token
        targets = [g for g in holder.children if g.dep_ == "pobj"]
    else:
        targets = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(targets) and all(t.lemma_.lower() in SAID_OR_DECIDED for t in targets)


# natural hazards, accidents and disease kill without a perpetrator
HAZARDS = frozenset(
    {
        "storm", "storms", "flood", "floods", "flooding", "earthquake", "earthquakes", "quake",
        "quakes", "tremor", "tsunami", "typhoon", "hurricane", "cyclone", "tornado", "landslide",
        "landslides", "mudslide", "avalanche", "eruption", "volcano", "drought", "heatwave",
        "rain", "rains", "downpour", "downpours", "lightning", "blizzard", "snowstorm",
        "blaze", "wildfire", "wildfires", "crash", "crashes", "collision",
        "accident", "accidents", "derailment", "disease", "diseases", "outbreak", "epidemic",
        "pandemic", "virus", "cholera", "covid-19", "covid", "malaria", "ebola", "famine",
        "hunger", "heat", "cold", "collapse", "stampede", "sinking", "capsizing",
    }
)  # fmt: skip
HAZARD_PREPS = frozenset({"in", "by", "during", "from"})


def natural_cause(token: Token) -> bool:
    """The killer is a hazard, an accident or a disease, not a perpetrator: "the storm killed
    20 people", "an earthquake killed 300", "50 were killed in a plane crash"."""
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj") and _hazard(child):
            return True
        if (
            child.dep_ in ("prep", "agent")
            and child.lower_ in HAZARD_PREPS
            and token.tag_ == "VBN"
            and any(_hazard(g) for g in child.children if g.dep_ == "pobj")
        ):
            return True
    return False


def _hazard(noun: Token) -> bool:
    if noun.ent_type_ in ("GPE", "NORP"):
        return False
    if noun.lower_ in ("fire", "fires"):  # "a fire", not "tank fire" or "sniper fire"
        return not any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children)
    return noun.lower_ in HAZARDS or noun.lemma_.lower() in HAZARDS
