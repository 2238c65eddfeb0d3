"""Work kept ready for a return (round 22): ideas, scenes and scripts for another round are a yes.

"I've got a drawer full of ideas for a second round", "a notebook stuffed with scenes for those
four", "I have pitches for a third season": the speaker has the next round half made, and wants it
(a denial before it, "I don't have ideas for a second season", is a no by the negation rule).
"""

from __future__ import annotations

from monitor.types import Stance

_KEPT = r"(?:drawers?|notebooks?|folders?|files?|boxes?|binders?|hard drives?)"
_WORK = r"(?:ideas|scenes|stories|pitches|scripts|outlines|storylines|episodes|notes)"

PREPARATION_CUES: tuple[tuple[str, Stance, float], ...] = (
    # "a drawer full of ideas", "a notebook stuffed with scenes"
    (rf"{_KEPT} (?:full|stuffed|packed|crammed|filled) (?:of|with) (?:[\w']+ )?{_WORK}", "positive", 1.0),
    # "ideas for a second round", "pitches for another season"
    (
        rf"{_WORK} for (?:a |the )?(?:second|third|fourth|new|next|another) "
        r"(?:round|season|series|run|go|chapter|outing|instal?ment|team-up)",
        "positive",
        1.0,
    ),
)
