"""The official FNC-1 scorer against hand-computed examples."""

from __future__ import annotations

import pytest

from monitor.claims.score import as_dict, evaluate, format_report, official_score


def test_official_score_by_hand() -> None:
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree"]
    # 1.0 (exact related) + 0.25 (related, wrong label) + 0 + 0.25 (unrelated right) + 0
    assert official_score(gold, pred) == pytest.approx(1.5)
    report = evaluate(gold, pred)
    assert report.raw == pytest.approx(1.5)
    assert report.max_raw == pytest.approx(3.5)
    assert report.relative == pytest.approx(100 * 1.5 / 3.5)
    assert report.f1 == pytest.approx({"agree": 2 / 3, "disagree": 0.0, "discuss": 0.0, "unrelated": 0.5})
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.5) / 4)
    assert report.confusion == (
        (1, 0, 0, 0),
        (0, 0, 1, 0),
        (0, 0, 0, 1),
        (1, 0, 0, 1),
    )
    assert report.accuracy == pytest.approx(2 / 5)


def test_perfect_and_all_unrelated() -> None:
    gold = ["agree", "unrelated", "discuss", "unrelated"]
    assert evaluate(gold, gold).relative == pytest.approx(100.0)
    # the "everything unrelated" baseline scores only the unrelated pairs: 0.5 of 2.5
    assert evaluate(gold, ["unrelated"] * 4).relative == pytest.approx(20.0)


def test_report_forms() -> None:
    report = evaluate(["agree", "unrelated"], ["agree", "discuss"])
    table = format_report(report)
    assert "FNC-1 score 1.00 of 1.25   relative score 80.00 %" in table
    data = as_dict(report)
    assert data["confusion"] == [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]]


def test_length_mismatch() -> None:
    with pytest.raises(ValueError, match="1 gold labels but 2"):
        evaluate(["agree"], ["agree", "agree"])
