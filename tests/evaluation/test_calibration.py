"""The confidence calibration: measured on the dev part, written as data, read back."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from io import StringIO
from types import SimpleNamespace

import pytest
from rich.console import Console

from verify.check.confidence import CALIBRATION, MEASURED, calibration_json, read_calibration
from verify.evaluation.dev import DevSet, calibration, calibration_table, dev_set, write_calibration
from verify.evaluation.verdicts import Pair, evaluate
from verify.match import Encoder


def _pair(kind: str, gold: str, tool: str) -> Pair:
    claim = SimpleNamespace(kind=kind) if tool != "missed" else None
    return Pair("a.txt", {"verdict": gold, "kind": kind}, tool, {}, claim)


PAIRS = [
    _pair("quote", "supported", "supported"),
    _pair("quote", "misquoted", "supported"),
    _pair("quote", "supported", "supported"),
    _pair("rating", "supported", "contradicted"),
    _pair("rating", "supported", "missed"),
]


def test_the_calibration_counts_what_the_tool_said_and_how_often_gold_agreed():
    assert calibration(PAIRS) == {
        ("quote", "supported"): (3, pytest.approx(2 / 3)),
        ("rating", "contradicted"): (1, 0.0),
    }


def test_the_calibration_file_round_trips_to_two_places():
    measured = calibration(PAIRS)
    back = read_calibration(calibration_json(measured))
    assert back == {key: (n, round(share, 2)) for key, (n, share) in measured.items()}
    assert calibration_json(back) == calibration_json(measured)


def test_confidences_read_the_shipped_file_as_the_writer_wrote_it():
    text = files("verify.check").joinpath(CALIBRATION).read_text(encoding="utf-8")
    assert read_calibration(text) == MEASURED
    assert calibration_json(MEASURED) == text
    assert all(n >= 1 and 0 <= share <= 1 for n, share in MEASURED.values())


@dataclass(frozen=True)
class _FirstArticles(DevSet):
    """The first few articles of the dev part: enough to run the calibration end to end."""

    def files(self):
        return super().files()[:3]


@pytest.mark.shared
@pytest.mark.slow
def test_calibrate_writes_the_dev_calibration_table(shared, settings, tmp_path):
    """What ``--calibrate`` writes is what the calibration table prints, row for row."""
    gold_set = _FirstArticles(**vars(dev_set(shared, "dev")))
    pairs, _ = evaluate(gold_set, settings, Encoder(settings))
    out = tmp_path / "calibration.json"
    write_calibration(pairs, Console(file=StringIO()), out)
    written = read_calibration(out.read_text(encoding="utf-8"))
    console = Console(record=True, width=200)
    console.print(calibration_table(pairs, "three articles"))
    rows = [
        [cell.strip() for cell in line.split("│")[1:-1]]
        for line in console.export_text().splitlines()
    ]
    printed = {
        (kind, verdict): (int(n), float(agrees))
        for kind, verdict, n, agrees, _ in (
            row for row in rows if len(row) == 5 and row[2].isdigit()
        )
    }
    assert written and written == printed
