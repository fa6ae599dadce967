"""'Also' and 'again' announce another happening: merging must not swallow it, yet a visit
still covers the meetings held during it."""

from __future__ import annotations

import detente


def _consults(text: str) -> list[detente.Event]:
    return [e for e in detente.code(text, published="2022-02-18") if e.event == "CONSULT"]


def test_the_two_also_spoke_is_a_second_conversation() -> None:
    text = (
        "Herzog and Erdogan held talks in Ankara in January. The two also spoke after the floods."
    )
    events = _consults(text)
    assert len(events) == 2
    assert all({a.country for a in e.actors} == {"ISR", "TUR"} for e in events)


def test_meetings_during_a_visit_stay_evidence_of_the_visit() -> None:
    text = (
        "A Turkish delegation visited Israel on Thursday. "
        "The delegation also met officials at the foreign ministry."
    )
    [visit] = _consults(text)
    assert visit.mode == "visit"
    assert [m.trigger.text for m in visit.mentions] == ["met"]


def test_a_second_report_of_one_meeting_is_merged() -> None:
    text = (
        "Herzog met Erdogan in Ankara on Monday. "
        "The meeting between Herzog and Erdogan lasted hours."
    )
    [meeting] = _consults(text)
    assert len(meeting.all_evidence()) == 2


def test_a_visit_does_not_cover_a_conversation_told_far_from_it() -> None:
    text = (
        "A Turkish delegation visited Israel on Thursday. "
        "The talks covered trade. "
        "Officials described the mood as warm. "
        "Tourism figures have recovered. "
        "Airlines added flights. "
        "Herzog and Erdogan held talks in Ankara in January. "
        "The two also spoke after the floods."
    )
    events = _consults(text)
    later = [e for e in events if e.evidence.text.startswith("The two also spoke")]
    assert len(later) == 1, "the later call is its own happening, not evidence of the visit"
    assert {a.country for a in later[0].actors} == {"ISR", "TUR"}
