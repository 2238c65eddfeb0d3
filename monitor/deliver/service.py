"""Deliver due digests exactly once per (watchlist, recipient, period).

(Placeholder signatures; the digest issue fills this in.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from monitor.storage.interface import Storage
from monitor.types import Settings, Watchlist


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    recipient: str
    status: Literal["sent", "already_sent", "retry_later", "failed", "skipped_empty"]
    message_id: str | None = None
    error: str | None = None


def deliver_due(
    settings: Settings,
    storage: Storage,
    watchlist: Watchlist,
    now: dt.datetime,
) -> tuple[DeliveryResult, ...]:
    """Send the watchlist's digest to every recipient whose period has ended and who has not had
    it: each covers from that recipient's previous digest to the latest scheduled time not after
    ``now``. One recipient's failure never stops the others."""
    raise NotImplementedError
