"""APScheduler triggers for the daemon's jobs, built from settings.

A watchlist's digest fires on its weekday and wall-clock time in its IANA zone (``CronTrigger``
follows daylight-saving changes: 09:00 London is 08:00 UTC in summer and 09:00 UTC in winter). The
trigger only wakes the daemon: which period is due, and whether it was already sent, is decided by
:func:`monitor.deliver.service.deliver_due` from the delivery records. So a wall-clock time that
occurs twice on a fall-back night may wake it twice, and it still sends once.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.types import Schedule

_DAY = {
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
}


def digest_trigger(schedule: Schedule) -> CronTrigger:
    """Every ``schedule.weekday`` at ``schedule.time`` in ``schedule.timezone``."""
    return CronTrigger(
        day_of_week=_DAY[schedule.weekday],
        hour=schedule.time.hour,
        minute=schedule.time.minute,
        second=schedule.time.second,
        timezone=ZoneInfo(schedule.timezone),
    )


def every(interval: dt.timedelta, *, start: dt.datetime) -> IntervalTrigger:
    """Every ``interval`` from ``start`` (UTC)."""
    return IntervalTrigger(seconds=max(1.0, interval.total_seconds()), start_date=start, timezone=dt.UTC)
