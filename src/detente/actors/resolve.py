"""What one mention names, on a given day: country, sector, person, office.

Most precise evidence first: a person's full name found in the office tables; then the country
the text states (adjective, name, "of Turkey"); a title with a country gives the office holder
on that day ("the Israeli foreign minister" → Yair Lapid in 2022); a title with only a surname
that did not hold that office on the day gives way to the holder ("President Herzog" in 2015
→ Reuven Rivlin).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date

from detente.actors.mentions import WEAPONS, Draft
from detente.knowledge.agents import Agent
from detente.knowledge.bundle import ActorKnowledge
from detente.knowledge.offices import (
    IGO_COUNTRIES,
    OfficeHolder,
    is_common_name,
    normalise_name,
)
from detente.knowledge.organisations import NON_STATE_CODES, Organisation

# Offices one person holds at a time in a country, so that a bare title with a country names
# them ("the Israeli foreign minister"); "a spokesperson" or "an adviser" could be any of several.
TITLE_OFFICES: frozenset[str] = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "vice_president",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
        "national_security_adviser",
        "central_bank_governor",
        "opposition_leader",
        "speaker",
    }
)


def resolve_own(draft: Draft, kb: ActorKnowledge, on: date, doc_codes: Collection[str]) -> None:
    """Fill code/sector/person/office from what the mention itself says (no context)."""
    draft.code, draft.code_basis = None, ""
    draft.sector, draft.person, draft.office, draft.canonical = None, None, None, None
    named = draft.organisation or draft.dormant
    if named is not None:
        org = kb.organisation_on(named, on)
        later = None if org.valid_on(on) else _founded_later(kb, org, on, doc_codes)
        org = later or org
        if later is not None or org.valid_on(on):
            draft.organisation, draft.dormant = org, None
            draft.code, draft.code_basis = org.country, "text"
            draft.canonical = org.name
        else:  # dissolved on the day: the words name no one known
            draft.organisation, draft.dormant = None, org
    if draft.country is not None:
        draft.code, draft.code_basis = draft.country.iso3, "text"
    own_body = draft.country is not None and draft.generic_body and draft.organisation
    if own_body:  # "the Russian Security Council", "Iran's Supreme National Security Council"
        draft.organisation, draft.dormant, draft.canonical = None, draft.organisation, None
    draft.sector = "GOV" if own_body else _sector(draft)
    title_office = draft.title.office if draft.title else None
    if draft.name_text is not None:
        holder = choose_holder(kb, draft.name_text, on, draft.code, title_office, doc_codes)
        if (
            holder is not None
            and not draft.full_name
            and not _bare_name_fits(kb, draft, holder, on, doc_codes)
        ):
            holder = None  # "King Abdullah" is not Abdullah Abdullah; "Khan" alone is anyone
        if holder is None and draft.title is not None:  # "King Salman" is listed whole
            titled = f"{draft.title.phrase} {draft.name_text}"
            holder = choose_holder(kb, titled, on, draft.code, title_office, doc_codes)
        if holder is not None:
            _take_person(draft, holder, on, title_office)
            if not draft.full_name and title_office and draft.office != title_office:
                # "President Herzog" in 2015: the title on that day outranks a bare surname
                by_title = holder_by_title(kb, draft.code, title_office, on)
                if by_title is not None:
                    _take_person(draft, by_title, on, title_office)
        else:
            draft.canonical = draft.name_text
        return
    if title_office and draft.code and not draft.plural:
        holder = holder_by_title(kb, draft.code, title_office, on)
        if holder is not None:
            draft.person, draft.canonical, draft.office = holder, holder.name, title_office
            draft.sector = draft.sector or holder.sector


def fill_title_holder(draft: Draft, kb: ActorKnowledge, on: date) -> None:
    """A bare title that got its country from context ("Downing Street said the Prime
    Minister…") names the holder of that office on the day."""
    office = draft.title.office if draft.title else None
    if office and draft.code and draft.person is None and not draft.is_person and not draft.plural:
        holder = holder_by_title(kb, draft.code, office, on)
        if holder is not None:
            draft.person, draft.canonical, draft.office = holder, holder.name, office


def holder_by_title(
    kb: ActorKnowledge, code: str | None, office: str, on: date
) -> OfficeHolder | None:
    """Who held the office in the country on the day, for offices with one holder."""
    if not code or office not in TITLE_OFFICES:
        return None
    return kb.offices.holder(code, office, on)


def _bare_name_fits(
    kb: ActorKnowledge, draft: Draft, holder: OfficeHolder, on: date, doc_codes: Collection[str]
) -> bool:
    """Whether a surname or first name alone names this office holder: its title must fit
    the person ("President Herzog", "General Milley"; not "Senator Scott" for Zambia's Guy
    Scott); a name many people share ("Khan", "Lee", "Johnson") needs the person's country
    named in the article and the person in office on the day. An earlier full name in the
    article links the short one by coreference instead."""
    title = draft.title
    if title is not None:
        if title.office:
            return _ever_held(kb, holder, title.office)
        terms = kb.offices.terms(holder.person_id)
        return title.sector is None or any(t.sector == title.sector for t in terms)
    if draft.name_text is None or not is_common_name(draft.name_text):
        return True
    return holder.in_office(on) and holder.country in doc_codes


def _ever_held(kb: ActorKnowledge, holder: OfficeHolder, office: str) -> bool:
    return any(term.office == office for term in kb.offices.terms(holder.person_id))


# Role nouns that take their sector from the body they serve: "Foreign Ministry
# Director-General", "CEO of the President's Office", "police spokesman", "Hamas spokesman".
SERVING_ROLES: frozenset[str] = frozenset(
    {
        "director", "director-general", "director general", "head", "chief", "leader",
        "spokesperson", "spokesman", "spokeswoman", "press secretary", "official", "ceo",
        "chief executive", "secretary", "adviser", "advisor", "senior adviser", "aide",
        "deputy", "representative", "member", "staff", "chief of staff",
        "directors", "heads", "chiefs", "leaders", "spokespersons", "spokesmen",
        "spokeswomen", "officials", "advisers", "advisors", "aides", "representatives",
        "members",
    }
)  # fmt: skip


def choose_namesake(
    draft: Draft, namesakes: Mapping[str, Sequence[Organisation]], codes: Collection[str]
) -> bool:
    """Among organisations one name stands for, the one of a country the article names
    ("the RSF" in a story placed in Sudan: the Rapid Support Forces, not Reporters Without
    Borders); without one, the table's first. True when the draft's organisation changed."""
    named = draft.organisation or draft.dormant
    rows = namesakes.get(draft.org_name.casefold(), ()) if named is not None else ()
    local = [o for o in rows if o.country in codes]
    if named is None or not local or named in local:
        return False
    draft.organisation, draft.dormant = local[0], None
    return True


def organisation_namesakes(organisations: Sequence[Organisation]) -> dict[str, list[Organisation]]:
    """Names (casefolded) that several organisations share, each with its organisations in
    table order (the dated rows of one body, "Taliban" as REB then GOV, are not namesakes)."""
    by_name: dict[str, list[Organisation]] = {}
    for org in organisations:
        for name in org.names:
            rows = by_name.setdefault(name.casefold(), [])
            if all(r.name != org.name for r in rows):
                rows.append(org)
    return {name: rows for name, rows in by_name.items() if len(rows) > 1}


def _founded_later(
    kb: ActorKnowledge, org: Organisation, on: date, doc_codes: Collection[str]
) -> Organisation | None:
    """The first body of the name, when every body of that name was founded after the day
    and the article names its country or no country at all: texts coded without their own
    date carry a placeholder day ("the Rapid Support Forces" on 2000-01-01). After its end a
    name names no one known ("the Revolutionary Command Council" in 2017: such names pass to
    other bodies), and offices stay bound to their tenures (`choose_holder`)."""
    rows = kb.organisations_by_name.get(org.name.casefold(), (org,))
    if any(r.valid_from is None or r.valid_from <= on for r in rows):
        return None
    first = min(rows, key=lambda r: r.valid_from or on)
    if doc_codes and first.country not in doc_codes and first.country not in NON_STATE_CODES:
        return None
    return first


def _sector(draft: Draft) -> str | None:
    """The sector of the phrase's head role, unless that role serves a body or movement
    ("government protesters" → OPP; "Foreign Ministry Director-General" → GOV) or a weapon
    serves the armed body before it ("a police helicopter" → COP, "Hamas rockets" → Hamas's;
    "government warplanes" stay MIL)."""
    org = draft.organisation
    agents = [a for a in draft.agents if a.sector]
    stateless = org is not None and (org.country is None or org.country in NON_STATE_CODES)
    if org is not None and org.sector and (stateless or not agents):  # "FIFA President X"
        return org.sector
    own = [a for a in agents if a.phrase not in SERVING_ROLES and not _armed_by(a, agents)]
    if own:
        return own[-1].sector
    if org is not None and org.sector:
        return org.sector
    if agents:
        return agents[-1].sector
    if draft.kind == "capital":
        return "GOV"
    return None


# Sectors of bodies that carry arms of their own: their weapons are theirs.
_ARMED_SECTORS = frozenset({"COP", "MIL", "REB", "CRM", "SPY", "UAF"})


def _armed_by(agent: Agent, agents: Sequence[Agent]) -> bool:
    """A weapon after an armed body's word in one phrase: "police helicopter"."""
    return agent.phrase in WEAPONS and any(
        a.sector in _ARMED_SECTORS and a.phrase not in WEAPONS for a in agents
    )


def _take_person(draft: Draft, holder: OfficeHolder, on: date, title_office: str | None) -> None:
    draft.person = holder
    draft.canonical = holder.name
    if draft.code is None or draft.code_basis != "text":
        draft.code, draft.code_basis = holder.country, "person"
    serving = holder.in_office(on)
    draft.office = holder.office if serving else None
    if serving and holder.country in IGO_COUNTRIES:
        draft.sector = "IGO"  # an official of an international body acts for the body
    elif serving:
        draft.sector = holder.sector  # the tables know what the person was on that day
    elif draft.sector is None:
        draft.sector = "ELI"  # a known figure out of office: an elite


def choose_holder(
    kb: ActorKnowledge,
    name: str,
    on: date,
    code: str | None,
    title_office: str | None,
    doc_codes: Collection[str],
) -> OfficeHolder | None:
    """The term of the person called `name` that best fits the day, country and title."""
    terms = kb.offices.by_alias(name) or _by_first_and_last_name(kb, name)
    if not terms:
        return None
    if code:
        same_country = [t for t in terms if t.country == code or t.organisation == code]
        terms = same_country or terms

    def rank(term: OfficeHolder) -> tuple[int, int, int, int]:
        serving = term.in_office(on)
        distance = 0 if serving else _days_apart(term, on)
        return (
            0 if serving else 1,
            0 if term.country in doc_codes else 1,
            0 if title_office and term.office == title_office else 1,
            distance,
        )

    return min(terms, key=rank)


def _by_first_and_last_name(kb: ActorKnowledge, name: str) -> list[OfficeHolder]:
    """Terms of a person whose table name has the mention's first and last words, give or
    take a letter of the first name: "Qamar Bajwa" is Qamar Javed Bajwa, "Sooronbai
    Jeenbekov" is Sooronbay Jeenbekov; a surname spelt as one of the person's listed
    variants may also drop or add one letter ("Almazbek Atambaev", Atambayev)."""
    words = normalise_name(name).split()
    if len(words) < 2:
        return []
    out = []
    for term in kb.offices.by_alias(words[-1]):
        table = normalise_name(term.name).split()
        same_last = table[-1] == words[-1] or _one_letter_more(table[-1], words[-1])
        if same_last and _close(table[0], words[0]):
            out.append(term)
    return out


def _one_letter_more(a: str, b: str) -> bool:
    """One word is the other with one letter more, in words of six letters or more."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 6:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _close(a: str, b: str) -> bool:
    """Equal, or one letter apart in words of the same length of five letters or more."""
    if a == b:
        return True
    return len(a) == len(b) >= 5 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _days_apart(term: OfficeHolder, on: date) -> int:
    if on < term.start:
        return (term.start - on).days
    if term.end is not None and on > term.end:
        return (on - term.end).days
    return 0
