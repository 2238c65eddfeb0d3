"""The tables, as SQLAlchemy Core metadata (the migrations in ``migrations/versions`` build the same).

* ``feeds``       one row per feed URL: conditional-GET validators, health, when to poll next.
* ``articles``    stored entries, unique per (feed, key). ``key_hash`` (a digest of ``key``) carries the
  uniqueness so that a hostile feed's huge GUID cannot exceed an index row limit. ``dated_at`` is the
  datetime the article belongs to: ``published``, else ``first_seen``.
* ``analyses``    one row per (article, watchlist): relevance, claim matches and, for relevant articles,
  the story signature (``understand.signature``). ``dated_at`` is copied from the article so that
  "one watchlist's articles of one week" is a single index range.
* ``statements``  baseline (``origin`` "seed", no article) and extracted (``origin`` "feed") statements.
  ``baseline_key`` (a digest of speaker, text, source) makes baseline loading idempotent.
* ``deliveries``  one row per (watchlist, recipient, period): the exactly-once digest record.

Every datetime is stored in UTC through :class:`UtcDateTime` and comes back timezone-aware.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A datetime stored in UTC. Naive values are refused; values come back aware in UTC.

    PostgreSQL keeps it as ``timestamptz``; SQLite (which has no time zones) keeps the naive UTC
    value, whose text form sorts and compares correctly.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given to storage: pass an aware datetime")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


metadata = sa.MetaData()

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_success", UtcDateTime),
    sa.Column("last_new_entry", UtcDateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("last_error_at", UtcDateTime),
    sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_poll", UtcDateTime),
    sa.Column("disabled", sa.Text),
    sa.Column("warning", sa.Text),
    sa.UniqueConstraint("url", name="uq_feeds_url"),
    sa.Index("ix_feeds_next_poll", "next_poll"),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("key_hash", sa.String(32), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("published", UtcDateTime),
    sa.Column("first_seen", UtcDateTime, nullable=False),
    sa.Column("dated_at", UtcDateTime, nullable=False),
    sa.Column("content_hash", sa.Text, nullable=False),
    sa.UniqueConstraint("feed_id", "key_hash", name="uq_articles_feed_key"),
)

analyses = sa.Table(
    "analyses",
    metadata,
    sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("watchlist", sa.Text, primary_key=True),
    sa.Column("dated_at", UtcDateTime, nullable=False),
    sa.Column("relevant", sa.Boolean, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("claims", sa.JSON, nullable=False),
    sa.Column("signature", sa.LargeBinary),  # relevant articles: understand.signature.encode
    sa.Index("ix_analyses_watchlist_dated", "watchlist", "dated_at"),
)

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("watchlist", sa.Text, nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE")),
    sa.Column("speaker", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("stance", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("baseline_key", sa.String(32)),
    sa.UniqueConstraint("watchlist", "baseline_key", name="uq_statements_baseline"),
    sa.Index("ix_statements_watchlist_date", "watchlist", "date", "id"),
    sa.Index("ix_statements_article", "article_id", "watchlist"),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("watchlist", sa.Text, nullable=False),
    sa.Column("recipient", sa.Text, nullable=False),
    sa.Column("since", sa.Date, nullable=False),
    sa.Column("until", sa.Date, nullable=False),
    sa.Column("message_id", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created", UtcDateTime, nullable=False),
    sa.Column("sent_at", UtcDateTime),
    sa.Column("error", sa.Text),
    sa.Column("next_attempt", UtcDateTime),
    sa.UniqueConstraint("watchlist", "recipient", "since", "until", name="uq_deliveries_period"),
)
