"""The pure core that reads articles: relevance, statements, stance, stories, diff.

No I/O here: functions over frozen values, with the clock passed in.
"""

from __future__ import annotations

import datetime as dt

from monitor.types import Analysis, Relevance, Watchlist


def analyse(
    title: str,
    text: str,
    watchlist: Watchlist,
    *,
    published: dt.date | None,
    source: str,
    url: str | None,
) -> Analysis:
    """What one article says for one watchlist. ``text`` is plain text (see understand.text)."""
    # Placeholder until the understanding issue lands: nothing is relevant.
    return Analysis(relevance=Relevance(False, 0.0, ("not analysed",)), statements=())
