"""From resolved drafts to the shared records: `ActorMention` and `Actor`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.actors.mentions import Draft
from detente.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Draft kinds → ActorMention kinds (records.py lists the shared vocabulary).
_KINDS = {"reference": "country"}


def actor_for(doc: Doc, text: str, draft: Draft, values: Draft | None = None) -> Actor:
    """The Actor for the draft's span of `text` (the doc's text), with the resolution of
    `values` (default: the draft itself)."""
    v = values or draft
    last = doc[draft.end - 1]
    start = doc[draft.start].idx
    end = last.idx + len(last.text)
    entity_id = v.person.person_id if v.person else None
    if entity_id is None and v.organisation is not None:
        entity_id = v.organisation.id
    name = v.canonical
    if name is None and v.organisation is not None:
        name = v.organisation.name
    return Actor(
        text=text[start:end],
        start=start,
        end=end,
        country=v.code,
        sector=v.sector,
        name=name,
        office=v.office,
        entity_id=entity_id,
    )


def to_mentions(doc: Doc, drafts: Sequence[Draft]) -> list[ActorMention]:
    index = {id(d): i for i, d in enumerate(drafts)}
    text = doc.text
    mentions: list[ActorMention] = []
    for draft in drafts:
        antecedent = index.get(id(draft.antecedent)) if draft.antecedent is not None else None
        members = tuple(index[id(m)] for m in draft.members if id(m) in index)
        mentions.append(
            ActorMention(
                actor=actor_for(doc, text, draft),
                kind=_KINDS.get(draft.kind, draft.kind),
                sentence_index=draft.sentence_index,
                token_start=draft.start,
                token_end=draft.end,
                head=draft.head,
                antecedent=antecedent,
                members=members,
            )
        )
    return mentions
