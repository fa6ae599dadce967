"""Status: has the event happened (occurred), is it ahead (future), denied (negated) or only
possible (hypothetical)? And is it background long before publication (historical)?

Read from the trigger's clause in the parse:

- negated: "did not meet", "never visited", "no talks", "failed to agree", "the visit was
  postponed", "cancelled the talks". A refusal is not a
  negation: "refused to meet" is a REJECT event that occurred; only the meeting it refuses
  (if coded) is negated.
- hypothetical: "could / might / may / can / should", a clause under "if" or "unless",
  "would" outside reported speech. The "if" clause of a verb of saying, warning or
  threatening conditions what is said, not the saying: "warned Russia of consequences if it
  attacked Ukraine" is a warning that occurred.
- future: "will meet", "plans to", "is expected to", "upcoming visit", "preparations for the
  visit", "would" in reported speech ("said it would visit"), or a stated date after
  publication.
- occurred: what is done, and what is decided: "decided to recall its ambassador", "voted to
  impose sanctions", "moved to expel the envoy" — the decision is taken, and CAMEO codes the
  decided act (161, 163, 166) as it codes "recalled its ambassador"; a decided act with a
  later date stays future ("decided to hold elections next year").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from detente.records import EventDate, Status
from detente.time.attach import REPORTING_VERBS
from detente.time.ranges import date_range
from detente.time.tense import FUTURE_GOVERNORS, FUTURE_MODIFIERS, governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATING_GOVERNORS = frozenset({"fail", "refuse", "decline", "cancel", "postpone"})
# verbs that call off what they govern: "the visit was postponed", "cancelled the talks"
CALLING_OFF = frozenset({"cancel", "postpone"})
# "did not hesitate to strike", "never failed to attend": a negated governor that asserts
UNNEGATING_GOVERNORS = frozenset({"hesitate", "fail", "stop", "cease", "forget"})
REFUSALS = frozenset({"refuse", "reject", "decline", "deny", "veto", "rebuff", "turn"})
POSSIBILITY_MODALS = frozenset({"could", "might", "may", "can", "should", "must"})
FUTURE_MODALS = frozenset({"will", "'ll", "’ll", "shall", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# verbs whose "if" clause belongs to what they say: "warned X of consequences if it attacked"
SAYING = REPORTING_VERBS | {"warn", "threaten", "vow", "promise", "pledge", "caution", "swear"}
# verbs that take the decision to act: "decided to recall", "voted to impose", "moved to expel"
DECIDING = frozenset({"decide", "vote", "move", "resolve", "opt", "choose", "elect"})
FUTURE_NOUNS = frozenset({"preparation", "plan", "invitation", "prospect", "proposal"})


def event_status(trigger: Token, date: EventDate | None, published: dt.date) -> Status:
    """The status of the event whose trigger is `trigger`, dated `date`."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if _negated(trigger, verb):
        return "negated"
    if verb is not None and _conditional(verb):
        return "hypothetical"
    modal = _modal(verb)
    if modal in POSSIBILITY_MODALS:
        return "hypothetical"
    if modal == "would":
        return "future" if _reported(verb) else "hypothetical"
    if modal in FUTURE_MODALS or _ahead(trigger, verb):
        return "future"
    if (
        date is not None
        and date.source != "publication"
        and _starts_after(date, published)
        and not (verb is not None and verb.i == trigger.i and _past_form(verb))
    ):
        return "future"
    return "occurred"


def _past_form(verb: Token | None) -> bool:
    """A verb trigger in a past or perfect form reports what happened, whatever date the
    sentence names elsewhere: "released", "has released", "had met", "was freed". (A noun's
    governing verb is not asked: "talks were scheduled for March" are still ahead.)"""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return any(a.tag_ == "VBD" for a in auxes) or (
        verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)
    )


def is_historical(date: EventDate | None, published: dt.date, after_days: int) -> bool:
    """True when the whole of the stated date lies more than `after_days` before publication."""
    if date is None or date.source == "publication":
        return False
    _, end = date_range(date.value, date.precision)
    return end is not None and (published - end).days > after_days


def _negated(trigger: Token, verb: Token | None) -> bool:
    if trigger.lemma_.lower() in REFUSALS:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in trigger.children):
        return True
    if trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in trigger.children
    ):
        return True  # "offered no apology", "made no concessions": the object is denied
    if trigger.dep_ in ("nsubjpass", "dobj") and _calls_off(trigger.head):
        return True  # "the visit was postponed", "cancelled the talks"
    if verb is None:
        return False
    if verb.i == trigger.i:
        return verb.dep_ == "xcomp" and (
            verb.head.lemma_.lower() in NEGATING_GOVERNORS
            or _yet_to(verb.head)
            or _denied_intent(verb.head)
        )
    carried = trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
    return carried and any(c.dep_ == "neg" for c in verb.children)


def _calls_off(head: Token) -> bool:
    lemma = head.lemma_.lower()
    if lemma == "call":  # "called off the talks"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
    return lemma in CALLING_OFF


def _denied_intent(head: Token) -> bool:
    """ "was not planning to attack", "does not intend to meet": the intent is denied
    ("did not hesitate to strike" is not)."""
    return head.lemma_.lower() not in UNNEGATING_GOVERNORS and any(
        c.dep_ == "neg" for c in head.children
    )


def _yet_to(head: Token) -> bool:
    """ "has yet to visit", "is yet to sign": it has not happened."""
    return head.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children
    )


def _conditional(verb: Token) -> bool:
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return False
        if _marked_conditional(current):
            return True  # the "if" clause itself
        if current.lemma_.lower() not in SAYING and any(
            c.dep_ == "advcl" and _marked_conditional(c) for c in current.children
        ):
            return True  # the clause it conditions (not a warning: "warned … if it attacked")
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _marked_conditional(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def _modal(verb: Token | None) -> str | None:
    """The modal auxiliary of the verb, or of the verb its infinitive complements."""
    current = verb
    for _ in range(3):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                return child.lower_
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _reported(verb: Token | None) -> bool:
    return bool(
        verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
    )


def _ahead(trigger: Token, verb: Token | None) -> bool:
    """'plans to visit', 'is expected to sign', 'upcoming visit', 'a visit planned for March',
    'preparations for the visit'."""
    if any(
        c.lower_ in FUTURE_MODIFIERS
        for c in trigger.children
        if c.dep_ in ("amod", "compound", "acl")
    ):
        return True
    if (
        trigger.dep_ == "nsubjpass"
        and trigger.head.lower_ in FUTURE_MODIFIERS
        and any(a.tag_ in ("VBZ", "VBP") for a in trigger.head.children if a.dep_ == "auxpass")
    ):
        return True  # "talks are scheduled for Friday"
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        owner = trigger.head.head
        if owner.lemma_.lower() in FUTURE_NOUNS:
            return True
    if verb is None:
        return False
    if verb.i == trigger.i or trigger.dep_ in ("dobj", "nsubjpass"):
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_GOVERNORS - DECIDING:
            return True
        if any(c.lower_ == "going" for c in verb.children if c.dep_ == "aux"):
            return True
    return False


def _starts_after(date: EventDate, published: dt.date) -> bool:
    start, _ = date_range(date.value, date.precision)
    return start is not None and start > published
