"""Whether it happens, left open (round 22).

"The studio will let the audience tell us whether a reunion happens", "the ratings decide if it goes
ahead", "we'll see whether the team reunites": the question is named mid-sentence and left to someone
or something else, doubt (a "Whether" opening a sentence is rule 3 of
:mod:`monitor.understand.stance`).
"""

from __future__ import annotations

from monitor.types import Stance

OPEN_QUESTION_CUES: tuple[tuple[str, Stance, float], ...] = (
    (
        r"(?:tell|tells|decide|decides|determine|determines|show|shows|see|know)(?: (?:us|me|them|you))? "
        r"(?:whether|if) (?:or not )?(?:a |the )?(?:[\w'-]+ ){0,4}?"
        r"(?:happens|will happen|goes ahead|reunites?)\b",
        "uncertain",
        1.0,
    ),
)
