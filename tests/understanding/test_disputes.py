"""The article's statements overrule a word-overlap "agree" with a claim they contradict."""

from __future__ import annotations

import datetime as dt

from monitor.types import ClaimMatch, Stance, Statement
from monitor.understand.disputes import reconcile

NOT_PLANNED = "A Defenders reunion is not planned"


WANTS_BACK = "Krysten Ritter wants to return as Jessica Jones"


def said(*stances: Stance) -> tuple[Statement, ...]:
    return tuple(
        Statement("Krysten Ritter", f"words {i}", s, "quote", dt.date(2026, 11, 18), "S")
        for i, s in enumerate(stances)
    )


def test_positive_statements_dispute_a_negative_claim_the_model_called_agree() -> None:
    matches = (ClaimMatch(NOT_PLANNED, "agree", 0.62), ClaimMatch(WANTS_BACK, "discuss", 0.9))
    assert reconcile(matches, said("positive", "uncertain", "positive")) == (
        ClaimMatch(NOT_PLANNED, "disagree", 0.62),
        ClaimMatch(WANTS_BACK, "discuss", 0.9),
    )


def test_negative_statements_dispute_a_positive_claim() -> None:
    matches = (ClaimMatch(WANTS_BACK, "discuss", 0.7),)
    assert reconcile(matches, said("negative")) == (ClaimMatch(WANTS_BACK, "disagree", 0.7),)


def test_mixed_or_missing_statements_leave_the_model_alone() -> None:
    matches = (ClaimMatch(NOT_PLANNED, "agree", 0.62),)
    assert reconcile(matches, said("positive", "negative")) == matches
    assert reconcile(matches, said("uncertain")) == matches
    assert reconcile(matches, ()) == matches


def test_agreeing_statements_and_model_disagree_are_kept() -> None:
    assert reconcile((ClaimMatch(NOT_PLANNED, "agree", 0.8),), said("negative")) == (
        ClaimMatch(NOT_PLANNED, "agree", 0.8),
    )
    hoax = (ClaimMatch(WANTS_BACK, "disagree", 0.7),)
    assert reconcile(hoax, said("positive")) == hoax
