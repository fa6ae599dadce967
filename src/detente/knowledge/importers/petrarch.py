"""PETRARCH/TABARI dictionaries → our organisation (named actor) and agent rows.

`.actors`: a primary phrase (`REUVEN_RIVLIN_`), `+` synonyms on the following lines, and codes
in brackets, on the same line or on indented lines, optionally restricted in time:
`[ISRGOV 19990101-20130222]` (a range), `[ISRGOV >20140724]` (from), `[ISRGOV <20140724]`
(until), `[ISR]` (always). Dates are `YYYYMMDD` or `YYMMDD` (years up to 30 are 20YY).
Each code period becomes one row; the code's first three letters are the country (or IGO,
NGO…), the next three the sector.

`.agents`: `PHRASE {PLURALS} [~SEC]` lines; `!NAME! = A, B` lines define substitutions used
as `CATTLE!PERSON!`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.agents import Agent
from detente.knowledge.importers import ImportResult, read_text
from detente.knowledge.organisations import Organisation

_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")
_RESTRICTION = re.compile(r"^([<>]?)(\d{6,8})(?:-(\d{6,8}))?$")
_MACRO = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")


def parse_dictionary_date(text: str, where: str) -> date:
    """`YYYYMMDD` or `YYMMDD` → a date."""
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise KnowledgeError(
        f"{text!r} is not a dictionary date", where=where, hint="write YYYYMMDD or YYMMDD"
    )


_SMALL_WORDS = frozenset({"OF", "THE", "AND", "DE", "DU", "LA", "AL", "EL", "FOR", "IN", "BIN"})


def phrase_to_name(phrase: str) -> str:
    """`REUVEN_RIVLIN_` → `Reuven Rivlin`; a one-word acronym (`UN`) stays in capitals."""
    words = [w for w in phrase.strip().strip("_").split("_") if w]
    if len(words) == 1 and len(words[0]) <= 3:
        return words[0]
    return " ".join(
        w.lower() if w in _SMALL_WORDS and i else w.capitalize() for i, w in enumerate(words)
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def read_actors_dictionary(path: str | Path) -> ImportResult:
    path = Path(path)
    result = ImportResult(str(path))
    primary: str | None = None
    synonyms: list[str] = []
    codes: list[tuple[str, date | None, date | None]] = []
    first_line = 0

    def flush() -> None:
        if primary is None:
            return
        if not codes:
            result.skipped.append(f"{path}:{first_line}: {primary!r} has no code")
            return
        name = phrase_to_name(primary)
        aliases = tuple(dict.fromkeys(phrase_to_name(s) for s in synonyms if s.strip("_")))
        for n, (code, start, end) in enumerate(codes):
            country = code[:3] if len(code) >= 3 else None
            sector = code[3:6] if len(code) >= 6 else None
            result.organisations.append(
                Organisation(
                    id=f"{_slug(name)}-{n}",
                    name=name,
                    aliases=aliases,
                    country=country,
                    sector=sector,
                    kind="imported",
                    valid_from=start,
                    valid_to=end,
                    note=f"imported from {path.name}; code {code}",
                    where=f"{path}:{first_line}",
                )
            )

    for number, raw in enumerate(read_text(path).splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        where = f"{path}:{number}"
        stripped = line.strip()
        if stripped.startswith("+"):
            synonyms.append(stripped[1:].split("[", 1)[0].split(";", 1)[0].strip())
            continue
        if not line[0].isspace() and not stripped.startswith("["):
            flush()
            primary = stripped.split("[", 1)[0].split(";", 1)[0].strip()
            synonyms, codes, first_line = [], [], number
        for match in _CODE.finditer(stripped):
            code, restriction = match.group(1), (match.group(2) or "").strip()
            if code.startswith("~"):
                continue
            period = _RESTRICTION.match(restriction)
            if restriction and period is None:
                result.skipped.append(f"{where}: unreadable date restriction {restriction!r}")
                continue
            sign, first, second = period.groups() if period else (None, None, None)
            try:
                codes.append((code, *_period(sign, first, second, where)))
            except KnowledgeError as exc:
                result.skipped.append(f"{where}: {exc.message}")

    flush()
    return result


def _period(
    sign: str | None, first: str | None, second: str | None, where: str
) -> tuple[date | None, date | None]:
    if not first:
        return None, None
    day = parse_dictionary_date(first, where)
    if sign == ">":
        return day, None
    if sign == "<":
        return None, day
    return day, parse_dictionary_date(second, where) if second else None


def read_agents_dictionary(path: str | Path) -> ImportResult:
    path = Path(path)
    result = ImportResult(str(path))
    macros: dict[str, list[str]] = {}
    for number, raw in enumerate(read_text(path).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        macro = _MACRO.match(line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        code = re.search(r"\[~?([A-Z]{3})[A-Z]*\]", line)
        if code is None:
            result.skipped.append(f"{path}:{number}: no [~SECTOR] code")
            continue
        head = line[: code.start()]
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = _expand(head, macros)
        for group in plurals:
            forms.extend(w for p in group.split() for w in _expand(p, macros))
        for form in forms:
            phrase = form.replace("_", " ").strip().casefold()
            if phrase:
                result.agents.append(
                    Agent(phrase, code.group(1), "title", None, f"imported from {path.name}")
                )
    return result


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!([A-Z]+)!", phrase)
    if found is None:
        return [phrase]
    options = macros.get(found.group(1), [found.group(1)])
    out: list[str] = []
    for option in options:
        out.extend(_expand(phrase[: found.start()] + option + phrase[found.end() :], macros))
    return out
