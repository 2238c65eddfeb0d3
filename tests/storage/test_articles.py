"""Ingest (idempotent, one transaction), known keys, and reading one period's articles."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from monitor.errors import StorageError
from monitor.storage import tables as t
from monitor.storage.sql import CHUNK, SqlStorage
from monitor.types import ClaimMatch, NewArticle, PolledFeed
from monitor.understand.signature import make_signature

from .helpers import FEED, OTHER, T0, WL, analysis, assert_all_utc, hours, ingest, new_article, statement


def test_ingest_is_idempotent_and_returns_only_new_ids(storage: SqlStorage) -> None:
    first = ingest(storage, FEED, T0, new_article("a"), new_article("b"))
    assert len(first) == 2
    assert len(set(first)) == 2
    assert ingest(storage, FEED, T0 + hours(1), new_article("a"), new_article("b")) == ()
    third = ingest(storage, FEED, T0 + hours(2), new_article("c"), new_article("a"), new_article("d"))
    assert len(third) == 2
    assert not set(third) & set(first)
    assert storage.count_articles() == 4
    ids_by_key = {a.key: a.id for a, _ in storage.articles(WL, T0, T0 + hours(3))}
    assert third == (ids_by_key["c"], ids_by_key["d"])


def test_the_same_key_in_two_feeds_is_two_articles(storage: SqlStorage) -> None:
    assert len(ingest(storage, FEED, T0, new_article("a"))) == 1
    assert len(ingest(storage, OTHER, T0, new_article("a"))) == 1
    assert storage.count_articles() == 2


def test_a_key_twice_in_one_batch_is_stored_once(storage: SqlStorage) -> None:
    ids = ingest(storage, FEED, T0, new_article("a", title="first"), new_article("a", title="second"))
    assert len(ids) == 1
    [(article, _)] = storage.articles(WL, T0, T0 + hours(1))
    assert article.title == "first"


def test_ingest_records_the_successful_poll(storage: SqlStorage) -> None:
    storage.record_failure(FEED, T0 - hours(1), "timeout", T0)
    ingest(
        storage,
        FEED,
        T0,
        new_article("a"),
        etag='"abc"',
        last_modified="Mon, 05 May 2025 11:00:00 GMT",
        title="Example feed",
        next_poll=T0 + hours(1),
        warning="2 entries had no date",
    )
    state = storage.feed(FEED)
    assert state is not None
    assert (state.etag, state.last_modified, state.title) == (
        '"abc"',
        "Mon, 05 May 2025 11:00:00 GMT",
        "Example feed",
    )
    assert (state.last_success, state.last_new_entry, state.next_poll) == (T0, T0, T0 + hours(1))
    assert (state.error_count, state.last_error) == (0, None)
    assert state.warning == "2 entries had no date"
    # nothing new: last_new_entry stays, the title is kept when the feed gives none, warning clears
    ingest(storage, FEED, T0 + hours(1), new_article("a"), etag=None, title=None)
    state = storage.feed(FEED)
    assert state is not None
    assert (state.last_success, state.last_new_entry) == (T0 + hours(1), T0)
    assert (state.etag, state.title, state.warning) == (None, "Example feed", None)


def test_ingest_of_an_empty_feed_still_records_success(storage: SqlStorage) -> None:
    assert ingest(storage, FEED, T0, etag='"empty"') == ()
    state = storage.feed(FEED)
    assert state is not None
    assert (state.last_success, state.etag, state.last_new_entry) == (T0, '"empty"', None)


def test_a_failure_mid_ingest_rolls_back_articles_and_feed_state(storage: SqlStorage) -> None:
    ingest(storage, FEED, T0, new_article("a"), etag='"v1"')
    bad = new_article("c", analyses=((WL, analysis()), (WL, analysis())))  # one analysis per watchlist
    with pytest.raises(StorageError, match=FEED):
        ingest(storage, FEED, T0 + hours(1), new_article("b"), bad, etag='"v2"', next_poll=T0 + hours(5))
    assert storage.count_articles() == 1
    assert storage.known_keys(FEED, ["a", "b", "c"]) == {"a"}
    state = storage.feed(FEED)
    assert state is not None
    assert (state.etag, state.last_success, state.next_poll) == ('"v1"', T0, T0 + hours(1))
    # the same batch without the bad entry goes in afterwards
    assert len(ingest(storage, FEED, T0 + hours(1), new_article("b"))) == 1


def test_known_keys(storage: SqlStorage) -> None:
    keys = [f"https://example.org/item/{i}" for i in range(CHUNK + 10)]
    ingest(storage, FEED, T0, *(new_article(k) for k in keys[::2]))
    assert storage.known_keys(FEED, keys) == set(keys[::2])
    assert storage.known_keys(FEED, []) == set()
    assert storage.known_keys(OTHER, keys) == set()


def test_hostile_text_round_trips(storage: SqlStorage) -> None:
    huge_key = "urn:x:" + "k" * 20_000  # beyond any index row limit
    text = "nul\x00byte, lone surrogate \ud800, emoji 🦸 and <b>markup</b>"
    ingest(storage, FEED, T0, new_article(huge_key, text=text))
    assert storage.known_keys(FEED, [huge_key]) == {huge_key}
    assert ingest(storage, FEED, T0, new_article(huge_key)) == ()
    [(article, _)] = storage.articles(WL, T0, T0 + hours(1))
    assert article.key == huge_key
    assert article.text == "nulbyte, lone surrogate ?, emoji 🦸 and <b>markup</b>"


def test_articles_belong_to_their_period_by_published_else_first_seen(storage: SqlStorage) -> None:
    since, until = T0, T0 + dt.timedelta(days=7)
    ingest(
        storage,
        FEED,
        T0 - hours(1),  # first seen before the period ...
        new_article("published-inside", published=T0 + hours(2)),  # ... but published inside: in
        new_article("undated-before"),  # first seen before the period: out
    )
    ingest(
        storage,
        FEED,
        T0 + hours(1),  # first seen inside the period ...
        new_article("published-before", published=T0 - dt.timedelta(days=3)),  # ... published before: out
        new_article("undated-inside"),  # no date: first seen counts: in
        new_article("at-since", published=since),  # half-open: since is in
        new_article("at-until", published=until),  # ... and until is out
    )
    found = storage.articles(WL, since, until)
    assert [a.key for a, _ in found] == ["at-since", "undated-inside", "published-inside"]
    assert_all_utc(found)
    assert all(a.feed_url == FEED for a, _ in found)


def test_articles_order_by_date_then_id(storage: SqlStorage) -> None:
    ingest(
        storage,
        FEED,
        T0,
        new_article("late", published=T0 + hours(5)),
        new_article("tie-1", published=T0 + hours(1)),
        new_article("tie-2", published=T0 + hours(1)),
        new_article("early", published=T0 + hours(0.5)),
    )
    found = storage.articles(WL, T0, T0 + hours(6))
    assert [a.key for a, _ in found] == ["early", "tie-1", "tie-2", "late"]
    assert found[1][0].id < found[2][0].id


def test_articles_relevant_only_and_per_watchlist(storage: SqlStorage) -> None:
    ingest(
        storage,
        FEED,
        T0,
        new_article("relevant"),
        new_article("irrelevant", analyses=((WL, analysis(relevant=False)),)),
        new_article("other-watchlist", analyses=(("other", analysis()),)),
        new_article("both", analyses=(("other", analysis()), (WL, analysis(relevant=False)))),
    )
    period = (T0, T0 + hours(1))
    assert [a.key for a, _ in storage.articles(WL, *period)] == ["relevant"]
    everything = storage.articles(WL, *period, relevant_only=False)
    assert [a.key for a, _ in everything] == ["relevant", "irrelevant", "both"]
    assert [a.key for a, _ in storage.articles("other", *period)] == ["other-watchlist", "both"]
    assert storage.articles("nobody", *period, relevant_only=False) == ()


def test_articles_come_back_with_their_analysis(storage: SqlStorage) -> None:
    said = (
        statement("I'd love to do it", date=dt.date(2025, 5, 4)),
        statement("Nothing is planned", speaker=None, stance="negative", kind="reported", note="paraphrase"),
    )
    claims = (ClaimMatch("A Defenders reunion is planned", "disagree", 0.75),)
    article_id, _ = ingest(
        storage,
        FEED,
        T0,
        new_article("a", published=T0 + hours(1), analyses=((WL, analysis(statements=said, claims=claims)),)),
        new_article("b", analyses=(("other", analysis(statements=(statement("elsewhere"),))),)),
    )
    [(article, found)] = storage.articles(WL, T0, T0 + hours(2))
    assert article.id == article_id
    assert (article.url, article.source, article.published, article.first_seen) == (
        "https://example.org/a",
        "Example News",
        T0 + hours(1),
        T0,
    )
    assert found.relevance == analysis().relevance
    assert found.claims == claims
    assert [(s.text, s.speaker, s.article_id, s.origin) for s in found.statements] == [
        ("I'd love to do it", "Charlie Cox", article_id, "feed"),
        ("Nothing is planned", None, article_id, "feed"),
    ]
    assert found.statements[1].note == "paraphrase"
    assert found.statements[0].date == dt.date(2025, 5, 4)


def test_count_articles(storage: SqlStorage) -> None:
    assert storage.count_articles() == 0
    ingest(storage, FEED, T0, new_article("a"), new_article("b"))
    ingest(storage, OTHER, T0, new_article("a"))
    assert storage.count_articles() == 3


def test_story_signatures_round_trip_and_damaged_ones_read_as_missing(storage: SqlStorage) -> None:
    said = (statement("I would love to do it again with all four of them"),)
    sig = make_signature("Cox on the Defenders", "Charlie Cox talks about the Defenders.", said)
    with_sig = dataclasses.replace(analysis(statements=said), signature=sig)
    ingest(
        storage,
        FEED,
        T0,
        new_article("signed", published=T0, analyses=((WL, with_sig),)),
        new_article("unsigned", published=T0 + hours(1), analyses=((WL, analysis()),)),
    )
    found = {a.key: an.signature for a, an in storage.articles(WL, T0, T0 + hours(2))}
    assert found == {"signed": sig, "unsigned": None}
    with storage._engine.begin() as conn:  # a row written by another version of the signature
        conn.execute(sa.update(t.analyses).values(signature=b"SG\x63" + bytes(20)))
    assert [an.signature for _, an in storage.articles(WL, T0, T0 + hours(2))] == [None, None]


def _poll(feed: str, *articles: NewArticle, etag: str | None = None) -> PolledFeed:
    return PolledFeed(feed, articles, etag, None, f"Title of {feed}", T0 + hours(6))


def test_ingest_many_stores_several_feeds_and_returns_ids_per_feed(storage: SqlStorage) -> None:
    ingest(storage, FEED, T0, new_article("old"))
    ids = storage.ingest_many(
        T0 + hours(1),
        [
            _poll(FEED, new_article("old"), new_article("a"), new_article("b"), etag='"f"'),
            _poll(OTHER, new_article("a"), etag='"o"'),
            _poll("https://example.com/empty.xml"),
        ],
    )
    assert [len(x) for x in ids] == [2, 1, 0]
    assert len(set(ids[0]) | set(ids[1])) == 3
    by_id = {a.id: (a.feed_url, a.key) for a, _ in storage.articles(WL, T0, T0 + hours(2))}
    assert [by_id[i] for i in (*ids[0], *ids[1])] == [(FEED, "a"), (FEED, "b"), (OTHER, "a")]
    states = {s.url: s for s in storage.feeds()}
    assert (states[FEED].etag, states[OTHER].etag) == ('"f"', '"o"')
    assert states[FEED].last_new_entry == T0 + hours(1)
    assert states["https://example.com/empty.xml"].last_new_entry is None
    assert states["https://example.com/empty.xml"].next_poll == T0 + hours(6)
    assert storage.ingest_many(T0, []) == ()


def test_ingest_many_with_one_feed_twice_keeps_the_first_copy_of_a_key(storage: SqlStorage) -> None:
    first = new_article("k", title="first")
    ids = storage.ingest_many(T0, [_poll(FEED, first, new_article("k", title="dup")), _poll(FEED, first)])
    assert [len(x) for x in ids] == [1, 0]
    [(article, _)] = storage.articles(WL, T0, T0 + hours(1))
    assert article.title == "first"


def test_a_failure_in_one_feed_of_a_batch_rolls_back_the_whole_batch(storage: SqlStorage) -> None:
    bad = new_article("c", analyses=((WL, analysis()), (WL, analysis())))  # one analysis per watchlist
    with pytest.raises(StorageError, match="2 feeds"):
        storage.ingest_many(T0, [_poll(OTHER, new_article("fine")), _poll(FEED, bad)])
    assert storage.count_articles() == 0
    state = storage.feed(OTHER)
    assert state is None or state.last_success is None
