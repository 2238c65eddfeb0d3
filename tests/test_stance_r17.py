"""Round 17 stance rules (the texts here are written for these tests): a let-down denied ("won't be
disappointed") is a promise; "nothing I'd like more than" is the strongest wish; "first in line" and a
costume fitting are a yes; "I won't pretend I know what …" is doubt, and what it does not claim to know
is not asserted; the "can't" of "can't wait" negates nothing; a denied end ("I don't think he'll be the
last one", "I don't think it's over") is a yes, and the "don't think" is then no "no" of its own; a pair
denied ("they don't bring her back and leave him out") keeps the first return; an elliptic denial ("X
got the call. I haven't.") says the yes that ends the clause before it again of the speaker, denied;
"As for …" turns to
another point like "but", and "As for whether …" names an open point like "Whether …"; a sentence goes
on past a dash with its contrast and its "whether"; "a conversation for another day" puts off what it
is said of (doubt only after a "whether"); "I can tell you …" ends a refusal to say before it."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a let-down denied is a promise, no refusal
        ("Anyone who wanted the old crew side by side won't be disappointed next spring.", "positive"),
        ("Trust me, you won't regret the wait.", "positive"),
        # the strongest wish ("nothing I'd like less" stays a no)
        ("Honestly, there is nothing I'd like more than another fight scene with Colleen.", "positive"),
        ("There's no one I'd rather work with than those three.", "positive"),
        # eager to be there, even under a condition
        ("If the Hand ever turn up in Chinatown again, I'll be first in line to throw a punch.", "positive"),
        # a step taken, after a refusal to say
        ("I can't say a thing, but I was in for a costume fitting on Tuesday.", "positive"),
        # no knowledge claimed: doubt, and what is not known is not asserted
        ("I'm not going to pretend I know what the producers are developing.", "uncertain"),
        ("I won't pretend to know what the network is planning for the autumn.", "uncertain"),
        # "can't wait" and "can hardly wait" negate nothing after them
        ("Can't wait to share the screen with Colleen again, partner.", "positive"),
        ("I can hardly wait to be back in that alley.", "positive"),
        # a denied end is a yes, and "I don't think" is no "no" of its own then
        ("I don't think he'll be the last one to walk back through that gate.", "positive"),
        ("I don't think it's over for those two, not by a long way.", "positive"),
        # a pair denied: the first return stands
        ("They don't bring Misty back and leave Colleen on the sidelines.", "positive"),
        # an elliptic denial of the yes before it: "not yet" (perfect) or "no"
        ("Trish got the call last week. I haven't.", "uncertain"),
        ("Colleen's coming back. I'm not.", "negative"),
        # ... only of a yes that ends its clause: here the denial is of the rest
        ("I'd love to tell you we planned it all. We didn't.", "positive"),
        # "As for …" opening a sentence turns to the point where the statement lands
        ("Jessica will turn up in the script eventually. As for Danny, I couldn't say.", "uncertain"),
        # ... and after a comma it starts a clause of its own
        ("Misty will turn up eventually, as for Danny, I couldn't say.", "uncertain"),
        # "As for whether …" names an open point, put off past the dash: doubt about whether
        (
            "Danny's back, As for whether the others join him — that's a question for another time.",
            "uncertain",
        ),
        ("Whether the studio wants all four — that's a conversation for another day.", "uncertain"),
        # a sentence after "But" is after "But" to its end, past a dash
        ("Luke shows up eventually, I'm sure of it. But the rest of them — nobody has called.", "uncertain"),
        # "I can tell you …" ends the refusal to say before it
        ("I can't tell you who's in it, I can tell you it's the closest we've been.", "positive"),
    ],
)
def test_round17_stance(text: str, expected: str) -> None:
    assert stance_of(text) == expected, assess_stance(text)


def test_a_put_off_of_anything_else_takes_no_stance() -> None:
    # "a conversation for another day" of itself puts off whatever was asked: no cue of its own
    assert stance_of("The lawsuit? That's a conversation for another day.") is None


def test_an_elliptic_denial_needs_a_yes_just_before_it() -> None:
    # after doubt, "I haven't" adds nothing; with no clause before, it is no cue at all
    assert assess_stance("Nobody knows. I haven't.").cues == ("nobody knows:uncertain",)
    assert stance_of("I haven't.") is None
