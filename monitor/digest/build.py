"""The digest view model, built from stored facts only (pure: no I/O, ``now`` passed in).

``build_digest`` takes the period's relevant articles with their analyses, every known statement of
the watchlist (baseline included) and the feeds' states, and returns a :class:`monitor.types.Digest`:

* stories: the period's articles grouped (:mod:`monitor.understand.stories`), in time order, each
  with its statements classified against what the same speaker said before
  (:mod:`monitor.understand.diff`: in the order the articles came, each statement against what
  was said before its own date, which for an old line an article re-quotes is the earlier time the
  article gives) and the known claims its articles dispute;
* timeline: per speaker, (date, stance) of every statement up to the end of the period, in order;
* feeds: the health of the watchlist's feeds (failing, disabled, silent for longer than
  ``watchlist.silent_after_days``).

The same inputs always give the same digest, so re-rendering a past period gives the same email.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from monitor.types import (
    NOT_POLLED,
    Analysis,
    Article,
    ClaimMatch,
    Digest,
    FeedHealth,
    FeedState,
    Stance,
    Statement,
    StatementChange,
    Story,
    Watchlist,
)
from monitor.understand import diff, stories
from monitor.understand.normalise import norm_key

_MIN = dt.date.min


def _in_period(article: Article, since: dt.date, until: dt.date) -> bool:
    return since <= stories.article_time(article).date() <= until


def feed_health(watchlist: Watchlist, feeds: Sequence[FeedState], now: dt.datetime) -> tuple[FeedHealth, ...]:
    """Health of each of the watchlist's feeds, in the watchlist's order."""
    by_url = {f.url: f for f in feeds}
    limit = dt.timedelta(days=watchlist.silent_after_days)
    out: list[FeedHealth] = []
    for url in watchlist.feeds:
        state = by_url.get(url)
        if state is None or (
            state.last_success is None and state.last_error is None and state.disabled is None
        ):
            # (a feed registered but never fetched, as at the first start: not known to be OK)
            out.append(FeedHealth(url=url, ok=False, error=NOT_POLLED))
            continue
        failing = state.last_error is not None and (
            state.last_success is None
            or state.last_error_at is None
            or state.last_error_at >= state.last_success
        )
        ok = not failing and state.disabled is None
        error = state.last_error if failing else None
        if state.disabled and not error:
            error = f"disabled: {state.disabled}"
        reference = state.last_new_entry
        silent = state.last_success is not None and (reference is None or now - reference > limit)
        out.append(
            FeedHealth(
                url=url,
                ok=ok,
                error=error,
                last_success=state.last_success,
                last_new_entry=state.last_new_entry,
                silent=silent,
                disabled=state.disabled,
            )
        )
    return tuple(out)


def _disputes(analyses: Sequence[Analysis]) -> tuple[ClaimMatch, ...]:
    best: dict[str, ClaimMatch] = {}
    for an in analyses:
        for c in an.claims:
            if c.relation == "disagree" and (c.claim not in best or c.confidence > best[c.claim].confidence):
                best[c.claim] = c
    return tuple(sorted(best.values(), key=lambda c: (-c.confidence, c.claim)))


def _timeline(
    statements: Sequence[Statement], until: dt.date
) -> tuple[tuple[str, tuple[tuple[dt.date | None, Stance], ...]], ...]:
    per: dict[str, list[tuple[dt.date | None, Stance, str]]] = {}
    for st in statements:
        if st.speaker is None or (st.date is not None and st.date > until):
            continue
        entries = per.setdefault(st.speaker, [])
        entry = (st.date, st.stance, norm_key(st.text))
        if entry not in entries:  # syndicated copies count once
            entries.append(entry)
    return tuple(
        (speaker, tuple((d, s) for d, s, _ in sorted(entries, key=lambda e: e[0] or _MIN)))
        for speaker, entries in sorted(per.items())
    )


def build_digest(
    watchlist: Watchlist,
    since: dt.date,
    until: dt.date,
    rows: Sequence[tuple[Article, Analysis]],
    statements: Sequence[Statement],
    feeds: Sequence[FeedState],
    now: dt.datetime,
) -> Digest:
    """One period's digest. ``rows``: the period's articles with analyses (irrelevant ones and
    articles outside ``[since, until]`` are ignored); ``statements``: every known statement of the
    watchlist, baseline included (those from the period's articles are recognised and classified
    in period order, not treated as already known)."""
    kept = [
        (a, an)
        for a, an in sorted(rows, key=lambda r: (stories.article_time(r[0]), r[0].id))
        if an.relevance.relevant and _in_period(a, since, until)
    ]
    period_ids = {a.id for a, _ in kept}
    period_urls = {(a.url, norm_key(s.text)) for a, an in kept if a.url for s in an.statements}
    history = [
        s
        for s in statements
        if s.article_id not in period_ids
        and (s.url, norm_key(s.text)) not in period_urls
        and (s.date is None or s.date <= until)
    ]

    groups = stories.group(kept)
    story_of: dict[int, str] = {}
    for g in groups:
        sid = stories.story_id(kept[g[0]][0])
        for i in g:
            story_of[i] = sid

    items: list[diff.Item] = []
    owners: list[int] = []
    for i, (a, an) in enumerate(kept):
        when = stories.article_time(a).date()
        for raw in an.statements:
            st = _with_article(raw, a, when) if raw.article_id is None or raw.date is None else raw
            # known from the article's date on; said when the statement is dated (an old line an
            # article re-quotes is dated when it was said: see understand.statements.dating)
            items.append(diff.Item(st, when, story_of[i], said=st.date or when))
            owners.append(i)
    order = sorted(range(len(items)), key=lambda k: (items[k].date or _MIN, owners[k], k))
    ordered = [items[k] for k in order]
    changes = diff.classify(ordered, history)
    by_story: dict[str, list[StatementChange]] = {}
    for item, change in zip(ordered, changes, strict=True):
        if change is not None:
            by_story.setdefault(item.story, []).append(change)

    out: list[Story] = []
    for g in groups:
        articles = tuple(kept[i][0] for i in g)
        sid = story_of[g[0]]
        out.append(
            Story(
                id=sid,
                headline=stories.headline(articles),
                articles=articles,
                changes=tuple(by_story.get(sid, ())),
                disputes=_disputes([kept[i][1] for i in g]),
            )
        )
    all_statements = [*history, *(it.statement for it in ordered)]
    return Digest(
        watchlist=watchlist.name,
        question=watchlist.question,
        since=since,
        until=until,
        stories=tuple(out),
        feeds=feed_health(watchlist, feeds, now),
        generated=now,
        timeline=_timeline(all_statements, until),
    )


def _with_article(st: Statement, article: Article, when: dt.date) -> Statement:
    if st.date is None:
        note = st.note or "dated by when the article was first seen"
        return replace(st, article_id=article.id, url=st.url or article.url, date=when, note=note)
    return replace(st, article_id=article.id, url=st.url or article.url)
