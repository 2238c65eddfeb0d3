"""Cues of reported claims (monitor/understand/stance/claims.py, round 21), with invented sentences."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # being first back: eagerness, a yes (denied: a no)
        ("she would be the first one back if the old crew were ever brought together", "positive"),
        ("he said he'd be the first to return if the studio reassembled the squad", "positive"),
        ("I'd be the first person in the room, believe me.", "positive"),
        ("he wouldn't be the first to return, he said", "negative"),
        # plans: not on the slate or the radar is a no, a hedge in time keeps it a no on its own
        ('A team-up movie is "not on the slate right now," the producer said.', "negative"),
        ("There is nothing on our slate with the old crew.", "negative"),
        ("the sequel isn't on the studio's radar", "negative"),
        # an expectation denied in the present: a no
        ("Nobody has phoned, and at this point I'm not expecting them to.", "negative"),
        ("She isn't expecting a call from the network.", "negative"),
        # talks denied: nothing yet, doubt (no "no")
        ("there had been no formal talks with the network", "uncertain"),
        ("She is not in talks with the studio at this time.", "uncertain"),
        ("We haven't had any conversations about it.", "uncertain"),
        # talks under way: a yes
        ("we're having conversations about the rest of the gang", "positive"),
        ("The network is holding talks with the original cast.", "positive"),
        # a report denied: a no
        ('the executive said there is "nothing to that" report', "negative"),
        ("There's nothing to those rumours about a revival.", "negative"),
        # campaigning: a yes
        ("he would keep banging the drum for his co-stars to come back", "positive"),
        ("she had personally lobbied the network to bring the whole squad into the finale", "positive"),
        # eager for the call, said of anyone
        ("he would pick up on the first ring", "positive"),
        # the studio's fondness for the characters: a non-answer, and light beside a real answer
        ("the network loves those characters", "uncertain"),
        ("I love these characters and I'd come back tomorrow.", "positive"),
        # distance: a no
        ('a revival is "not as close as people want it to be"', "negative"),
        ("It's further off than fans think.", "negative"),
    ],
)
def test_claim_cues(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        # a schedule or calendar is timing, not plans: left to the general cues
        "Nothing is on the calendar.",
        # not a first return: a season, a time
        "It was the first season of the show.",
        # a surprise in the past is no expectation denied
        "I wasn't expecting the ending, it surprised me.",
    ],
)
def test_claim_cues_leave_alone(text: str) -> None:
    assert stance_of(text) is None


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Round 22: first of a named group back (more are coming)
        ("Karen is just the first of the old gang to return to the precinct.", "positive"),
        # contact about a return
        ("Both actors were approached about reprising the roles in the new series.", "positive"),
        # (not approached: doubt still)
        ("She has not been approached about it by anyone.", "uncertain"),
    ],
)
def test_round22_claim_cues(text: str, stance: str) -> None:
    assert stance_of(text) == stance
