"""The daemon's scheduling decisions on a simulated clock: per-feed poll times, digest wake-ups in
local time across daylight-saving changes, reload, errors and stopping. Real SQLite storage; the
poll and the delivery are small fakes here (tests/test_daemon_week.py uses the real delivery)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.daemon import Daemon, DaemonOptions
from monitor.daemon.runners import SchedulerRunner, SimulatedRunner
from monitor.deliver.service import DeliveryResult
from monitor.errors import ConfigError, StorageError
from monitor.poll import CycleReport
from monitor.storage import open_storage
from monitor.storage.interface import Storage
from monitor.types import Settings, Watchlist
from tests.daemon_support import UTC, FakePoll, make_settings, make_watchlist

A = "https://feeds.example/a.xml"
B = "https://feeds.example/b.xml"
C = "https://feeds.example/c.xml"


@pytest.fixture
def storage(tmp_path: Path):
    store = open_storage(f"sqlite:///{tmp_path / 'monitor.db'}")
    store.migrate()
    yield store
    store.close()


class Wakeups:
    """A delivery fake that records when it was asked to deliver which watchlist."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dt.datetime]] = []

    def __call__(
        self, settings: Settings, storage: Storage, watchlist: Watchlist, now: dt.datetime
    ) -> tuple[DeliveryResult, ...]:
        self.calls.append((watchlist.name, now))
        return ()


def sim_daemon(settings: Settings, storage: Storage, start: dt.datetime, **kwargs) -> Daemon:
    clock = ManualClock(start)
    options = kwargs.pop("options", DaemonOptions(tick=dt.timedelta(minutes=10), sweep=dt.timedelta(hours=6)))
    return Daemon(settings, storage, runner=SimulatedRunner(clock), clock=clock, options=options, **kwargs)


def test_each_feed_is_polled_at_its_own_next_poll_time(tmp_path: Path, storage: Storage) -> None:
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=(A, B))])
    poll = FakePoll({A: dt.timedelta(hours=1), B: dt.timedelta(hours=3)})
    start = dt.datetime(2025, 6, 2, 0, 0, tzinfo=UTC)
    daemon = sim_daemon(settings, storage, start, poll=poll, deliver=Wakeups())
    daemon.start()
    daemon.advance(start + dt.timedelta(hours=12))

    hours = lambda url: [(t - start) / dt.timedelta(hours=1) for t in poll.polled(url)]  # noqa: E731
    assert hours(A) == [float(h) for h in range(13)]
    assert hours(B) == [0.0, 3.0, 6.0, 9.0, 12.0]
    # A feed is only polled when due: no call ever includes a feed ahead of its time.
    assert all(len(urls) >= 1 for _, urls in poll.calls)


def test_a_feed_polled_late_is_polled_at_the_next_tick(tmp_path: Path, storage: Storage) -> None:
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=(A,))])
    poll = FakePoll({A: dt.timedelta(minutes=25)})
    start = dt.datetime(2025, 6, 2, 0, 0, tzinfo=UTC)
    daemon = sim_daemon(settings, storage, start, poll=poll, deliver=Wakeups())
    daemon.start()
    daemon.advance(start + dt.timedelta(hours=1))
    # next_poll 00:25 → polled at the 00:30 tick, next_poll 00:55 → polled at 01:00.
    assert [t.strftime("%H:%M") for t in poll.polled(A)] == ["00:00", "00:30", "01:00"]


@pytest.mark.parametrize(
    ("timezone", "start", "expected_utc"),
    [
        # Europe/London springs forward on Sunday 2025-03-30: 09:00 local is 09:00Z, then 08:00Z.
        ("Europe/London", "2025-03-20", ["2025-03-24 09:00", "2025-03-31 08:00", "2025-04-07 08:00"]),
        # ... and falls back on Sunday 2025-10-26: 08:00Z, then 09:00Z.
        ("Europe/London", "2025-10-16", ["2025-10-20 08:00", "2025-10-27 09:00", "2025-11-03 09:00"]),
        # America/New_York springs forward on 2025-03-09: 09:00 EST is 14:00Z, EDT 13:00Z.
        ("America/New_York", "2025-02-27", ["2025-03-03 14:00", "2025-03-10 13:00", "2025-03-17 13:00"]),
    ],
)
def test_digest_wakes_at_local_time_across_daylight_saving_changes(
    tmp_path: Path, storage: Storage, timezone: str, start: str, expected_utc: list[str]
) -> None:
    settings = make_settings(tmp_path, [make_watchlist("w", weekday="monday", timezone=timezone)])
    wakeups = Wakeups()
    begin = dt.datetime.fromisoformat(start).replace(tzinfo=UTC)
    options = DaemonOptions(tick=dt.timedelta(days=1), sweep=dt.timedelta(days=30))
    daemon = sim_daemon(settings, storage, begin, poll=FakePoll(), deliver=wakeups, options=options)
    daemon.start()
    daemon.advance(begin + dt.timedelta(days=21))
    digest_times = [now for name, now in wakeups.calls[1:]]  # [0] is the catch-up at start
    assert wakeups.calls[0][1] == begin
    assert [t.strftime("%Y-%m-%d %H:%M") for t in digest_times] == expected_utc


def test_the_start_up_catch_up_comes_after_the_first_poll(tmp_path: Path, storage: Storage) -> None:
    """A first start must not send last week's digest before anything was fetched (it would be
    empty): the catch-up runs in the worker right after the first poll."""
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=(A,))])
    order: list[str] = []
    poll = FakePoll()

    def polling(*args: object, **kwargs: object) -> CycleReport:
        order.append("poll")
        return poll(*args, **kwargs)  # type: ignore[arg-type]

    wakeups = Wakeups()

    def delivering(*args: object) -> tuple[DeliveryResult, ...]:
        order.append("deliver")
        return wakeups(*args)  # type: ignore[arg-type]

    start = dt.datetime(2025, 6, 4, 12, 0, tzinfo=UTC)
    daemon = sim_daemon(settings, storage, start, poll=polling, deliver=delivering)
    daemon.start()
    assert order == []  # start() only schedules: nothing is sent from the calling thread
    daemon.advance(start)
    assert order == ["poll", "deliver"]
    daemon.advance(start + dt.timedelta(minutes=30))
    assert order.count("deliver") == 1  # the catch-up runs once, not after every poll


def test_errors_in_a_job_are_logged_and_the_daemon_carries_on(
    tmp_path: Path, storage: Storage, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=(A,))])
    calls: list[dt.datetime] = []

    def broken_poll(settings, storage, *, now, urls=None, progress=None):  # type: ignore[no-untyped-def]
        calls.append(now())
        raise StorageError("database is locked; try again")

    def broken_deliver(settings, storage, watchlist, now):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug in delivery")

    start = dt.datetime(2025, 6, 2, tzinfo=UTC)
    daemon = sim_daemon(settings, storage, start, poll=broken_poll, deliver=broken_deliver)
    with caplog.at_level(logging.INFO, logger="monitor.daemon"):
        daemon.start()
        daemon.advance(start + dt.timedelta(hours=1))
    assert len(calls) == 7  # every 10-minute tick still ran
    assert "poll cycle failed: database is locked" in caplog.text
    assert "digest w failed unexpectedly" in caplog.text


def test_stopped_daemon_takes_no_new_jobs(tmp_path: Path, storage: Storage) -> None:
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=(A,))])
    poll = FakePoll({A: dt.timedelta(minutes=1)})
    start = dt.datetime(2025, 6, 2, tzinfo=UTC)
    daemon = sim_daemon(settings, storage, start, poll=poll, deliver=Wakeups())
    daemon.start()
    daemon.advance(start + dt.timedelta(minutes=30))
    before = len(poll.calls)
    daemon.stop()
    assert daemon.poll_due() is None
    assert daemon.deliver("w") == ()
    daemon.advance(start + dt.timedelta(hours=2))
    assert len(poll.calls) == before == 4


def test_poll_cycle_checks_for_stop_between_batches(tmp_path: Path, storage: Storage) -> None:
    feeds = tuple(f"https://feeds.example/{i}.xml" for i in range(10))
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=feeds)])
    start = dt.datetime(2025, 6, 2, tzinfo=UTC)
    holder: list[Daemon] = []
    inner = FakePoll()

    def poll_then_stop(settings, storage, *, now, urls=None, progress=None):  # type: ignore[no-untyped-def]
        report = inner(settings, storage, now=now, urls=urls)
        holder[0]._stopping.set()  # a signal arrives while the first batch runs
        return report

    options = DaemonOptions(tick=dt.timedelta(minutes=10), batch=4)
    daemon = sim_daemon(settings, storage, start, poll=poll_then_stop, deliver=Wakeups(), options=options)
    holder.append(daemon)
    report = daemon.poll_due()
    assert report is not None
    assert len(report.feeds) == 4
    assert len(storage.due_feeds(start)) == 6  # the rest stay due for the next run


class Loader:
    """A config loader fake: returns the queued settings, or raises the queued ConfigError."""

    def __init__(self) -> None:
        self.next: Settings | ConfigError | None = None

    def __call__(self) -> Settings:
        assert self.next is not None
        if isinstance(self.next, ConfigError):
            raise self.next
        return self.next


def test_reload_swaps_valid_config_and_keeps_last_good_on_error(
    tmp_path: Path, storage: Storage, caplog: pytest.LogCaptureFixture
) -> None:
    first = make_settings(tmp_path, [make_watchlist("w", feeds=(A,)), make_watchlist("old", feeds=(B,))])
    loader = Loader()
    poll = FakePoll({A: dt.timedelta(hours=1), B: dt.timedelta(hours=1), C: dt.timedelta(hours=1)})
    start = dt.datetime(2025, 6, 2, 0, 0, tzinfo=UTC)
    daemon = sim_daemon(first, storage, start, poll=poll, deliver=Wakeups(), loader=loader)
    daemon.start()
    daemon.advance(start + dt.timedelta(minutes=15))
    assert set(daemon.runner.next_runs()) == {"poll", "sweep", "digest:w", "digest:old"}

    loader.next = ConfigError(
        ["watchlists/w.toml:3: schedule.weekday: 'funday' is not a weekday; use monday…"]
    )
    with caplog.at_level(logging.ERROR, logger="monitor.daemon"):
        assert daemon.reload() is False
    assert "watchlists/w.toml:3: schedule.weekday" in caplog.text
    assert "last good config keeps running" in caplog.text
    assert daemon.settings is first

    second = make_settings(
        tmp_path,
        [make_watchlist("w", feeds=(A, C), weekday="wednesday", time=dt.time(7, 30), timezone="UTC")],
    )
    loader.next = second
    assert daemon.reload() is True
    assert daemon.settings is second
    runs = daemon.runner.next_runs()
    assert set(runs) == {"poll", "sweep", "digest:w"}  # the removed watchlist's digest is gone
    assert runs["digest:w"] == dt.datetime(2025, 6, 4, 7, 30, tzinfo=UTC)  # the new schedule
    daemon.advance(start + dt.timedelta(minutes=16))
    assert poll.polled(C) == [start + dt.timedelta(minutes=15)]  # the added feed, polled at once
    daemon.advance(start + dt.timedelta(hours=3))
    assert len(poll.polled(B)) == 1  # the removed feed is polled no more


def test_scheduler_runner_drives_the_daemon_and_stops_cleanly(tmp_path: Path, storage: Storage) -> None:
    """The real APScheduler wiring: the first poll runs at start, stop waits for the running job."""
    settings = make_settings(tmp_path, [make_watchlist("w", feeds=(A,))])
    polled = threading.Event()
    release = threading.Event()
    finished: list[bool] = []
    inner = FakePoll()

    def slow_poll(settings, storage, *, now, urls=None, progress=None):  # type: ignore[no-untyped-def]
        polled.set()
        release.wait(10)
        report = inner(settings, storage, now=now, urls=urls)
        finished.append(True)
        return report

    daemon = Daemon(settings, storage, runner=SchedulerRunner(), poll=slow_poll, deliver=Wakeups())
    daemon.start()
    assert polled.wait(10), "the first poll did not run"
    stopper = threading.Thread(target=daemon.stop)
    stopper.start()
    release.set()
    stopper.join(10)
    assert not stopper.is_alive()
    assert finished == [True]  # the running job finished before stop returned
    state = storage.feed(A)
    assert state is not None
    assert state.last_success is not None
    assert len(inner.calls) == 1
