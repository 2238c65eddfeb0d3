"""The stance rules of the thirteenth round (the texts here are written for these tests): caution is no
"no" ("I'm not going to get ahead of myself", "I'm not going to sit by the phone", "I wouldn't circle
any dates"), a hedge on a promise is no answer ("a signal, not a commitment"), and what would be the
best or worst thing to do takes a side."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I'm not going to get ahead of myself here.", "uncertain"),
        ("We don't want to get ahead of ourselves, honestly.", "uncertain"),
        ("I'm not going to sit by the phone waiting for it.", "uncertain"),
        ("I won't sit around waiting, put it that way.", "uncertain"),
        ("It's a signal, not a commitment.", "uncertain"),
        ("I wouldn't circle any dates yet.", "uncertain"),
        ("The worst thing the studio could do now is drag them all back for a nostalgia lap.", "negative"),
        ("The best thing they could do is bring the four of them back.", "positive"),
        ("If it was going to happen, it would have happened by now.", "negative"),
        ("I've stopped expecting the call, to be honest.", "negative"),
        ("I'd be surprised if we got through the season without bumping into one of them.", "positive"),
        ("The lawyer's ready whenever they are.", "positive"),
        ("Bringing those heroes together is a priority for us.", "positive"),
        ("This is not the last time you see them in the same room.", "positive"),
        ("We need all four back.", "positive"),
        ("Leave it alone. Those shows ended the way they ended.", "negative"),
    ],
)
def test_stance_cues_of_round_thirteen(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_a_plain_refusal_is_still_a_no() -> None:
    assert stance_of("I'm not going to do it again.") == "negative"
    assert stance_of("We won't be bringing them back.") == "negative"
