"""Deliver due digests exactly once per (watchlist, recipient, period).

For each recipient, independently:

1. A pending delivery left by an earlier call (a temporary failure, or a crash between send and
   record) is finished first, with the *same* period, Message-ID and Date, once its
   ``next_attempt`` has come. A crash after the server accepted it can therefore at worst resend
   the same Message-ID once.
2. The period due now (:func:`monitor.deliver.periods.due_period`) runs from the day after the
   recipient's previous sent digest to the day before the latest scheduled time, so a late or
   missed week is covered by the next digest and nothing is lost.
3. The delivery row is written before sending (``begin_delivery``; an existing row is returned
   unchanged, so a period is never sent under two Message-IDs), ``mark_attempt`` before talking to
   the server, ``mark_sent`` after it accepted.

Temporary failures get a couple of quick retries, then a ``next_attempt`` with exponential backoff;
permanent ones are recorded and not retried (the recipient's next period starts again from their
last sent digest, so its content still arrives next time). One recipient's failure never stops
the others.

A run (one :func:`deliver_due` or :func:`deliver_period` call) sends all its
messages through the one mailer, whose SMTP connection is reused and closed when the run ends
(also when it raises), so a long recipient list opens one connection, not one per message.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from monitor.deliver import periods
from monitor.deliver.compose import compose
from monitor.deliver.mailers import Mailer, close_mailer, mailer_for
from monitor.deliver.message_id import make_message_id
from monitor.errors import MonitorError, PermanentDeliveryError, TemporaryDeliveryError
from monitor.storage.interface import Storage
from monitor.types import Delivery, Digest, Settings, Watchlist

log = logging.getLogger(__name__)

#: (storage, watchlist, since, until, now) -> the digest of that period; monitor.digest.assemble.load_digest
DigestLoader = Callable[[Storage, Watchlist, dt.date, dt.date, dt.datetime], Digest]

QUICK_RETRIES = 2  # extra attempts within one call after a temporary failure
RETRY_PAUSE = 2.0  # seconds before the first quick retry; doubles for the next


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    recipient: str
    status: Literal["sent", "already_sent", "retry_later", "failed", "skipped_empty"]
    message_id: str | None = None
    error: str | None = None


def _load_digest(
    storage: Storage, watchlist: Watchlist, since: dt.date, until: dt.date, now: dt.datetime
) -> Digest:
    from monitor.digest.assemble import load_digest

    return load_digest(storage, watchlist, since, until, now)


@dataclass
class _Run:
    settings: Settings
    storage: Storage
    watchlist: Watchlist
    now: dt.datetime
    mailer: Mailer
    loader: DigestLoader
    quick_retries: int
    retry_pause: float
    sleep: Callable[[float], None]
    rows: tuple[Delivery, ...] = ()
    _digests: dict[tuple[dt.date, dt.date, dt.datetime], Digest] = field(default_factory=dict)

    def digest(self, since: dt.date, until: dt.date, now: dt.datetime) -> Digest:
        key = (since, until, now)
        if key not in self._digests:
            self._digests[key] = self.loader(self.storage, self.watchlist, since, until, now)
        return self._digests[key]

    def existing(self, recipient: str, since: dt.date, until: dt.date) -> Delivery | None:
        for row in self.rows:
            if (row.recipient, row.since, row.until) == (recipient, since, until):
                return row
        return None

    def pending(self, recipient: str, last: Delivery | None) -> Delivery | None:
        """The oldest pending row of this recipient that starts after their last sent digest."""
        rows = [
            row
            for row in self.rows
            if row.recipient == recipient
            and row.status == "pending"
            and (last is None or row.since > last.until)
        ]
        return min(rows, key=lambda r: (r.since, r.id)) if rows else None

    # ------------------------------------------------------------------ one row
    def attempt(self, row: Delivery, *, force: bool = False) -> DeliveryResult:
        recipient = row.recipient
        if row.status == "sent":
            return DeliveryResult(recipient, "already_sent", row.message_id)
        if row.status == "failed":
            return DeliveryResult(recipient, "failed", row.message_id, row.error)
        if not force and row.next_attempt is not None and row.next_attempt > self.now:
            return DeliveryResult(recipient, "retry_later", row.message_id, row.error)
        # Same period, Message-ID and Date on every attempt: a resend is recognisably the same mail.
        digest = self.digest(row.since, row.until, row.created)
        outgoing = compose(
            digest,
            sender=self.settings.smtp.sender,
            recipient=recipient,
            message_id=row.message_id,
            date=row.created,
        )
        attempts = row.attempts
        for retry in range(self.quick_retries + 1):
            self.storage.mark_attempt(row.id, self.now)
            attempts += 1
            try:
                self.mailer.send(outgoing)
            except TemporaryDeliveryError as exc:
                if retry < self.quick_retries:
                    log.info("digest %s to %s: %s; retrying", self.watchlist.name, recipient, exc)
                    self.sleep(self.retry_pause * 2**retry)
                    continue
                retry_at = periods.next_attempt(self.now, attempts)
                self.storage.mark_failed(row.id, self.now, str(exc), permanent=False, next_attempt=retry_at)
                log.warning(
                    "digest %s %s..%s to %s: %s; next attempt %s",
                    self.watchlist.name,
                    row.since,
                    row.until,
                    recipient,
                    exc,
                    retry_at.isoformat(),
                )
                return DeliveryResult(recipient, "retry_later", row.message_id, str(exc))
            except PermanentDeliveryError as exc:
                self.storage.mark_failed(row.id, self.now, str(exc), permanent=True, next_attempt=None)
                log.error(
                    "digest %s %s..%s to %s failed for good: %s",
                    self.watchlist.name,
                    row.since,
                    row.until,
                    recipient,
                    exc,
                )
                return DeliveryResult(recipient, "failed", row.message_id, str(exc))
            self.storage.mark_sent(row.id, self.now)
            log.info(
                "digest %s %s..%s sent to %s %s",
                self.watchlist.name,
                row.since,
                row.until,
                recipient,
                row.message_id,
            )
            return DeliveryResult(recipient, "sent", row.message_id)
        raise AssertionError("unreachable")  # pragma: no cover

    def period(
        self, recipient: str, since: dt.date, until: dt.date, *, skip_empty: bool, force: bool = False
    ) -> DeliveryResult:
        """Deliver (or finish delivering) one recipient's digest of ``since``..``until``."""
        row = self.existing(recipient, since, until)
        if row is None:
            if skip_empty and self.digest(since, until, self.now).is_empty:
                log.info(
                    "digest %s %s..%s to %s: nothing new, skipped (skip_empty)",
                    self.watchlist.name,
                    since,
                    until,
                    recipient,
                )
                return DeliveryResult(recipient, "skipped_empty")
            mid = make_message_id(self.watchlist.name, recipient, since, until, self.settings.smtp.sender)
            row = self.storage.begin_delivery(self.watchlist.name, recipient, since, until, mid, self.now)
        return self.attempt(row, force=force)

    # ------------------------------------------------------------------ one recipient
    def due(self, recipient: str) -> DeliveryResult:
        last = self.storage.last_sent(self.watchlist.name, recipient)
        finished: DeliveryResult | None = None
        left_over = self.pending(recipient, last)
        if left_over is not None:
            finished = self.attempt(left_over)
            if finished.status != "sent":
                return finished
            last = left_over
        if last is not None:
            covered: dt.date | None = last.until
        else:
            # Never sent: start where the first (permanently failed) attempt started, if any,
            # so a digest that could not be delivered is covered by the next one.
            starts = [row.since for row in self.rows if row.recipient == recipient]
            covered = min(starts) - dt.timedelta(days=1) if starts else None
        due = periods.due_period(self.watchlist.schedule, self.now, covered)
        if due is None:
            if finished is not None:
                return finished
            return DeliveryResult(recipient, "already_sent", last.message_id if last else None)
        return self.period(recipient, due.since, due.until, skip_empty=self.watchlist.skip_empty)


def _run(
    settings: Settings,
    storage: Storage,
    watchlist: Watchlist,
    now: dt.datetime,
    mailer: Mailer | None,
    loader: DigestLoader | None,
    quick_retries: int,
    retry_pause: float,
    sleep: Callable[[float], None] | None,
) -> _Run:
    if now.tzinfo is None:
        raise ValueError("deliver_due needs a timezone-aware now")
    return _Run(
        settings=settings,
        storage=storage,
        watchlist=watchlist,
        now=now.astimezone(dt.UTC),
        mailer=mailer if mailer is not None else mailer_for(settings),
        loader=loader if loader is not None else _load_digest,
        quick_retries=max(0, quick_retries),
        retry_pause=retry_pause,
        sleep=sleep if sleep is not None else time.sleep,
    )


def _each_recipient(
    run: _Run, watchlist: Watchlist, one: Callable[[str], DeliveryResult]
) -> tuple[DeliveryResult, ...]:
    results = []
    for recipient in dict.fromkeys(watchlist.recipients):
        try:
            run.rows = run.storage.deliveries(watchlist.name)
            results.append(one(recipient))
        except MonitorError as exc:
            log.error("digest %s to %s: %s; will try again", watchlist.name, recipient, exc)
            results.append(DeliveryResult(recipient, "retry_later", error=str(exc)))
        except Exception as exc:  # one recipient's bug must not stop the others
            log.exception("digest %s to %s: unexpected error", watchlist.name, recipient)
            results.append(DeliveryResult(recipient, "retry_later", error=f"{type(exc).__name__}: {exc}"))
    return tuple(results)


def deliver_due(
    settings: Settings,
    storage: Storage,
    watchlist: Watchlist,
    now: dt.datetime,
    *,
    mailer: Mailer | None = None,
    loader: DigestLoader | None = None,
    quick_retries: int = QUICK_RETRIES,
    retry_pause: float = RETRY_PAUSE,
    sleep: Callable[[float], None] | None = None,
) -> tuple[DeliveryResult, ...]:
    """Send the watchlist's digest to every recipient whose period has ended and who has not had
    it: each covers from that recipient's previous digest to the latest scheduled time not after
    ``now``. One recipient's failure never stops the others.

    ``mailer`` defaults to SMTP when ``settings.smtp.host`` is set, else the outbox folder;
    ``loader`` to :func:`monitor.digest.assemble.load_digest`."""
    run = _run(settings, storage, watchlist, now, mailer, loader, quick_retries, retry_pause, sleep)
    try:
        return _each_recipient(run, watchlist, run.due)
    finally:
        close_mailer(run.mailer)  # one SMTP connection per run, ended here


def deliver_period(
    settings: Settings,
    storage: Storage,
    watchlist: Watchlist,
    since: dt.date,
    until: dt.date,
    now: dt.datetime,
    *,
    mailer: Mailer | None = None,
    loader: DigestLoader | None = None,
    quick_retries: int = QUICK_RETRIES,
    retry_pause: float = RETRY_PAUSE,
    sleep: Callable[[float], None] | None = None,
) -> tuple[DeliveryResult, ...]:
    """Deliver the digest of an explicit period (``monitor digest --send --since --until``), once per
    recipient: a period already sent is not sent again; a pending one is retried now."""
    if since > until:
        raise ValueError(f"since {since} is after until {until}")
    run = _run(settings, storage, watchlist, now, mailer, loader, quick_retries, retry_pause, sleep)
    try:
        return _each_recipient(
            run, watchlist, lambda r: run.period(r, since, until, skip_empty=False, force=True)
        )
    finally:
        close_mailer(run.mailer)
