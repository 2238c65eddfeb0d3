"""The one Storage implementation: SQLAlchemy Core over SQLite (default) or PostgreSQL.

Every public method is one transaction (see :mod:`monitor.storage.interface`). On SQLite a method
that writes opens its transaction with ``BEGIN IMMEDIATE``, so two processes never both read and
then fail to upgrade to a write; readers never block in WAL mode. Every SQLAlchemy or driver error
leaves as :class:`monitor.errors.StorageError` naming the URL (password masked) and a likely fix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.util.exc import CommandError
from sqlalchemy.dialects import postgresql, sqlite

from monitor.errors import StorageError
from monitor.storage import tables as t
from monitor.storage.engine import hint, make_engine
from monitor.storage.urls import database_url, masked
from monitor.types import (
    Analysis,
    Article,
    ClaimMatch,
    Delivery,
    FeedState,
    NewArticle,
    PolledFeed,
    Relevance,
    Statement,
)
from monitor.understand.signature import decode, encode

CHUNK = 500  # values per IN list or per UPDATE, well under every backend's bind-parameter limit
MIGRATIONS = Path(__file__).with_name("migrations")

_FEED_COLUMNS = [c for c in t.feeds.c if c.name != "id"]
_DELIVERY_COLUMNS = list(t.deliveries.c)
_STATEMENT_COLUMNS = [
    t.statements.c.article_id,
    t.statements.c.speaker,
    t.statements.c.text,
    t.statements.c.stance,
    t.statements.c.kind,
    t.statements.c.date,
    t.statements.c.source,
    t.statements.c.url,
    t.statements.c.origin,
    t.statements.c.note,
]

# Statements of the hot paths, built once (their compiled form is cached by SQLAlchemy).
_FEED_ID = sa.select(t.feeds.c.id).where(t.feeds.c.url == sa.bindparam("url"))
_STORED_HASHES = sa.select(t.articles.c.key_hash).where(
    t.articles.c.feed_id == sa.bindparam("feed_id"),
    t.articles.c.key_hash.in_(sa.bindparam("hashes", expanding=True)),
)
_NOT_MODIFIED = (
    t.feeds.update()
    .where(t.feeds.c.url.in_(sa.bindparam("urls", expanding=True)))
    .values(
        last_success=sa.bindparam("b_now", type_=t.UtcDateTime),
        last_error=None,
        error_count=0,
        next_poll=sa.bindparam("b_next", type_=t.UtcDateTime),
    )
)
_POLLED = (
    t.feeds.update()
    .where(t.feeds.c.id == sa.bindparam("b_id"))
    .values(
        etag=sa.bindparam("b_etag", type_=sa.Text),
        last_modified=sa.bindparam("b_last_modified", type_=sa.Text),
        title=sa.func.coalesce(sa.bindparam("b_title", type_=sa.Text), t.feeds.c.title),
        last_success=sa.bindparam("b_now", type_=t.UtcDateTime),
        last_new_entry=sa.func.coalesce(
            sa.bindparam("b_new_entry", type_=t.UtcDateTime), t.feeds.c.last_new_entry
        ),
        last_error=None,
        error_count=0,
        next_poll=sa.bindparam("b_next", type_=t.UtcDateTime),
        warning=sa.bindparam("b_warning", type_=sa.Text),
    )
)


def _digest(*parts: str | None) -> str:
    """A 128-bit hex digest that tells ``None`` from ``""`` and never mixes up part boundaries."""
    data = json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:32]


def _clean(text: str) -> str:
    """Text both backends accept: no NUL characters (PostgreSQL refuses them), valid UTF-8."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _clean_opt(text: str | None) -> str | None:
    return None if text is None else _clean(text)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _feed_state(m: sa.RowMapping) -> FeedState:
    return FeedState(**{c.name: m[c.name] for c in _FEED_COLUMNS})


def _delivery(m: sa.RowMapping) -> Delivery:
    return Delivery(**{c.name: m[c.name] for c in _DELIVERY_COLUMNS})


def _statement(m: sa.RowMapping) -> Statement:
    return Statement(**{c.name: m[c.name] for c in _STATEMENT_COLUMNS})


class SqlStorage:
    """Storage in any SQLAlchemy URL of SQLite or PostgreSQL (see :func:`database_url`)."""

    def __init__(self, url: str) -> None:
        self._url = database_url(url)
        self.url = masked(url.strip())  # as the user wrote it (the engine's may name the driver)
        try:
            self._engine = make_engine(self._url)
        except ImportError as exc:
            raise StorageError(
                f"{self.url}: the database driver is not installed ({exc}); "
                "for PostgreSQL run: pip install 'defenders-monitor[postgres]'"
            ) from exc
        except sa.exc.SQLAlchemyError as exc:
            raise StorageError(
                f"{self.url}: cannot use this database URL: {exc}. "
                "Use sqlite:///path/to/file.db or postgresql://user@host:5432/dbname."
            ) from exc
        self._sqlite = self._url.get_backend_name() == "sqlite"
        self._insert_feed = self._insert(t.feeds).on_conflict_do_nothing(index_elements=["url"])
        self._insert_articles = (
            self._insert(t.articles)
            .on_conflict_do_nothing(index_elements=["feed_id", "key_hash"])
            .returning(t.articles.c.id, t.articles.c.feed_id, t.articles.c.key_hash)
        )
        # RETURNING makes SQLAlchemy send many rows per INSERT ("insertmanyvalues") on every driver,
        # where psycopg's own executemany would send one statement per row.
        self._insert_analyses = t.analyses.insert().returning(t.analyses.c.article_id)
        self._insert_statements = t.statements.insert().returning(t.statements.c.id)

    def __repr__(self) -> str:
        return f"SqlStorage({self.url!r})"

    def __enter__(self) -> SqlStorage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _tx(self, action: str, *, write: bool = False) -> Iterator[sa.Connection]:
        """One transaction; every database error becomes a StorageError about ``action``."""
        try:
            with self._engine.connect() as conn:
                if write:
                    conn.execution_options(monitor_write=True)
                with conn.begin():
                    yield conn
        except sa.exc.SQLAlchemyError as exc:
            orig = getattr(exc, "orig", None) or exc
            reason = " ".join(str(orig).split()) or type(orig).__name__
            stop = "" if reason.endswith((".", "?", "!")) else "."
            raise StorageError(f"{self.url}: could not {action}: {reason}{stop} {hint(exc, reason)}") from exc

    def _insert(self, table: sa.Table) -> sqlite.Insert | postgresql.Insert:
        return sqlite.insert(table) if self._sqlite else postgresql.insert(table)

    def _feed_ids(self, conn: sa.Connection, urls: Sequence[str]) -> dict[str, int]:
        """The ids of ``urls``' feeds, registering those that are new."""
        wanted = list(dict.fromkeys(urls))
        conn.execute(self._insert_feed, [{"url": u} for u in wanted])
        found: dict[str, int] = {}
        for chunk in _chunks(wanted):
            query = sa.select(t.feeds.c.url, t.feeds.c.id).where(t.feeds.c.url.in_(chunk))
            found.update((url, id_) for url, id_ in conn.execute(query))
        return found

    def _feed_id(self, conn: sa.Connection, url: str, *, create: bool) -> int | None:
        feed_id: int | None = conn.scalar(_FEED_ID, {"url": url})
        if feed_id is None and create:
            conn.execute(self._insert_feed, {"url": url})
            feed_id = conn.scalar(_FEED_ID, {"url": url})
        return feed_id

    def _alembic(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.set_main_option("path_separator", "os")
        return config

    # ------------------------------------------------------------------ lifecycle
    def migrate(self) -> None:
        config = self._alembic()
        with self._tx("create or upgrade the schema", write=True) as conn:
            if not self._sqlite:  # one migrator at a time per schema, whatever the processes
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(current_schema()))"))
            config.attributes["connection"] = conn
            try:
                command.upgrade(config, "head")
            except CommandError as exc:
                raise StorageError(
                    f"{self.url}: could not upgrade the schema: {exc}. If the database was made by a "
                    "newer version of monitor, upgrade monitor."
                ) from exc

    def schema_version(self) -> str | None:
        with self._tx("read the schema version") as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self._engine.dispose()

    # ------------------------------------------------------------------ feeds
    def ensure_feeds(self, urls: Iterable[str]) -> None:
        rows = [{"url": url} for url in dict.fromkeys(urls)]
        if not rows:
            return
        with self._tx("add feeds", write=True) as conn:
            conn.execute(self._insert_feed, rows)

    def feed(self, url: str) -> FeedState | None:
        with self._tx(f"read the feed {url}") as conn:
            row = conn.execute(sa.select(*_FEED_COLUMNS).where(t.feeds.c.url == url)).first()
        return None if row is None else _feed_state(row._mapping)

    def feeds(self) -> tuple[FeedState, ...]:
        with self._tx("read the feeds") as conn:
            rows = conn.execute(sa.select(*_FEED_COLUMNS).order_by(t.feeds.c.url)).all()
        return tuple(_feed_state(r._mapping) for r in rows)

    def due_feeds(self, now: dt.datetime, urls: Iterable[str] | None = None) -> tuple[FeedState, ...]:
        """Ordered by ``next_poll`` (never-polled feeds first), then URL."""
        f = t.feeds.c
        query = (
            sa.select(*_FEED_COLUMNS)
            .where(f.disabled.is_(None), sa.or_(f.next_poll.is_(None), f.next_poll <= now))
            .order_by(f.next_poll.asc().nulls_first(), f.url)
        )
        wanted = None if urls is None else set(urls)
        if wanted is not None and len(wanted) <= CHUNK:
            query = query.where(f.url.in_(wanted))
        with self._tx("read the due feeds") as conn:
            rows = conn.execute(query).all()
        states = (_feed_state(r._mapping) for r in rows)
        return tuple(s for s in states if wanted is None or s.url in wanted)

    def record_not_modified(self, urls: Sequence[str], now: dt.datetime, next_poll: dt.datetime) -> None:
        if not urls:
            return
        with self._tx("record unchanged feeds", write=True) as conn:
            for chunk in _chunks(list(dict.fromkeys(urls))):
                conn.execute(_NOT_MODIFIED, {"urls": chunk, "b_now": now, "b_next": next_poll})

    def record_failure(
        self,
        url: str,
        now: dt.datetime,
        error: str,
        next_poll: dt.datetime,
        disabled: str | None = None,
    ) -> None:
        f = t.feeds.c
        values: dict[str, Any] = {
            "last_error": _clean(error),
            "last_error_at": now,
            "error_count": f.error_count + 1,
            "next_poll": next_poll,
        }
        if disabled is not None:
            values["disabled"] = _clean(disabled)
        with self._tx(f"record the failure of {url}", write=True) as conn:
            feed_id = self._feed_id(conn, url, create=True)
            conn.execute(t.feeds.update().where(f.id == feed_id).values(values))

    def rename_feed(self, old: str, new: str) -> None:
        if old == new:
            return
        a = t.articles.c
        with self._tx(f"rename the feed {old} to {new}", write=True) as conn:
            old_id = self._feed_id(conn, old, create=False)
            if old_id is None:
                return
            new_id = self._feed_id(conn, new, create=False)
            if new_id is None:
                conn.execute(t.feeds.update().where(t.feeds.c.id == old_id).values(url=new))
                return
            # Merge: articles ``new`` already has (same key) go, with their analyses and statements.
            held = sa.select(a.key_hash).where(a.feed_id == new_id).scalar_subquery()
            conn.execute(t.articles.delete().where(a.feed_id == old_id, a.key_hash.in_(held)))
            conn.execute(t.articles.update().where(a.feed_id == old_id).values(feed_id=new_id))
            conn.execute(t.feeds.delete().where(t.feeds.c.id == old_id))

    def enable_feed(self, url: str) -> None:
        """Also resets the failure count, so the feed's back-off starts afresh."""
        values = {"disabled": None, "next_poll": None, "error_count": 0}
        with self._tx(f"enable the feed {url}", write=True) as conn:
            conn.execute(t.feeds.update().where(t.feeds.c.url == url).values(values))

    # ------------------------------------------------------------------ articles
    def _stored_hashes(self, conn: sa.Connection, feed_id: int, hashes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(hashes):
            found.update(conn.scalars(_STORED_HASHES, {"feed_id": feed_id, "hashes": chunk}))
        return found

    def known_keys(self, feed_url: str, keys: Sequence[str]) -> set[str]:
        by_hash = {_digest(k): k for k in keys}
        if not by_hash:
            return set()
        with self._tx(f"read the stored entries of {feed_url}") as conn:
            feed_id = self._feed_id(conn, feed_url, create=False)
            if feed_id is None:
                return set()
            stored = self._stored_hashes(conn, feed_id, list(by_hash))
        return {by_hash[h] for h in stored}

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
        poll = PolledFeed(feed_url, tuple(articles), etag, last_modified, title, next_poll, warning)
        return self.ingest_many(now, [poll])[0]

    def ingest_many(self, now: dt.datetime, polls: Sequence[PolledFeed]) -> tuple[tuple[int, ...], ...]:
        if not polls:
            return ()
        what = polls[0].feed_url if len(polls) == 1 else f"{len(polls)} feeds ({polls[0].feed_url}, ...)"
        with self._tx(f"store the entries of {what}", write=True) as conn:
            rows: list[dict[str, Any]] = []
            wanted: list[list[tuple[tuple[int, str], NewArticle]]] = []  # per poll: (feed, key hash)
            taken: set[tuple[int, str]] = set()  # a key twice (in one feed, or one feed twice): first wins
            ids_of = self._feed_ids(conn, [p.feed_url for p in polls])
            feed_ids = [ids_of[p.feed_url] for p in polls]
            for poll, feed_id in zip(polls, feed_ids, strict=True):
                mine = []
                for a in poll.articles:
                    key_hash = _digest(a.key)
                    if (feed_id, key_hash) in taken:
                        continue
                    taken.add((feed_id, key_hash))
                    mine.append(((feed_id, key_hash), a))
                    rows.append(
                        {
                            "feed_id": feed_id,
                            "key": _clean(a.key),
                            "key_hash": key_hash,
                            "url": _clean_opt(a.url),
                            "title": _clean(a.title),
                            "text": _clean(a.text),
                            "source": _clean(a.source),
                            "published": a.published,
                            "first_seen": now,
                            "dated_at": a.published or now,
                            "content_hash": a.content_hash,
                        }
                    )
                wanted.append(mine)
            added: dict[tuple[int, str], int] = {}
            if rows:  # a key already stored conflicts: not inserted, so not returned, so not added
                result = conn.execute(self._insert_articles, rows)
                added = {(feed_id, key_hash): article_id for article_id, feed_id, key_hash in result}
            ids = [tuple(added[k] for k, _ in mine if k in added) for mine in wanted]
            self._store_analyses(conn, [(added[k], a) for mine in wanted for k, a in mine if k in added], now)
            polled = [
                {
                    "b_id": feed_id,
                    "b_etag": _clean_opt(poll.etag),
                    "b_last_modified": _clean_opt(poll.last_modified),
                    "b_title": _clean_opt(poll.title),
                    "b_now": now,
                    "b_new_entry": now if new else None,
                    "b_next": poll.next_poll,
                    "b_warning": _clean_opt(poll.warning),
                }
                for poll, feed_id, new in zip(polls, feed_ids, ids, strict=True)
            ]
            conn.execute(_POLLED, polled)
        return tuple(ids)

    def _store_analyses(
        self, conn: sa.Connection, added: Sequence[tuple[int, NewArticle]], now: dt.datetime
    ) -> None:
        analyses: list[dict[str, Any]] = []
        statements: list[dict[str, Any]] = []
        for article_id, article in added:
            for watchlist, analysis in article.analyses:
                rel = analysis.relevance
                analyses.append(
                    {
                        "article_id": article_id,
                        "watchlist": watchlist,
                        "dated_at": article.published or now,
                        "relevant": rel.relevant,
                        "score": rel.score,
                        "reasons": [_clean(r) for r in rel.reasons],
                        "claims": [
                            {"claim": c.claim, "relation": c.relation, "confidence": c.confidence}
                            for c in analysis.claims
                        ],
                        "signature": None if analysis.signature is None else encode(analysis.signature),
                    }
                )
                statements.extend(
                    self._statement_row(watchlist, s, article_id=article_id, origin="feed")
                    for s in analysis.statements
                )
        if analyses:
            conn.execute(self._insert_analyses, analyses)
        if statements:
            conn.execute(self._insert_statements, statements)

    @staticmethod
    def _statement_row(
        watchlist: str, s: Statement, *, article_id: int | None, origin: str, baseline_key: str | None = None
    ) -> dict[str, Any]:
        return {
            "watchlist": watchlist,
            "article_id": article_id,
            "speaker": _clean_opt(s.speaker),
            "text": _clean(s.text),
            "stance": s.stance,
            "kind": s.kind,
            "date": s.date,
            "source": _clean(s.source),
            "url": _clean_opt(s.url),
            "origin": origin,
            "note": _clean(s.note),
            "baseline_key": baseline_key,
        }

    def articles(
        self,
        watchlist: str,
        since: dt.datetime,
        until: dt.datetime,
        *,
        relevant_only: bool = True,
    ) -> tuple[tuple[Article, Analysis], ...]:
        a, n, f, s = t.articles.c, t.analyses.c, t.feeds.c, t.statements.c
        where = [n.watchlist == watchlist, n.dated_at >= since, n.dated_at < until]
        if relevant_only:
            where.append(n.relevant.is_(sa.true()))
        query = (
            sa.select(
                a.id,
                f.url.label("feed_url"),
                a.key,
                a.url,
                a.title,
                a.text,
                a.source,
                a.published,
                a.first_seen,
                n.relevant,
                n.score,
                n.reasons,
                n.claims,
                n.signature,
            )
            .select_from(t.analyses.join(t.articles, a.id == n.article_id).join(t.feeds, f.id == a.feed_id))
            .where(*where)
            .order_by(n.dated_at, n.article_id)
        )
        said = (
            sa.select(*_STATEMENT_COLUMNS)
            .select_from(
                t.statements.join(
                    t.analyses, sa.and_(n.article_id == s.article_id, n.watchlist == s.watchlist)
                )
            )
            .where(*where)
            .order_by(s.id)
        )
        with self._tx(f"read the articles of {watchlist}") as conn:
            rows = conn.execute(query).all()
            by_article: dict[int, list[Statement]] = {}
            for row in conn.execute(said):
                by_article.setdefault(row.article_id, []).append(_statement(row._mapping))
        result = []
        for row in rows:
            (article_id, feed_url, key, url, title, text, source, published, first_seen) = row[:9]
            relevant, score, reasons, claims, signature = row[9:]
            article = Article(article_id, feed_url, key, url, title, text, source, published, first_seen)
            analysis = Analysis(
                relevance=Relevance(relevant=relevant, score=score, reasons=tuple(reasons)),
                statements=tuple(by_article.get(article_id, ())),
                claims=tuple(ClaimMatch(c["claim"], c["relation"], c["confidence"]) for c in claims),
                signature=decode(signature),
            )
            result.append((article, analysis))
        return tuple(result)

    def count_articles(self) -> int:
        with self._tx("count the articles") as conn:
            return int(conn.scalar(sa.select(sa.func.count()).select_from(t.articles)) or 0)

    # ------------------------------------------------------------------ statements
    def load_baseline(self, watchlist: str, statements: Sequence[Statement]) -> int:
        """Baseline statements are stored with ``origin`` "seed" whatever the value given."""
        rows: dict[str, dict[str, Any]] = {}
        for s in statements:
            key = _digest(s.speaker, s.text, s.source)
            rows.setdefault(
                key,
                self._statement_row(watchlist, s, article_id=s.article_id, origin="seed", baseline_key=key),
            )
        if not rows:
            return 0
        s_ = t.statements.c
        with self._tx(f"load the baseline of {watchlist}", write=True) as conn:
            stored: set[str] = set()
            for chunk in _chunks(list(rows)):
                query = sa.select(s_.baseline_key).where(
                    s_.watchlist == watchlist, s_.baseline_key.in_(chunk)
                )
                stored.update(k for k in conn.scalars(query) if k is not None)
            new = [row for key, row in rows.items() if key not in stored]
            if not new:
                return 0
            insert = (
                self._insert(t.statements)
                .on_conflict_do_nothing(index_elements=["watchlist", "baseline_key"])
                .returning(s_.id)
            )
            return len(conn.execute(insert, new).all())

    def statements(self, watchlist: str, *, until: dt.date | None = None) -> tuple[Statement, ...]:
        s, n = t.statements.c, t.analyses.c
        query = (
            sa.select(*_STATEMENT_COLUMNS)
            .select_from(
                t.statements.outerjoin(
                    t.analyses, sa.and_(n.article_id == s.article_id, n.watchlist == s.watchlist)
                )
            )
            .where(s.watchlist == watchlist, sa.or_(s.article_id.is_(None), n.relevant.is_(sa.true())))
            .order_by(s.date.asc().nulls_first(), s.id)
        )
        if until is not None:
            # a baseline statement counts from its date; an article's from the article's own date
            # (a line it re-quotes may be dated years before, but was not known before it appeared)
            end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
            query = query.where(
                sa.or_(
                    sa.and_(s.article_id.is_(None), sa.or_(s.date.is_(None), s.date <= until)),
                    n.dated_at < end,
                )
            )
        with self._tx(f"read the statements of {watchlist}") as conn:
            return tuple(_statement(r._mapping) for r in conn.execute(query))

    # ------------------------------------------------------------------ deliveries
    def begin_delivery(
        self,
        watchlist: str,
        recipient: str,
        since: dt.date,
        until: dt.date,
        message_id: str,
        now: dt.datetime,
    ) -> Delivery:
        d = t.deliveries.c
        key = {"watchlist": watchlist, "recipient": recipient, "since": since, "until": until}
        insert = self._insert(t.deliveries).on_conflict_do_nothing(
            index_elements=["watchlist", "recipient", "since", "until"]
        )
        with self._tx(f"record the delivery to {recipient}", write=True) as conn:
            conn.execute(
                insert, {**key, "message_id": message_id, "status": "pending", "attempts": 0, "created": now}
            )
            row = conn.execute(
                sa.select(*_DELIVERY_COLUMNS).where(*(d[name] == value for name, value in key.items()))
            ).one()
        return _delivery(row._mapping)

    def _update_delivery(self, delivery_id: int, action: str, values: Mapping[str, Any]) -> None:
        with self._tx(action, write=True) as conn:
            result = conn.execute(
                t.deliveries.update().where(t.deliveries.c.id == delivery_id).values(values)
            )
            if result.rowcount == 0:
                raise StorageError(f"{self.url}: could not {action}: there is no delivery {delivery_id}")

    def mark_attempt(self, delivery_id: int, now: dt.datetime) -> None:
        values = {"attempts": t.deliveries.c.attempts + 1}
        self._update_delivery(delivery_id, f"count an attempt of delivery {delivery_id}", values)

    def mark_sent(self, delivery_id: int, now: dt.datetime) -> None:
        values = {"status": "sent", "sent_at": now, "error": None, "next_attempt": None}
        self._update_delivery(delivery_id, f"mark delivery {delivery_id} sent", values)

    def mark_failed(
        self,
        delivery_id: int,
        now: dt.datetime,
        error: str,
        *,
        permanent: bool,
        next_attempt: dt.datetime | None,
    ) -> None:
        values = {
            "status": "failed" if permanent else "pending",
            "error": _clean(error),
            "next_attempt": None if permanent else next_attempt,
        }
        self._update_delivery(delivery_id, f"mark delivery {delivery_id} failed", values)

    def last_sent(self, watchlist: str, recipient: str) -> Delivery | None:
        d = t.deliveries.c
        query = (
            sa.select(*_DELIVERY_COLUMNS)
            .where(d.watchlist == watchlist, d.recipient == recipient, d.status == "sent")
            .order_by(d.until.desc(), d.id.desc())
            .limit(1)
        )
        with self._tx(f"read the last delivery to {recipient}") as conn:
            row = conn.execute(query).first()
        return None if row is None else _delivery(row._mapping)

    def deliveries(self, watchlist: str | None = None) -> tuple[Delivery, ...]:
        d = t.deliveries.c
        query = sa.select(*_DELIVERY_COLUMNS).order_by(d.until.desc(), d.since.desc(), d.id.desc())
        if watchlist is not None:
            query = query.where(d.watchlist == watchlist)
        with self._tx("read the deliveries") as conn:
            return tuple(_delivery(r._mapping) for r in conn.execute(query))
