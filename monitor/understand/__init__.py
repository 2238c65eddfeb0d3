"""The pure core that reads articles: relevance, statements, stance, stories, diff.

No I/O here: functions over frozen values, with the clock passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from monitor.types import Analysis, ClaimMatch, Relevance, Watchlist

# (title, text, claims) -> how the article relates to each claim; see monitor.claims
ClaimMatcher = Callable[[str, str, Sequence[str]], tuple[ClaimMatch, ...]]


def analyse(
    title: str,
    text: str,
    watchlist: Watchlist,
    *,
    published: dt.date | None,
    source: str,
    url: str | None,
    match_claims: ClaimMatcher | None = None,
) -> Analysis:
    """What one article says for one watchlist. ``text`` is plain text (see understand.text).

    ``match_claims`` (injected by the caller, e.g. the poll cycle) compares relevant articles with
    ``watchlist.claims``; without it ``Analysis.claims`` stays empty.
    """
    # Placeholder until the understanding issue lands: nothing is relevant.
    return Analysis(relevance=Relevance(False, 0.0, ("not analysed",)), statements=())
