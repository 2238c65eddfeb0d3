"""Recall, 20th round (the texts here are written for these tests): a cueless answer to a question
the writer reports putting just before it, about a return, is an uncertain statement; bringing
someone home and putting them back in one room are words of a return, for an article's sense."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.relevance.sense import _in_question_sense
from tests.understand_fixtures import WATCHLIST, who

PRESS_LINE = (
    "The panel ended with a look at the slate for next spring.\n\n"
    "At the press line, {lead} \u201cThe scripts are in good shape. The crew is terrific,\u201d "
    "Scardapane said with a grin."
)


def test_a_cueless_answer_to_a_reported_question_about_a_return_is_uncertain() -> None:
    lead = "we asked Scardapane whether Born Again means a return for Luke Cage."
    assert who(PRESS_LINE.format(lead=lead)) == [("Dario Scardapane", "uncertain")]


def test_a_reported_question_about_something_else_leaves_the_answer_out() -> None:
    lead = "we asked Scardapane whether Born Again had gone over budget."
    assert who(PRESS_LINE.format(lead=lead)) == []


def test_bringing_the_heroes_home_is_a_return() -> None:
    lex = lexicon(WATCHLIST)
    assert _in_question_sense(lex, "Opinion: Bring the Defenders Home", "A column.")
    assert _in_question_sense(lex, "Opinion", "Just put the four of them back in a room and film it.")


def test_bringing_an_award_home_is_no_return() -> None:
    lex = lexicon(WATCHLIST)
    assert not _in_question_sense(
        lex, "Opinion", "The Daredevil crew brought home an award. Bring it home, Matt."
    )
