"""GDELT-style CSV: the GDELT 2.0 event-table columns, one row per dyad.

An event with two actors and one recipient gives two rows (Actor1 × Actor2), as GDELT and
CAMEO-based tools expect; a joint event of several countries' actors without a recipient
("Turkey and Israel agreed") pairs the actors both ways; any other event without recipients
gives one row per actor with Actor2 empty. `GLOBALEVENTID` is the detente event id with the
dyad's number (`…-0`, `…-1`).
`SQLDATE` is the first day the event's date covers (see `DatePrecision` for a month or a
year). CAMEO codes are strings with their leading zeros; detente's own columns (PLOVER event and
mode, date precision, status) follow the GDELT ones.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.time.ranges import date_range

if TYPE_CHECKING:
    import duckdb

    from detente.export import ExportSummary

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
    "DetenteEventId",
    "PloverEvent",
    "PloverMode",
    "PloverScore",
    "DatePrecision",
    "Status",
    "Historical",
)


def dyad_pairs(event: dict[str, Any]) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """Actor × recipient pairs, one per distinct (country, sector, name) on each side."""
    actors = _distinct(event.get("actors") or [])
    recipients = _distinct(event.get("recipients") or [])
    if not actors and not recipients:
        return [(None, None)]
    if not recipients:
        countries = {a.get("country") for a in actors}
        if len(actors) > 1 and len(countries) > 1:  # a joint event: the actors pair up
            return [(a, b) for a in actors for b in actors if a.get("country") != b.get("country")]
        return [(a, None) for a in actors]
    if not actors:
        return [(None, r) for r in recipients]
    return [(a, r) for a in actors for r in recipients]


def gdelt_rows(event: dict[str, Any]) -> list[dict[str, Any]]:
    start, _ = date_range(event.get("date"), event.get("date_precision"))
    location = event.get("location") or {}
    cameo = event.get("cameo") or ""
    rows = []
    for number, (a, r) in enumerate(dyad_pairs(event)):
        row: dict[str, Any] = {
            "GLOBALEVENTID": f"{event['id']}-{number}",
            "SQLDATE": start.strftime("%Y%m%d") if start else "",
            "MonthYear": start.strftime("%Y%m") if start else "",
            "Year": start.strftime("%Y") if start else "",
            "FractionDate": (
                f"{start.year + (start.timetuple().tm_yday - 1) / 365:.4f}" if start else ""
            ),
            "IsRootEvent": "1" if event.get("evidence", {}).get("sentence_index") == 0 else "0",
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": _text(event.get("quad")),
            "GoldsteinScale": _text(event.get("goldstein")),
            "NumMentions": _text(event.get("n_mentions")),
            "NumSources": _text(event.get("n_articles")),
            "NumArticles": _text(event.get("n_articles")),
            "ActionGeo_Type": _text(location.get("feature")),
            "ActionGeo_FullName": _text(location.get("name")),
            "ActionGeo_CountryCode": _text(location.get("country")),
            "ActionGeo_Lat": _text(location.get("lat")),
            "ActionGeo_Long": _text(location.get("lon")),
            "ActionGeo_FeatureID": _text(location.get("geonameid")),
            "DATEADDED": (event.get("published") or "").replace("-", ""),
            "SOURCEURL": "",
            "DetenteEventId": event["id"],
            "PloverEvent": event["event"],
            "PloverMode": _text(event.get("mode")),
            "PloverScore": _text(event.get("plover_score")),
            "DatePrecision": _text(event.get("date_precision")),
            "Status": _text(event.get("status")),
            "Historical": "1" if event.get("historical") else "0",
        }
        for side, actor in (("Actor1", a), ("Actor2", r)):
            country = (actor or {}).get("country") or ""
            sector = (actor or {}).get("sector") or ""
            row[f"{side}Code"] = country + sector
            row[f"{side}Name"] = (actor or {}).get("name") or (actor or {}).get("text") or ""
            row[f"{side}CountryCode"] = country
            row[f"{side}Type1Code"] = sector
        rows.append(row)
    return rows


def write_gdelt_csv(
    conn: duckdb.DuckDBPyConnection, events: Iterator[dict[str, Any]], path: Path
) -> ExportSummary:
    from detente.export import ExportSummary

    summary = ExportSummary("gdelt-csv", str(path), files=[str(path)])
    path.parent.mkdir(parents=True, exist_ok=True)
    urls = dict(conn.execute("SELECT id, url FROM articles WHERE url IS NOT NULL").fetchall())
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(
            out, fieldnames=GDELT_COLUMNS, quoting=csv.QUOTE_ALL, lineterminator="\r\n"
        )
        writer.writeheader()
        for event in events:
            for row in gdelt_rows(event):
                row["SOURCEURL"] = urls.get(event.get("article_id"), "") or ""
                writer.writerow(row)
                summary.n_rows += 1
            summary.n_events += 1
    return summary


def read_gdelt_csv(path: str | Path) -> list[dict[str, str]]:
    with Path(path).open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


def _distinct(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for a in actors:
        key = (a.get("country"), a.get("sector"), a.get("name"))
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _text(value: Any) -> str:
    return "" if value is None else str(value)
