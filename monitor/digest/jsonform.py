"""The digest as JSON (schema 1), for people who feed it to other tools.

The fields of schema 1 are fixed; later versions may add fields but never change or remove these::

    {"schema": 1, "watchlist": str, "question": str, "since": date, "until": date,
     "stories": [{"id": str, "headline": str,
                  "articles": [{"url": str, "title": str, "source": str, "published": datetime|null}],
                  "statements": [{"speaker": str|null, "text": str,
                                  "stance": "positive"|"negative"|"uncertain",
                                  "change": "new"|"shift"|"reaffirm"|"repeat",
                                  "previous": null|{"text": str, "stance": str, "date": date|null,
                                                    "source": str}}]}],
     "feeds": [{"url": str, "ok": bool, "error": str|null}]}

Added fields (schema 1 still): ``generated`` (datetime), ``timeline`` (per speaker, date and stance);
per story ``disputes`` (known claims its articles disagree with); per article ``first_seen``; per
statement ``kind``, ``date``, ``source``, ``url``; per previous statement ``speaker``, ``url``; per feed
``silent``, ``disabled``, ``last_success``, ``last_new_entry``. Dates are ``YYYY-MM-DD``; datetimes
ISO 8601 in UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from monitor.types import Article, Digest, FeedHealth, Statement, StatementChange, Story

SCHEMA = 1


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _datetime(d: dt.datetime | None) -> str | None:
    if d is None:
        return None
    if d.tzinfo is not None:
        d = d.astimezone(dt.UTC)
    return d.isoformat()


def _article(a: Article) -> dict[str, Any]:
    return {
        "url": a.url,
        "title": a.title,
        "source": a.source,
        "published": _datetime(a.published),
        "first_seen": _datetime(a.first_seen),
    }


def _previous(s: Statement | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "text": s.text,
        "stance": s.stance,
        "date": _date(s.date),
        "source": s.source,
        "speaker": s.speaker,
        "url": s.url,
    }


def _statement(c: StatementChange) -> dict[str, Any]:
    s = c.statement
    return {
        "speaker": s.speaker,
        "text": s.text,
        "stance": s.stance,
        "change": c.change,
        "previous": _previous(c.previous),
        "kind": s.kind,
        "date": _date(s.date),
        "source": s.source,
        "url": s.url,
    }


def _story(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "headline": s.headline,
        "articles": [_article(a) for a in s.articles],
        "statements": [_statement(c) for c in s.changes],
        "disputes": [{"claim": c.claim, "confidence": round(c.confidence, 4)} for c in s.disputes],
    }


def _feed(f: FeedHealth) -> dict[str, Any]:
    return {
        "url": f.url,
        "ok": f.ok,
        "error": f.error,
        "silent": f.silent,
        "disabled": f.disabled,
        "last_success": _datetime(f.last_success),
        "last_new_entry": _datetime(f.last_new_entry),
    }


def digest_to_json(digest: Digest) -> dict[str, Any]:
    """The digest as a JSON-ready dict (``json.dumps`` it as is)."""
    return {
        "schema": SCHEMA,
        "watchlist": digest.watchlist,
        "question": digest.question,
        "since": _date(digest.since),
        "until": _date(digest.until),
        "generated": _datetime(digest.generated),
        "stories": [_story(s) for s in digest.stories],
        "feeds": [_feed(f) for f in digest.feeds],
        "timeline": [
            {"speaker": speaker, "points": [{"date": _date(d), "stance": st} for d, st in points]}
            for speaker, points in digest.timeline
        ],
    }
