"""digest_to_json (schema 1) and load_digest over real SQLite storage."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from monitor.digest.assemble import load_digest, period_bounds
from monitor.digest.build import build_digest
from monitor.digest.jsonform import digest_to_json
from monitor.storage.sql import SqlStorage
from monitor.types import NewArticle, Statement
from monitor.understand import analyse
from tests.test_digest_build import BASELINE, NOW, SINCE, UNTIL, rows
from tests.understand_fixtures import UTC, WATCHLIST

SCHEMA_KEYS = {"schema", "watchlist", "question", "since", "until", "stories", "feeds"}


def test_json_has_exactly_the_schema_fields_and_types() -> None:
    data = digest_to_json(build_digest(WATCHLIST, SINCE, UNTIL, rows(), [BASELINE], [], NOW))
    json.dumps(data)  # serialisable as is
    assert set(data) >= SCHEMA_KEYS
    assert (data["schema"], data["since"], data["until"]) == (1, "2025-06-02", "2025-06-08")
    assert data["question"] == WATCHLIST.question
    story = data["stories"][0]
    assert {"id", "headline", "articles", "statements"} <= set(story)
    art = story["articles"][0]
    assert {"url", "title", "source", "published"} <= set(art)
    assert art["published"] == "2025-06-03T12:00:00+00:00"
    (s,) = story["statements"]
    assert (s["speaker"], s["stance"], s["change"]) == ("Krysten Ritter", "negative", "shift")
    assert s["previous"] == {
        "text": BASELINE.text, "stance": "positive", "date": "2017-03-01", "source": "S",
        "speaker": "Krysten Ritter", "url": None,
    }  # fmt: skip
    assert story["disputes"] == [{"claim": "A Defenders series is in development", "confidence": 0.8}]
    assert data["stories"][1]["articles"][0]["published"] is None
    assert [set(f) >= {"url", "ok", "error"} for f in data["feeds"]] == [True, True]


def test_period_bounds_are_half_open_utc_days() -> None:
    assert period_bounds(SINCE, UNTIL) == (
        dt.datetime(2025, 6, 2, tzinfo=UTC),
        dt.datetime(2025, 6, 9, tzinfo=UTC),
    )


def _new(key: str, title: str, text: str, published: dt.datetime | None) -> NewArticle:
    a = analyse(title, text, WATCHLIST, published=published.date() if published else None,
                source="Outlet", url=f"https://n.example/{key}")  # fmt: skip
    return NewArticle(key, f"https://n.example/{key}", title, text, "Outlet", published, key, (("dfn", a),))


def test_load_digest_reads_the_period_from_storage(tmp_path: Path) -> None:
    store = SqlStorage(f"sqlite:///{tmp_path / 'm.db'}")
    store.migrate()
    try:
        feed = "https://a.example/feed"
        store.ensure_feeds([feed])
        store.load_baseline("dfn", [BASELINE])
        text = "“I don't think we are doing the Defenders again,” Ritter said."
        day = dt.datetime(2025, 6, 3, 9, tzinfo=UTC)
        new = [
            _new("k1", "Ritter on a Defenders reunion", text, day),
            _new("k2", "Ritter on a Defenders reunion, later", text, day + dt.timedelta(days=9)),
            _new("k3", "Hockey defenders", "The Defenders lost at hockey.", day + dt.timedelta(days=1)),
        ]
        store.ingest(feed, NOW, new, etag=None, last_modified=None, title="A", next_poll=NOW)
        digest = load_digest(store, WATCHLIST, SINCE, UNTIL, NOW)
    finally:
        store.close()
    assert [a.key for s in digest.stories for a in s.articles] == ["k1"]
    (change,) = digest.changes
    assert (change.change, change.statement.speaker, change.previous) == ("shift", "Krysten Ritter", BASELINE)
    assert [f.url for f in digest.feeds] == list(WATCHLIST.feeds)
    assert isinstance(digest.stories[0].changes[0].statement, Statement)
