"""Finding event triggers in a parsed sentence with the lexicon.

A verb or event noun whose lemma is in the lexicon is a candidate; a pattern matches when its
particle, preposition and cue word are where it needs them ("held talks with", "opened fire
on", "spoke on the phone with"). The most specific matching pattern wins. A noun that is the
cue of a matched verb of the same event ("held *talks*") is not a second trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

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
SETTING_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins"})
VERB_POS = frozenset({"VERB"})
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

    @property
    def pos(self) -> str:
        return self.pattern.pos


def _preps(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in PREP_DEPS]


def _cue_candidates(token: Token) -> list[Token]:
    """Words that can carry a pattern's cue: objects, prepositional objects, modifiers."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in CUE_DEPS:
            out.append(child)
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
        if child.dep_ in PREP_DEPS or child.dep_ == "xcomp":
            if child.dep_ == "xcomp":  # "threatened to attack"
                out.append(child)
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "dobj", "pcomp"):
                    out.append(grandchild)
                    out.extend(c for c in grandchild.children if c.dep_ == "compound")
    return out


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


def _match(token: Token, pattern: TriggerPattern) -> TriggerMatch | None:
    if pattern.particle and not any(
        c.lower_ == pattern.particle and c.dep_ in ("prt", "advmod", "prep") for c in token.children
    ):
        return None
    cue: Token | None = None
    if pattern.cues:
        cue = next(
            (
                c
                for c in _cue_candidates(token)
                if c.lemma_.lower() in pattern.cues or c.lower_ in pattern.cues
            ),
            None,
        )
        if cue is None:
            return None
        if pattern.lemma in ASPECTUAL and cue.pos_ in ("VERB", "AUX"):
            return None  # "continued to attack": the complement is the trigger
    prep: Token | None = None
    if pattern.preps:
        places = _preps(token) + (_preps(cue) if cue is not None else [])
        places = [p for p in places if not _names_a_time(p)]  # "on Friday" is no partner
        prep = next((p for p in places if p.lower_ in pattern.preps), None)
        if prep is None and pattern.prep_required:
            return None
    return TriggerMatch(token, pattern, prep, cue)


def best_match(token: Token, lexicon: Lexicon) -> TriggerMatch | None:
    if token.pos_ in VERB_POS:
        pos = "verb"
    elif token.pos_ in NOUN_POS:
        pos = "noun"
    else:
        return None
    best: TriggerMatch | None = None
    for pattern in lexicon.patterns(token.lemma_.lower(), pos):
        match = _match(token, pattern)
        if match is None:
            continue
        rank = (pattern.specificity, match.prep is not None, pattern.strength)
        if best is None or rank > (
            best.pattern.specificity,
            best.prep is not None,
            best.pattern.strength,
        ):
            best = match
    return best


def _opinion(match: TriggerMatch) -> bool:
    """ "agreed that relations can improve", "said they agree with the recommendation" state
    a view, not an intent to cooperate ("agreed with Turkey to …" and "agreed on …" do)."""
    if match.pattern.event != "AGREE":
        return False
    children = list(match.token.children)
    if any(c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children) for c in children):
        return True
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    return (
        match.token.lemma_.lower() == "agree"
        and "with" in preps
        and not preps & {"on", "to", "upon", "over"}
        and not any(c.dep_ in ("xcomp", "ccomp") for c in children)
    )


def _intended(match: TriggerMatch) -> bool:
    """ "Ghana's decision to reopen the border", "accusations that it is helping Russia": a
    clause that modifies a noun states an intent or a claim, not an event; nor is an option
    weighed, a wish or a condition ("considering sending aid", "hopes Japan will lift
    sanctions", "if Gondor attacks")."""
    token = match.token
    if match.pos != "verb":
        return False
    if _weighed_or_wished(token) or _condition(token):
        return True
    if token.dep_ == "advcl" and token.tag_ == "VB":  # "signed a deal to boost trade"
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ in ("acl", "relcl") and _claim_clause(token)


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
    while token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i:
        head = token.head
        lemma = head.lemma_.lower()
        if lemma in DELIBERATING or (head.lower_ in WISHING and token.dep_ == "ccomp"):
            return True
        token = head
    return False


def _claim_clause(token: Token) -> bool:
    if token.dep_ == "acl":
        return token.tag_ == "VB" or any(c.dep_ == "mark" for c in token.children)
    return False


def _governor(match: TriggerMatch) -> int:
    token = match.token
    return token.head.head.i if token.dep_ == "pcomp" else token.head.i


def _governed(token: Token, verb_tokens: set[int]) -> bool:
    """ "agreed to meet", "threatened to impose", "accused Ukraine of attacking": the
    complement is part of the governing trigger's event."""
    if token.dep_ in ("xcomp", "ccomp"):
        return token.head.i in verb_tokens and token.head.i != token.i
    if token.dep_ == "pcomp":
        return token.head.head.i in verb_tokens
    return False


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[TriggerMatch]:
    """Every trigger in the sentence, verbs first, in text order within each kind."""
    verbs: list[TriggerMatch] = []
    nouns: list[TriggerMatch] = []
    for token in sentence:
        match = best_match(token, lexicon)
        if (
            match is not None
            and not _opinion(match)
            and not _intended(match)
            and not _setting(match)
        ):
            (verbs if match.pos == "verb" else nouns).append(match)
    # "agreed to meet", "threatened to impose": the governing verb's event is the event
    verb_tokens = {m.token.i for m in verbs}
    consumed = {(m.cue.i, m.pattern.event) for m in verbs if m.cue is not None}
    cues = {m.cue.i for m in verbs if m.cue is not None}
    governed = [m for m in verbs if _governed(m.token, verb_tokens)]
    verbs = [
        replace(
            m,
            complement=next((g.pattern.event for g in governed if _governor(g) == m.token.i), None),
        )
        for m in verbs
        if m not in governed
    ]
    nouns = [
        replace(n, is_cue=n.token.i in cues)
        for n in nouns
        if (n.token.i, n.pattern.event) not in consumed
    ]
    return sorted(verbs + nouns, key=lambda m: m.token.i)
