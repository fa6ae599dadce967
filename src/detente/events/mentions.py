"""Which actor mention a token belongs to, and the concrete actors a mention stands for.

A thin index over `CodingDoc.actor_mentions` (built by the actors stage): token → mention,
and mention → concrete mentions (a pronoun or surname follows its antecedent; a group such as
"Turkey and Israel" or "the two" expands to its members).
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.lookup import concrete_members
from detente.pipeline import CodingDoc
from detente.records import Actor, ActorMention


@dataclass(frozen=True)
class MentionIndex:
    cdoc: CodingDoc
    mentions: tuple[ActorMention, ...]
    by_token: dict[int, int]
    position: dict[int, int]  # id(mention) → its index

    @classmethod
    def build(cls, cdoc: CodingDoc) -> MentionIndex:
        """Index `cdoc.actor_mentions`; token lookups agree with `actors.lookup.mention_at`."""
        mentions = cdoc.actor_mentions
        by_token: dict[int, int] = {}
        by_length = sorted(
            range(len(mentions)), key=lambda k: mentions[k].token_end - mentions[k].token_start
        )
        for k in reversed(by_length):  # the narrowest mention covering a token wins …
            for i in range(mentions[k].token_start, mentions[k].token_end):
                by_token[i] = k
        for k in by_length:  # … unless mentions are headed there: then the widest (the group)
            by_token[mentions[k].head] = k
        position = {id(m): k for k, m in enumerate(mentions)}
        return cls(cdoc, tuple(mentions), by_token, position)

    def at(self, token_i: int) -> int | None:
        """Index of the mention covering token `token_i`, if any."""
        return self.by_token.get(token_i)

    def concrete(self, k: int) -> list[int]:
        """The mentions `k` stands for (the actors stage's `concrete_members`)."""
        return [self.position[id(m)] for m in concrete_members(self.cdoc, self.mentions[k])]

    def actor(self, k: int, surface: int | None = None) -> Actor:
        """The resolved actor of mention `k`, placed at the span of mention `surface`.

        Evidence points at the words in this sentence ("the two", "he"), while country,
        sector and name come from what they refer to.
        """
        resolved = self.mentions[k].actor
        if surface is None or surface == k:
            return resolved
        shown = self.mentions[surface].actor
        return Actor(
            text=shown.text,
            start=shown.start,
            end=shown.end,
            country=resolved.country,
            sector=resolved.sector,
            name=resolved.name,
            office=resolved.office,
            entity_id=resolved.entity_id,
            implied=resolved.implied,
        )
