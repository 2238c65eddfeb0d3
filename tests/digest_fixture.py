"""A realistic digest to render: shifts, new voices, multi-source stories, reaffirmations, repeats,
disputes, failing and silent feeds, and hostile text from feeds. Used by the render, golden and
delivery tests (and tools/render_check.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from monitor.types import (
    Article,
    ClaimMatch,
    Digest,
    FeedHealth,
    FetchSettings,
    Schedule,
    Settings,
    SmtpSettings,
    Statement,
    StatementChange,
    Story,
    Watchlist,
)

UTC = dt.UTC
GENERATED = dt.datetime(2025, 5, 5, 8, 0, tzinfo=UTC)


def _article(i: int, source: str, title: str, url: str | None, day: int, feed: str) -> Article:
    first_seen = dt.datetime(2025, 4, 28, 15, 0, tzinfo=UTC) + dt.timedelta(days=day)
    published = first_seen - dt.timedelta(minutes=30) if day < 3 else None
    return Article(
        id=i,
        feed_url=feed,
        key=f"k{i}",
        url=url,
        title=title,
        text="",
        source=source,
        published=published,
        first_seen=first_seen,
    )


RITTER_BEFORE = Statement(
    speaker="Krysten Ritter",
    text="If they want to do a Defenders 2, I'm in.",
    stance="positive",
    kind="quote",
    date=dt.date(2017, 3, 1),
    source="Entertainment Weekly",
    url="https://ew.com/tv/defenders-krysten-ritter-season-2/",
    origin="seed",
)
RITTER_NOW = Statement(
    speaker="Krysten Ritter",
    text="I don't think we are doing it again. It was never intentioned to do it again.",
    stance="negative",
    kind="quote",
    date=dt.date(2025, 4, 29),
    source="Vulture",
    url="https://www.vulture.com/article/krysten-ritter-defenders.html",
    article_id=1,
)
COX_BEFORE = Statement(
    speaker="Charlie Cox",
    text="I have no idea about Defenders.",
    stance="uncertain",
    kind="quote",
    date=dt.date(2017, 10, 1),
    source="Screen Rant",
    url="https://screenrant.com/defenders-season-2-charlie-cox/",
    origin="seed",
)
COX_NOW = Statement(
    speaker="Charlie Cox",
    text="We have talked about it, and I'd be amazed if the four of us were not back together by 2026.",
    stance="positive",
    kind="quote",
    date=dt.date(2025, 4, 30),
    source="Collider",
    url="https://collider.com/charlie-cox-defenders-reunion/",
    article_id=2,
)
SCARDAPANE = Statement(
    speaker="Dario Scardapane",
    text="Season 2 will not include a reunion for the Defenders.",
    stance="negative",
    kind="reported",
    date=dt.date(2025, 5, 2),
    source="TV Insider",
    url="https://www.tvinsider.com/born-again-season-2-defenders/",
    article_id=3,
)
HOSTILE = Statement(
    speaker="<script>alert('speaker')</script>",
    text='Totally real scoop <img src=x onerror=alert(1)> & "more" \u202eevil\u202c',
    stance="uncertain",
    kind="quote",
    date=dt.date(2025, 5, 1),
    source="Rumour <b>Mill</b>",
    url="javascript:alert(document.cookie)",
    article_id=5,
)
LOEB_PREV = Statement(
    speaker="Jeph Loeb",
    text="Not in the plans right now, but you never know!",
    stance="uncertain",
    kind="quote",
    date=dt.date(2018, 1, 10),
    source="IGN",
    url="https://www.ign.com/articles/jeph-loeb-defenders",
    origin="seed",
)
LOEB_AGAIN = Statement(
    speaker="Jeph Loeb",
    text="You never know what the future holds for those four.",
    stance="uncertain",
    kind="quote",
    date=dt.date(2025, 5, 1),
    source="Comicbook.com",
    url="https://comicbook.com/tv-shows/news/jeph-loeb-defenders-future/",
    article_id=4,
)
REPEAT_RITTER = Statement(
    speaker="Krysten Ritter",
    text="I don't think we are doing it again.",
    stance="negative",
    kind="quote",
    date=dt.date(2025, 4, 30),
    source="Syndicated Daily",
    url="https://syndicated.example.com/ritter",
    article_id=6,
)
REPEAT_COX = Statement(
    speaker="Charlie Cox",
    text="I'd be amazed if the four of us were not back together.",
    stance="positive",
    kind="quote",
    date=dt.date(2025, 5, 1),
    source="Syndicated Daily",
    url=None,
    article_id=7,
)

FEED_A = "https://feeds.example.com/marvel.xml"
FEED_B = "https://news.example.org/tv/rss"
FEED_HOSTILE = "https://rumours.example.net/feed?x=<script>"


def fixture_digest() -> Digest:
    stories = (
        Story(
            id="s1",
            headline="Krysten Ritter says The Defenders won't return",
            articles=(
                _article(
                    1,
                    "Vulture",
                    "Krysten Ritter on Jessica Jones and The Defenders",
                    "https://www.vulture.com/article/krysten-ritter-defenders.html",
                    1,
                    FEED_A,
                ),
                _article(
                    6,
                    "Syndicated Daily",
                    "Ritter: 'I don't think we are doing it again'",
                    "https://syndicated.example.com/ritter",
                    2,
                    FEED_B,
                ),
                _article(8, "Feed Without Link", "Ritter shuts down Defenders 2 talk", None, 3, FEED_B),
            ),
            changes=(
                StatementChange(RITTER_NOW, "shift", RITTER_BEFORE),
                StatementChange(REPEAT_RITTER, "repeat", RITTER_NOW),
            ),
        ),
        Story(
            id="s2",
            headline="Charlie Cox expects a Defenders reunion by 2026",
            articles=(
                _article(
                    2,
                    "Collider",
                    "Charlie Cox teases Defenders reunion",
                    "https://collider.com/charlie-cox-defenders-reunion/",
                    2,
                    FEED_A,
                ),
                _article(
                    7,
                    "Syndicated Daily",
                    "Cox: four of us back together",
                    "https://syndicated.example.com/cox",
                    2,
                    FEED_B,
                ),
            ),
            changes=(
                StatementChange(COX_NOW, "shift", COX_BEFORE),
                StatementChange(REPEAT_COX, "repeat", COX_NOW),
            ),
            disputes=(ClaimMatch("Marvel has no plans to reunite the Defenders", "disagree", 0.82),),
        ),
        Story(
            id="s3",
            headline="Born Again season 2 will not include a Defenders reunion",
            articles=(
                _article(
                    3,
                    "TV Insider",
                    "Daredevil: Born Again boss on the Defenders",
                    "https://www.tvinsider.com/born-again-season-2-defenders/",
                    2,
                    FEED_B,
                ),
            ),
            changes=(StatementChange(SCARDAPANE, "new", None),),
            disputes=(ClaimMatch("Marvel has no plans to reunite the Defenders", "agree", 0.74),),
        ),
        Story(
            id="s4",
            headline="Jeph Loeb: 'you never know' <b>again</b>",
            articles=(
                _article(
                    4,
                    "Comicbook.com",
                    "Loeb keeps the door open",
                    "https://comicbook.com/tv-shows/news/jeph-loeb-defenders-future/",
                    1,
                    FEED_A,
                ),
            ),
            changes=(StatementChange(LOEB_AGAIN, "reaffirm", LOEB_PREV),),
        ),
        Story(
            id="s5",
            headline="<script>document.location='https://evil.example'</script> Defenders leak!",
            articles=(
                _article(
                    5,
                    "Rumour <b>Mill</b>",
                    "EXCLUSIVE <img src=x onerror=alert(1)>",
                    "javascript:alert(1)",
                    1,
                    FEED_HOSTILE,
                ),
                _article(
                    9, "Data Mill", "data link", "data:text/html,<script>alert(1)</script>", 1, FEED_HOSTILE
                ),
            ),
            changes=(StatementChange(HOSTILE, "new", None),),
        ),
    )
    feeds = (
        FeedHealth(FEED_A, ok=True, error=None, last_success=GENERATED, last_new_entry=GENERATED),
        FeedHealth(FEED_B, ok=True, error=None, last_success=GENERATED, last_new_entry=GENERATED),
        FeedHealth(
            "https://down.example.com/rss",
            ok=False,
            error="HTTP 503 Service Unavailable",
            last_success=dt.datetime(2025, 4, 20, 6, 0, tzinfo=UTC),
        ),
        FeedHealth(
            "https://quiet.example.com/atom.xml",
            ok=True,
            error=None,
            last_success=GENERATED,
            last_new_entry=dt.datetime(2025, 3, 30, 12, 0, tzinfo=UTC),
            silent=True,
        ),
        FeedHealth(
            "https://gone.example.com/feed",
            ok=False,
            error="HTTP 410 Gone",
            disabled="the server says the feed is gone (410)",
        ),
        FeedHealth(FEED_HOSTILE, ok=False, error="not a feed: <html> page <script>x</script>"),
    )
    timeline = (
        ("Charlie Cox", ((dt.date(2017, 10, 1), "uncertain"), (dt.date(2025, 4, 30), "positive"))),
        (
            "Krysten Ritter",
            (
                (dt.date(2017, 3, 1), "positive"),
                (dt.date(2017, 10, 27), "negative"),
                (dt.date(2025, 4, 29), "negative"),
            ),
        ),
        (
            "Jeph Loeb",
            ((None, "uncertain"), (dt.date(2018, 1, 10), "uncertain"), (dt.date(2025, 5, 1), "uncertain")),
        ),
        ("Dario Scardapane", ((dt.date(2025, 5, 2), "negative"),)),
        (
            "Marco Ramirez",
            tuple(
                (dt.date(2017 + i // 3, 1 + (i % 12), 1), s)
                for i, s in enumerate(
                    [
                        "positive",
                        "uncertain",
                        "positive",
                        "negative",
                        "uncertain",
                        "positive",
                        "positive",
                        "negative",
                        "negative",
                        "uncertain",
                        "positive",
                        "positive",
                        "uncertain",
                        "positive",
                        "negative",
                    ]
                )
            ),
        ),
    )
    return Digest(
        watchlist="defenders",
        question=(
            "Will Marvel's Defenders (Daredevil, Jessica Jones, Luke Cage, Iron Fist) reunite on screen?"
        ),
        since=dt.date(2025, 4, 28),
        until=dt.date(2025, 5, 4),
        stories=stories,
        feeds=feeds,
        generated=GENERATED,
        timeline=timeline,  # type: ignore[arg-type]
    )


def empty_digest() -> Digest:
    full = fixture_digest()
    return Digest(
        watchlist=full.watchlist,
        question=full.question,
        since=full.since,
        until=full.until,
        stories=(),
        feeds=full.feeds,
        generated=full.generated,
        timeline=full.timeline,
    )


def make_watchlist(
    recipients: tuple[str, ...] = ("alice@example.com", "bob@example.com"),
    *,
    weekday: str = "monday",
    time: dt.time = dt.time(9, 0),
    timezone: str = "Europe/London",
    skip_empty: bool = False,
    name: str = "defenders",
) -> Watchlist:
    return Watchlist(
        name=name,
        question="Will Marvel's Defenders reunite on screen?",
        feeds=(FEED_A, FEED_B),
        recipients=recipients,
        schedule=Schedule(weekday=weekday, time=time, timezone=timezone),  # type: ignore[arg-type]
        topic_terms=("defenders",),
        skip_empty=skip_empty,
    )


def make_settings(
    tmp_path: Path,
    watchlist: Watchlist | None = None,
    smtp: SmtpSettings | None = None,
) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'monitor.db'}",
        outbox=str(tmp_path / "outbox"),
        poll_interval=dt.timedelta(hours=1),
        user_agent="monitor-test",
        timezone="Europe/London",
        smtp=smtp or SmtpSettings(sender="Defenders Monitor <monitor@example.org>"),
        fetch=FetchSettings(),
        watchlists=(watchlist or make_watchlist(),),
    )


def digest_for(watchlist: Watchlist, since: dt.date, until: dt.date, now: dt.datetime) -> Digest:
    """A small non-empty digest of any period (for delivery tests that do not need stored articles)."""
    full = fixture_digest()
    return Digest(
        watchlist=watchlist.name,
        question=watchlist.question,
        since=since,
        until=until,
        stories=full.stories[:2],
        feeds=full.feeds[:2],
        generated=now,
        timeline=full.timeline[:2],
    )
