"""`detente dyad TUR ISR --by month` on the demo articles, against a count made by hand.

The hand count reads the sample articles in src/detente/samples/articles (not the coder's
output): every TUR→ISR event that happened, by the month it happened in. A joint event
("Turkey and Israel agreed", "the Turkish president met the Israeli prime minister") is an
event of both directions.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "detente" / "samples" / "articles"

# month → (events, quad1, quad2, quad3, quad4)
HAND_COUNT: dict[str, tuple[int, int, int, int, int]] = {
    # 05-11 Turkey condemned Israel (quad 3); 05-16 Turkish protesters vs Israel (quad 4)
    "2021-05": (2, 0, 0, 1, 1),
    # 07-12 the presidents spoke by phone (joint)
    "2021-07": (1, 1, 0, 0, 0),
    # 11-09 police detained an Israeli couple (4); 11-18 Turkey released them (2)
    "2021-11": (2, 0, 1, 0, 1),
    # 01-19 the foreign ministers spoke by phone (joint)
    "2022-01": (1, 1, 0, 0, 0),
    # 02-17 a Turkish delegation visited Israel
    "2022-02": (1, 1, 0, 0, 0),
    # 04-15 Turkey criticised Israel (3); called on Israel to end the violence (3)
    "2022-04": (2, 0, 0, 2, 0),
    # 05-25 the Turkish foreign minister visited Israel
    "2022-05": (1, 1, 0, 0, 0),
    # 08-17 Turkey and Israel agreed to restore relations (joint)
    "2022-08": (1, 1, 0, 0, 0),
    # 09-20 the Turkish president met the Israeli prime minister
    "2022-09": (1, 1, 0, 0, 0),
    # 12-14 the Turkish ambassador met the Israeli president
    "2022-12": (1, 1, 0, 0, 0),
}


def test_demo_dyad_table_matches_the_hand_count(tmp_path: Path) -> None:
    db_path = str(tmp_path / "demo.duckdb")
    runner = CliRunner()
    ingest = runner.invoke(cli, ["ingest", str(SAMPLES), "--db", db_path, "--quiet"])
    assert ingest.exit_code == 0, ingest.output
    result = runner.invoke(
        cli, ["dyad", "TUR", "ISR", "--by", "month", "--db", db_path, "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    table = {
        r["period"]: tuple(int(r[k]) for k in ("events", "quad1", "quad2", "quad3", "quad4"))
        for r in rows
    }
    months = [f"{y}-{m:02d}" for y in (2021, 2022) for m in range(1, 13)]
    expected = {
        m: HAND_COUNT.get(m, (0, 0, 0, 0, 0)) for m in months if "2021-05" <= m <= "2022-12"
    }
    assert table == expected
