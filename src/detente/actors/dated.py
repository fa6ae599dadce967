"""Resolution at the event date: the day an event's date stands for, and a mention re-resolved
on that day (office holders change; "President Herzog" is Rivlin's title in 2015)."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from detente.actors.mentions import Draft
from detente.actors.resolve import fill_title_holder, resolve_own
from detente.knowledge.bundle import ActorKnowledge
from detente.records import EventDate


def event_day(when: EventDate | None, published: date) -> date:
    """One day standing for an event date: the day itself, or the middle of its week, month,
    quarter or year. Undated, decade-wide or unreadable dates fall back to publication."""
    if when is None:
        return published
    value = when.value
    try:
        if when.precision == "day":
            return date.fromisoformat(value[:10])
        if when.precision == "month":
            return date(int(value[:4]), int(value[5:7]), 15)
        if when.precision == "year":
            return date(int(value[:4]), 7, 1)
        if when.precision == "quarter":
            quarter = int(value[-1])
            return date(int(value[:4]), 3 * quarter - 1, 15)
        if when.precision == "week":
            monday = date.fromisocalendar(int(value[:4]), int(value.split("W")[1]), 1)
            return monday + timedelta(days=3)
    except (ValueError, IndexError):
        return published
    return published


def resolve_on(draft: Draft, kb: ActorKnowledge, day: date) -> Draft | None:
    """A copy of the draft's referent resolved on `day`, or None when nothing depends on it."""
    source = draft
    hops = 0
    while source.antecedent is not None and source.code_basis == "antecedent" and hops < 8:
        source = source.antecedent
        hops += 1
    if (
        source.name_text is None
        and source.title is None
        and source.organisation is None
        and source.dormant is None
    ):
        return None
    clone = copy.copy(source)
    known = {source.code} if source.code else set()
    resolve_own(clone, kb, day, known)
    if clone.code is None and source.code is not None:
        clone.code, clone.code_basis = source.code, source.code_basis
        fill_title_holder(clone, kb, day)
    return clone
