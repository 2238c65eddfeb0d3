"""The official FNC-1 score, with per-class F1 and the confusion matrix.

Scoring (as in the competition's ``scorer.py``): +0.25 for a pair whose gold and predicted labels
are both unrelated or both related; +0.75 more when a related pair gets exactly its label. The
relative score is the raw score over the best possible (every label right).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor.claims.data import LABELS, RELATED


@dataclass(frozen=True, slots=True)
class Report:
    raw: float
    max_raw: float
    relative: float  # percent
    f1: dict[str, float]  # per label
    macro_f1: float
    confusion: tuple[tuple[int, ...], ...]  # rows gold, columns predicted, in LABELS order
    accuracy: float
    pairs: int


def official_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """The competition's raw score."""
    score = 0.0
    for g, t in zip(gold, predicted, strict=True):
        if g == t:
            score += 0.25
            if g != "unrelated":
                score += 0.50
        if g in RELATED and t in RELATED:
            score += 0.25
    return score


def evaluate(gold: Sequence[str], predicted: Sequence[str]) -> Report:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    confusion = [[0] * len(LABELS) for _ in LABELS]
    for g, t in zip(gold, predicted, strict=True):
        confusion[LABELS.index(g)][LABELS.index(t)] += 1
    f1: dict[str, float] = {}
    for i, label in enumerate(LABELS):
        tp = confusion[i][i]
        predicted_n = sum(row[i] for row in confusion)
        gold_n = sum(confusion[i])
        f1[label] = 2 * tp / (predicted_n + gold_n) if predicted_n + gold_n else 0.0
    raw = official_score(gold, predicted)
    best = official_score(gold, gold)
    return Report(
        raw=raw,
        max_raw=best,
        relative=100.0 * raw / best if best else 0.0,
        f1=f1,
        macro_f1=sum(f1.values()) / len(LABELS),
        confusion=tuple(tuple(row) for row in confusion),
        accuracy=sum(confusion[i][i] for i in range(len(LABELS))) / len(gold) if gold else 0.0,
        pairs=len(gold),
    )


def as_dict(report: Report) -> dict[str, object]:
    return {
        "pairs": report.pairs,
        "relative_score": round(report.relative, 4),
        "raw_score": report.raw,
        "max_raw_score": report.max_raw,
        "accuracy": round(report.accuracy, 4),
        "f1": {k: round(v, 4) for k, v in report.f1.items()},
        "macro_f1": round(report.macro_f1, 4),
        "labels": list(LABELS),
        "confusion": [list(row) for row in report.confusion],
    }


def format_report(report: Report) -> str:
    """A readable table: confusion matrix (rows gold, columns predicted) with per-label F1."""
    width = max(len(label) for label in LABELS) + 2
    head = "gold \\ predicted".ljust(18) + "".join(label.rjust(width) for label in LABELS) + "F1".rjust(9)
    lines = [head, "-" * len(head)]
    for label, row in zip(LABELS, report.confusion, strict=True):
        cells = "".join(str(n).rjust(width) for n in row)
        lines.append(label.ljust(18) + cells + f"{report.f1[label]:9.3f}")
    lines += [
        "-" * len(head),
        f"pairs {report.pairs}   accuracy {report.accuracy:.3f}   macro F1 {report.macro_f1:.3f}",
        f"FNC-1 score {report.raw:.2f} of {report.max_raw:.2f}   relative score {report.relative:.2f} %",
    ]
    return "\n".join(lines)
