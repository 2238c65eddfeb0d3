"""The training script end to end on tiny made-up FNC-1 files (the real run takes minutes)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from monitor.claims.model import StanceModel
from monitor.claims.train import main

TONE = {
    "agree": "Officials confirmed it on Monday and the report is true.",
    "disagree": "Police said the story is a hoax and the photo was fake.",
    "discuss": "The claim could not be verified and it is unclear whether it is true, reportedly.",
}


def _write_fnc(folder: Path, topics: int = 12) -> None:
    rng = random.Random(5)
    bodies: list[list[str]] = [["Body ID", "articleBody"]]
    stances: list[list[str]] = [["Headline", "Body ID", "Stance"]]
    for t in range(topics):
        words = [f"topic{t}word{k}" for k in range(6)]
        claims = [" ".join(rng.sample(words, 4)) for _ in range(2)]
        for b, label in enumerate(("agree", "disagree", "discuss")):
            body_id = 10 * t + b
            text = f"{' '.join(words)} happened. {TONE[label]} Witnesses talked about {words[0]}."
            bodies.append([str(body_id), text])
            for claim in claims:
                stances.append([claim, str(body_id), label])
                stances.append([claim, str(10 * ((t + 3) % topics) + b), "unrelated"])
    for name, rows in (("train_bodies.csv", bodies), ("train_stances.csv", stances)):
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)


def test_train_writes_a_loadable_artefact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_fnc(tmp_path)
    out = tmp_path / "model"
    dev = tmp_path / "dev"
    assert (
        main(["--data", str(tmp_path), "--out", str(out), "--write-dev", str(dev), "--dev-fraction", "0.3"])
        == 0
    )
    printed = capsys.readouterr().out
    assert "relative score" in printed
    assert "crossing pairs dropped" in printed
    model = StanceModel.load(out)
    assert model.meta["trained_on"] == "all pairs"
    assert (dev / "dev_stances.csv").is_file()
    probabilities = model.predict(
        model.prepare("topic1word1 topic1word2 happened."), ["topic1word1 topic1word2"]
    )
    assert probabilities.shape == (1, 4)


def test_train_reports_missing_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "--out", str(tmp_path / "model")]) == 1
    assert "train_bodies.csv: no such file" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()
