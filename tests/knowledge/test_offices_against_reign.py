"""Our heads of state/government against REIGN (to 2021-03) and Phoenix (to 2015) in ../shared.

Both files are read where they lie; nothing is copied. The summary is printed (visible with
`pytest -s`) and written to the pytest tmp dir; the assertions are floors, not exact numbers.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from detente.knowledge.offices import (
    IGO_COUNTRIES,
    OfficeHolder,
    OfficeTable,
    load_office_table,
    normalise_name,
)

pytestmark = pytest.mark.shared

LEADER_OFFICES = ("head_of_state", "head_of_government", "party_leader")
# Captains regent of San Marino change every six months and are not in our tables.
NOT_COVERED = {"SMR"}
WINDOW_DAYS = 31
# Measured 2026-11-24; see the report printed by the test.
REIGN_FLOOR = 0.80
PHOENIX_FLOOR = 0.70

# Correlates of War state abbreviations (REIGN's `stateabb`) → ISO-3166 alpha-3.
COW_TO_ISO3 = {
    "AAB": "ATG", "AFG": "AFG", "ALB": "ALB", "ALG": "DZA", "AND": "AND", "ANG": "AGO",
    "ARG": "ARG", "ARM": "ARM", "AUL": "AUS", "AUS": "AUT", "AZE": "AZE", "BAH": "BHR",
    "BAR": "BRB", "BEL": "BEL", "BEN": "BEN", "BFO": "BFA", "BHM": "BHS", "BHU": "BTN",
    "BLR": "BLR", "BLZ": "BLZ", "BNG": "BGD", "BOL": "BOL", "BOS": "BIH", "BOT": "BWA",
    "BRA": "BRA", "BRU": "BRN", "BUI": "BDI", "BUL": "BGR", "CAM": "KHM", "CAN": "CAN",
    "CAO": "CMR", "CAP": "CPV", "CDI": "CIV", "CEN": "CAF", "CHA": "TCD", "CHL": "CHL",
    "CHN": "CHN", "COL": "COL", "COM": "COM", "CON": "COG", "COS": "CRI", "CRO": "HRV",
    "CUB": "CUB", "CYP": "CYP", "CZR": "CZE", "DEN": "DNK", "DJI": "DJI", "DMA": "DMA",
    "DOM": "DOM", "DRC": "COD", "DRV": "VNM", "ECU": "ECU", "EGY": "EGY", "EQG": "GNQ",
    "ERI": "ERI", "EST": "EST", "ETH": "ETH", "ETM": "TLS", "FIJ": "FJI", "FIN": "FIN",
    "FRN": "FRA", "FSM": "FSM", "GAB": "GAB", "GAM": "GMB", "GHA": "GHA", "GMY": "DEU",
    "GNB": "GNB", "GRC": "GRC", "GRG": "GEO", "GRN": "GRD", "GUA": "GTM", "GUI": "GIN",
    "GUY": "GUY", "HAI": "HTI", "HON": "HND", "HUN": "HUN", "ICE": "ISL", "IND": "IND",
    "INS": "IDN", "IRE": "IRL", "IRN": "IRN", "IRQ": "IRQ", "ISR": "ISR", "ITA": "ITA",
    "JAM": "JAM", "JOR": "JOR", "JPN": "JPN", "KEN": "KEN", "KIR": "KIR", "KOS": "XKX",
    "KUW": "KWT", "KYR": "KGZ", "KZK": "KAZ", "LAO": "LAO", "LAT": "LVA", "LBR": "LBR",
    "LEB": "LBN", "LES": "LSO", "LIB": "LBY", "LIE": "LIE", "LIT": "LTU", "LUX": "LUX",
    "MAA": "MRT", "MAC": "MKD", "MAD": "MDV", "MAG": "MDG", "MAL": "MYS", "MAS": "MUS",
    "MAW": "MWI", "MEX": "MEX", "MLD": "MDA", "MLI": "MLI", "MLT": "MLT", "MNC": "MCO",
    "MNG": "MNE", "MON": "MNG", "MOR": "MAR", "MSI": "MHL", "MYA": "MMR", "MZM": "MOZ",
    "NAM": "NAM", "NAU": "NRU", "NEP": "NPL", "NEW": "NZL", "NIC": "NIC", "NIG": "NGA",
    "NIR": "NER", "NOR": "NOR", "NTH": "NLD", "OMA": "OMN", "PAK": "PAK", "PAL": "PLW",
    "PAN": "PAN", "PAR": "PRY", "PER": "PER", "PHI": "PHL", "PNG": "PNG", "POL": "POL",
    "POR": "PRT", "PRK": "PRK", "QAT": "QAT", "ROK": "KOR", "ROM": "ROU", "RUS": "RUS",
    "RWA": "RWA", "SAF": "ZAF", "SAL": "SLV", "SAU": "SAU", "SEN": "SEN", "SEY": "SYC",
    "SIE": "SLE", "SIN": "SGP", "SKN": "KNA", "SLO": "SVK", "SLU": "LCA", "SLV": "SVN",
    "SNM": "SMR", "SOL": "SLB", "SOM": "SOM", "SPN": "ESP", "SRI": "LKA", "SSD": "SSD",
    "STP": "STP", "SUD": "SDN", "SUR": "SUR", "SVG": "VCT", "SWA": "SWZ", "SWD": "SWE",
    "SWZ": "CHE", "SYR": "SYR", "TAJ": "TJK", "TAW": "TWN", "TAZ": "TZA", "THI": "THA",
    "TKM": "TKM", "TOG": "TGO", "TON": "TON", "TRI": "TTO", "TUN": "TUN", "TUR": "TUR",
    "TUV": "TUV", "UAE": "ARE", "UGA": "UGA", "UKG": "GBR", "UKR": "UKR", "URU": "URY",
    "USA": "USA", "UZB": "UZB", "VAN": "VUT", "VEN": "VEN", "WSM": "WSM", "YEM": "YEM",
    "YUG": "SRB", "ZAM": "ZMB", "ZIM": "ZWE",
}  # fmt: skip


@dataclass(frozen=True)
class Spell:
    country: str
    leader: str
    start: date


def _name_keys(holder: OfficeHolder) -> set[str]:
    keys: set[str] = set()
    for text in (holder.name, *holder.aliases):
        keys.update(normalise_name(text).split())
    return keys


def _leader_words(leader: str) -> set[str]:
    words = re.split(r"[^a-z]+", normalise_name(leader.replace(".", " ")))
    return {w for w in words if len(w) >= 3 and w not in {"jr", "sr", "the", "bin", "ibn"}}


def _matches(spell: Spell, holder: OfficeHolder) -> bool:
    return bool(_leader_words(spell.leader) & _name_keys(holder))


def read_reign(path: Path) -> list[Spell]:
    spells = []
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            country = COW_TO_ISO3.get(row["stateabb"])
            if country is None or not row["syear"]:
                continue
            start = date(int(row["syear"]), int(row["smonth"]), int(row["sdate"] or 1))
            spells.append(Spell(country, row["leader"], start))
    return spells


@dataclass
class Agreement:
    total: int = 0
    started_near: int = 0  # a row of ours for that person starts within WINDOW_DAYS
    in_office: int = 0  # or at least a row of ours has that person in office on that day


def _is_state_leader(holder: OfficeHolder) -> bool:
    if holder.office not in LEADER_OFFICES or holder.country in IGO_COUNTRIES:
        return False
    # party leaders count only for ruling parties (China, Vietnam), not for armed movements
    return holder.office != "party_leader" or holder.organisation is None


def compare_reign(table: OfficeTable, spells: list[Spell]) -> tuple[Agreement, list[str]]:
    by_country: dict[str, list[OfficeHolder]] = {}
    for holder in table.all():
        if _is_state_leader(holder):
            by_country.setdefault(holder.country, []).append(holder)
    agreement, problems = Agreement(), []
    for spell in spells:
        if spell.start < date(2000, 1, 1) or spell.country not in by_country:
            continue
        if spell.country in NOT_COVERED:
            continue
        agreement.total += 1
        rows = by_country[spell.country]
        near = [h for h in rows if abs((h.start - spell.start).days) <= WINDOW_DAYS]
        if any(_matches(spell, h) for h in near):
            agreement.started_near += 1
            agreement.in_office += 1
            continue
        if any(_matches(spell, h) and h.in_office(spell.start) for h in rows):
            agreement.in_office += 1
        same_name = [h for h in rows if _matches(spell, h)]
        if same_name:
            closest = min(same_name, key=lambda h: abs((h.start - spell.start).days))
            detail = f"ours: {closest.name} {closest.office} from {closest.start}"
        else:
            detail = "no row of ours with that name"
        problems.append(f"{spell.country} {spell.leader} from {spell.start}: {detail}")
    return agreement, problems


def test_reign_leader_spells_since_2000_are_in_our_tables(
    reign_leader_list: Path, tmp_path: Path
) -> None:
    path = reign_leader_list
    agreement, problems = compare_reign(load_office_table(), read_reign(path))
    share = agreement.started_near / agreement.total
    report = [
        f"REIGN leader spells since 2000 in countries we cover: {agreement.total}",
        f"matched by a row of ours for that person starting within {WINDOW_DAYS} days: "
        f"{agreement.started_near} ({share:.1%})",
        f"person in office in our tables on the REIGN start day (looser): {agreement.in_office} "
        f"({agreement.in_office / agreement.total:.1%})",
        "spells not matched within the window:",
        *problems,
    ]
    (tmp_path / "reign_disagreements.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))  # the disagreement report is the point of this test
    assert agreement.total > 500
    assert share >= REIGN_FLOOR


PHOENIX_GOV = re.compile(r"\[([A-Z]{3})GOV\s+(?:>(\d{6,8})|(\d{6,8})-(\d{6,8}))\]")
PHOENIX_LAST_EDIT = date(2015, 4, 30)
PHOENIX_TO_ISO3 = {"KSV": "XKX", "ROM": "ROU"}


def _phoenix_date(text: str) -> date:
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def read_phoenix_gov_roles(path: Path) -> list[tuple[str, str, date, date]]:
    """(name, country, start, end) of every plain `[XXXGOV …]` role starting in 2000 or later."""
    roles = []
    name = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line and not line[0].isspace() and not line.startswith(("+", "#")):
            name = line.split(";")[0].strip().strip("_").replace("_", " ")
        elif name and (found := PHOENIX_GOV.search(line)):
            country = PHOENIX_TO_ISO3.get(found.group(1), found.group(1))
            if found.group(2):
                start, end = _phoenix_date(found.group(2)), PHOENIX_LAST_EDIT
            else:
                start, end = _phoenix_date(found.group(3)), _phoenix_date(found.group(4))
            if start >= date(2000, 1, 1):
                roles.append((name, country, start, end))
    return roles


def test_phoenix_government_roles_of_people_we_list_overlap_our_terms(
    shared_dir: Path, tmp_path: Path
) -> None:
    """Phoenix (to 2015) says when a person held a government role; ours should agree."""
    path = shared_dir / "time-actors-geo" / "actors" / "Phoenix.Countries.actors.txt"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    table = load_office_table()
    checked, agreed, problems = 0, 0, []
    for name, country, start, end in read_phoenix_gov_roles(path):
        ours = [h for h in table.by_alias(name) if h.country == country and h.sector == "GOV"]
        if not ours or normalise_name(name) != normalise_name(ours[0].name):
            continue  # only people we list under their full name
        checked += 1
        if any(h.start <= end and (h.end is None or h.end >= start) for h in ours):
            agreed += 1
            continue
        terms = ", ".join(f"{h.office} {h.start}–{h.end or 'open'}" for h in ours)
        problems.append(f"{country} {name}: Phoenix GOV {start}–{end}; ours {terms}")
    report = [
        f"Phoenix GOV roles since 2000 of people we list: {checked}; "
        f"overlapping one of our terms: {agreed} ({agreed / checked:.1%})",
        "(Phoenix GOV covers every cabinet post, we list a few offices: disagreements are often "
        "other ministries)",
        *problems,
    ]
    (tmp_path / "phoenix_disagreements.txt").write_text("\n".join(report) + "\n", "utf-8")
    print("\n".join(report))  # the disagreement report is the point of this test
    assert checked > 200
    assert agreed / checked >= PHOENIX_FLOOR
