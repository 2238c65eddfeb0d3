"""Delivery records: one per (watchlist, recipient, period), whatever the number of processes."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest

from monitor.errors import StorageError
from monitor.storage.sql import SqlStorage
from monitor.types import Delivery

from .helpers import T0, WL, assert_all_utc, hours

D = dt.date
WEEK = (D(2025, 4, 28), D(2025, 5, 4))
ANN = "ann@example.org"


def begin(
    storage: SqlStorage, recipient: str = ANN, period: tuple[dt.date, dt.date] = WEEK, **kw: object
) -> Delivery:
    message_id = str(kw.get("message_id", f"<{period[0]}.{recipient}@monitor>"))
    return storage.begin_delivery(WL, recipient, period[0], period[1], message_id, T0)


def test_begin_delivery_creates_a_pending_record(storage: SqlStorage) -> None:
    made = begin(storage)
    assert (made.watchlist, made.recipient, made.since, made.until) == (WL, ANN, *WEEK)
    assert (made.status, made.attempts, made.created, made.sent_at, made.error) == (
        "pending",
        0,
        T0,
        None,
        None,
    )
    assert made.message_id == f"<{WEEK[0]}.{ANN}@monitor>"
    assert_all_utc(made)


def test_begin_delivery_returns_the_existing_record_unchanged(storage: SqlStorage) -> None:
    made = begin(storage, message_id="<first@monitor>")
    storage.mark_attempt(made.id, T0)
    storage.mark_sent(made.id, T0 + hours(1))
    again = begin(storage, message_id="<second@monitor>")
    assert again.id == made.id
    assert (again.message_id, again.status, again.attempts) == ("<first@monitor>", "sent", 1)
    assert len(storage.deliveries()) == 1


def test_begin_delivery_is_unique_across_storages(open_store: Callable[[], SqlStorage]) -> None:
    stores = [open_store() for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    results: list[Delivery] = []
    errors: list[BaseException] = []

    def run(store: SqlStorage, n: int) -> None:
        try:
            barrier.wait(timeout=10)
            results.append(begin(store, message_id=f"<attempt-{n}@monitor>"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s, n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert len(results) == 4
    assert len({r.id for r in results}) == 1
    assert len({r.message_id for r in results}) == 1
    assert len(stores[0].deliveries()) == 1


def test_attempts_sent_and_failures(storage: SqlStorage) -> None:
    made = begin(storage)
    storage.mark_attempt(made.id, T0)
    storage.mark_failed(made.id, T0, "421 try later", permanent=False, next_attempt=T0 + hours(1))
    [record] = storage.deliveries()
    assert (record.status, record.attempts, record.error, record.next_attempt) == (
        "pending",
        1,
        "421 try later",
        T0 + hours(1),
    )
    storage.mark_attempt(made.id, T0 + hours(1))
    storage.mark_sent(made.id, T0 + hours(1))
    [record] = storage.deliveries()
    assert (record.status, record.attempts, record.sent_at, record.error, record.next_attempt) == (
        "sent",
        2,
        T0 + hours(1),
        None,
        None,
    )
    assert_all_utc(record)


def test_a_permanent_failure_is_final(storage: SqlStorage) -> None:
    made = begin(storage)
    storage.mark_attempt(made.id, T0)
    storage.mark_failed(made.id, T0, "550 no such user", permanent=True, next_attempt=T0 + hours(1))
    [record] = storage.deliveries()
    assert (record.status, record.error, record.next_attempt) == ("failed", "550 no such user", None)
    assert storage.last_sent(WL, ANN) is None


def test_marking_an_unknown_delivery_is_an_error(storage: SqlStorage) -> None:
    with pytest.raises(StorageError, match="no delivery 999"):
        storage.mark_sent(999, T0)
    with pytest.raises(StorageError, match="no delivery 999"):
        storage.mark_attempt(999, T0)


def test_last_sent_is_the_latest_sent_period_of_that_recipient(storage: SqlStorage) -> None:
    assert storage.last_sent(WL, ANN) is None
    older = begin(storage, period=(D(2025, 4, 21), D(2025, 4, 27)))
    newer = begin(storage, period=WEEK)
    pending = begin(storage, period=(D(2025, 5, 5), D(2025, 5, 11)))
    other = begin(storage, recipient="bob@example.org", period=(D(2025, 6, 1), D(2025, 6, 7)))
    for record in (newer, older, other):
        storage.mark_sent(record.id, T0)
    latest = storage.last_sent(WL, ANN)
    assert latest is not None
    assert latest.id == newer.id
    assert pending.status == "pending"
    assert storage.last_sent("other watchlist", ANN) is None


def test_deliveries_newest_period_first_and_per_watchlist(storage: SqlStorage) -> None:
    begin(storage, period=(D(2025, 4, 21), D(2025, 4, 27)))
    begin(storage, period=(D(2025, 5, 5), D(2025, 5, 11)))
    begin(storage, period=WEEK)
    storage.begin_delivery("other", ANN, *WEEK, "<other@monitor>", T0)
    assert [d.since for d in storage.deliveries(WL)] == [D(2025, 5, 5), D(2025, 4, 28), D(2025, 4, 21)]
    assert len(storage.deliveries()) == 4
    assert [d.watchlist for d in storage.deliveries("other")] == ["other"]
    assert storage.deliveries("nobody") == ()
