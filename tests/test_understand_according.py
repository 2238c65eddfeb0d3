"""Reported claims with "according to X" in mid-sentence: the claim follows X, and a claim about the
truth of the clause before it ("that is no longer true") is that clause, reversed. Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

from monitor.types import Statement
from monitor.understand import extract_statements
from tests.understand_fixtures import WATCHLIST


def statements(text: str) -> list[Statement]:
    return list(extract_statements(text, WATCHLIST, published=dt.date(2026, 11, 18), source="S", url=None))


def test_no_longer_true_reverses_the_earlier_report() -> None:
    text = (
        "Marvel Studios has not commented on the Defenders.\n\n"
        "Earlier reports claimed a Defenders reunion was not planned, but according to Krysten Ritter, "
        "that is no longer true."
    )
    found = [(s.speaker, s.stance, s.text) for s in statements(text)]
    assert found == [("Krysten Ritter", "positive", "denies that a Defenders reunion was not planned")]


def test_mid_sentence_according_to_takes_the_clause_after_the_source() -> None:
    text = (
        "The cast met in New York last week, and according to Charlie Cox, the Defenders will not "
        "reunite on screen any time soon."
    )
    found = [(s.speaker, s.stance) for s in statements(text)]
    assert found == [("Charlie Cox", "negative")]
    assert "cast met" not in statements(text)[0].text


def test_not_true_reverses_a_positive_report() -> None:
    text = "Reports said the Defenders will reunite in 2027, but according to Charlie Cox, that is not true."
    assert [(s.speaker, s.stance) for s in statements(text)] == [("Charlie Cox", "negative")]
