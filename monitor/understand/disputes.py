"""Reconcile the learned claim relations with what the article's own statements say.

The FNC-1 model (:mod:`monitor.claims`) judges agreement mostly from shared words, so it can read
"the Defenders reunion is finally happening" as *agreeing* with the known claim "A Defenders
reunion is not planned". The core has better evidence when the article's statements are clear:
if every statement with a definite stance (positive or negative toward the question) takes the
same side, and a related claim's own wording takes the other side, the article disputes that claim.

Only "agree" and "discuss" are turned into "disagree" here; a "disagree" from the model (refutation
language such as "hoax", "debunked") is left alone, and so is anything without clear statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.types import ClaimMatch, Statement
from monitor.understand.stance import stance_of


def reconcile(matches: Sequence[ClaimMatch], statements: Sequence[Statement]) -> tuple[ClaimMatch, ...]:
    """``matches`` with "agree"/"discuss" turned into "disagree" where the statements contradict."""
    sides = {s.stance for s in statements if s.stance != "uncertain"}
    if len(sides) != 1:
        return tuple(matches)
    (article_side,) = sides
    out: list[ClaimMatch] = []
    for match in matches:
        claim_side = stance_of(match.claim)
        if match.relation in ("agree", "discuss") and claim_side not in (None, "uncertain", article_side):
            out.append(ClaimMatch(match.claim, "disagree", match.confidence))
        else:
            out.append(match)
    return tuple(out)
