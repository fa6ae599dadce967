"""`detente eval` wiring: a tiny gold set built in the test, scored through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli
from detente.eval import plover_gsr


def test_eval_scores_a_gold_set_and_prints_json(tmp_path: Path) -> None:
    records = [
        {
            "id": "T-1",
            "event": "SANCTION",
            "eventText": "imposed sanctions",
            "text": "Canada imposed sanctions on Belarus.",
            "source": [{"actorText": "Canada", "code": "CAN"}],
            "target": [{"actorText": "Belarus", "code": "BLR"}],
        },
        {
            "id": "T-2",
            "event": "DEMAND",
            "eventText": "urged",
            "text": "Germany urged Serbia to recognize Kosovo.",
            "source": [{"actorText": "Germany", "code": "DEU"}],
            "target": [{"actorText": "Serbia", "code": "SRB"}],
        },
    ]
    path = tmp_path / plover_gsr.GOLD_FILE
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(records), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["eval", "plover-gsr", "--shared", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.output)
    assert report["counts"]["sentences"] == 2
    assert report["metrics"]["event_accuracy"] == 1.0
    assert report["metrics"]["actor_country_f1"] == 1.0


def test_eval_rejects_an_unknown_set_with_the_known_names(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "nope", "--shared", str(tmp_path)])
    assert result.exit_code != 0
    assert "plover-gsr" in result.output
