"""Round 12 stance and relevance rules (the texts here are written for these tests). Stance: ways of
speaking ("not going to lie") and measures ("as many as we could") weigh nothing, someone else's
claim ("anybody telling you it's happening") is not the speaker's, lost confidence and "not sure"
govern what they doubt, a caution against reading a yes ("don't read X into Y") and "never say no
to anything" are no yes, a refused end ("not ready to call it"), a denied denial ("not going to
pretend it doesn't"), an end believed once ("I thought I was done"), "I think so" and "a good
feeling" are a yes, "not building toward it, at least not yet" is a hedged no, "the moment passed"
is a no, "I'm in a cupboard" is a place, an opening bare "no" answers the interviewer, and a
sentence that opens with "But" is a contrast. Relevance: a short line between a topic paragraph
and a statement only leads in to it."""

from __future__ import annotations

import pytest

from monitor.understand.relevance import assess
from monitor.understand.stance import stance_of
from tests.understand_fixtures import WATCHLIST


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a way of speaking is no "no"
        ("I'm not going to lie, I'd love to go back.", "positive"),
        # someone else's claim is not the speaker's
        ("I haven't heard a thing. So anybody telling you it's happening is guessing.", "uncertain"),
        ("Every spring somebody tells me it's coming back.", None),
        # past unawareness is no doubt
        ("I did stunts I didn't know I could do, and I'd go back in a heartbeat.", "positive"),
        # lost confidence governs what it doubts
        ("I'm less sure than I was that the four of them will ever reunite.", "uncertain"),
        ("I'm not sure it's going to happen.", "uncertain"),
        # a caution against reading a yes
        ("Please don't read the team is coming into a single cameo.", "uncertain"),
        ("It's not in development right now, but I've learned never to say no to anything.", "uncertain"),
        # a refused end, company coming, a denied denial
        ("Boats return to harbour. I'm not ready to call it.", "positive"),
        ("I can't tell you who. But I'm not going to be lonely.", "positive"),
        ("It does, and I'm not going to pretend it doesn't.", "positive"),
        # no promise is no answer
        ("I'm not going to promise anything about the finale.", "uncertain"),
        # a course set, denied and hedged once
        ("We are not building toward a team-up, at least not yet.", "negative"),
        ("We're building toward something bigger.", "positive"),
        # "I'm in" ends its phrase
        ("I'm in a cupboard, hiding from the kids.", None),
        ("If the script works, I'm in.", "positive"),
        # an answer's yes, a good feeling, a wish for all of them
        ("I think so. I really do.", "positive"),
        ("Honestly, I've got a good feeling about it.", "positive"),
        ("I want all three of them in one frame.", "positive"),
        # too late
        ("I don't dwell on it. I think the moment passed.", "negative"),
        # a door never closed is no door shut, and no yes
        ("We never close a door on anyone.", "uncertain"),
        # an end believed once
        ("I really did think I was done. Then I watched the new season.", "positive"),
        # an opening bare "no" answers the interviewer's words
        ("Absolutely not. No, look, I'd love to be back with them.", "positive"),
        # a sentence that opens with "But" is a contrast
        (
            "We never close a door on them. They're ours now, officially. But I won't announce anything.",
            "uncertain",
        ),
        # measures and denied conditions weigh nothing
        ("Of the promises we made, we kept as many as we could.", None),
        ("There's plenty for fans in there, but nothing depends on it.", None),
        # a comparison of likelihoods and a limit are hedges
        ("It's more likely now than it was five years ago.", "uncertain"),
        ("That's as far as I'll go.", "uncertain"),
        # caution about hope
        ("I'm not going to get my hopes up over a rumour.", "uncertain"),
    ],
)
def test_round_12_cues(text: str, expected: str | None) -> None:
    assert stance_of(text) == expected


TOPIC = (
    "Sooner or later the talk turned to Jessica Jones and to the fan campaign for a Defenders "
    "reunion that has grown louder since Daredevil: Born Again arrived."
)
QUOTE = "\u201cHonestly? I don't think it's going to happen. We had our run,\u201d Ritter said."
OPENING = (
    "Krysten Ritter has a new short film, a toddler and a novel on the go, and she talked about all "
    "three with the host of a podcast this week, at length and with good humour."
)


def test_a_short_line_between_the_topic_and_the_statement_leads_in_to_it() -> None:
    title = "Krysten Ritter on Directing, Parenting and Patience"
    text = "\n\n".join([OPENING, TOPIC, "She didn't dodge it.", QUOTE])
    assert assess(title, text, WATCHLIST).relevant
    # a full paragraph between them is another subject, and the mention stays a passing one
    other = "She also talked for a while about her garden, her dog, the weather in Ohio and her new car."
    assert not assess(title, "\n\n".join([OPENING, TOPIC, other, QUOTE]), WATCHLIST).relevant
