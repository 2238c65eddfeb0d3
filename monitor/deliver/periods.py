"""Pure period arithmetic for scheduled digests: no clock, no I/O.

A watchlist's digest is due every ``schedule.weekday`` at ``schedule.time`` in ``schedule.timezone``
(an IANA name; daylight-saving changes are handled by :mod:`zoneinfo`). The digest due at a
scheduled time covers whole local days: from the day after the recipient's previous digest up to
and including the day *before* the scheduled day. Articles published on the scheduled day itself
(before or after the send) therefore belong to the next digest, so nothing falls between two.

A scheduled wall-clock time that does not exist on a spring-forward day (e.g. 02:30) is taken as
the instant just after the gap; one that occurs twice on a fall-back day is the first occurrence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from monitor.types import Schedule

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FIRST_PERIOD_DAYS = 7

#: Temporary delivery failures are retried after BACKOFF_BASE, doubling per attempt, up to BACKOFF_CAP.
BACKOFF_BASE = dt.timedelta(minutes=5)
BACKOFF_CAP = dt.timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``since`` .. ``until`` (both inclusive, local to the schedule's zone), due at ``due`` (UTC)."""

    since: dt.date
    until: dt.date
    due: dt.datetime

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()}: pass a timezone-aware datetime")
    return value.astimezone(dt.UTC)


def scheduled_at(schedule: Schedule, day: dt.date) -> dt.datetime:
    """The UTC instant of the schedule's wall-clock time on local ``day``."""
    zone = ZoneInfo(schedule.timezone)
    local = dt.datetime.combine(day, schedule.time.replace(tzinfo=None), tzinfo=zone)
    # Round-trip through UTC: a time inside a spring-forward gap maps to the instant after the gap.
    return local.astimezone(dt.UTC)


def latest_due(schedule: Schedule, now: dt.datetime) -> dt.datetime:
    """The latest scheduled instant not after ``now`` (UTC)."""
    now = _utc(now)
    zone = ZoneInfo(schedule.timezone)
    local_today = now.astimezone(zone).date()
    target = WEEKDAYS.index(schedule.weekday)
    day = local_today - dt.timedelta(days=(local_today.weekday() - target) % 7)
    at = scheduled_at(schedule, day)
    while at > now:
        day -= dt.timedelta(days=7)
        at = scheduled_at(schedule, day)
    return at


def next_due(schedule: Schedule, after: dt.datetime) -> dt.datetime:
    """The earliest scheduled instant strictly after ``after`` (UTC)."""
    latest = latest_due(schedule, after)
    day = latest.astimezone(ZoneInfo(schedule.timezone)).date()
    at = latest
    while at <= _utc(after):
        day += dt.timedelta(days=7)
        at = scheduled_at(schedule, day)
    return at


def due_period(schedule: Schedule, now: dt.datetime, last_until: dt.date | None) -> Period | None:
    """The period whose digest is due at ``now`` for a recipient whose previous digest covered up
    to ``last_until`` (None: never had one, so the preceding 7 days). None when nothing is due
    (the latest scheduled digest was already sent)."""
    due = latest_due(schedule, now)
    until = due.astimezone(ZoneInfo(schedule.timezone)).date() - dt.timedelta(days=1)
    if last_until is None:
        since = until - dt.timedelta(days=FIRST_PERIOD_DAYS - 1)
    else:
        since = last_until + dt.timedelta(days=1)
    if since > until:
        return None
    return Period(since=since, until=until, due=due)


def latest_period(schedule: Schedule, now: dt.datetime) -> Period:
    """The 7 days ending the day before the latest scheduled instant (what a first digest covers)."""
    period = due_period(schedule, now, None)
    assert period is not None  # a first period is never empty
    return period


def next_attempt(now: dt.datetime, attempts: int) -> dt.datetime:
    """When to retry after ``attempts`` failed attempts: exponential backoff, capped."""
    exponent = max(0, attempts - 1)
    delay = BACKOFF_CAP if exponent >= 16 else min(BACKOFF_CAP, BACKOFF_BASE * (2**exponent))
    return _utc(now) + delay


def preview_period(schedule: Schedule, now: dt.datetime, last_untils: list[dt.date | None]) -> Period:
    """What ``monitor digest`` previews by default: the period due now for the recipient who is the
    furthest behind (the whole latest week if there are no recipients or all have had it)."""
    candidates = [p for p in (due_period(schedule, now, last) for last in last_untils) if p is not None]
    if not candidates:
        return latest_period(schedule, now)
    return min(candidates, key=lambda p: p.since)
