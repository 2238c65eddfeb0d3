"""Initial schema: feeds, articles, analyses, statements, deliveries.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_success", _utc()),
        sa.Column("last_new_entry", _utc()),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", _utc()),
        sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_poll", _utc()),
        sa.Column("disabled", sa.Text),
        sa.Column("warning", sa.Text),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )
    op.create_index("ix_feeds_next_poll", "feeds", ["next_poll"])

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("key_hash", sa.String(32), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("published", _utc()),
        sa.Column("first_seen", _utc(), nullable=False),
        sa.Column("dated_at", _utc(), nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.UniqueConstraint("feed_id", "key_hash", name="uq_articles_feed_key"),
    )

    op.create_table(
        "analyses",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("watchlist", sa.Text, primary_key=True),
        sa.Column("dated_at", _utc(), nullable=False),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("claims", sa.JSON, nullable=False),
    )
    op.create_index("ix_analyses_watchlist_dated", "analyses", ["watchlist", "dated_at"])

    op.create_table(
        "statements",
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
    )
    op.create_index("ix_statements_watchlist_date", "statements", ["watchlist", "date", "id"])
    op.create_index("ix_statements_article", "statements", ["article_id", "watchlist"])

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("watchlist", sa.Text, nullable=False),
        sa.Column("recipient", sa.Text, nullable=False),
        sa.Column("since", sa.Date, nullable=False),
        sa.Column("until", sa.Date, nullable=False),
        sa.Column("message_id", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created", _utc(), nullable=False),
        sa.Column("sent_at", _utc()),
        sa.Column("error", sa.Text),
        sa.Column("next_attempt", _utc()),
        sa.UniqueConstraint("watchlist", "recipient", "since", "until", name="uq_deliveries_period"),
    )


def downgrade() -> None:
    op.drop_table("deliveries")
    op.drop_table("statements")
    op.drop_table("analyses")
    op.drop_table("articles")
    op.drop_table("feeds")
