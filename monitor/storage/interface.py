"""The storage interface: everything ``monitor`` keeps, behind one small protocol.

Implementations: :class:`monitor.storage.sql.SqlStorage` (SQLAlchemy Core; SQLite by default,
PostgreSQL with a ``postgresql://`` URL). One test suite (``tests/storage``) runs against every
implementation, so a new backend proves itself by passing it.

Rules every implementation keeps:

* All datetimes go in and come out timezone-aware in UTC.
* Every method is one transaction: it happens whole or not at all. In particular
  :meth:`Storage.ingest` writes a feed's new articles, their analyses and the feed's new state
  together, so a crash mid-cycle loses nothing (the next poll fetches the entries again) and
  duplicates nothing.
* Ingest is idempotent: an entry whose ``(feed, key)`` is already stored is skipped.
* Errors from the database driver come out as :class:`monitor.errors.StorageError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

from monitor.types import (
    Analysis,
    Article,
    Delivery,
    FeedState,
    NewArticle,
    PolledFeed,
    Statement,
)


class Storage(Protocol):
    # ---------------------------------------------------------------- lifecycle
    def migrate(self) -> None:
        """Create the schema or upgrade it to the latest version. Safe to run any number of times."""

    def schema_version(self) -> str | None:
        """The current migration revision, or None for an empty database."""

    def close(self) -> None:
        """Release connections."""

    # ---------------------------------------------------------------- feeds
    def ensure_feeds(self, urls: Iterable[str]) -> None:
        """Add feeds not yet known, due for polling now. Known feeds are left untouched."""

    def feed(self, url: str) -> FeedState | None:
        """One feed's state, or None if unknown."""

    def feeds(self) -> tuple[FeedState, ...]:
        """Every known feed, ordered by URL."""

    def due_feeds(self, now: dt.datetime, urls: Iterable[str] | None = None) -> tuple[FeedState, ...]:
        """Feeds not disabled whose ``next_poll`` is None or not after ``now`` (only ``urls`` if given),
        never-polled feeds (``next_poll`` None) first, then by ``next_poll``, then by URL."""

    def record_not_modified(self, urls: Sequence[str], now: dt.datetime, next_poll: dt.datetime) -> None:
        """After 304s: set last_success, reset error_count, set next_poll. Writes no entries."""

    def record_failure(
        self,
        url: str,
        now: dt.datetime,
        error: str,
        next_poll: dt.datetime,
        disabled: str | None = None,
    ) -> None:
        """Record a failed poll: last_error(_at), error_count + 1, next_poll; ``disabled`` stops polling."""

    def rename_feed(self, old: str, new: str) -> None:
        """A permanent redirect: the feed (and its articles) now live at ``new``.

        If ``new`` is already a known feed, ``old`` is removed and its articles move to ``new``
        unless ``new`` already has an article with the same key.
        """

    def enable_feed(self, url: str) -> None:
        """Clear ``disabled`` and make the feed due now (a user re-enabled it)."""

    # ---------------------------------------------------------------- articles
    def known_keys(self, feed_url: str, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` are already stored for ``feed_url``."""

    def ingest(
        self,
        feed_url: str,
        now: dt.datetime,
        articles: Sequence[NewArticle],
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        next_poll: dt.datetime,
        warning: str | None = None,
    ) -> tuple[int, ...]:
        """In one transaction: store new articles with their analyses (skipping keys already
        stored), and mark the feed polled successfully (last_success=now, error cleared,
        last_new_entry=now if anything was added, ``FeedState.warning`` set to ``warning``, so
        None clears it). Returns the ids of the articles added."""

    def ingest_many(self, now: dt.datetime, polls: Sequence[PolledFeed]) -> tuple[tuple[int, ...], ...]:
        """What :meth:`ingest` does, for several feeds in one transaction (a poll cycle stores the
        feeds finished together at once). Returns the ids added, per poll, in order."""

    def articles(
        self,
        watchlist: str,
        since: dt.datetime,
        until: dt.datetime,
        *,
        relevant_only: bool = True,
    ) -> tuple[tuple[Article, Analysis], ...]:
        """Articles analysed for ``watchlist`` that belong to ``[since, until)``: by published
        datetime, or by first_seen where published is None. Ordered by that datetime, then id."""

    def count_articles(self) -> int:
        """How many articles are stored (all feeds)."""

    # ---------------------------------------------------------------- statements
    def load_baseline(self, watchlist: str, statements: Sequence[Statement]) -> int:
        """Store baseline (seed) statements; one already stored (same speaker, text, source) is
        skipped. Returns how many were added. Running it twice adds nothing."""

    def statements(self, watchlist: str, *, until: dt.date | None = None) -> tuple[Statement, ...]:
        """Every statement of ``watchlist`` (baseline and extracted from relevant articles),
        known by the end of ``until`` if given: a baseline statement dated on or before it
        (undated ones always included), an article's statement when the article is dated on or
        before it (whatever the statement's own date: an old line re-quoted by a later article was
        not known before that article); ordered by date (undated first), then by insertion."""

    # ---------------------------------------------------------------- deliveries
    def begin_delivery(
        self,
        watchlist: str,
        recipient: str,
        since: dt.date,
        until: dt.date,
        message_id: str,
        now: dt.datetime,
    ) -> Delivery:
        """Create the (watchlist, recipient, since, until) record as pending, or return the
        existing one unchanged (whatever its status). Unique across processes."""

    def mark_attempt(self, delivery_id: int, now: dt.datetime) -> None:
        """Note that a send is about to happen (attempts + 1), before talking to the server."""

    def mark_sent(self, delivery_id: int, now: dt.datetime) -> None:
        """The server accepted the message."""

    def mark_failed(
        self,
        delivery_id: int,
        now: dt.datetime,
        error: str,
        *,
        permanent: bool,
        next_attempt: dt.datetime | None,
    ) -> None:
        """Permanent: status failed, not retried. Temporary: stays pending, retried at next_attempt."""

    def last_sent(self, watchlist: str, recipient: str) -> Delivery | None:
        """The sent delivery with the latest ``until`` for this recipient, or None."""

    def deliveries(self, watchlist: str | None = None) -> tuple[Delivery, ...]:
        """All delivery records (of one watchlist if given), newest period first."""
