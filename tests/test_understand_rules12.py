"""The lead's rules of the twelfth round (the texts here are written for these tests): a refusal to
rule out in the past tense, "can't see it happening", "nothing is planned", "never on the table",
"everything is on the table", willingness said with "happily", and crossing paths or sharing the
screen as words of a return."""

from __future__ import annotations

import pytest

from monitor.understand.lexicon import RETURN
from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The studio chief didn't rule out a reunion.", "uncertain"),
        ("She hasn't ruled it out, and she has said so twice.", "uncertain"),
        ("I can't see it happening any time soon.", "negative"),
        ("Honestly, I couldn't see a reunion working now.", "negative"),
        ("Nothing is planned for the four of them.", "negative"),
        ("A second season was never really on the table.", "negative"),
        ("Everything's on the table right now.", "uncertain"),
        ("I'd happily pick up the sword again if they asked.", "positive"),
        ("The four of them would cross paths again, he said.", "positive"),
    ],
)
def test_stance_cues_of_round_twelve(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "I can't see a thing without my glasses.",
        "I couldn't see the stage from the back row.",
    ],
)
def test_not_seeing_something_is_no_prediction(text: str) -> None:
    assert stance_of(text) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The heroes would cross paths again.", True),
        ("They would share the screen again one day.", True),
        ("We crossed the road and shared a cab.", False),
    ],
)
def test_crossing_paths_and_sharing_the_screen_speak_of_a_return(text: str, found: bool) -> None:
    assert (RETURN.search(text) is not None) is found
