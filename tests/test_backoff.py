"""Pure scheduling helpers: back-off and Retry-After."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.backoff import failure_delay, next_poll_after_failure
from monitor.fetch.retry import parse_retry_after

NOW = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def test_backoff_doubles_from_the_interval_up_to_the_cap() -> None:
    delays = [failure_delay(n, poll_interval=HOUR, max_backoff=8 * 3600) for n in range(1, 8)]
    assert [d / HOUR for d in delays] == [1, 2, 4, 8, 8, 8, 8]


def test_backoff_survives_huge_failure_counts() -> None:
    assert failure_delay(10_000, poll_interval=HOUR, max_backoff=86400) == dt.timedelta(days=1)


def test_retry_after_is_never_undercut() -> None:
    assert failure_delay(1, poll_interval=HOUR, max_backoff=86400, retry_after=5 * 3600) == 5 * HOUR
    assert failure_delay(1, poll_interval=HOUR, max_backoff=86400, retry_after=60) == HOUR
    assert next_poll_after_failure(NOW, 2, poll_interval=HOUR, max_backoff=86400) == NOW + 2 * HOUR


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("999999999999999", 3600.0),
        ("Mon, 10 Nov 2025 12:10:00 GMT", 600.0),
        ("Mon, 10 Nov 2025 11:00:00 GMT", 0.0),  # in the past
        ("Wed, 10 Dec 2025 12:00:00 GMT", 3600.0),  # capped
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_values(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW, cap=3600.0) == expected
