"""Stores made in bulk for the benchmark: many synthetic articles, or one week of relevant news.

``bulk_articles`` writes rows straight into the tables (SQLAlchemy Core executemany, the same
columns and key digests as :mod:`monitor.storage.sql`), because a million rows through the
per-feed ingest path would take minutes of setup; ``relevant_week`` goes through the real pipeline
(``understand_entries`` in worker processes, then ``Storage.ingest``) so the digest reads what a
real week would have stored.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import hashlib
import random
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from monitor.reading import understand_entries
from monitor.storage import tables as t
from monitor.storage.interface import Storage
from monitor.storage.sql import _digest as key_digest
from monitor.types import ParsedEntry, Watchlist
from tests.bench import farm

CHUNK = 20_000
WEEK_END = farm.NEWEST  # Sunday evening; the digest is built Monday morning


def prime_feeds(store: Storage, db_url: str, validators: dict[str, Sequence[str | None]]) -> None:
    """Known feeds with the validators the farm's server hands out, polled once already."""
    store.ensure_feeds(list(validators))
    engine = sa.create_engine(db_url)
    long_ago = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with engine.begin() as conn:
        conn.execute(
            t.feeds.update()
            .where(t.feeds.c.url == sa.bindparam("b_url"))
            .values(
                etag=sa.bindparam("b_etag"),
                last_modified=sa.bindparam("b_lm"),
                last_success=long_ago,
                next_poll=None,
            ),
            [{"b_url": u, "b_etag": v[0], "b_lm": v[1]} for u, v in validators.items()],
        )
    engine.dispose()


def bulk_articles(db_url: str, urls: Sequence[str], count: int) -> None:
    """``count`` synthetic articles spread evenly over ``urls``: every tenth one relevant, with an
    analysis row each and a statement for the relevant ones."""
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        feed_ids = dict(conn.execute(sa.select(t.feeds.c.url, t.feeds.c.id)).tuples().all())
        ids = [feed_ids[u] for u in urls]
        start = int(conn.scalar(sa.select(sa.func.coalesce(sa.func.max(t.articles.c.id), 0))) or 0)
    base = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    filler = " ".join(farm.FILLER)[:600]
    for lo in range(0, count, CHUNK):
        articles: list[dict[str, Any]] = []
        analyses: list[dict[str, Any]] = []
        statements: list[dict[str, Any]] = []
        for n in range(lo, min(lo + CHUNK, count)):
            article_id = start + n + 1
            key = f"urn:bench:{n}"
            when = base + dt.timedelta(minutes=3 * n)
            relevant = n % 10 == 0
            text = f"Synthetic article {n}. {filler}"
            articles.append(
                {
                    "id": article_id,
                    "feed_id": ids[n % len(ids)],
                    "key": key,
                    "key_hash": key_digest(key),
                    "url": f"https://archive.example.com/{n}",
                    "title": f"Archived story {n}",
                    "text": text,
                    "source": "Archive",
                    "published": when,
                    "first_seen": when,
                    "dated_at": when,
                    "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                }
            )
            analyses.append(
                {
                    "article_id": article_id,
                    "watchlist": "defenders",
                    "dated_at": when,
                    "relevant": relevant,
                    "score": 3.0 if relevant else 0.0,
                    "reasons": ["synthetic"],
                    "claims": [],
                }
            )
            if relevant:
                statements.append(
                    {
                        "watchlist": "defenders",
                        "article_id": article_id,
                        "speaker": "Charlie Cox",
                        "text": f"I would love to do it again ({n}).",
                        "stance": "positive",
                        "kind": "quote",
                        "date": when.date(),
                        "source": "Archive",
                        "url": f"https://archive.example.com/{n}",
                        "origin": "feed",
                        "note": "",
                    }
                )
        with engine.begin() as conn:
            conn.execute(t.articles.insert(), articles)
            conn.execute(t.analyses.insert(), analyses)
            if statements:
                conn.execute(t.statements.insert(), statements)
    engine.dispose()


COPIES = 5  # a week's story reaches several outlets: each is stored this many times


def _entries(lo: int, hi: int) -> list[ParsedEntry]:
    out = []
    week = (6 * 24 + 18) * 60  # minutes from the first day's midnight to the last evening
    for n in range(lo, hi):
        story = n // COPIES
        rng = random.Random(7_000_003 + story)
        title, html = farm.defenders_story(rng, story, distinct=True)
        published = WEEK_END - dt.timedelta(minutes=(story * 37) % week + n % COPIES)
        out.append(
            ParsedEntry(
                key=f"urn:week:{n}",
                title=title,
                link=f"https://week.example.com/{n}",
                guid=f"urn:week:{n}",
                summary_html="",
                content_html=html,
                author=None,
                published=published,
            )
        )
    return out


def _understand(lo: int, hi: int, watchlist: Watchlist) -> Any:
    return understand_entries(_entries(lo, hi), source=f"Outlet {lo // 100}", watchlists=(watchlist,))


def relevant_week(
    store: Storage, watchlist: Watchlist, count: int, *, workers: int = 2
) -> tuple[dt.date, dt.date, dt.datetime]:
    """Store Defenders stories published over one week (100 per synthetic feed) until ``count``
    of them are relevant for ``watchlist``; returns the digest's (since, until, now)."""
    now = WEEK_END + dt.timedelta(hours=14)
    relevant, lo = 0, 0
    with cf.ProcessPoolExecutor(workers) as pool:
        while relevant < count:
            # Ask for a little more than is missing: a few stories fall short of relevance.
            wanted = count - relevant
            batches = [(b, min(b + 100, lo + wanted)) for b in range(lo, lo + wanted, 100)]
            lo = batches[-1][1]
            futures = [pool.submit(_understand, b, e, watchlist) for b, e in batches]
            for (b, _e), future in zip(batches, futures, strict=True):
                understood = future.result()
                keep = []
                for article in understood.articles:
                    if relevant < count and article.analyses[0][1].relevance.relevant:
                        relevant += 1
                        keep.append(article)
                store.ingest(
                    f"https://week.example.com/feed/{b // 100}",
                    WEEK_END,
                    keep,
                    etag=None,
                    last_modified=None,
                    title=f"Outlet {b // 100}",
                    next_poll=now,
                )
    return (WEEK_END - dt.timedelta(days=6)).date(), WEEK_END.date(), now
