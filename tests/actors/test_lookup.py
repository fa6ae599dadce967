"""`mention_at` and `concrete_members`: what the event stages ask of actor mentions."""

from __future__ import annotations

from detente.actors.lookup import concrete_members, mention_at


def _token(cdoc, text: str, nth: int = 0) -> int:  # the index of the nth token spelled `text`
    return [t.i for t in cdoc.doc if t.text == text][nth]


def test_mention_at_prefers_the_mention_headed_at_the_token(analyse) -> None:
    cdoc = analyse("Turkish President Recep Tayyip Erdogan met Israeli officials.")
    mention = mention_at(cdoc, _token(cdoc, "Erdogan"))
    assert mention is not None
    assert mention.actor.text == "Turkish President Recep Tayyip Erdogan"
    inside = mention_at(cdoc, _token(cdoc, "President"))
    assert inside is mention  # a token inside the phrase finds the whole mention
    assert mention_at(cdoc, _token(cdoc, "met")) is None


def test_a_coordination_expands_to_its_members(analyse) -> None:
    cdoc = analyse("Turkey and Israel signed a comprehensive reconciliation deal in 2016.")
    group = mention_at(cdoc, _token(cdoc, "Turkey"))
    assert group is not None and group.kind == "group"
    members = concrete_members(cdoc, group)
    assert [m.actor.country for m in members] == ["TUR", "ISR"]
    assert [m.actor.text for m in members] == ["Turkey", "Israel"]


def test_the_two_and_both_expand_to_the_last_pair(analyse) -> None:
    cdoc = analyse(
        "Herzog and Erdogan held a lengthy conversation. The two also spoke last week. "
        "Greece and Cyprus agreed, and both signed."
    )
    the_two = mention_at(cdoc, _token(cdoc, "two"))
    assert the_two is not None
    assert [m.actor.name for m in concrete_members(cdoc, the_two)] == [
        "Isaac Herzog",
        "Recep Tayyip Erdoğan",
    ]
    both = mention_at(cdoc, _token(cdoc, "both"))
    assert both is not None
    assert [m.actor.country for m in concrete_members(cdoc, both)] == ["GRC", "CYP"]


def test_a_pronoun_carries_its_antecedent(analyse) -> None:
    cdoc = analyse("Turkish Foreign Minister Mevlut Cavusoglu arrived on Monday. He met Lapid.")
    he = mention_at(cdoc, _token(cdoc, "He"))
    assert he is not None and he.kind == "pronoun" and he.antecedent is not None
    assert (he.actor.country, he.actor.name) == ("TUR", "Mevlüt Çavuşoğlu")
    assert he.actor.text == "He"
    assert concrete_members(cdoc, he) == [he]


def test_no_mention_is_a_date(analyse) -> None:
    cdoc = analyse("In May 2021 the Foreign Ministry said that on Thursday the army withdrew.")
    for mention in cdoc.actor_mentions:
        tokens = cdoc.doc[mention.token_start : mention.token_end]
        assert all(t.ent_type_ not in ("DATE", "TIME") for t in tokens), mention.actor.text
