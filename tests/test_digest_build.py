"""build_digest: the period's stories, changes, disputes, timeline and feed health (pure)."""

from __future__ import annotations

import datetime as dt

from monitor.digest.build import build_digest, feed_health
from monitor.types import Analysis, ClaimMatch, FeedState, Relevance, Statement
from tests.understand_fixtures import UTC, WATCHLIST, article

NOW = dt.datetime(2025, 6, 9, 8, 0, tzinfo=UTC)
SINCE, UNTIL = dt.date(2025, 6, 2), dt.date(2025, 6, 8)


def st(speaker: str, text: str, stance: str, date: dt.date | None, **kw: object) -> Statement:
    return Statement(speaker, text, stance, "quote", date, "S", **kw)  # type: ignore[arg-type]


def analysis(*statements: Statement, relevant: bool = True, claims: tuple[ClaimMatch, ...] = ()) -> Analysis:
    return Analysis(Relevance(relevant, 5.0, ("r",)), statements, claims)


BASELINE = st("Krysten Ritter", "If they want to do a Defenders 2, I'm in.", "positive", dt.date(2017, 3, 1),
              origin="seed")  # fmt: skip
QUOTE = "I don't see it happening, not with everything on Marvel's plate."
LEAD = (
    "Krysten Ritter sounded less optimistic than usual about a Defenders reunion on a long podcast this week."
)


def rows() -> list[tuple]:  # type: ignore[type-arg]
    ritter = st("Krysten Ritter", QUOTE, "negative", dt.date(2025, 6, 3))
    dispute = (ClaimMatch("A Defenders series is in development", "disagree", 0.8),)
    return [
        (article(1, "Ritter doubts a reunion", LEAD + " One.", day=3), analysis(ritter, claims=dispute)),
        (
            article(2, "Ritter doubts a reunion", LEAD + " Two.", day=3, feed="https://b.example/feed"),
            analysis(ritter),
        ),
        (
            article(3, "Cox on set", "Charlie Cox on the Born Again set.", day=5, published=False),
            analysis(st("Charlie Cox", "I'd love for the others to join me.", "positive", None)),
        ),
        (article(4, "Hockey", "Not relevant.", day=4), analysis(relevant=False)),
        (article(5, "Old news", "Outside the period.", day=20), analysis()),
    ]


def test_stories_changes_disputes_and_period() -> None:
    d = build_digest(WATCHLIST, SINCE, UNTIL, rows(), [BASELINE], [], NOW)
    assert [len(s.articles) for s in d.stories] == [2, 1]
    first, second = d.stories
    assert first.headline == "Ritter doubts a reunion"
    assert [(c.change, c.previous) for c in first.changes] == [("shift", BASELINE)]  # copy reported once
    assert [c.claim for c in first.disputes] == ["A Defenders series is in development"]
    assert [c.change for c in second.changes] == ["new"]
    undated = second.changes[0].statement
    assert undated.date == dt.date(2025, 6, 5)
    assert undated.article_id == 3
    assert d.generated == NOW
    assert (d.since, d.until) == (SINCE, UNTIL)


def test_period_statements_stored_already_are_not_their_own_history() -> None:
    stored = [BASELINE, st("Krysten Ritter", QUOTE, "negative", dt.date(2025, 6, 3), article_id=1)]
    d = build_digest(WATCHLIST, SINCE, UNTIL, rows(), stored, [], NOW)
    assert d.stories[0].changes[0].change == "shift"


def test_timeline_per_speaker_in_date_order_with_baseline() -> None:
    d = build_digest(WATCHLIST, SINCE, UNTIL, rows(), [BASELINE], [], NOW)
    timeline = dict(d.timeline)
    assert timeline["Krysten Ritter"] == (
        (dt.date(2017, 3, 1), "positive"),
        (dt.date(2025, 6, 3), "negative"),
    )
    assert timeline["Charlie Cox"] == ((dt.date(2025, 6, 5), "positive"),)


def test_same_inputs_same_digest() -> None:
    assert build_digest(WATCHLIST, SINCE, UNTIL, rows(), [BASELINE], [], NOW) == build_digest(
        WATCHLIST, SINCE, UNTIL, list(reversed(rows())), [BASELINE], [], NOW
    )


def test_feed_health_failing_silent_disabled_and_unknown() -> None:
    old = NOW - dt.timedelta(days=30)
    feeds = [
        FeedState(
            "https://a.example/feed",
            last_success=old,
            last_new_entry=old,
            last_error="timed out",
            last_error_at=NOW - dt.timedelta(hours=1),
        ),
    ]
    health = feed_health(WATCHLIST, feeds, NOW)
    assert [(h.url, h.ok, h.error, h.silent) for h in health] == [
        ("https://a.example/feed", False, "timed out", True),
        ("https://b.example/feed", False, "not polled yet", False),
    ]
    # registered but never fetched (the first start): not known to be OK
    [never, _] = feed_health(WATCHLIST, [FeedState("https://a.example/feed")], NOW)
    assert (never.ok, never.error, never.silent) == (False, "not polled yet", False)
    fresh = FeedState("https://a.example/feed", last_success=NOW, last_new_entry=NOW - dt.timedelta(days=2))
    gone = FeedState("https://b.example/feed", last_success=old, last_new_entry=old, disabled="410 Gone")
    a, b = feed_health(WATCHLIST, [fresh, gone], NOW)
    assert (a.ok, a.silent, a.error) == (True, False, None)
    assert (b.ok, b.disabled, b.error) == (False, "410 Gone", "disabled: 410 Gone")
