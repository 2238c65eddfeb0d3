"""Stock openers of an answer (round 22): "Never say never." said first, as a sentence of its own.

"Never say never. If they called tomorrow, I'd go back": the stock phrase opens the answer and the
speaker's own word after it ("I'd go back", "I'm in", "we'll be there") says where the speaker
stands, as a bare yes or no opening an answer does (rule 5 of :mod:`monitor.understand.stance`): the
hedge weighs half when cues follow. Not when the next clause turns against it ("Never say never, but
I'm not holding my breath": the hedge is the point conceded, and the doubt it weighs stays whole),
nor when no word of the speaker's own follows ("Never say never. The door is open.": the studio's
line, a hedge and a door, stays doubt).
"""

from __future__ import annotations

import re

_STOCK_HEDGE = re.compile(
    r"\s*(?:(?:well|look|hey|honestly|and|oh),?\s+)?(?:i'?d |i would |i )?never say never"
    r"(?:,?\s+(?:right|though|you know|man|mate|guys|folks))?[\s,!.]*",
    re.IGNORECASE,
)
# the speaker's own word: "I'd", "I'm", "we'll", "I would", "I want"
_OWN_WORD = re.compile(r"\b(?:i|we)(?:'d|'m|'ll|'re| would| will| am| are| want)\b", re.IGNORECASE)


def hedge_opens(split: list[tuple[str, bool, bool, bool]]) -> bool:
    """Does the first clause of ``split`` (see ``_split``) hold only a stock hedge ("Never say
    never.") that clauses not turning against it, with a word of the speaker's own, follow?"""
    return (
        len(split) > 1
        and not split[1][1]
        and _STOCK_HEDGE.fullmatch(split[0][0]) is not None
        and any(_OWN_WORD.search(clause) for clause, _, _, _ in split[1:])
    )
