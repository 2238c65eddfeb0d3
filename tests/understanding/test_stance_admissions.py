"""Round 22 stance cues, with invented sentences: frank admissions (stance/admissions.py), work kept
ready for a return (stance/preparations.py), a belief that the event comes (stance/beliefs.py), a
stock hedge opening an answer (stance/openers.py), whether it happens left open
(stance/open_questions.py), "fingers crossed" and a refusal to promise from
the stage (stance/cues.py)."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a belief in a yes owned up to not holding: the yes after it is denied
        ("I'd be lying if I said I thought the whole gang would be back on screen next spring.", "negative"),
        ("We'd be lying if we told you we believed they'd return.", "negative"),
        # a denied "no" after it is still a yes
        ("I'd be lying if I said I thought they weren't coming back.", "positive"),
        # no way seen
        ("With the studio sold, I honestly don't see how it happens now.", "negative"),
        ("I can't see how that would work.", "negative"),
        # bad news owned beside a refusal; beside "heard nothing" the doubt stands
        ("I'm not filming anything with them, and nobody has called me. Wish I had better news.", "negative"),
        ("I've heard nothing at all. I wish I had better news for you.", "uncertain"),
        # kept in the dark, a hope after it (the doubt stands)
        ("We were told nothing about the sequel.", "uncertain"),
        ("I've been told nothing about the rest of the team. Fingers crossed, though.", "uncertain"),
        # a refusal to promise from the stage is no answer, not a no
        ("I'm not going to stand up there and promise you a reunion.", "uncertain"),
        # work kept ready for another round
        ("I have a notebook stuffed with scenes for those three.", "positive"),
        ("She has pitches for another season already.", "positive"),
        ("I don't have any ideas for a second season.", "negative"),
        # a belief that the event comes, its time hedged
        ("We're all waiting. I think it happens - maybe not next year, but it happens.", "positive"),
        ("I bet it'll happen.", "positive"),
        # whether it happens, left open to someone else
        ("The network will let the viewers decide whether the spin-off happens.", "uncertain"),
        ("Box office will show us if the crossover goes ahead.", "uncertain"),
        # a stock hedge opening an answer weighs half when a yes follows
        ("Never say never. If the studio rang tomorrow, I'd go back.", "positive"),
        # nor when no word of the speaker's own follows (a hedge and a door: the studio's line)
        ("Never say never, folks. The door's open.", "uncertain"),
        # not when the next clause turns against it
        ("Never say never, but I'm not holding my breath.", "uncertain"),
        # on its own it stays doubt
        ("With this crew, I never say never.", "uncertain"),
    ],
)
def test_round22_cues(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance
