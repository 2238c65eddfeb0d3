"""Feed state: adding, due feeds, 304s, failures, disabling, renaming."""

from __future__ import annotations

import datetime as dt

from monitor.storage.sql import CHUNK, SqlStorage

from .helpers import FEED, OTHER, T0, WL, analysis, assert_all_utc, hours, ingest, new_article, statement


def test_ensure_feeds_adds_new_feeds_due_now_and_keeps_known_ones(storage: SqlStorage) -> None:
    storage.ensure_feeds([OTHER, FEED, FEED])
    storage.record_failure(FEED, T0, "timeout", T0 + hours(2))
    storage.ensure_feeds([FEED, "https://c.example/atom"])
    feeds = storage.feeds()
    assert [f.url for f in feeds] == sorted([FEED, OTHER, "https://c.example/atom"])
    kept = storage.feed(FEED)
    assert kept is not None
    assert kept.error_count == 1
    assert kept.next_poll == T0 + hours(2)
    added = storage.feed(OTHER)
    assert added is not None
    assert added.next_poll is None
    assert added.error_count == 0
    assert storage.feed("https://unknown.example/") is None


def test_due_feeds_filters_disabled_and_future_and_orders_by_next_poll(storage: SqlStorage) -> None:
    urls = [f"https://f{i}.example/feed" for i in range(6)]
    storage.ensure_feeds(urls)
    storage.record_failure(urls[0], T0, "boom", T0 + hours(1))  # due later
    storage.record_failure(urls[1], T0, "gone", T0 - hours(1), disabled="410 Gone")  # disabled
    storage.record_not_modified([urls[2]], T0, T0)  # due exactly now
    storage.record_not_modified([urls[3]], T0, T0 - hours(3))  # overdue
    # urls[4] and urls[5] were never polled: next_poll is None
    due = storage.due_feeds(T0)
    assert [f.url for f in due] == [urls[4], urls[5], urls[3], urls[2]]
    assert [f.url for f in storage.due_feeds(T0, [urls[0], urls[2], urls[5]])] == [urls[5], urls[2]]
    assert storage.due_feeds(T0, []) == ()
    assert [f.url for f in storage.due_feeds(T0 + hours(1))] == [urls[4], urls[5], urls[3], urls[2], urls[0]]


def test_due_feeds_accepts_more_urls_than_one_chunk(storage: SqlStorage) -> None:
    urls = [f"https://f{i:04d}.example/feed" for i in range(CHUNK + 20)]
    storage.ensure_feeds(urls)
    wanted = [*urls[5:], "https://not-stored.example/"]
    assert [f.url for f in storage.due_feeds(T0, wanted)] == sorted(urls[5:])


def test_record_not_modified_updates_many_feeds_and_writes_no_articles(storage: SqlStorage) -> None:
    urls = [f"https://f{i:04d}.example/feed" for i in range(2 * CHUNK + 3)]
    storage.ensure_feeds(urls)
    ingest(storage, urls[0], T0, new_article("a"), etag='"v1"', title="First")
    storage.record_failure(urls[1], T0, "timeout", T0)
    before = storage.count_articles()
    later = T0 + hours(1)
    storage.record_not_modified(urls, later, later + hours(1))
    assert storage.count_articles() == before == 1
    for state in storage.feeds():
        assert state.last_success == later
        assert state.next_poll == later + hours(1)
        assert state.error_count == 0
        assert state.last_error is None
    first = storage.feed(urls[0])
    assert first is not None
    assert (first.etag, first.title, first.last_new_entry) == ('"v1"', "First", T0)


def test_failures_count_up_and_success_resets(storage: SqlStorage) -> None:
    storage.ensure_feeds([FEED])
    storage.record_failure(FEED, T0, "connection refused", T0 + hours(1))
    storage.record_failure(FEED, T0 + hours(1), "HTTP 503", T0 + hours(3))
    state = storage.feed(FEED)
    assert state is not None
    assert (state.error_count, state.last_error, state.last_error_at) == (2, "HTTP 503", T0 + hours(1))
    assert state.next_poll == T0 + hours(3)
    assert state.disabled is None
    storage.record_not_modified([FEED], T0 + hours(3), T0 + hours(4))
    state = storage.feed(FEED)
    assert state is not None
    assert (state.error_count, state.last_error) == (0, None)


def test_record_failure_of_an_unknown_feed_adds_it(storage: SqlStorage) -> None:
    storage.record_failure(FEED, T0, "DNS lookup failed", T0 + hours(1))
    state = storage.feed(FEED)
    assert state is not None
    assert state.error_count == 1


def test_disabled_feeds_are_not_due_until_enabled(storage: SqlStorage) -> None:
    storage.ensure_feeds([FEED])
    storage.record_failure(FEED, T0, "HTTP 410", T0 - hours(1), disabled="the feed is gone (HTTP 410)")
    assert storage.due_feeds(T0 + hours(100)) == ()
    state = storage.feed(FEED)
    assert state is not None
    assert state.disabled == "the feed is gone (HTTP 410)"
    storage.enable_feed(FEED)
    state = storage.feed(FEED)
    assert state is not None
    assert (state.disabled, state.next_poll, state.error_count) == (None, None, 0)
    assert [f.url for f in storage.due_feeds(T0)] == [FEED]


def test_every_feed_datetime_is_aware_utc(storage: SqlStorage) -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    local = T0.astimezone(paris)
    ingest(storage, FEED, local, new_article("a"), next_poll=local + hours(1))
    storage.record_failure(FEED, local, "x", local + hours(2))
    state = storage.feed(FEED)
    assert state is not None
    assert state.last_success == T0
    assert state.last_error_at == T0
    assert state.next_poll == T0 + hours(2)
    assert_all_utc(state)
    assert_all_utc(storage.feeds())
    assert_all_utc(storage.due_feeds(T0 + hours(2)))


def test_rename_moves_the_feed_and_its_articles(storage: SqlStorage) -> None:
    ingest(storage, FEED, T0, new_article("a"), new_article("b"), etag='"e"')
    storage.rename_feed(FEED, OTHER)
    assert storage.feed(FEED) is None
    moved = storage.feed(OTHER)
    assert moved is not None
    assert moved.etag == '"e"'
    assert storage.known_keys(OTHER, ["a", "b", "c"]) == {"a", "b"}
    assert storage.known_keys(FEED, ["a", "b"]) == set()
    articles = storage.articles(WL, T0, T0 + hours(1))
    assert {a.feed_url for a, _ in articles} == {OTHER}


def test_rename_onto_a_known_feed_merges_without_duplicates(storage: SqlStorage) -> None:
    said_old = statement("We'd love to come back", date=dt.date(2025, 5, 1))
    said_new = statement("Never say never", date=dt.date(2025, 5, 2))
    ingest(
        storage,
        FEED,
        T0,
        new_article("shared", title="old copy", analyses=((WL, analysis(statements=(said_old,))),)),
        new_article("only-old"),
    )
    ingest(
        storage,
        OTHER,
        T0,
        new_article("shared", title="new copy", analyses=((WL, analysis(statements=(said_new,))),)),
        etag='"new"',
    )
    storage.rename_feed(FEED, OTHER)
    assert [f.url for f in storage.feeds()] == [OTHER]
    merged = storage.feed(OTHER)
    assert merged is not None
    assert merged.etag == '"new"'
    assert storage.count_articles() == 2
    titles = sorted(a.title for a, _ in storage.articles(WL, T0, T0 + hours(1)))
    assert titles == ["Article only-old", "new copy"]
    assert [s.text for s in storage.statements(WL)] == ["Never say never"]


def test_rename_of_an_unknown_feed_or_to_itself_changes_nothing(storage: SqlStorage) -> None:
    ingest(storage, FEED, T0, new_article("a"))
    storage.rename_feed("https://unknown.example/", OTHER)
    storage.rename_feed(FEED, FEED)
    assert [f.url for f in storage.feeds()] == [FEED]
    assert storage.known_keys(FEED, ["a"]) == {"a"}
