"""Stance idioms (monitor/understand/stance/idioms.py, round 21), with invented sentences."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # doubt about "if", denied: a yes (only the time is open)
        ("Honestly, I don't think it's a question of if any more.", "positive"),
        ("It isn't a matter of whether anymore, for any of us.", "positive"),
        ("I don't believe it's a matter of if now, it's when.", "positive"),
        # not denied, it stays doubt
        ("For me it's a question of if, not when.", "uncertain"),
        # "It's when." on its own
        ("People keep asking me. It's when.", "positive"),
        # a place getting crowded: arrivals teased; a coy end keeps the tease's stance
        ("The neighbourhood is going to get a lot more crowded. That's all I'll say.", "positive"),
        ("Our little corner of the city is getting crowded.", "positive"),
        ("I'd love to. That's all I'll say.", "positive"),
        # a coy end with nothing before it stays doubt
        ("I had lunch with the cast. That's all I'm saying.", "uncertain"),
        # "possible" in a superlative or a measure is no hedge; refusing to spell it out is no "no"
        ("The city will feel busier, in the best possible way.", None),
        ("Things are getting crowded, in the best possible way. I won't spell it out for you.", "positive"),
        # a superlative's measure is an ability, no hedge
        ("It's the closest I could get to the real suit.", None),
        # a condition on quality with "only if": a reservation
        ("She said she would come back only if the story does right by her character.", "uncertain"),
        ("I'd return only if it feels right.", "uncertain"),
        # a condition on someone's being in is no reservation
        ("I'd do it only if Tomas is in.", "positive"),
        # the wink beside a flat no takes the no back
        ("No. Absolutely not, I couldn't possibly comment.", "uncertain"),
        # no refusal possible
        ("I'm swamped. But you don't say no to that crew.", "positive"),
        ("I've learned not to say no to anything.", "uncertain"),
        # a schedule held open
        ("Half the cast is keeping their schedules open.", "positive"),
    ],
)
def test_round21_cues(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance


def test_denied_if_doubt_spends_the_dont_think() -> None:
    # the "don't think" is spent on "a matter of if": the "when" after it is no hope it negates
    from monitor.understand.stance import assess_stance

    result = assess_stance("I don't think it's a matter of if anymore, it's when.")
    assert result.stance == "positive"
    assert result.scores["negative"] == 0.0


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Round 22: the promise asserted, the tease denied
        ("The director called the closing scene a promise, not a tease.", "positive"),
        # given up watching for news: doubt
        ("Honestly, I stopped checking my phone for that.", "uncertain"),
        # a non-answer
        ("That's not a question I can answer this week.", "uncertain"),
    ],
)
def test_round22_idioms(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance
