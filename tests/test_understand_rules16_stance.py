"""Round 16 stance rules (the texts here are written for these tests): a denied "would not" is a yes
and what is not pretended is denied; "rather than" negates; a likelihood at its highest, the
superlative of nearness and progress counted are a yes; a refusal to say when takes the event for
granted; a refusal to say more, "who knows who else" and "I know no more than you" weigh little;
"that's all I'm saying about who else" leaves the open point open; a "Whether" opening names an open
point; "we'll know when we know", "the studio's call, not mine", "not sitting by the phone" and "I
won't tease you" are doubt; words stood by keep their weight; a reply in words of belief that opens an
answer weighs half; "not on my whiteboard" is a no; "want to get it right" is no wish to return."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied "would not" is a yes
        ("I'm delighted, and I won't pretend we wouldn't want the whole gang on set.", "positive"),
        # what is not pretended is denied; the pretending itself weighs nothing
        ("I'm not going to pretend the crossover is happening.", "negative"),
        ("I won't pretend, I'd love to go back.", "positive"),
        # "rather than" negates what follows: no one-off, so a yes
        ("The producer called the cameo an opening chapter rather than a one-off.", "positive"),
        # a likelihood at its highest is a yes; compared with a date it stays doubt
        ("I reckon a team-up is more likely than it has ever been.", "positive"),
        ("A team-up is more likely today than it was in 2019.", "uncertain"),
        # the superlative of nearness, ending its phrase
        ("We've had the meetings, and this is the closest we've been.", "positive"),
        # progress counted
        ("Three down, one to go, and I've learned not to count chickens.", "positive"),
        # a refusal to say when takes the event for granted
        ("Teams find their way back to each other, I'm not saying when.", "positive"),
        # a refusal to say more keeps what was said
        ("I'd love to go back, and I'm not saying any more.", "positive"),
        # doubt about who else takes the one named for granted
        ("Luke and Jessica aren't done, and who knows who else might wander in.", "positive"),
        # no inside knowledge is light doubt; a yes before it stands
        ("I'd love it. I don't know anything you don't.", "positive"),
        # the open point named and left open
        ("Danny's back, and that's all I'm saying about who else might show.", "uncertain"),
        # a "Whether" opening: what it asks is not asserted, and the doubt after it is about whether
        ("The door is open, Whether anybody comes through together is above my pay grade.", "uncertain"),
        (
            "I'd love a reunion, I really would. Whether it fits the story, we'll know when we know.",
            "uncertain",
        ),
        ("Whether the four of them are coming back, I couldn't tell you.", "uncertain"),
        # a concessive "Whether or not" is no open point
        ("Whether or not it's all four of them, I'd love it, I just don't know when.", "positive"),
        # who decides is doubt (light: a strong yes before it stands)
        ("Honestly, it's their call, not mine.", "uncertain"),
        ("That's the network's decision.", "uncertain"),
        ("I'd be shocked if we didn't see all of them, But it's the studio's decision.", "positive"),
        # not waiting by the phone, lighter than a yes after it
        ("If they rang tomorrow I'd answer, obviously. I'm just not sitting by the phone.", "uncertain"),
        ("I'm not waiting by the phone. But if it rings, I'll pick up.", "positive"),
        # refusing to tease is no answer, not a no
        ("Nobody has handed me pages. I will not tease you. I honestly do not know.", "uncertain"),
        # "isn't on my whiteboard" is a no
        ("My whole focus is this season, a team-up isn't on my whiteboard.", "negative"),
        # wanting to get the present show right is no wish to return
        ("Never say never, but this is her show, and we want to get that right first.", "uncertain"),
        # "want to watch" is a wish
        ("All of them in one building? That's the series I want to watch.", "positive"),
        # the chapter closed, with the apostrophe glued on; the book closing
        ("Honestly? I think that chapter's closed for good.", "negative"),
        ("This finale closes the book on them, and I'm fine with that.", "negative"),
        # a reply in words of belief opening an answer weighs half when more cues follow
        ("I don't think so, mate. If they asked me, I'd be there. I'd do it.", "positive"),
    ],
)
def test_round_16_cues(text: str, expected: str | None) -> None:
    assert stance_of(text) == expected


def test_words_stood_by_keep_their_weight() -> None:
    stood = assess_stance("I said it was closer than fans think, and I stand by that.")
    told = assess_stance("I said it was closer than fans think.")
    assert stood.scores["positive"] == 2 * told.scores["positive"]


def test_a_plain_coy_end_is_doubt_and_no_more() -> None:
    assert stance_of("That's all I'll say.") == "uncertain"
    assert stance_of("They are coming back. That's all I'll say.") == "positive"


def test_a_refusal_to_say_when_or_if_is_no_yes() -> None:
    assert stance_of("I can't tell you when or if.") == "uncertain"


def test_a_superlative_comparison_is_no_nearness() -> None:
    assert stance_of("That's the closest I've come to a stunt like that.") is None


def test_an_opening_whether_alone_takes_no_stance() -> None:
    assert stance_of("He thinks he deserves the city, Whether the city agrees, you'll have to watch.") is None


def test_kidding_is_a_way_of_speaking() -> None:
    assert stance_of("I won't kid you, I'd love to go back.") == "positive"
