"""Pure period arithmetic: which period is due, DST changes, backoff, Message-IDs."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.deliver import periods
from monitor.deliver.message_id import make_message_id
from monitor.types import Schedule

UTC = dt.UTC
LONDON_MONDAY_9 = Schedule(weekday="monday", time=dt.time(9, 0), timezone="Europe/London")


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def test_latest_due_is_the_last_scheduled_time_not_after_now() -> None:
    # Monday 5 May 2025 09:00 BST == 08:00 UTC
    assert periods.latest_due(LONDON_MONDAY_9, utc(2025, 5, 5, 8, 0)) == utc(2025, 5, 5, 8, 0)
    assert periods.latest_due(LONDON_MONDAY_9, utc(2025, 5, 5, 7, 59)) == utc(2025, 4, 28, 8, 0)
    assert periods.latest_due(LONDON_MONDAY_9, utc(2025, 5, 9, 12, 0)) == utc(2025, 5, 5, 8, 0)


def test_first_digest_covers_the_seven_days_before_the_scheduled_day() -> None:
    period = periods.due_period(LONDON_MONDAY_9, utc(2025, 5, 5, 8, 30), None)
    assert period == periods.Period(dt.date(2025, 4, 28), dt.date(2025, 5, 4), utc(2025, 5, 5, 8, 0))
    assert period is not None
    assert period.days == 7


def test_next_digest_starts_the_day_after_the_previous_one_ended() -> None:
    period = periods.due_period(LONDON_MONDAY_9, utc(2025, 5, 12, 9, 0), dt.date(2025, 5, 4))
    assert period is not None
    assert (period.since, period.until) == (dt.date(2025, 5, 5), dt.date(2025, 5, 11))


def test_nothing_due_once_the_latest_period_was_sent() -> None:
    assert periods.due_period(LONDON_MONDAY_9, utc(2025, 5, 8, 0, 0), dt.date(2025, 5, 4)) is None


def test_missed_weeks_are_covered_by_one_period() -> None:
    # Last digest covered up to 13 April; the machine was off for three weeks.
    period = periods.due_period(LONDON_MONDAY_9, utc(2025, 5, 6, 10, 0), dt.date(2025, 4, 13))
    assert period is not None
    assert (period.since, period.until) == (dt.date(2025, 4, 14), dt.date(2025, 5, 4))
    assert period.days == 21


def test_spring_forward_keeps_wall_clock_time() -> None:
    # Clocks go forward on Sunday 30 March 2025 in London: 09:00 is 09:00 UTC before, 08:00 UTC after.
    sunday = Schedule(weekday="sunday", time=dt.time(9, 0), timezone="Europe/London")
    assert periods.latest_due(sunday, utc(2025, 3, 29, 12)) == utc(2025, 3, 23, 9, 0)
    assert periods.latest_due(sunday, utc(2025, 3, 30, 8, 0)) == utc(2025, 3, 30, 8, 0)
    assert periods.latest_due(sunday, utc(2025, 3, 30, 7, 59)) == utc(2025, 3, 23, 9, 0)
    period = periods.due_period(sunday, utc(2025, 3, 30, 8, 0), dt.date(2025, 3, 22))
    assert period is not None
    assert (period.since, period.until) == (dt.date(2025, 3, 23), dt.date(2025, 3, 29))


def test_time_inside_the_spring_forward_gap_is_taken_after_the_gap() -> None:
    # 02:30 does not exist in New York on 9 March 2025 (02:00 -> 03:00 EDT).
    gap = Schedule(weekday="sunday", time=dt.time(2, 30), timezone="America/New_York")
    due = periods.latest_due(gap, utc(2025, 3, 9, 12))
    assert due.date() == dt.date(2025, 3, 9)
    assert due == utc(2025, 3, 9, 7, 30)  # 02:30 EST == 03:30 EDT, just after the gap


def test_fall_back_fires_once_at_the_first_occurrence() -> None:
    # 01:30 happens twice in London on 26 October 2025; the first (BST) one counts.
    twice = Schedule(weekday="sunday", time=dt.time(1, 30), timezone="Europe/London")
    assert periods.latest_due(twice, utc(2025, 10, 26, 3)) == utc(2025, 10, 26, 0, 30)
    assert periods.next_due(twice, utc(2025, 10, 26, 0, 30)) == utc(2025, 11, 2, 1, 30)


def test_next_due_is_strictly_after() -> None:
    assert periods.next_due(LONDON_MONDAY_9, utc(2025, 5, 5, 8, 0)) == utc(2025, 5, 12, 8, 0)
    assert periods.next_due(LONDON_MONDAY_9, utc(2025, 5, 5, 7, 0)) == utc(2025, 5, 5, 8, 0)


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        periods.latest_due(LONDON_MONDAY_9, dt.datetime(2025, 5, 5, 9))


def test_preview_period_takes_the_recipient_furthest_behind() -> None:
    now = utc(2025, 5, 12, 9)
    p = periods.preview_period(LONDON_MONDAY_9, now, [dt.date(2025, 5, 4), dt.date(2025, 4, 27)])
    assert (p.since, p.until) == (dt.date(2025, 4, 28), dt.date(2025, 5, 11))
    everyone_served = periods.preview_period(LONDON_MONDAY_9, now, [dt.date(2025, 5, 11)])
    assert (everyone_served.since, everyone_served.until) == (dt.date(2025, 5, 5), dt.date(2025, 5, 11))


def test_backoff_doubles_and_is_capped() -> None:
    now = utc(2025, 5, 5, 8)
    delays = [periods.next_attempt(now, n) - now for n in range(1, 12)]
    assert delays[0] == periods.BACKOFF_BASE
    assert delays[1] == 2 * periods.BACKOFF_BASE
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert delays[-1] == periods.BACKOFF_CAP
    assert periods.next_attempt(now, 1000) - now == periods.BACKOFF_CAP


ZONES = st.sampled_from(["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"])
WEEKDAYS = st.sampled_from(periods.WEEKDAYS)
TIMES = st.times().map(lambda t: t.replace(second=0, microsecond=0))
NOWS = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC)
)


@given(ZONES, WEEKDAYS, TIMES, NOWS)
def test_consecutive_periods_tile_the_calendar(
    zone: str, weekday: str, time: dt.time, now: dt.datetime
) -> None:
    schedule = Schedule(weekday=weekday, time=time, timezone=zone)  # type: ignore[arg-type]
    first = periods.due_period(schedule, now, None)
    assert first is not None
    assert first.days == 7
    assert first.due <= now
    assert periods.due_period(schedule, now, first.until) is None
    later = first.due + dt.timedelta(days=7, hours=1)
    second = periods.due_period(schedule, later, first.until)
    assert second is not None
    assert second.since == first.until + dt.timedelta(days=1)
    assert second.until == first.until + dt.timedelta(days=7)
    assert periods.next_due(schedule, first.due) == second.due


def test_message_id_is_deterministic_and_distinct() -> None:
    a = make_message_id(
        "defenders", "alice@example.com", dt.date(2025, 4, 28), dt.date(2025, 5, 4), "m@x.org"
    )
    assert a == make_message_id(
        "defenders", "Alice@Example.com", dt.date(2025, 4, 28), dt.date(2025, 5, 4), "Monitor <m@x.org>"
    )
    assert a.startswith("<digest.defenders.20250428.")
    assert a.endswith("@x.org>")
    assert "alice" not in a
    others = {
        make_message_id("defenders", "bob@example.com", dt.date(2025, 4, 28), dt.date(2025, 5, 4), "m@x.org"),
        make_message_id(
            "defenders", "alice@example.com", dt.date(2025, 4, 29), dt.date(2025, 5, 4), "m@x.org"
        ),
        make_message_id("other", "alice@example.com", dt.date(2025, 4, 28), dt.date(2025, 5, 4), "m@x.org"),
    }
    assert a not in others
    assert len(others) == 3
