"""Finding event triggers in a parsed sentence with the lexicon.

A verb or event noun whose lemma is in the lexicon is a candidate; a pattern matches when its
particle, preposition and cue word are where it needs them ("held talks with", "opened fire
on", "spoke on the phone with"). The most specific matching pattern wins. A noun that is the
cue of a matched verb of the same event ("held *talks*") is not a second trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from detente.events.forms import base_forms
from detente.events.lexicon import Lexicon, TriggerPattern

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PREP_DEPS = frozenset({"prep", "dative", "agent"})
CUE_DEPS = frozenset(
    {"dobj", "nsubjpass", "attr", "advmod", "npadvmod", "oprd", "acomp", "compound", "amod", "nmod"}
)
# "said that X attacked", "phone" in "spoke on the phone": looked at one level down too
# verbs that only say when something happens: "began their assault" is a trigger through its
# noun, but in "continued to attack" the complement is the trigger
ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "step"})
# verbs whose complement is an option weighed or a wish, not an event: "is considering
# sending aid", "hopes the EU will lift sanctions"
DELIBERATING = frozenset(
    {
        "consider", "mull", "weigh", "contemplate", "study", "explore",
        "stop", "cease", "quit", "refrain", "avoid",  # "stopped cooperating": not cooperation
    }
)  # fmt: skip
# only with a clause: "hopes Japan will …" (word forms: the tagger lemmatises "hopes" as "hop")
WISHING = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"})
CONDITION_MARKS = frozenset({"if", "unless"})
# prepositions that make a clause the topic of the noun they hang on ("concern over holding talks")
TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning", "on"})
# verbs whose infinitive is what someone is asked to do, not an event: "asked the Pentagon to
# look into options" (when the verb is itself a trigger, the request is the event)
REQUESTING = frozenset(
    {
        "ask", "urge", "request", "press", "encourage", "beg", "appeal", "implore", "advise",
        "tell", "order", "instruct", "direct", "command",
    }
)  # fmt: skip
# "Russia denied attacking the village", "denied that its troops attacked": a denied claim is
# not an event (nor a negated one: the attack may well have happened)
DENYING = frozenset({"deny", "refute"})
SETTING_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins"})
# crowds that come together to protest are protesting ("gathered to protest")
GATHERING = frozenset(
    {"gather", "assemble", "converge", "march", "rally", "flock", "turn", "come", "pour", "take"}
)
# verbs whose "that" clause says what they are about: what is demanded ("demanded that Beijing
# release …"), or — for a threat — what the speaker will do ("warned it would impose sanctions";
# "warned that Israel would attack" is a forecast about someone else, not a threat)
CLAUSE_CUE_VERBS = frozenset({"demand", "insist"})
OWN_CLAUSE_CUE_VERBS = frozenset({"warn", "threaten", "vow"})
# prepositions of a phrase before the verb that set the scene, naming no cue of it
SETTING_PREPS = frozenset({"following", "after", "before", "despite", "amid", "since", "during"})
# … and wherever they stand: "warned Pakistan of consequences after the attack"
AFTER_PREPS = frozenset({"following", "after", "since", "despite", "amid"})
# nouns whose infinitive says what they are about: "Russia's threat to use nuclear weapons",
# "its call for Moscow to withdraw", "calls from Washington for Maduro to step down"
INFINITIVE_NOUNS = frozenset(
    {
        "threat", "threats", "ultimatum", "call", "calls", "demand", "demands", "appeal",
        "appeals", "plea", "pleas",
    }
)  # fmt: skip
# verbs that read only a clause with its own subject: "wants the US to lift sanctions" asks the
# US; in "wants to lift sanctions" the infinitive is a wish, no event and no cue
WANTING = frozenset({"want"})
# adverbs that make a verb "carry on": "pressed ahead with the reforms", "pushed forward"
CARRYING_ON = frozenset({"ahead", "forward"})
# modals of a clause that states what the speaker will do, not what it demands: "insisted it
# would not withdraw" (the subjunctive "insisted that Moscow withdraw" demands)
STATING_MODALS = frozenset({"will", "wo", "would", "shall", "'ll"})
# particles that take a preposition of their own: "pulled out of", "backed away from"
COMPOUND_PARTICLES = frozenset({"out", "away", "back"})
# the addressee of a warning undergoes what is threatened: "warned that Israel would face a
# decisive response", "would pay a heavy price"
UNDERGOING = frozenset({"face", "pay", "suffer", "bear", "receive", "regret"})
VERB_POS = frozenset({"VERB"})
# the calls a misread past verb answers: "defied calls to resign" (see `misread_verb`)
MISREAD_BEFORE = frozenset({"calls", "demands", "appeals", "pressure", "ultimatum", "pleas"})
NOUN_POS = frozenset({"NOUN"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger token, the pattern it matched, and the words that made it match."""

    token: Token
    pattern: TriggerPattern
    prep: Token | None  # the preposition that introduces the pattern's partner
    cue: Token | None
    is_cue: bool = False  # a noun that is the cue word of a verb trigger ("welcomed the visit")
    complement: str | None = None  # the event of a trigger it governs ("agreed to withdraw")
    governed: Token | None = None  # that trigger's word ("exchange" in "agreed to exchange")
    manner: TriggerMatch | None = None  # its subject: a noun of the same event ("raids killed")

    @property
    def pos(self) -> str:
        return self.pattern.pos


def _preps(token: Token) -> list[Token]:
    """The token's prepositions, and those under a particle the parser took for one: in
    "pulled out of the deal" "of" may hang on "out"."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in PREP_DEPS:
            out.append(c)
        out.extend(_particle_preps(c))
    return out


def _particle_preps(word: Token) -> list[Token]:
    """The prepositions under `word` when it is a particle that takes its own ("out of")."""
    if word.lower_ not in COMPOUND_PARTICLES or word.dep_ not in ("prep", "prt", "advmod"):
        return []
    return [g for g in word.children if g.dep_ == "prep"]


def _cue_candidates(token: Token) -> list[Token]:
    """Words that can carry a pattern's cue: objects, prepositional objects, modifiers."""
    if token.lemma_.lower() in WANTING:  # "wants the US to lift sanctions"
        return [w for c in token.children if _wanted_of_a_party(c) for w in _small_clause(c)]
    out: list[Token] = []
    for child in token.children:
        if child.dep_ == "intj" and child.lower_ in ("no", "yes"):
            out.append(child)  # "said no to the proposal": the parser reads an interjection
        if child.dep_ in CUE_DEPS or (child.dep_ == "ccomp" and child.pos_ == "ADJ"):
            out.append(child)  # "found the journalist guilty": an adjective small clause
            out.extend(_modifiers(child))
        if child.dep_ == "dobj":  # "launched air and artillery strikes": the conjoined objects
            for conj in child.conjuncts:
                out.append(conj)
                out.extend(_modifiers(conj))
        if child.dep_ == "dobj":  # "pledged 500 million euros in aid"
            out.extend(
                g
                for p in child.children
                if p.dep_ == "prep"
                for g in p.children
                if g.dep_ == "pobj"
            )
        if child.lower_ in SETTING_PREPS and (child.i < token.i or child.lower_ in AFTER_PREPS):
            continue  # "Following the agreement, Israeli forces pulled out of …": a setting
        if child.dep_ == "ccomp":  # "allowed UN inspectors to return", "allowed agencies access"
            out.extend(_small_clause(child))
        if child.dep_ in PREP_DEPS or child.dep_ == "xcomp":
            if child.dep_ == "xcomp":  # "threatened to attack"
                out.append(child)
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "dobj", "pcomp"):
                    out.append(grandchild)
                    out.extend(c for c in grandchild.children if c.dep_ == "compound")
        for prep in _particle_preps(child):  # "out of the deal"
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                out.append(pobj)
                out.extend(c for c in pobj.children if c.dep_ == "compound")
    if token.pos_ in NOUN_POS and token.lemma_.lower() in INFINITIVE_NOUNS:
        for infinitive in _noun_infinitives(token):  # "its threat to close the strait"
            out.append(infinitive)
            out.extend(g for g in infinitive.children if g.dep_ == "dobj")
    return out


def _small_clause(clause: Token) -> list[Token]:
    """An object and what it is let or wanted to do, which the parser reads as a clause of its
    own: "allowed UN inspectors to return" (the subject and the infinitive), "allowed UN
    agencies access to the town" (the noun, its subject and their modifiers). A finite clause
    ("said inspectors had returned") is no object of the verb and gives nothing."""
    if clause.pos_ in VERB_POS and not _to(clause):
        return []
    if clause.pos_ not in VERB_POS and clause.pos_ not in NOUN_POS:
        return []
    out = [clause, *_modifiers(clause)]
    for subject in (c for c in clause.children if c.dep_ == "nsubj"):
        out.append(subject)
        out.extend(_modifiers(subject))
    return out


def _wanted_of_a_party(clause: Token) -> bool:
    """ "wants Moscow to withdraw": what a named party is wanted to do; not what "the
    government" is wanted to do, which polls and parties say of their own country."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and _names_a_party(c) for c in clause.children
    )


def _noun_infinitives(noun: Token) -> list[Token]:
    """What a threat or a call is about: its infinitive ("its threat to close the strait", "its
    call for Moscow to withdraw"), also when the parser hung a "for … to" clause on the verb
    whose object the noun is ("ignored calls from Washington for him to step down")."""
    found = [c for c in noun.children if c.dep_ in ("acl", "advcl") and _to(c)]
    if noun.dep_ == "dobj":
        found += [
            c
            for c in noun.head.children
            if c.dep_ == "advcl" and c.i > noun.i and _to(c) and _marked_for(c)
        ]
    return found


def _marked_for(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _carries_on(verb: Token) -> bool:
    """ "pressed ahead with the reforms", "pushed forward", "pressed on with the plan": the
    verb says that something goes on, whatever its own meaning ("moved troops forward", with
    an object, still moves them)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    particles = [c for c in verb.children if c.dep_ in ("advmod", "prt")]
    if any(c.lower_ in CARRYING_ON and not list(c.children) for c in particles):
        return True  # not "ahead of the protests": a time
    return any(c.lower_ == "on" for c in particles) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    )


def _governs_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and _to(c) for c in verb.children)


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _mover_cues(token: Token) -> list[Token]:
    """The subject of a verb with no object, for rows whose preposition is required: who or
    what moves names the event ("UN peacekeepers arrived in Juba" is AID 074)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return []
    out: list[Token] = []
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        heads = [subject, *(g for p in subject.children if p.lower_ == "of" for g in p.children)]
        for head in heads:  # "contingents of West African peacekeeping troops"
            out.append(head)
            out.extend(_modifiers(head))
    return out


def _clause_cues(token: Token, own: bool) -> list[Token]:
    """The verb of a content clause, with its object and prepositional objects ("warned it
    would impose sanctions on Turkey"); with `own`, only a clause whose subject is a pronoun,
    the speaker's own act."""
    out: list[Token] = []
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in VERB_POS:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        undergone = clause.lemma_.lower() in UNDERGOING  # "that Israel would face a response"
        if own and not undergone and (not subjects or subjects[0].pos_ != "PRON"):
            continue
        if not own and _stated(clause):
            continue  # "insisted it would not withdraw": a refusal, not a demand
        out.append(clause)
        for child in clause.children:
            if child.dep_ == "dobj":
                out.append(child)
                out.extend(_modifiers(child))
            if child.dep_ == "prep":
                out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _stated(clause: Token) -> bool:
    """A clause that says what will happen ("it would not withdraw"), not what must."""
    return any(c.dep_ == "aux" and c.lower_ in STATING_MODALS for c in clause.children)


def _modifiers(token: Token, depth: int = 0) -> list[Token]:
    """Compound and adjective modifiers, through compounds: "joint coast guard drills"."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in ("compound", "amod"):
            out.append(c)
            if c.dep_ == "compound" and depth < 2:
                out.extend(_modifiers(c, depth + 1))
    return out


def _names_a_time(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _match(token: Token, pattern: TriggerPattern, base: list[Token]) -> TriggerMatch | None:
    """`base` is `_cue_candidates(token)`, read once per token for all its patterns."""
    if not pattern.particle and _carries_on(token):
        return None  # "pressed ahead with the reforms" is no pressing
    if not pattern.cues and pattern.event == "REJECT" and _governs_infinitive(token):
        return None  # "refused to comment": what is refused is no row's cue
    if pattern.particle and not any(
        c.lower_ == pattern.particle and c.dep_ in ("prt", "advmod", "prep") for c in token.children
    ):
        return None
    cue: Token | None = None
    if pattern.cues:
        candidates = base
        if pattern.lemma in CLAUSE_CUE_VERBS or pattern.lemma in OWN_CLAUSE_CUE_VERBS:
            candidates = candidates + _clause_cues(token, own=pattern.lemma in OWN_CLAUSE_CUE_VERBS)
        if pattern.pos == "verb" and pattern.prep_required and pattern.roles == "prep":
            candidates = candidates + _mover_cues(token)
        cue = next(
            (c for c in candidates if c.lemma_.lower() in pattern.cues or c.lower_ in pattern.cues),
            None,
        )
        if cue is None:
            return None
        if pattern.lemma in ASPECTUAL and cue.pos_ in ("VERB", "AUX"):
            return None  # "continued to attack": the complement is the trigger
    prep: Token | None = None
    if pattern.preps:
        places = _preps(token) + (_preps(cue) if cue is not None else [])
        if cue is not None and cue.dep_ in ("amod", "compound") and cue.head.i != token.i:
            places += _preps(cue.head)  # "threatened military action against Iran"
        places = [p for p in places if not _names_a_time(p)]  # "on Friday" is no partner
        if pattern.pos == "verb":  # "On Nov. 2, X called Y": a phrase before the verb is a setting
            places = [p for p in places if p.head.i != token.i or p.i > token.i]
        prep = next((p for p in places if p.lower_ in pattern.preps), None)
        if prep is None and pattern.prep_required:
            return None
    return TriggerMatch(token, pattern, prep, cue)


def _rank(match: TriggerMatch, other: TriggerMatch) -> tuple[int, bool, float, int]:
    """How `match` ranks against `other` (see docs/lexicon.md): the most specific row wins.
    Rows that read the same cue word say two things of the same words, and the preposition
    found only names the partner: the stronger row wins ("expressed regret over the incident"
    is CONCEDE 055, not disapproval). Rows that read different cue words are decided by the
    preposition found, then by strength, then by the cue: a cue that modifies the other's cue
    names the kind ("legal action", "phone conversation", "nuclear strike"), else the cue
    nearer the trigger in the parse wins (and always when both rows code the same event, mode
    and CAMEO code: the nearer cue carries the participants, "accepted Egypt's ceasefire
    proposal"); then the order the tables were loaded in."""
    pattern = match.pattern
    found = match.prep is not None
    if match.cue is not None and other.cue is not None and match.cue.i == other.cue.i:
        return (pattern.specificity, pattern.strength > other.pattern.strength, 0.0, found)
    return (pattern.specificity, found, pattern.strength, _cue_rank(match, other))


def _cue_rank(match: TriggerMatch, other: TriggerMatch) -> int:
    cue, rival = match.cue, other.cue
    if cue is None or rival is None:
        return 0
    mine, theirs = match.pattern, other.pattern
    if (mine.event, mine.mode, mine.cameo) == (theirs.event, theirs.mode, theirs.cameo):
        return 1 if _depth(cue, match.token) < _depth(rival, other.token) else 0
    if cue.dep_ in ("amod", "compound") and cue.head.i == rival.i:
        return 2  # "legal action": the modifier names the kind
    if rival.dep_ in ("amod", "compound") and rival.head.i == cue.i:
        return 0
    return 1 if _depth(cue, match.token) < _depth(rival, other.token) else 0


def _depth(cue: Token, trigger: Token) -> int:
    """Arcs from the cue up to the trigger (clause cues and cues beyond count as far)."""
    steps, current = 0, cue
    while current.i != trigger.i and current.head.i != current.i and steps < 8:
        current, steps = current.head, steps + 1
    return steps if current.i == trigger.i else 9


def misread_verb(token: Token) -> bool:
    """A past verb the tagger reads as a noun before a call: "The prime minister defied calls
    to resign" parsed as the noun phrase "defied calls" (the head is the call answered)."""
    if token.tag_ not in ("NN", "NNP") or not token.text.islower():
        return False
    if not token.lower_.endswith("ed") or token.dep_ not in ("compound", "nsubj"):
        return False
    after = token.i + 1
    if after >= len(token.doc) or token.head.i != after:
        return False
    return token.doc[after].lower_ in MISREAD_BEFORE


def best_match(token: Token, lexicon: Lexicon) -> TriggerMatch | None:
    if misread_verb(token):
        patterns = _patterns_by_form(token, "verb", lexicon, tag="VBD")
        base = _cue_candidates(token) if any(p.cues for p in patterns) else []
        matches = [m for p in patterns if p.event == "REJECT" and (m := _match(token, p, base))]
        return matches[0] if matches else None
    if token.pos_ in VERB_POS:
        pos = "verb"
    elif token.pos_ in NOUN_POS:
        pos = "noun"
    else:
        return None
    patterns = lexicon.patterns(token.lemma_.lower(), pos) or _patterns_by_form(token, pos, lexicon)
    base = _cue_candidates(token) if any(p.cues for p in patterns) else []
    best: TriggerMatch | None = None
    for pattern in patterns:
        match = _match(token, pattern, base)
        if match is not None and (best is None or _rank(match, best) > _rank(best, match)):
            best = match
    return best


def _patterns_by_form(
    token: Token, pos: str, lexicon: Lexicon, tag: str | None = None
) -> list[TriggerPattern]:
    """Rows under a dictionary form of the word itself, when the tagger's lemma has none;
    `tag` overrides a tag the tagger got wrong (a past verb read as a noun)."""
    for form in base_forms(token.text, tag or token.tag_):
        patterns = lexicon.patterns(form, pos)
        if patterns:
            return patterns
    return []


def _opinion(match: TriggerMatch) -> bool:
    """ "agreed that relations can improve", "said they agree with the recommendation" state
    a view, not an intent to cooperate ("agreed with Turkey to …" and "agreed on …" do); so
    does a promise whose that-clause says how things are, not what will be done ("assured
    investors that their assets were safe"; "promised the IAEA that it would allow
    inspectors in" is a promise)."""
    if match.pattern.event != "AGREE":
        return False
    children = list(match.token.children)
    clauses = [c for c in children if c.dep_ == "ccomp" and _has_subject(c)]
    if match.token.lemma_.lower() != "agree":
        return bool(clauses) and not any(_stated(c) for c in clauses)
    if any(any(g.dep_ == "mark" for g in c.children) for c in children if c.dep_ == "ccomp"):
        return True
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    return (
        "with" in preps
        and not preps & {"on", "to", "upon", "over"}
        and not any(c.dep_ in ("xcomp", "ccomp") for c in children)
    )


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _intended(match: TriggerMatch) -> bool:
    """ "Ghana's decision to reopen the border", "accusations that it is helping Russia": a
    clause that modifies a noun states an intent or a claim, not an event; nor is an option
    weighed, a wish or a condition ("considering sending aid", "hopes Japan will lift
    sanctions", "if Gondor attacks")."""
    token = match.token
    if match.pos != "verb":
        return _wished_noun(token)
    if _weighed_or_wished(token) or _condition(token):
        return True
    if token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in token.children
    ):
        return True  # "waiting for the military to investigate": awaited, not done
    if (
        token.dep_ == "pcomp"
        and token.head.lower_ in TOPIC_PREPS
        and token.head.head.pos_ == "NOUN"
    ):
        return True  # "pessimism over holding negotiations": the topic of a view
    if token.dep_ == "advcl" and token.tag_ == "VB":  # "signed a deal to boost trade"
        if match.pattern.mode == "investigate":
            return False  # "sent a team to investigate the attack": the inquiry has begun
        if match.pattern.event == "PROTEST" and token.head.lemma_.lower() in GATHERING:
            return False  # "gathered to protest": the gathering is the protest
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ in ("acl", "relcl") and _claim_clause(token)


def _wished_noun(noun: Token) -> bool:
    """ "hoped for more talks", "asked the coalition to end a boycott": an event noun that is
    what someone hopes for, or the object of what someone is asked to do."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        return head.head.lower_ in WISHING
    return noun.dep_ == "dobj" and head.pos_ in VERB_POS and _weighed_or_wished(head)


def _setting(match: TriggerMatch) -> bool:
    """ "met on the sidelines of the G20 summit": an event noun that only says where another
    event happened is its setting, not a second event."""
    token = match.token
    if match.pos != "noun" or token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ == "of" and prep.head.lemma_.lower() in SETTING_NOUNS


def _condition(token: Token) -> bool:
    """ "… if Washington attacked Iranian territory": a condition, not an event."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children
    )


def _weighed_or_wished(token: Token) -> bool:
    """The verb is (a complement of a complement of …) an option weighed or a wish."""
    while token.dep_ in ("xcomp", "ccomp", "acomp") and token.head.i != token.i:
        head = token.head  # through "be able to": "hoped Bolton would be able to take on"
        lemma = head.lemma_.lower()
        if lemma in DELIBERATING or (head.lower_ in WISHING and token.dep_ == "ccomp"):
            return True
        if lemma in WANTING:  # "wants to lift", "wants the US to lift": wished
            return True
        if (lemma in REQUESTING and token.dep_ == "xcomp") or lemma in DENYING:
            return True
        token = head
    return False


def _claim_clause(token: Token) -> bool:
    if token.dep_ == "acl":
        return token.tag_ == "VB" or any(c.dep_ == "mark" for c in token.children)
    return False


def _governor(match: TriggerMatch) -> int:
    return _governor_index(match.token)


def _governor_index(token: Token) -> int:
    """The verb whose event a complement belongs to: its head ("agreed to meet"), past an
    aspectual verb in between ("called on the UN to continue to provide aid"), or for a
    prepositional complement the preposition's head ("accused Ukraine of attacking")."""
    if token.dep_ == "pcomp":
        return token.head.head.i
    head = token.head
    if token.dep_ == "xcomp" and head.dep_ == "xcomp" and head.lemma_.lower() in ASPECTUAL:
        head = head.head
    return head.i


def _governed(token: Token, verb_tokens: set[int]) -> bool:
    """ "agreed to meet", "threatened to impose", "accused Ukraine of attacking": the
    complement is part of the governing trigger's event."""
    if token.dep_ not in ("xcomp", "ccomp", "pcomp"):
        return False
    governor = _governor_index(token)
    return governor in verb_tokens and governor != token.i


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[TriggerMatch]:
    """Every trigger in the sentence, verbs first, in text order within each kind."""
    verbs: list[TriggerMatch] = []
    nouns: list[TriggerMatch] = []
    unreported: set[int] = set()  # verbs that state a view, intent or condition
    for token in sentence:
        match = best_match(token, lexicon)
        if match is None:
            continue
        if _opinion(match) or _intended(match):
            unreported.add(token.i)
        elif not _setting(match):
            (verbs if match.pos == "verb" else nouns).append(match)
    # "pessimism over holding negotiations": the object of an unreported verb is no event either
    nouns = [n for n in nouns if not (n.token.dep_ == "dobj" and n.token.head.i in unreported)]
    # "agreed to meet", "threatened to impose": the governing verb's event is the event
    verb_tokens = {m.token.i for m in verbs}
    consumed = {(m.cue.i, m.pattern.event) for m in verbs if m.cue is not None}
    cues = {m.cue.i for m in verbs if m.cue is not None}
    governed = [m for m in verbs if _governed(m.token, verb_tokens)]
    verbs = [_with_complement(m, governed) for m in verbs if m not in governed]
    verbs = [m for m in verbs if not _unaddressed(m)]
    # "a car bombing by the Islamic State killed …": the noun names how the verb's event was
    # done; one event, with the noun's mode when the verb has none
    subjects = {(m.token.i, n.token.i) for m in verbs for n in nouns if _subject_of(n, m)}
    verbs = [_with_manner(m, nouns, subjects) for m in verbs]
    consumed |= {(n.token.i, n.pattern.event) for n in nouns for _, k in subjects if k == n.token.i}
    nouns = [
        replace(n, is_cue=n.token.i in cues)
        for n in nouns
        if (n.token.i, n.pattern.event) not in consumed
    ]
    # "demanded the president's resignation", "its call for a ceasefire": what is asked for or
    # threatened has not happened, whoever's it is
    unreal = {  # with what the cue's phrase names: "called for an end to the US blockade"
        t.i
        for m in verbs + nouns
        if m.cue is not None and m.pattern.event in UNREAL
        for t in m.cue.subtree
    }
    nouns = [n for n in nouns if n.token.i not in unreal and not _named_warning(n.token)]
    # "Maduro defied calls to step down" read as a noun phrase: the calls are answered, not made
    nouns = [n for n in nouns if not any(misread_verb(c) for c in n.token.children)]
    return sorted(verbs + nouns, key=lambda m: m.token.i)


PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# events whose object is only asked for or threatened
UNREAL = frozenset({"REQUEST", "THREATEN"})
# verbs that are events only when addressed to someone or saying what is at stake ("denied
# that it had attacked the convoy" is a denial of responsibility, "denied that the flight was
# late" is not an event)
ADDRESSED_VERBS = frozenset({("warn", "THREATEN"), ("ask", "REQUEST"), ("deny", "REJECT")})


def _unaddressed(match: TriggerMatch) -> bool:
    """ "warned that inflation would rise", "warned of heavy rains" (a forecast, not a
    threat), "when asked about the sanctions" (a question, not a request): a warning or a
    request addressed to no party, naming nothing at stake and governing nothing."""
    token = match.token
    if match.pattern.event == "THREATEN" and match.cue is not None and _named_warning(match.cue):
        return True
    if (token.lemma_.lower(), match.pattern.event) not in ADDRESSED_VERBS:
        return False
    if match.cue is not None or match.prep is not None or match.complement is not None:
        return False
    if any(c.dep_ == "xcomp" for c in token.children):  # "warned the troops to leave"
        return False
    if token.lemma_.lower() == "deny" and any(_own_act(c) for c in token.children):
        return False  # "denied that it had attacked the convoy"
    return not any(c.dep_ in ("dobj", "dative") and _names_a_party(c) for c in token.children)


def _named_warning(cue: Token) -> bool:
    """ "issued a typhoon warning", "a travel warning": a warning named by its subject matter
    is a notice, not a threat ("a stern warning", "a warning to Finland" are threats)."""
    return cue.lower_ in ("warning", "warnings", "alert", "alerts") and any(
        c.dep_ == "compound" for c in cue.children
    )


def _own_act(clause: Token) -> bool:
    """A content clause whose subject is a pronoun: "(denied) that it had attacked"."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return clause.dep_ == "ccomp" and bool(subjects) and subjects[0].pos_ == "PRON"


def _names_a_party(token: Token) -> bool:
    """ "warned Greece", "warned the Greek government", "warned them"."""
    words = [token, *(c for c in token.children if c.dep_ in ("compound", "amod", "poss"))]
    return token.tag_ == "PRP" or any(
        w.ent_type_ in PARTY_ENTITIES or w.pos_ == "PROPN" for w in words
    )


def _with_complement(match: TriggerMatch, governed: list[TriggerMatch]) -> TriggerMatch:
    inner = next((g for g in governed if _governor(g) == match.token.i), None)
    if inner is None:
        return match
    return replace(match, complement=inner.pattern.event, governed=inner.token)


def _subject_of(noun: TriggerMatch, verb: TriggerMatch) -> bool:
    """The event noun is the subject of a verb trigger of the same event."""
    return (
        noun.pattern.event == verb.pattern.event
        and noun.token.dep_ == "nsubj"
        and noun.token.head.i == verb.token.i
    )


def _with_manner(
    verb: TriggerMatch, nouns: list[TriggerMatch], subjects: set[tuple[int, int]]
) -> TriggerMatch:
    noun = next((n for n in nouns if (verb.token.i, n.token.i) in subjects), None)
    if noun is None:
        return verb
    if verb.pattern.mode is not None or noun.pattern.mode is None:
        return replace(verb, manner=noun)
    pattern = replace(verb.pattern, mode=noun.pattern.mode, cameo=noun.pattern.cameo)
    return replace(verb, pattern=pattern, manner=noun)
