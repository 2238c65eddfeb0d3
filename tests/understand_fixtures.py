"""A small watchlist for the understanding tests (not the development set's, so the tests show the
rules work from whatever data a watchlist holds)."""

from __future__ import annotations

import datetime as dt

from monitor.types import Article, Person, Schedule, Statement, Watchlist
from monitor.understand import extract_statements

WATCHLIST = Watchlist(
    name="dfn",
    question="Will the Defenders reunite on screen?",
    feeds=("https://a.example/feed", "https://b.example/feed"),
    recipients=("x@example.com",),
    schedule=Schedule("monday", dt.time(8), "UTC"),
    topic_terms=(
        "Defenders",
        "Daredevil",
        "Jessica Jones",
        "Luke Cage",
        "Iron Fist",
        "Born Again",
        "reunion",
    ),
    exclude_terms=("hockey", "football", "1961", "Fortnite", "Marvel Rivals", "skin"),
    people=(
        Person("Charlie Cox", ("the Daredevil star",), "actor"),
        Person("Krysten Ritter", ("the Jessica Jones star",), "actress"),
        Person("Mike Colter", ("the Luke Cage star",), "actor"),
        Person("Finn Jones", ("the Iron Fist star",), "actor"),
        Person("Jeph Loeb", (), "former head of Marvel Television"),
        Person("Dario Scardapane", (), "showrunner"),
    ),
    silent_after_days=14,
    learned_gate=False,  # the rules alone: tests/test_understand_gate.py covers the gate
)

UTC = dt.UTC


def article(i: int, title: str, text: str, *, day: int = 1, feed: str = "https://a.example/feed",
            published: bool = True, url: str | None = None) -> Article:  # fmt: skip
    when = dt.datetime(2025, 6, day, 12, 0, tzinfo=UTC)
    return Article(
        id=i,
        feed_url=feed,
        key=f"k{i}",
        url=url or f"https://news.example/{i}",
        title=title,
        text=text,
        source=f"Outlet {i}",
        published=when if published else None,
        first_seen=when,
    )


def statements(
    text: str, title: str = "", watchlist: Watchlist = WATCHLIST, published: dt.date = dt.date(2025, 6, 1)
) -> list[Statement]:
    """The statements the pipeline extracts from ``text`` (source "S", no URL)."""
    return list(extract_statements(text, watchlist, published=published, source="S", url=None, title=title))


def who(text: str, title: str = "") -> list[tuple[str | None, str]]:
    """(speaker, stance) of each statement of ``text``."""
    return [(s.speaker, s.stance) for s in statements(text, title)]
