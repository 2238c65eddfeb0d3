"""`monitor stance-eval` on tiny made-up FNC-1 files written by the test."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import monitor.claims
from monitor.cli import cli

BODIES = [
    ["Body ID", "articleBody"],
    [
        "1",
        "Officials confirmed on Monday that a glass bridge will open over the Zorvan gorge next spring.\n"
        "The regional council said the bridge, 300 metres long, has been approved and funded.",
    ],
    [
        "2",
        "A viral photo of a purple tiger in Norway is a hoax, wildlife experts said.\n"
        "The image was digitally altered; no such animal exists.",
    ],
]
STANCES = [
    ["Headline", "Body ID", "Stance"],
    ["Glass bridge to open over Zorvan gorge", "1", "agree"],
    ["Purple tiger spotted in Norway", "1", "unrelated"],
    ["Purple tiger spotted in Norway", "2", "disagree"],
    ["Glass bridge to open over Zorvan gorge", "2", "unrelated"],
]


@pytest.fixture(autouse=True)
def _torch_free_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests score the torch-free default, whether or not the embedding extra is usable."""
    monkeypatch.setenv("MONITOR_EMBEDDINGS", "off")
    monkeypatch.setattr(monitor.claims, "_model", None)


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["stance-eval", *args])
    return result.exit_code, result.output


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path / "bodies.csv", BODIES), _write(tmp_path / "stances.csv", STANCES)


def test_table(files: tuple[Path, Path]) -> None:
    code, out = _run("--bodies", str(files[0]), "--stances", str(files[1]))
    assert code == 0, out
    assert "gold \\ predicted" in out
    for label in ("agree", "disagree", "discuss", "unrelated", "macro F1", "relative score"):
        assert label in out
    assert "of 2.50" in out  # best possible: 1 + 1 for the related pairs, 0.25 + 0.25 unrelated


def test_json(files: tuple[Path, Path]) -> None:
    code, out = _run("--bodies", str(files[0]), "--stances", str(files[1]), "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["pairs"] == 4
    assert data["max_raw_score"] == pytest.approx(2.5)
    assert data["relative_score"] == pytest.approx(100 * data["raw_score"] / 2.5)
    assert [sum(row) for row in data["confusion"]] == [1, 1, 0, 2]  # gold agree, disagree, -, unrelated
    assert set(data["f1"]) == {"agree", "disagree", "discuss", "unrelated"}


def test_predictions_for_unlabelled_file(files: tuple[Path, Path], tmp_path: Path) -> None:
    unlabelled = _write(tmp_path / "test.csv", [row[:2] for row in STANCES])
    out_csv = tmp_path / "pred.csv"
    code, out = _run("--bodies", str(files[0]), "--stances", str(unlabelled), "--predictions", str(out_csv))
    assert code == 0, out
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 4
    assert {r["Stance"] for r in rows} <= {"agree", "disagree", "discuss", "unrelated"}
    assert "nothing is scored" in out


def test_missing_file(files: tuple[Path, Path], tmp_path: Path) -> None:
    code, out = _run("--bodies", str(tmp_path / "nope.csv"), "--stances", str(files[1]))
    assert code == 1
    assert "nope.csv: no such file" in out


def test_wrong_columns(files: tuple[Path, Path], tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.csv", [["Title", "Body ID", "Stance"], ["x", "1", "agree"]])
    code, out = _run("--bodies", str(files[0]), "--stances", str(bad))
    assert code == 1
    assert "bad.csv, line 1: missing column(s) 'Headline'" in out
    assert "Headline,Body ID,Stance" in out  # the fix: the header to use


def test_unlabelled_without_predictions(files: tuple[Path, Path], tmp_path: Path) -> None:
    unlabelled = _write(tmp_path / "test.csv", [row[:2] for row in STANCES])
    code, out = _run("--bodies", str(files[0]), "--stances", str(unlabelled))
    assert code == 1
    assert "missing column(s) 'Stance'" in out


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["Claim", "9", "agree"], "line 3: Body ID 9 is not in the bodies file"),
        (["Claim", "one", "agree"], "line 3: Body ID 'one' is not a whole number"),
        (["Claim", "1", "supports"], "line 3: Stance 'supports' is not one of agree, disagree"),
    ],
)
def test_bad_rows_name_the_line(
    files: tuple[Path, Path], tmp_path: Path, row: list[str], message: str
) -> None:
    bad = _write(tmp_path / "bad.csv", [*STANCES[:2], row])
    code, out = _run("--bodies", str(files[0]), "--stances", str(bad))
    assert code == 1
    assert f"bad.csv, {message}" in out


def test_multiline_bodies_keep_line_numbers(tmp_path: Path) -> None:
    bodies = _write(tmp_path / "b.csv", [*BODIES, ["x", "text"]])
    code, out = _run("--bodies", str(bodies), "--stances", str(_write(tmp_path / "s.csv", STANCES)))
    assert code == 1
    assert "b.csv, line 6: Body ID 'x'" in out  # bodies 1 and 2 span two lines each


def test_missing_model_folder(files: tuple[Path, Path], tmp_path: Path) -> None:
    code, out = _run("--bodies", str(files[0]), "--stances", str(files[1]), "--model", str(tmp_path))
    assert code == 1
    assert "stance_model.npz is missing" in out
    assert "python -m monitor.claims.train" in out
