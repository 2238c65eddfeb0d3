"""The claim matcher a real poll cycle uses: the learned stance model, or none if it is unusable.

Kept out of :mod:`monitor.poll` (which takes the matcher as a parameter, so tests inject their own)
and out of :mod:`monitor.claims` (which knows nothing of watchlists). The model is loaded here, once,
so a missing or damaged artefact is reported at start, in one log line, instead of failing every
relevant entry later; polling then goes on without claim matching.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

from monitor.errors import ModelError
from monitor.types import Watchlist
from monitor.understand import ClaimMatcher

log = logging.getLogger(__name__)


def claim_matcher(watchlists: Sequence[Watchlist]) -> ClaimMatcher | None:
    """``monitor.claims.match_claims`` when some watchlist has claims and the model loads, else None.
    (It also says, once, when the learned statement gate is on but its artefact is unusable:
    statements then come from the rules alone.)"""
    if any(w.learned_gate for w in watchlists):
        _gate_problem()
    if not any(w.claims for w in watchlists) or _model_problem() is not None:
        return None
    from monitor.claims import match_claims

    return match_claims


@functools.cache
def _model_problem() -> str | None:
    """Load the model once per process; say (once) why it cannot be used."""
    from monitor.claims import load_model

    try:
        load_model()
    except ModelError as exc:
        log.warning("claims are not matched against articles: %s", exc)
        return str(exc)
    return None


@functools.cache
def _gate_problem() -> str | None:
    from monitor.understand.gate.model import gate_problem

    problem = gate_problem()
    if problem is not None:
        log.warning("statements come from the rules alone (learned_gate is on): %s", problem)
    return problem
