"""Stance toward the question, with negation, hedges and mixed cues."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I don't think we are doing it again.", "negative"),
        ("You never know.", "uncertain"),
        ("It's not in the plans right now, but you never know!", "uncertain"),  # documented decision
        ("If they want to do a Defenders 2, I'm in.", "positive"),
        ("I'd love to come back.", "positive"),
        ("I don't want to come back.", "negative"),
        ("Season 2 will not include a reunion.", "negative"),
        ("We are not bringing the Defenders back this season.", "negative"),
        ("I have no idea about Defenders.", "uncertain"),
        ("He did not know if a reunion was in the cards.", "uncertain"),
        ("I wouldn't rule it out.", "uncertain"),
        ("It's the role of my life, and I'm not done with it.", "positive"),
        ("Maybe. Can't say more than that.", "uncertain"),
        ("It's going to happen, maybe sooner than people think.", "positive"),
        ("There are no plans for a Defenders series.", "negative"),
        ("There are no current plans for a Defenders project.", "negative"),
        ("I'm not going to say never, but nobody has picked up the phone.", "uncertain"),
        ("Nobody from Marvel has called me.", "uncertain"),
        ("It's only the beginning.", "positive"),
        ("If Mike's back, then Jessica's coming too.", "positive"),
        ("The growth is coming from things we own.", None),
        ("They are very much in the mix, though nothing has been locked.", "uncertain"),
        ("Fans have not stopped campaigning for a Heroes for Hire series.", "positive"),
        ("Put me in the room with all four of them.", "positive"),
        # not telling is no answer, not a no
        ("It's alive at the studio. I won't say more than that.", "positive"),
        ("I can't tell you who's behind me.", "uncertain"),
        ("That chapter is behind me now.", "negative"),
        ("I put all that behind me.", "negative"),
        # doubt about when is weaker than doubt about whether
        ("I don't know when it will happen.", "positive"),
        ("I don't know if it will happen.", "uncertain"),
        ("Wouldn't it be cool to see them together again?", "positive"),
        (
            "I had a great time and I would even do it again. I don't think we are doing it again. "
            "It was never intentioned, but if I was given another opportunity, I would.",
            "negative",
        ),
    ],
)
def test_stance(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance


def test_no_cue_means_no_stance() -> None:
    assert stance_of("We filmed in the corridors and the driver was waiting for Finn.") is None
