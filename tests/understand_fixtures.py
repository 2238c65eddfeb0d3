"""A small watchlist for the understanding tests (not the development set's, so the tests show the
rules work from whatever data a watchlist holds), and the helpers more than one file of
tests/understanding/ uses."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from monitor.types import Article, Person, Schedule, Statement, Watchlist
from monitor.understand import extract_statements
from monitor.understand.lexicon import lexicon
from monitor.understand.relevance import assess
from monitor.understand.statements import _Extractor

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
    learned_gate=False,  # the rules alone: tests/understanding/test_gate.py covers the gate
)

UTC = dt.UTC

# the development sets (tests/devset/)
DEVSET = Path(__file__).parent / "devset"

# the fixtures' watchlist, with two characters' full names among its topic terms
WL = replace(WATCHLIST, topic_terms=(*WATCHLIST.topic_terms, "Danny Rand", "Matt Murdock"))

# the same watchlist, its people with their roles
ROLES = replace(
    WATCHLIST,
    people=(
        Person("Charlie Cox", ("the Daredevil star",), "actor, Matt Murdock in Daredevil"),
        Person("Krysten Ritter", ("the Jessica Jones star",), "actress, Jessica Jones"),
        Person("Mike Colter", ("the Luke Cage star",), "actor, Luke Cage"),
        Person("Finn Jones", ("the Iron Fist star",), "actor, Danny Rand in Iron Fist"),
    ),
)


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


def pairs(text: str) -> list[tuple[str | None, str]]:
    """(speaker, words) of each statement of ``text``."""
    return [(s.speaker, s.text) for s in statements(text)]


def _texts(text: str, title: str = "") -> list[str]:
    """The words of each statement of ``text``."""
    return [s.text for s in statements(text, title)]


def quote_by(
    speaker: str | None, text: str, stance: str = "positive", day: int = 1, origin: str = "feed"
) -> Statement:
    """A quote of ``speaker`` dated the ``day`` of June 2025."""
    return Statement(speaker, text, stance, "quote", dt.date(2025, 6, day), "S", origin=origin)  # type: ignore[arg-type]


# --- relevance -------------------------------------------------------------------------------------


def relevant(title: str, text: str) -> bool:
    return assess(title, text, WATCHLIST).relevant


def relevant_wl(title: str, text: str) -> bool:
    """Relevance under :data:`WL` (two characters' full names among the topic terms)."""
    return assess(title, text, WL).relevant


def paras(*parts: str) -> str:
    return "\n\n".join(parts)


# --- what the extractor finds, kept or not -------------------------------------------------------


def _extractor(text: str = "") -> _Extractor:
    return _Extractor(text, lexicon(WATCHLIST), "")


def _speakers(text: str, title: str = "", watchlist: object = WATCHLIST) -> list[tuple[str | None, str]]:
    """(speaker, words) of every quote and answer the extractor finds, kept or not."""
    ex = _Extractor(text, lexicon(watchlist), title)  # type: ignore[arg-type]
    return [(i.speaker, i.quote.text) for i in ex._infos()]


def _speaker_of(words: str, text: str, watchlist: object = WATCHLIST) -> str | None:
    """The speaker of the quote starting with ``words``."""
    found = [s for s, q in _speakers(text, watchlist=watchlist) if q.startswith(words)]
    assert found, f"no quote starting {words!r}"
    return found[0]


def _infos_how(text: str, title: str = "") -> list[tuple[str | None, str, str]]:
    """(speaker, how, words) of every quote and answer the extractor finds, kept or not."""
    ex = _Extractor(text, lexicon(WATCHLIST), title)
    return [(i.speaker, i.how, i.quote.text) for i in ex._infos()]


def _infos_question(text: str, title: str = "") -> list[tuple[str | None, str, str | None]]:
    """(speaker, words, question) of every quote and answer the extractor finds, kept or not."""
    ex = _Extractor(text, lexicon(WATCHLIST), title)
    return [(i.speaker, i.quote.text, i.question) for i in ex._infos()]


def _claims(text: str) -> list[tuple[str | None, str]]:
    """(speaker, claim) of each reported claim the extractor finds in ``text``."""
    ex = _Extractor(text, lexicon(WATCHLIST), "")
    return [(speaker, claim) for _, _, speaker, claim, _ in ex._reported()]
