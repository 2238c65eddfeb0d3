"""Small builders for the storage suite, and a check that every datetime is aware UTC."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from monitor.types import (
    Analysis,
    ClaimMatch,
    NewArticle,
    Relevance,
    Statement,
)

UTC = dt.UTC
T0 = dt.datetime(2025, 5, 5, 12, 0, tzinfo=UTC)
FEED = "https://example.org/feed.xml"
OTHER = "https://example.net/rss"
WL = "defenders"


def hours(n: float) -> dt.timedelta:
    return dt.timedelta(hours=n)


def statement(
    text: str, *, speaker: str | None = "Charlie Cox", date: dt.date | None = None, **kw: Any
) -> Statement:
    fields: dict[str, Any] = {"stance": "positive", "kind": "quote", "source": "Variety"}
    fields.update(kw)
    return Statement(speaker=speaker, text=text, date=date, **fields)


def analysis(
    relevant: bool = True, *, statements: tuple[Statement, ...] = (), claims: tuple[ClaimMatch, ...] = ()
) -> Analysis:
    reasons = ("mentions Daredevil", "names Charlie Cox") if relevant else ("off topic",)
    return Analysis(
        relevance=Relevance(relevant=relevant, score=0.8 if relevant else 0.1, reasons=reasons),
        statements=statements,
        claims=claims,
    )


def new_article(
    key: str,
    *,
    published: dt.datetime | None = None,
    analyses: tuple[tuple[str, Analysis], ...] | None = None,
    title: str | None = None,
    text: str = "Charlie Cox talks about the Defenders.",
) -> NewArticle:
    return NewArticle(
        key=key,
        url=f"https://example.org/{key}",
        title=title or f"Article {key}",
        text=text,
        source="Example News",
        published=published,
        content_hash=f"hash-{key}",
        analyses=((WL, analysis()),) if analyses is None else analyses,
    )


def ingest(storage: Any, feed: str, now: dt.datetime, *articles: NewArticle, **kw: Any) -> tuple[int, ...]:
    fields: dict[str, Any] = {"etag": None, "last_modified": None, "title": None, "next_poll": now + hours(1)}
    fields.update(kw)
    result: tuple[int, ...] = storage.ingest(feed, now, list(articles), **fields)
    return result


def datetimes(value: Any) -> list[dt.datetime]:
    """Every datetime inside a value made of dataclasses, tuples and lists."""
    if isinstance(value, dt.datetime):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [d for f in dataclasses.fields(value) for d in datetimes(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [d for item in value for d in datetimes(item)]
    return []


def assert_all_utc(value: Any) -> None:
    found = datetimes(value)
    assert found, "the value holds no datetime: this check would prove nothing"
    for d in found:
        assert d.tzinfo is not None, f"naive datetime {d!r}"
        assert d.utcoffset() == dt.timedelta(0), f"not UTC: {d!r}"
