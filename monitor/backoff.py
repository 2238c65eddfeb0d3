"""When to poll a feed next: pure scheduling arithmetic, the clock passed in."""

from __future__ import annotations

import datetime as dt


def failure_delay(
    error_count: int,
    *,
    poll_interval: dt.timedelta,
    max_backoff: float,
    retry_after: float | None = None,
) -> dt.timedelta:
    """Delay after the ``error_count``-th failure in a row (1 for the first).

    Doubles from ``poll_interval`` with each consecutive failure up to ``max_backoff`` seconds, so
    a dead feed costs little but is never given up for good. A server's ``Retry-After`` is honoured:
    the monitor never comes back earlier than it asked (the caller caps Retry-After already).
    """
    base = max(poll_interval.total_seconds(), 1.0)
    exponent = min(max(error_count, 1) - 1, 62)
    delay = min(base * 2.0**exponent, max(max_backoff, base))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return dt.timedelta(seconds=delay)


def next_poll_after_failure(
    now: dt.datetime,
    error_count: int,
    *,
    poll_interval: dt.timedelta,
    max_backoff: float,
    retry_after: float | None = None,
) -> dt.datetime:
    return now + failure_delay(
        error_count, poll_interval=poll_interval, max_backoff=max_backoff, retry_after=retry_after
    )
