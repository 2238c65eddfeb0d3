"""A belief that the event comes (round 22).

"I think it happens", "I bet it'll happen", "We're all waiting. I think it happens — maybe not next
year, but it happens": the speaker believes the event comes, a yes (2), however its time is hedged
("I don't think it happens" is a no by the negation rule; "if it happens" is no belief: the cue wants
a verb of belief before it).
"""

from __future__ import annotations

from monitor.types import Stance

BELIEF_CUES: tuple[tuple[str, Stance, float], ...] = (
    (
        r"(?:i|we) (?:really |honestly )?(?:think|believe|bet|reckon|know) (?:that )?(?:it|this|that) "
        r"(?:happens|will happen|'ll happen|is going to happen|is gonna happen)(?= *[.,;!?\u2014\u2013-]|$)",
        "positive",
        2.0,
    ),
)
