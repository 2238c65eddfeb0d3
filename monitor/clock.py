"""Clocks: the one place the wall clock is read, and a manual clock for tests and simulations.

A clock is any ``Callable[[], datetime]`` returning a timezone-aware UTC datetime. The pure core
never reads a clock itself; the edges (poll, deliver, daemon) are handed one.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The system clock, in UTC."""
    return dt.datetime.now(dt.UTC)


class ManualClock:
    """A clock that moves only when told to: ``set`` and ``advance`` (never backwards)."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = _aware_utc(start)
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            return self._now

    def set(self, when: dt.datetime) -> None:
        when = _aware_utc(when)
        with self._lock:
            if when < self._now:
                raise ValueError(f"clock cannot go back from {self._now.isoformat()} to {when.isoformat()}")
            self._now = when

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        self.set(self() + delta)
        return self()


def _aware_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()}: pass a timezone-aware datetime")
    return value.astimezone(dt.UTC)
