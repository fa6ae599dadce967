"""Questions the event stages ask about actor mentions.

mention_at(cdoc, token_i)          the mention covering a token (its head preferred)
concrete_members(cdoc, mention)    a group or a reference expanded to mentions with a country
"""

from __future__ import annotations

from detente.pipeline import CodingDoc
from detente.records import ActorMention


def mention_at(cdoc: CodingDoc, token_i: int) -> ActorMention | None:
    """The mention whose tokens contain `token_i`: the one headed there, else the narrowest."""
    best: ActorMention | None = None
    for mention in cdoc.actor_mentions:
        if not mention.token_start <= token_i < mention.token_end:
            continue
        if best is None or _better(mention, best, token_i):
            best = mention
    return best


def _better(candidate: ActorMention, current: ActorMention, token_i: int) -> bool:
    cand_head, cur_head = candidate.head == token_i, current.head == token_i
    if cand_head != cur_head:
        return cand_head
    if cand_head:  # both headed here: prefer the group over its first member
        return candidate.token_end - candidate.token_start > (
            current.token_end - current.token_start
        )
    return candidate.token_end - candidate.token_start < current.token_end - current.token_start


def concrete_members(cdoc: CodingDoc, mention: ActorMention) -> list[ActorMention]:
    """The mentions that say who `mention` is: the members of a group ("Turkey and Israel",
    "the two", "both"), the antecedent of a pronoun, surname or "his country" when the mention
    has no country of its own, else the mention itself."""
    mentions = cdoc.actor_mentions
    out: list[ActorMention] = []
    seen: set[int] = set()

    def visit(m: ActorMention, depth: int) -> None:
        if depth > 8 or id(m) in seen:
            return
        seen.add(id(m))
        if m.members:
            for i in m.members:
                visit(mentions[i], depth + 1)
            return
        if m.actor.country is None and m.antecedent is not None:
            visit(mentions[m.antecedent], depth + 1)
            return
        out.append(m)

    visit(mention, 0)
    return out
