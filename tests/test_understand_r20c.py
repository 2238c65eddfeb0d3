"""Twentieth round (helper c; the texts are written for these tests): a "that" right after a noun is
a relative pronoun, no pointer back to the story, and "the odd actor" is no one in particular."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST


def _extractor(text: str = "") -> _Extractor:
    return _Extractor(text, lexicon(WATCHLIST), "")


def test_a_relative_that_is_no_pointer_back_to_the_story() -> None:
    ex = _extractor()
    assert not ex._about_story(None, "he had landed a pike that his nephew would grill for supper")
    assert not ex._about_story(None, "the anecdote that she shared drew laughs from the hall")


def test_a_that_after_a_verb_or_alone_still_points_back() -> None:
    ex = _extractor()
    assert ex._about_story(None, "he would love that")
    assert ex._about_story(None, "the singer said that he would consider it")
    assert ex._about_story(None, "she thinks that could happen")


def test_the_odd_actor_is_no_one_in_particular() -> None:
    text = (
        "Mike Colter signed autographs for two hours on Saturday. Fans queued past the food court. "
        "“I would come back in a heartbeat,” the odd actor told the crowd."
    )
    assert [i.speaker for i in _extractor(text)._infos()] == [None]


def test_the_actor_still_stands_for_the_watchlist_actor() -> None:
    text = (
        "Mike Colter signed autographs for two hours on Saturday. Fans queued past the food court. "
        "“I would come back in a heartbeat,” the actor told the crowd."
    )
    assert [i.speaker for i in _extractor(text)._infos()] == ["Mike Colter"]


def test_the_team_is_a_word_of_the_story() -> None:
    # ("…, a remark that spread": with the relative "that" no pointer, the team names the story)
    assert _extractor()._about_story(None, "the old team was finished, a remark that upset many")
