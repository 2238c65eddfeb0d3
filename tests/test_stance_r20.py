"""20th round stance rules (invented sentences)."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # company coming, of anyone: "won't be by himself"
        ("Rest assured, Danny won't be by herself out there.", "positive"),
        ("The detective won't be on his own next season.", "positive"),
        # a refusal to claim knowledge after "sit here and": doubt, not a "won't <verb>" no
        ("I'm not going to sit here and pretend I know what the plan is.", "uncertain"),
        # not giving a headline is not telling, no "no"
        ("Nobody knows yet. I'm not going to give you a headline tonight.", "uncertain"),
        # a plan denied in the present
        ("It's Frank's year. We're not doing a big crossover.", "negative"),
        # on the list: a plan kept
        ("We haven't set dates, but it's on our slate.", "positive"),
        # one door opened is doubt like "opens doors"
        ("The finale opens the door a little.", "uncertain"),
        # an invitation as the only condition leaves the speaker in
        ("If Marvel calls, I'm there, but I'm not sitting by the phone.", "positive"),
        # an open door kept, then waiting for the call given up: still open
        ("You never know. But I've stopped waiting for the call.", "uncertain"),
        # the call given up alone is still a no
        ("Honestly, I've stopped waiting for the call.", "negative"),
        # a condition on the story still weakens willingness
        ("If the script is right, I'm there. But I'm not sitting by the phone.", "uncertain"),
        # an invitation with its time ("if they asked me tomorrow") is still only the invitation
        ("If they asked me tomorrow I'd fly out tomorrow. It's not up to me, though.", "positive"),
        # taking the call is less than being in
        ("If they ring, I'll pick up. But I'm not sitting by the phone.", "uncertain"),
    ],
)
def test_twentieth_round(text: str, expected: str) -> None:
    assert stance_of(text) == expected
