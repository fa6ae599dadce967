"""Office holders with tenures: who was President, Prime Minister, Foreign Minister… on a date.

The tables live in `knowledge/offices/*.tsv`, one file per region, written by hand. Columns
(tab-separated, one header row, `#` starts a comment line):

    person_id  name  aliases  country  organisation  sector  office  title  start  end  note

- `person_id`: stable slug (`recep-tayyip-erdogan`); one person keeps one id across rows.
- `aliases`: `|`-separated other names. Matching ignores case, diacritics, dots, hyphens and
  apostrophes (`Kalın` = `Kalin`; `Löger` also = `Loeger`), so one spelling is enough. The
  surname matches alone too: if an alias is a single word of the name (`Xi`, `Erdoğan`), the
  listed single-word aliases are the surnames; otherwise the first word for family-name-first
  countries (`FAMILY_NAME_FIRST`), else the last word — unless it is a particle, a regnal
  number or a common word (`May`, `King`), or the name is a patronymic (`… bin …`, `Al …`).
- `country`: ISO-3166 alpha-3 (Kosovo `XKX`, Palestine `PSE`); IGO officials use `UNO` (UN
  system), `EUR` (EU) or `IGO` with `organisation` naming the body (NATO, AU, ICC, …).
- `organisation`: empty for a state's own offices, except where a country has several bodies
  holding the same office code (`Mossad`, `Shin Bet`, `IRGC`, `Foreign Ministry`) or the office
  belongs to a non-state movement or rival authority (`Hamas`, `Hezbollah`, `Houthis`).
- `sector`: a PLOVER sector code, see `SECTORS`.
- `office`: a normalised code, see `OFFICES`:

      head_of_state          President, King, Emir, Supreme Leader; the monarch in realms
      head_of_government     Prime Minister, Chancellor, Premier (presidential systems: none)
      vice_president         Vice-President
      deputy_head_of_government  Deputy Prime Minister (only the prominent ones)
      foreign_minister       Foreign Minister, Secretary of State, Foreign Secretary
      defence_minister       Defence Minister, Secretary of Defense
      interior_minister      Interior Minister, Home Secretary
      finance_minister       Finance Minister, Chancellor of the Exchequer
      spokesperson           government, presidential or foreign-ministry spokesperson
      adviser                chief/senior adviser to a head of state or government
      national_security_adviser
      central_bank_governor  Governor, Chair of the Federal Reserve, ECB President
      opposition_leader      leader of the main opposition party or bloc
      speaker                Speaker / President of parliament
      intelligence_chief     head of an intelligence service
      chief_of_staff         chief of the general staff / armed forces
      secretary_general      Secretary-General of an IGO
      head_of_organisation   President / Director-General / Managing Director of an IGO
      high_representative    EU High Representative for Foreign Affairs
      prosecutor             ICC Prosecutor and the like
      party_leader           leader of a ruling party (China, Vietnam) or of a movement

- `title`: the title as news writes it ("Prime Minister", "Emir", "Secretary of State").
- `start`/`end`: `YYYY-MM-DD`, or `YYYY-MM`/`YYYY` when only that is known (read as the first
  day of that month/year; the note says so). Empty `end`: in office as far as known.

Tenure logic: a holder is in office on every day from `start` to `end`, both included. A
handover day is usually both the outgoing holder's `end` and the successor's `start`; on that
day `holder()` answers with the successor (the later start). `check_office_table` therefore
allows two tenures of one office to share a single day, but not more — except for offices
held jointly by several people (`CO_HELD_OFFICES`: the co-princes of Andorra, the Bosnian
presidency members, the captains regent of San Marino) and offices with several holders at
once (`MULTI_HOLDER_OFFICES`: spokespeople, advisers, deputy prime ministers). Where a country
has several bodies with the same office (Mossad and Shin Bet; the IRGC and the army), the
`organisation` column names the body, and tenures are compared per body.

`load_office_table(extra_paths)` reads our tables and then users' tables in the same format;
a malformed row raises `KnowledgeError` naming file:line and column. What is uncertain or may
have changed after the tables were written is said in the `note` column.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.errors import KnowledgeError

COLUMNS: tuple[str, ...] = (
    "person_id",
    "name",
    "aliases",
    "country",
    "organisation",
    "sector",
    "office",
    "title",
    "start",
    "end",
    "note",
)

OFFICES: frozenset[str] = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "vice_president",
        "deputy_head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
        "spokesperson",
        "adviser",
        "national_security_adviser",
        "central_bank_governor",
        "opposition_leader",
        "speaker",
        "intelligence_chief",
        "chief_of_staff",
        "secretary_general",
        "head_of_organisation",
        "high_representative",
        "prosecutor",
        "party_leader",
    }
)

SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "OPP", "SPY", "ELI", "REB", "BUS", "CVL", "MED", "COP", "PTY"}
)

# Country-like codes used for office holders of international bodies.
IGO_COUNTRIES: frozenset[str] = frozenset({"UNO", "EUR", "IGO"})

# (country, office) pairs that several people hold at the same time.
CO_HELD_OFFICES: frozenset[tuple[str, str]] = frozenset(
    {
        ("AND", "head_of_state"),
        ("BIH", "head_of_state"),
        ("SMR", "head_of_state"),
        ("NIC", "head_of_state"),  # co-presidency of Ortega and Murillo since 2025
    }
)

# Offices that several people fill at once (a ministry has several spokespeople).
MULTI_HOLDER_OFFICES: frozenset[str] = frozenset(
    {"spokesperson", "adviser", "deputy_head_of_government"}
)

# Words that are never a surname on their own ("bin" in "Mohammed bin Salman"), and surnames
# that are too often ordinary words to match alone ("May" the month, "King", "English"): those
# people are still found by their full name or a listed alias.
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "la"})
_COMMON_WORDS = frozenset(
    {"may", "june", "august", "king", "english", "key", "young", "long", "price", "bishop",
     "hope", "grant", "stock", "cook", "hunt", "jean", "thomas", "martin", "bruce", "sharon"}
)  # fmt: skip
# Names built on patronymics or regnal numbers have no automatic surname ("Tamim bin Hamad
# Al Thani" is not "Thani"; "Charles III" is not "III"): list the short form as an alias.
_NO_SURNAME = re.compile(r"\b(?:bin|ibn|bint|Al|of)\b")
# Surnames and given names that many people in the news share ("Scott", "Johnson", "Lee",
# "Khan", "Ali", "Kim"): alone, without a title or an earlier full name, they do not name
# the office holder of that name (`is_common_name`).
COMMON_NAMES: frozenset[str] = frozenset(
    {"scott", "johnson", "lee", "khan", "ali", "kim", "smith", "brown", "jones", "williams",
     "wilson", "taylor", "davis", "miller", "moore", "clark", "lewis", "walker", "hall",
     "allen", "wright", "green", "baker", "adams", "nelson", "hill", "campbell", "mitchell",
     "roberts", "carter", "phillips", "evans", "turner", "parker", "collins", "edwards",
     "stewart", "morris", "murphy", "rogers", "reed", "bell", "ward", "cox", "howard", "gray",
     "james", "watson", "kelly", "sanders", "wood", "ross", "perry", "hughes", "washington",
     "butler", "foster", "russell", "park", "choi", "wang", "li", "zhang", "liu", "chen",
     "yang", "huang", "zhao", "wu", "zhou", "nguyen", "tran", "singh", "kumar", "sharma",
     "patel", "ahmed", "ahmad", "hassan", "hussein", "hussain", "mohammed", "muhammad",
     "mohamed", "abdullah", "ibrahim", "yusuf", "omar", "mahmoud", "hamid", "rahman", "shah",
     "aziz", "saleh", "musa", "said", "garcia", "rodriguez", "martinez", "lopez", "gonzalez",
     "perez", "silva", "santos", "costa", "fischer", "schmidt", "weber", "wagner", "richard",
     "michel", "banda", "ivanov"}
)  # fmt: skip
# Countries whose names put the family name first ("Xi Jinping", "Kim Jong Un", "Hun Sen").
FAMILY_NAME_FIRST: frozenset[str] = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM"})


@dataclass(frozen=True)
class OfficeHolder:
    """One person in one office for one continuous term."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    organisation: str | None
    sector: str
    office: str
    title: str
    start: date
    end: date | None
    note: str

    def in_office(self, on: date) -> bool:
        """True when `on` falls within the tenure, both ends included."""
        return self.start <= on and (self.end is None or on <= self.end)

    @property
    def where(self) -> str:
        """The country code, or the organisation for IGO officials."""
        return self.organisation or self.country


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                      "æ": "ae", "œ": "oe", "-": " ", ".": "", "'": "", "’": "", "‘": "",
                      "`": "", "ʻ": "", "ʼ": ""})  # fmt: skip
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def normalise_name(text: str) -> str:
    """Casefold, strip diacritics, dots, apostrophes and hyphens: 'Erdoğan ' → 'erdogan'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.translate(_FOLD).split())


def name_keys(text: str) -> set[str]:
    """The lookup keys of a name: its normal form, plus ö → oe spellings ('Löger', 'Loeger')."""
    keys = {normalise_name(text)}
    keys.add(normalise_name(text.casefold().translate(_GERMAN)))
    return {k for k in keys if k}


def surnames(holder: OfficeHolder) -> tuple[str, ...]:
    """The surnames news may use alone for this person (the rules are in the module docstring)."""
    name, aliases, country = holder.name, holder.aliases, holder.country
    words = name.split()
    if len(words) < 2:
        return ()
    word_keys = {normalise_name(w) for w in words}
    listed = tuple(a for a in aliases if len(a.split()) == 1 and normalise_name(a) in word_keys)
    if listed:
        return listed
    if country in FAMILY_NAME_FIRST:
        return (words[0],)
    last = words[-1]
    unusable = (
        len(last) < 3
        or normalise_name(last) in _PARTICLES | _COMMON_WORDS
        or _NO_SURNAME.search(name) is not None
        or re.fullmatch(r"[IVXL]+", last) is not None  # a regnal number: "Charles III"
    )
    return () if unusable else (last,)


def is_common_name(text: str) -> bool:
    """A one-word name that many people share ("Khan", "Lee"): see `COMMON_NAMES`."""
    return normalise_name(text) in COMMON_NAMES


class OfficeTable:
    """An in-memory index of office holders; build it with `load_office_table`."""

    def __init__(self, holders: Iterable[OfficeHolder]):
        self._holders: tuple[OfficeHolder, ...] = tuple(holders)
        by_key: dict[str, list[OfficeHolder]] = defaultdict(list)
        by_office: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
        by_person: dict[str, list[OfficeHolder]] = defaultdict(list)
        for holder in self._holders:
            keys = name_keys(holder.name)
            for other in (*holder.aliases, *surnames(holder)):
                keys |= name_keys(other)
            for key in keys:
                by_key[key].append(holder)
            by_office[(holder.country, holder.office)].append(holder)
            if holder.organisation:
                by_office[(holder.organisation.casefold(), holder.office)].append(holder)
            by_person[holder.person_id].append(holder)
        self._by_key = {k: _by_start(v) for k, v in by_key.items()}
        self._by_office = {k: _by_start(v) for k, v in by_office.items()}
        self._by_person = {k: _by_start(v) for k, v in by_person.items()}

    def __len__(self) -> int:
        return len(self._holders)

    def all(self) -> Sequence[OfficeHolder]:
        """Every row, in file order."""
        return self._holders

    def by_alias(self, text: str) -> list[OfficeHolder]:
        """Every term of every person whose name, alias or surname is `text` (normalised).

        Surnames match alone ("Erdogan", "Powell"), so call this on spans already known to
        name a person; `holders_on` then picks the term running on the event date.
        """
        return list(self._by_key.get(normalise_name(text), ()))

    def holder(
        self, country: str, office: str, on: date, *, organisation: str | None = None
    ) -> OfficeHolder | None:
        """Who held `office` in `country` on `on`; the later start wins on a handover day.

        For IGO officials pass the organisation, either as `organisation=` or as `country`
        (`holder("NATO", "secretary_general", d)`).
        """
        key = (organisation.casefold(), office) if organisation else (country, office)
        candidates = self._by_office.get(key)
        if candidates is None and not organisation:
            candidates = self._by_office.get((country.casefold(), office))
        serving = [h for h in candidates or () if h.in_office(on)]
        return serving[-1] if serving else None

    def holders_on(self, alias: str, on: date) -> list[OfficeHolder]:
        """The terms of people called `alias` that were running on `on`."""
        return [h for h in self.by_alias(alias) if h.in_office(on)]

    def terms(self, person_id: str) -> list[OfficeHolder]:
        """Every term of one person, oldest first."""
        return list(self._by_person.get(person_id, ()))


def _by_start(holders: list[OfficeHolder]) -> tuple[OfficeHolder, ...]:
    return tuple(sorted(holders, key=lambda h: h.start))


def parse_office_date(text: str, *, where: str, column: str) -> date:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` → a date (the first day of the month/year)."""
    parts = text.split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(parts[0]) == 4:
            return date(int(parts[0]), 1, 1)
    except ValueError:
        pass
    raise KnowledgeError(
        f"column {column!r}: {text!r} is not a date",
        where=where,
        hint="write YYYY-MM-DD, YYYY-MM or YYYY",
    )


def _row_to_holder(row: list[str], where: str) -> OfficeHolder:
    if len(row) != len(COLUMNS):
        raise KnowledgeError(
            f"expected {len(COLUMNS)} tab-separated columns, found {len(row)}",
            where=where,
            hint="columns are: " + ", ".join(COLUMNS),
        )
    values = dict(zip(COLUMNS, (cell.strip() for cell in row), strict=True))
    for column in ("person_id", "name", "country", "sector", "office", "title", "start"):
        if not values[column]:
            raise KnowledgeError(f"column {column!r} is empty", where=where)
    if values["office"] not in OFFICES:
        raise KnowledgeError(
            f"column 'office': unknown office {values['office']!r}",
            where=where,
            hint="valid offices: " + ", ".join(sorted(OFFICES)),
        )
    if values["sector"] not in SECTORS:
        raise KnowledgeError(
            f"column 'sector': unknown sector {values['sector']!r}",
            where=where,
            hint="valid sectors: " + ", ".join(sorted(SECTORS)),
        )
    country = values["country"]
    if len(country) != 3 or not country.isalpha() or not country.isupper():
        raise KnowledgeError(
            f"column 'country': {country!r} is not an ISO-3166 alpha-3 code",
            where=where,
            hint="use three capital letters; UNO, EUR or IGO for international bodies",
        )
    if country in IGO_COUNTRIES and country != "EUR" and not values["organisation"]:
        raise KnowledgeError(
            "column 'organisation' is empty for an IGO official", where=where, hint="e.g. NATO"
        )
    start = parse_office_date(values["start"], where=where, column="start")
    end = parse_office_date(values["end"], where=where, column="end") if values["end"] else None
    if end is not None and end < start:
        raise KnowledgeError(f"column 'end': {end} is before start {start}", where=where)
    aliases = tuple(a.strip() for a in values["aliases"].split("|") if a.strip())
    return OfficeHolder(
        person_id=values["person_id"],
        name=values["name"],
        aliases=aliases,
        country=country,
        organisation=values["organisation"] or None,
        sector=values["sector"],
        office=values["office"],
        title=values["title"],
        start=start,
        end=end,
        note=values["note"],
    )


def read_office_file(path: str | Path) -> list[OfficeHolder]:
    """Read one TSV table; `KnowledgeError` with file:line on the first malformed row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read office table: {exc}", where=str(path)) from exc
    holders: list[OfficeHolder] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        where = f"{path}:{number}"
        if not header_seen:
            if tuple(cell.strip() for cell in row) != COLUMNS:
                raise KnowledgeError(
                    "the first row must be the header",
                    where=where,
                    hint="header: " + "\t".join(COLUMNS),
                )
            header_seen = True
            continue
        holders.append(_row_to_holder(row, where))
    return holders


def builtin_office_paths() -> list[Path]:
    """The region tables shipped with detente, in a stable order."""
    folder = resources.files("detente.knowledge").joinpath("offices")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".tsv"))


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> OfficeTable:
    holders: list[OfficeHolder] = []
    for path in [*builtin_office_paths(), *(Path(p) for p in extra_paths)]:
        holders.extend(read_office_file(path))
    return OfficeTable(holders)


def load_office_table(extra_paths: Sequence[str | Path] = ()) -> OfficeTable:
    """Our tables plus users' tables on top; cached per process for each set of extra paths."""
    return _load(tuple(str(Path(p).resolve()) for p in extra_paths))


def check_office_table(table: OfficeTable) -> list[str]:
    """Problems a reviewer should fix: duplicates, overlapping tenures, bad codes and dates."""
    problems: list[str] = []
    seen: set[tuple[str, str, str, str, date]] = set()
    names: dict[str, str] = {}
    by_office: dict[tuple[str, str, str], list[OfficeHolder]] = defaultdict(list)
    for h in table.all():
        label = f"{h.name} ({h.where} {h.office} from {h.start})"
        key = (h.person_id, h.country, h.organisation or "", h.office, h.start)
        if key in seen:
            problems.append(f"duplicate row: {label}")
        seen.add(key)
        if names.setdefault(h.person_id, h.name) != h.name:
            problems.append(
                f"person_id {h.person_id!r} names both {names[h.person_id]!r} and {h.name!r}"
            )
        if h.office not in OFFICES:
            problems.append(f"unknown office {h.office!r}: {label}")
        if h.sector not in SECTORS:
            problems.append(f"unknown sector {h.sector!r}: {label}")
        if h.end is not None and h.end < h.start:
            problems.append(f"end {h.end} before start: {label}")
        by_office[(h.country, h.organisation or "", h.office)].append(h)
    for (country, _, office), holders in by_office.items():
        if (country, office) in CO_HELD_OFFICES or office in MULTI_HOLDER_OFFICES:
            continue
        problems.extend(_overlaps(sorted(holders, key=lambda h: h.start)))
    return problems


def _overlaps(holders: list[OfficeHolder]) -> list[str]:
    problems: list[str] = []
    for earlier, later in itertools.pairwise(holders):
        if earlier.end is None or earlier.end - later.start > timedelta(days=0):
            problems.append(
                f"overlapping tenures of {later.where} {later.office}: "
                f"{earlier.name} ({earlier.start}–{earlier.end or 'open'}) and "
                f"{later.name} (from {later.start})"
            )
    return problems
