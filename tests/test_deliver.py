"""deliver_due end to end: real SQLite storage, a real SMTP server on loopback (or the outbox)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.deliver.mailers import SmtpMailer
from monitor.deliver.service import DeliveryResult, deliver_due, deliver_period
from monitor.storage.sql import SqlStorage
from monitor.types import Digest, Settings, SmtpSettings, Watchlist
from tests.digest_fixture import digest_for, make_settings, make_watchlist
from tests.smtpserver import SmtpServer, smtp_server

__all__ = ["smtp_server"]
UTC = dt.UTC
ALICE, BOB, CAROL = "alice@example.com", "bob@example.com", "carol@example.com"
# Monday 5 May 2025, 09:00 London (08:00 UTC): the digest of 28 Apr .. 4 May is due.
DUE = dt.datetime(2025, 5, 5, 8, 0, tzinfo=UTC)
WEEK = dt.timedelta(days=7)


class Loader:
    """Builds a small digest for any period and remembers which periods were asked for."""

    def __init__(self, empty: bool = False) -> None:
        self.empty = empty
        self.calls: list[tuple[dt.date, dt.date]] = []

    def __call__(
        self, storage: Any, wl: Watchlist, since: dt.date, until: dt.date, now: dt.datetime
    ) -> Digest:
        self.calls.append((since, until))
        digest = digest_for(wl, since, until, now)
        if self.empty:
            return Digest(wl.name, wl.question, since, until, (), digest.feeds, now)
        return digest


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[SqlStorage]:
    store = SqlStorage(f"sqlite:///{tmp_path / 'deliver.db'}")
    store.migrate()
    yield store
    store.close()


def smtp_settings(tmp_path: Path, server: SmtpServer, wl: Watchlist) -> Settings:
    smtp = SmtpSettings(
        host=server.host, port=server.port, security="none", sender="monitor@example.org", timeout=5
    )
    return make_settings(tmp_path, wl, smtp)


def run(
    settings: Settings, storage: SqlStorage, wl: Watchlist, now: dt.datetime, **kw: Any
) -> dict[str, DeliveryResult]:
    kw.setdefault("loader", Loader())
    kw.setdefault("retry_pause", 0)
    results = deliver_due(settings, storage, wl, now, **kw)
    assert [r.recipient for r in results] == list(dict.fromkeys(wl.recipients))
    return {r.recipient: r for r in results}


def test_sent_once_and_a_second_call_sends_nothing(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE, BOB))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    first = run(settings, storage, wl, DUE)
    assert {r.status for r in first.values()} == {"sent"}
    assert len(smtp_server.to(ALICE)) == len(smtp_server.to(BOB)) == 1
    msg = smtp_server.to(ALICE)[0].message
    assert msg["Message-ID"] == first[ALICE].message_id
    assert "28 Apr" in msg["Subject"]
    assert "4 May 2025" in msg["Subject"]
    again = run(settings, storage, wl, DUE + dt.timedelta(hours=3))
    assert {r.status for r in again.values()} == {"already_sent"}
    assert len(smtp_server.messages) == 2
    rows = storage.deliveries("defenders")
    assert {(r.recipient, r.since, r.until, r.status, r.attempts) for r in rows} == {
        (ALICE, dt.date(2025, 4, 28), dt.date(2025, 5, 4), "sent", 1),
        (BOB, dt.date(2025, 4, 28), dt.date(2025, 5, 4), "sent", 1),
    }


def test_next_week_covers_from_the_previous_digest(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    loader = Loader()
    run(settings, storage, wl, DUE, loader=loader)
    run(settings, storage, wl, DUE + WEEK + dt.timedelta(minutes=1), loader=loader)
    assert loader.calls == [
        (dt.date(2025, 4, 28), dt.date(2025, 5, 4)),
        (dt.date(2025, 5, 5), dt.date(2025, 5, 11)),
    ]
    ids = [m.message["Message-ID"] for m in smtp_server.messages]
    assert len(ids) == 2
    assert ids[0] != ids[1]


def test_temporary_failure_is_retried_later_with_the_same_message_id(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    smtp_server.data_reply = "451 4.3.0 Try again later"
    first = run(settings, storage, wl, DUE, quick_retries=2)
    assert first[ALICE].status == "retry_later"
    assert "451" in (first[ALICE].error or "")
    assert smtp_server.data_count == 3  # one attempt and two quick retries
    [row] = storage.deliveries()
    assert row.status == "pending"
    assert row.attempts == 3
    assert row.next_attempt is not None
    assert row.next_attempt > DUE
    # Before next_attempt: nothing is tried.
    smtp_server.reset()
    early = run(settings, storage, wl, row.next_attempt - dt.timedelta(seconds=1))
    assert early[ALICE].status == "retry_later"
    assert smtp_server.data_count == 3
    # At next_attempt: sent, same Message-ID, same period.
    later = run(settings, storage, wl, row.next_attempt)
    assert later[ALICE].status == "sent"
    assert later[ALICE].message_id == row.message_id
    [got] = smtp_server.messages
    assert got.message["Message-ID"] == row.message_id
    [row] = storage.deliveries()
    assert row.status == "sent"
    assert row.attempts == 4


def test_backoff_grows_between_temporary_failures(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    smtp_server.mail_reply = "421 4.3.2 Service shutting down"
    now, gaps = DUE, []
    for _ in range(3):
        run(settings, storage, wl, now, quick_retries=0)
        [row] = storage.deliveries()
        assert row.next_attempt is not None
        gaps.append(row.next_attempt - now)
        now = row.next_attempt
    assert gaps[0] < gaps[1] < gaps[2]
    assert not smtp_server.messages


def test_permanent_failure_is_recorded_and_not_retried(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    smtp_server.data_reply = "550 5.7.1 Rejected"
    first = run(settings, storage, wl, DUE)
    assert first[ALICE].status == "failed"
    assert "550" in (first[ALICE].error or "")
    assert smtp_server.data_count == 1
    smtp_server.reset()
    again = run(settings, storage, wl, DUE + dt.timedelta(days=1))
    assert again[ALICE].status == "failed"
    assert smtp_server.data_count == 1
    [row] = storage.deliveries()
    assert row.status == "failed"
    assert row.attempts == 1
    assert row.next_attempt is None
    # Next week's digest still covers the failed week: nothing is lost.
    loader = Loader()
    nxt = run(settings, storage, wl, DUE + WEEK, loader=loader)
    assert nxt[ALICE].status == "sent"
    assert loader.calls == [(dt.date(2025, 4, 28), dt.date(2025, 5, 11))]


def test_one_refused_recipient_never_stops_the_others(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE, BOB, CAROL))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    smtp_server.refuse[BOB] = "550 5.1.1 No such user"
    results = run(settings, storage, wl, DUE)
    assert {k: v.status for k, v in results.items()} == {ALICE: "sent", BOB: "failed", CAROL: "sent"}
    assert "bob@example.com" in (results[BOB].error or "")
    assert [m.recipients for m in smtp_server.messages] == [[ALICE], [CAROL]]


def test_connection_dropped_after_data_resends_the_same_message_id_once(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    smtp_server.drop_after_data = True
    first = run(settings, storage, wl, DUE, quick_retries=0)
    assert first[ALICE].status == "retry_later"
    smtp_server.reset()
    [row] = storage.deliveries()
    assert row.next_attempt is not None
    second = run(settings, storage, wl, row.next_attempt)
    assert second[ALICE].status == "sent"
    ids = [m.message["Message-ID"] for m in smtp_server.dropped + smtp_server.messages]
    assert ids == [row.message_id, row.message_id]


class Crash(BaseException):
    """The process dies here (not an error anything would catch)."""


class CrashOnMarkSent:
    """Real storage that 'crashes' between the server's acceptance and the record of it."""

    def __init__(self, inner: SqlStorage) -> None:
        self.inner = inner

    def mark_sent(self, delivery_id: int, now: dt.datetime) -> None:
        raise Crash

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def test_crash_between_send_and_record_resends_the_same_message_id_at_most_once(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    with pytest.raises(Crash):
        deliver_due(settings, CrashOnMarkSent(storage), wl, DUE, loader=Loader())
    [row] = storage.deliveries()
    assert row.status == "pending"
    assert row.attempts == 1
    after_restart = run(settings, storage, wl, DUE + dt.timedelta(minutes=5))
    assert after_restart[ALICE].status == "sent"
    run(settings, storage, wl, DUE + dt.timedelta(minutes=10))
    ids = [m.message["Message-ID"] for m in smtp_server.messages]
    assert ids == [row.message_id, row.message_id]  # the same mail twice at worst, never a third


def test_missed_weeks_are_covered_by_one_digest(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    loader = Loader()
    run(settings, storage, wl, DUE, loader=loader)
    # The machine was off for three weeks and comes back on a Wednesday.
    back = DUE + 3 * WEEK + dt.timedelta(days=2)
    results = run(settings, storage, wl, back, loader=loader)
    assert results[ALICE].status == "sent"
    assert loader.calls[-1] == (dt.date(2025, 5, 5), dt.date(2025, 5, 25))
    assert len(smtp_server.messages) == 2


def test_dst_weeks_tile_with_one_digest_each(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    # Sunday 09:00 London across the spring-forward change on 30 March 2025, checked every hour.
    wl = make_watchlist((ALICE, BOB), weekday="sunday")
    settings = smtp_settings(tmp_path, smtp_server, wl)
    loader = Loader()
    now = dt.datetime(2025, 3, 16, 12, 0, tzinfo=UTC)
    sent_at: list[dt.datetime] = []
    while now < dt.datetime(2025, 4, 7, tzinfo=UTC):
        for r in deliver_due(settings, storage, wl, now, loader=loader, retry_pause=0):
            if r.status == "sent" and r.recipient == ALICE:
                sent_at.append(now)
        now += dt.timedelta(hours=1)
    assert sent_at == [
        dt.datetime(2025, 3, 16, 12, tzinfo=UTC),  # first ever: at start
        dt.datetime(2025, 3, 23, 9, tzinfo=UTC),  # 09:00 GMT
        dt.datetime(2025, 3, 30, 8, tzinfo=UTC),  # 09:00 BST
        dt.datetime(2025, 4, 6, 8, tzinfo=UTC),
    ]
    periods = sorted({(m.message["X-Monitor-Period"]) for m in smtp_server.to(ALICE)})
    assert periods == [
        "2025-03-09/2025-03-15",
        "2025-03-16/2025-03-22",
        "2025-03-23/2025-03-29",
        "2025-03-30/2025-04-05",
    ]
    assert len(smtp_server.to(ALICE)) == len(smtp_server.to(BOB)) == 4


def test_skip_empty_sends_nothing_and_loses_nothing(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,), skip_empty=True)
    settings = smtp_settings(tmp_path, smtp_server, wl)
    run(settings, storage, wl, DUE)
    skipped = run(settings, storage, wl, DUE + WEEK, loader=Loader(empty=True))
    assert skipped[ALICE].status == "skipped_empty"
    assert len(smtp_server.messages) == 1
    assert len(storage.deliveries()) == 1
    loader = Loader()
    run(settings, storage, wl, DUE + 2 * WEEK, loader=loader)
    assert loader.calls == [(dt.date(2025, 5, 5), dt.date(2025, 5, 18))]  # the skipped week too
    assert len(smtp_server.messages) == 2


def test_empty_week_is_sent_when_not_skipped(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    results = run(settings, storage, wl, DUE, loader=Loader(empty=True))
    assert results[ALICE].status == "sent"
    assert "nothing new" in smtp_server.messages[0].message["Subject"]


def test_outbox_is_used_without_an_smtp_host(tmp_path: Path, storage: SqlStorage) -> None:
    wl = make_watchlist((ALICE, BOB))
    settings = make_settings(tmp_path, wl)
    results = run(settings, storage, wl, DUE)
    assert {r.status for r in results.values()} == {"sent"}
    files = sorted(p.name for p in (tmp_path / "outbox" / "defenders").iterdir())
    assert files == [
        "2025-04-28_2025-05-04-alice@example.com.eml",
        "2025-04-28_2025-05-04-alice@example.com.html",
        "2025-04-28_2025-05-04-bob@example.com.eml",
        "2025-04-28_2025-05-04-bob@example.com.html",
    ]


def test_deliver_period_sends_an_explicit_period_once(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE,))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    since, until = dt.date(2025, 4, 1), dt.date(2025, 4, 15)
    kw: dict[str, Any] = {"loader": Loader(), "retry_pause": 0}
    [first] = deliver_period(settings, storage, wl, since, until, DUE, **kw)
    [again] = deliver_period(settings, storage, wl, since, until, DUE, **kw)
    assert (first.status, again.status) == ("sent", "already_sent")
    assert len(smtp_server.messages) == 1


def test_storage_errors_are_per_recipient(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ALICE, BOB))
    settings = smtp_settings(tmp_path, smtp_server, wl)

    def loader(st: Any, w: Watchlist, since: dt.date, until: dt.date, now: dt.datetime) -> Digest:
        if len(smtp_server.messages) == 0 and not getattr(loader, "failed", False):
            loader.failed = True  # type: ignore[attr-defined]
            from monitor.errors import StorageError

            raise StorageError("database is locked")
        return digest_for(w, since, until, now)

    results = run(settings, storage, wl, DUE, loader=loader)
    assert results[ALICE].status == "retry_later"
    assert "locked" in (results[ALICE].error or "")
    assert results[BOB].status == "sent"
    assert isinstance(SmtpMailer, type)
