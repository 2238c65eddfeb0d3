"""One poll cycle: the only place that strings fetch → parse → store → understand together.

(Placeholder signatures; the foundation issue fills this in.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from monitor.storage.interface import Storage
from monitor.types import Settings

FeedOutcome = Literal["ok", "not_modified", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class FeedReport:
    url: str
    outcome: FeedOutcome
    new_entries: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class CycleReport:
    feeds: tuple[FeedReport, ...]

    def count(self, outcome: FeedOutcome) -> int:
        return sum(1 for f in self.feeds if f.outcome == outcome)

    @property
    def new_entries(self) -> int:
        return sum(f.new_entries for f in self.feeds)


def poll_once(
    settings: Settings,
    storage: Storage,
    *,
    now: Callable[[], dt.datetime],
    urls: Iterable[str] | None = None,
    progress: Callable[[FeedReport], None] | None = None,
) -> CycleReport:
    """Poll every due feed (or only ``urls``) once. One feed's failure is a FeedReport, never an
    exception. ``now`` is the clock."""
    raise NotImplementedError
