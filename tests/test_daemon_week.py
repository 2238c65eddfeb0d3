"""The scheduler across simulated weeks (injected clock) with the real delivery: real SQLite
storage, the real deliver_due and digest, a real SMTP server (aiosmtpd on loopback). Each
recipient gets exactly one digest per period, on its weekday and local time, across
daylight-saving changes, restarts and downtime."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.daemon import Daemon, DaemonOptions
from monitor.daemon.runners import SimulatedRunner
from monitor.deliver.service import deliver_due
from monitor.storage import open_storage
from monitor.storage.interface import Storage
from monitor.types import Settings, SmtpSettings, Statement
from tests.daemon_support import (
    UTC,
    FakePoll,
    Received,
    SmtpSink,
    make_settings,
    make_watchlist,
    relevant_article,
    smtp_server,
)

OPTIONS = DaemonOptions(tick=dt.timedelta(minutes=30), sweep=dt.timedelta(hours=1))
D = dt.date


@pytest.fixture
def sink() -> Iterator[tuple[SmtpSink, int]]:
    handler = SmtpSink()
    with smtp_server(handler) as port:
        yield handler, port


def week_settings(tmp_path: Path, port: int) -> Settings:
    return make_settings(
        tmp_path,
        [
            # Monday 09:00 London: 09:00Z in winter, 08:00Z from Sunday 30 March 2025.
            make_watchlist("w", recipients=("ann@example.org", "bob@example.org")),
            # Friday 18:00 New York (EDT since 9 March 2025): 22:00Z.
            make_watchlist(
                "x",
                feeds=("https://feeds.example/x.xml",),
                recipients=("cat@example.org",),
                weekday="friday",
                time=dt.time(18, 0),
                timezone="America/New_York",
            ),
        ],
        smtp=SmtpSettings(host="127.0.0.1", port=port, security="none", sender="monitor@localhost"),
    )


def daemon_at(
    settings: Settings, storage: Storage, clock: ManualClock, poll: FakePoll | None = None
) -> Daemon:
    return Daemon(
        settings,
        storage,
        runner=SimulatedRunner(clock),
        clock=clock,
        poll=poll or FakePoll(),
        options=OPTIONS,
    )


def sent(storage: Storage, recipient: str) -> list[tuple[D, D, dt.datetime | None]]:
    return sorted(
        (d.since, d.until, d.sent_at)
        for d in storage.deliveries()
        if d.recipient == recipient and d.status == "sent"
    )


def assert_one_message_per_period(sink: SmtpSink, storage: Storage) -> None:
    """Every message the server got is a distinct period's digest: no copy, no second Message-ID."""
    for recipient, messages in sink.by_recipient().items():
        ids = [m.message_id for m in messages]
        assert len(ids) == len(set(ids)), f"{recipient} got a digest twice: {ids}"
        recorded = {d.message_id for d in storage.deliveries() if d.recipient == recipient}
        assert set(ids) == recorded


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    store = open_storage(f"sqlite:///{tmp_path / 'monitor.db'}")
    store.migrate()
    yield store
    store.close()


def test_a_week_across_a_daylight_saving_change_sends_one_digest_per_recipient(
    tmp_path: Path, storage: Storage, sink: tuple[SmtpSink, int]
) -> None:
    handler, port = sink
    start = dt.datetime(2025, 3, 26, 12, 0, tzinfo=UTC)  # a Wednesday; the UK changes on Sunday 30th
    clock = ManualClock(start)
    poll = FakePoll()
    daemon = daemon_at(week_settings(tmp_path, port), storage, clock, poll)
    # Thursday: an article about the story appears in w's feed; the next poll stores it.
    thursday = dt.datetime(2025, 3, 27, 10, 0, tzinfo=UTC)
    quote = Statement(
        "Krysten Ritter", "I would do it again tomorrow.", "positive", "quote", thursday.date(), "News"
    )
    poll.publish(
        "https://feeds.example/a.xml",
        thursday,
        relevant_article("t1", "Ritter open to return", "w", thursday, quote),
    )
    daemon.start()
    daemon.advance(start + dt.timedelta(days=7))
    daemon.stop()

    # At start, the digests due before it (never sent) go out once; then each on its own time.
    assert sent(storage, "ann@example.org") == [
        (D(2025, 3, 17), D(2025, 3, 23), start),
        (D(2025, 3, 24), D(2025, 3, 30), dt.datetime(2025, 3, 31, 8, 0, tzinfo=UTC)),  # 09:00 BST
    ]
    assert sent(storage, "bob@example.org") == sent(storage, "ann@example.org")
    assert sent(storage, "cat@example.org") == [
        (D(2025, 3, 14), D(2025, 3, 20), start),
        (D(2025, 3, 21), D(2025, 3, 27), dt.datetime(2025, 3, 28, 22, 0, tzinfo=UTC)),  # 18:00 EDT
    ]
    assert {r: len(m) for r, m in handler.by_recipient().items()} == {
        "ann@example.org": 2,
        "bob@example.org": 2,
        "cat@example.org": 2,
    }
    assert_one_message_per_period(handler, storage)
    # The article stored on Thursday is in Monday's digest, built from the store, and only there.
    for recipient in ("ann@example.org", "bob@example.org"):
        first, monday = (text_of(m) for m in handler.by_recipient()[recipient])
        assert "Ritter open to return" not in first
        assert "Ritter open to return" in monday
        assert "I would do it again tomorrow." in monday


def text_of(received: Received) -> str:
    body = received.message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())  # type: ignore[attr-defined]


def test_a_restart_mid_week_does_not_resend(
    tmp_path: Path, storage: Storage, sink: tuple[SmtpSink, int]
) -> None:
    handler, port = sink
    settings = week_settings(tmp_path, port)
    start = dt.datetime(2025, 3, 26, 12, 0, tzinfo=UTC)
    clock = ManualClock(start)
    first = daemon_at(settings, storage, clock)
    first.start()
    first.advance(dt.datetime(2025, 3, 29, 10, 0, tzinfo=UTC))  # Saturday: Friday's digest is out
    first.stop()
    before = len(handler.received)
    assert before == 4  # ann, bob, cat at start; cat on Friday

    # A new process on the same database: the start-up catch-up finds everything sent.
    second = daemon_at(settings, storage, clock)
    second.start()
    assert len(handler.received) == before
    second.advance(start + dt.timedelta(days=7))
    second.stop()

    assert len(handler.received) == before + 2  # ann and bob on Monday, once
    assert [p[:2] for p in sent(storage, "ann@example.org")] == [
        (D(2025, 3, 17), D(2025, 3, 23)),
        (D(2025, 3, 24), D(2025, 3, 30)),
    ]
    assert_one_message_per_period(handler, storage)


def test_a_digest_that_came_due_while_down_is_sent_once_after_start(
    tmp_path: Path, storage: Storage, sink: tuple[SmtpSink, int]
) -> None:
    handler, port = sink
    settings = week_settings(tmp_path, port)
    clock = ManualClock(dt.datetime(2025, 3, 26, 12, 0, tzinfo=UTC))
    first = daemon_at(settings, storage, clock)
    first.start()
    first.advance(dt.datetime(2025, 3, 30, 12, 0, tzinfo=UTC))  # Sunday; then the machine is off
    first.stop()

    clock.set(dt.datetime(2025, 4, 2, 15, 0, tzinfo=UTC))  # back on Wednesday: Monday was missed
    second = daemon_at(settings, storage, clock)
    second.start()
    second.advance(clock())  # the first poll, then the catch-up
    assert sent(storage, "ann@example.org")[-1] == (D(2025, 3, 24), D(2025, 3, 30), clock())
    record = next(
        d for d in storage.deliveries("w") if (d.recipient, d.since) == ("ann@example.org", D(2025, 3, 24))
    )
    assert handler.by_recipient()["ann@example.org"][-1].message_id == record.message_id
    count = len(handler.received)
    second.advance(dt.datetime(2025, 4, 4, 12, 0, tzinfo=UTC))  # Friday morning: nothing more due
    second.stop()
    assert len(handler.received) == count
    assert_one_message_per_period(handler, storage)


def test_a_time_that_occurs_twice_on_a_fall_back_night_still_sends_once(
    tmp_path: Path, storage: Storage, sink: tuple[SmtpSink, int]
) -> None:
    handler, port = sink
    settings = make_settings(
        tmp_path,
        [make_watchlist("w", weekday="sunday", time=dt.time(1, 30), timezone="Europe/London")],
        smtp=SmtpSettings(host="127.0.0.1", port=port, security="none", sender="monitor@localhost"),
    )
    start = dt.datetime(2025, 10, 20, 12, 0, tzinfo=UTC)  # Monday; 01:30 happens twice on Sunday 26th
    clock = ManualClock(start)
    daemon = daemon_at(settings, storage, clock)
    daemon.start()
    daemon.advance(start + dt.timedelta(days=7))
    daemon.stop()
    wakeups = [when for when, job in daemon.runner.runs if job == "digest:w"]  # type: ignore[attr-defined]
    assert wakeups == [
        dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC),  # 01:30 BST
        dt.datetime(2025, 10, 26, 1, 30, tzinfo=UTC),  # 01:30 GMT, an hour later
    ]
    assert [p[:2] for p in sent(storage, "ann@example.org")] == [
        (D(2025, 10, 12), D(2025, 10, 18)),  # at start
        (D(2025, 10, 19), D(2025, 10, 25)),  # once, at the first 01:30
    ]
    assert sent(storage, "ann@example.org")[-1][2] == dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    assert len(handler.received) == 2
    assert_one_message_per_period(handler, storage)


def test_a_temporary_failure_is_retried_by_the_sweep_until_it_is_sent_once(
    tmp_path: Path, storage: Storage, sink: tuple[SmtpSink, int]
) -> None:
    handler, port = sink
    refusals = iter(["451 4.3.0 try again later"] * 3)
    handler.on_data = lambda _data: next(refusals, None)
    settings = make_settings(
        tmp_path,
        [make_watchlist("w", recipients=("ann@example.org",))],
        smtp=SmtpSettings(host="127.0.0.1", port=port, security="none", sender="monitor@localhost"),
    )
    start = dt.datetime(2025, 6, 4, 12, 0, tzinfo=UTC)
    clock = ManualClock(start)
    daemon = Daemon(
        settings,
        storage,
        runner=SimulatedRunner(clock),
        clock=clock,
        poll=FakePoll(),
        deliver=partial(deliver_due, quick_retries=0),  # no in-call retries: the sweep retries
        options=DaemonOptions(tick=dt.timedelta(hours=1), sweep=dt.timedelta(minutes=5)),
    )
    daemon.start()
    daemon.advance(start)  # the first poll, then the catch-up
    (row,) = storage.deliveries("w")
    assert (row.status, row.attempts) == ("pending", 1)
    daemon.advance(start + dt.timedelta(hours=3))
    daemon.stop()

    (row,) = storage.deliveries("w")
    assert (row.status, row.attempts) == ("sent", 4)
    assert row.sent_at is not None
    assert start < row.sent_at < start + dt.timedelta(hours=3)
    assert len(handler.rejected) == 3
    assert [m.message_id for m in handler.received] == [row.message_id]  # accepted once
    assert {m.message_id for m in handler.rejected} == {row.message_id}  # every try the same id
