"""Relevance: topic terms, exclusion terms and people together; one word proves nothing."""

from __future__ import annotations

import pytest

from monitor.understand import analyse
from monitor.understand.relevance import assess
from tests.understand_fixtures import WATCHLIST


def relevant(title: str, text: str) -> bool:
    return assess(title, text, WATCHLIST).relevant


def test_a_story_about_the_team_is_kept_with_reasons() -> None:
    r = assess(
        "Krysten Ritter on a Defenders reunion", "The Jessica Jones star talked about Daredevil.", WATCHLIST
    )
    assert r.relevant
    assert any("Defenders" in reason for reason in r.reasons)
    assert any("Krysten Ritter" in reason for reason in r.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Defenders shine in 2-0 win",
            "Our defenders were superb, the coach said. The Defenders of the year.",
        ),
        ("Defenders struggle as Wings fall", "The NHL side's Defenders were caught out. Hockey is hard."),
        ("The quiet defenders of democracy", "They are the defenders of democracy, with crossover support."),
        (
            "Revisiting The Defenders (1961)",
            "The Defenders was a 1961 courtroom drama with a Daredevil-like lawyer.",
        ),
        ("Marvel Rivals adds Iron Fist skin", "The Iron Fist skin joins Luke Cage and the Defenders spray."),
        ("Krysten Ritter joins a new thriller", "Ritter, known for Jessica Jones, plays a sheriff."),
        ("Daredevil stuntman breaks record", "The Daredevil of Quebec jumped 115 metres."),
    ],
)
def test_decoys_are_not_relevant(title: str, text: str) -> None:
    assert not relevant(title, text)


def test_proper_noun_terms_respect_case_and_word_boundaries() -> None:
    assert not relevant("Team news", "the defenders and the daredevils were fine")
    assert relevant("Daredevil and Luke Cage", "Daredevil met Luke Cage.")


def test_aliases_and_surnames_count_as_people() -> None:
    r = assess("Defenders talk", "The Iron Fist star and Colter spoke about the Defenders.", WATCHLIST)
    reasons = " ".join(r.reasons)
    assert "Finn Jones" in reasons
    assert "Mike Colter" in reasons


def test_analyse_extracts_statements_only_from_relevant_articles() -> None:
    text = "“I don't think we'll see the Defenders again,” coach Mike Smith said of his back four."
    a = analyse("Defenders hold firm", text, WATCHLIST, published=None, source="x", url=None)
    assert not a.relevance.relevant
    assert a.statements == ()
