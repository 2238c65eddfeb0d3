"""Read one period's facts from storage and build the digest (the only I/O step of the digest)."""

from __future__ import annotations

import datetime as dt

from monitor.digest.build import build_digest
from monitor.storage.interface import Storage
from monitor.types import Digest, Watchlist


def period_bounds(since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """``[since 00:00 UTC, the day after until 00:00 UTC)``: the period's half-open datetime range."""
    start = dt.datetime.combine(since, dt.time(0), tzinfo=dt.UTC)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(0), tzinfo=dt.UTC)
    return start, end


def load_digest(
    storage: Storage, watchlist: Watchlist, since: dt.date, until: dt.date, now: dt.datetime
) -> Digest:
    """The digest of ``watchlist`` for ``[since, until]`` (both inclusive) from stored facts.

    An article belongs to the period by its published date, or by when it was first seen where it
    has none (storage applies that rule); only relevant articles are read.
    """
    start, end = period_bounds(since, until)
    rows = storage.articles(watchlist.name, start, end, relevant_only=True)
    statements = storage.statements(watchlist.name, until=until)
    feeds = storage.feeds()
    return build_digest(watchlist, since, until, rows, statements, feeds, now)
