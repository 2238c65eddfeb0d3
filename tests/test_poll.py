"""The poll cycle end to end: a real loopback feed server, real SQLite, a manual clock."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.poll import FeedReport, poll_once
from monitor.reading import DocumentJob, process_document, understand_entries
from monitor.storage.sql import SqlStorage
from monitor.types import Analysis, ParsedEntry, PolledFeed, Relevance, Watchlist
from monitor.understand import stories
from monitor.understand.signature import make_signature
from tests import poll_support as ps
from tests.feedserver import Feed, FeedServer, Item, Redirect, Script, Status, atom, rss

RELEVANT = (
    "<p>Charlie Cox said the Defenders could reunite: “I would love to see Daredevil and Jessica "
    "Jones together again,” Cox said.</p>"
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlStorage]:
    _, s = ps.sqlite_store(tmp_path)
    yield s
    s.close()


def items(n: int, prefix: str = "e") -> list[Item]:
    return [
        Item(f"Story {prefix}{i}", f"https://news.example/{prefix}{i}", f"{prefix}-{i}") for i in range(n)
    ]


def test_first_poll_stores_entries_and_validators(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/feed", Feed(rss(items(3))))
    clock = ps.clock()
    seen: list[FeedReport] = []
    report = poll_once(ps.settings("x", [url]), store, now=clock, progress=seen.append)
    assert [(f.url, f.outcome, f.new_entries) for f in report.feeds] == [(url, "ok", 3)]
    assert seen == list(report.feeds)
    state = store.feed(url)
    assert state is not None
    assert state.etag
    assert state.last_modified
    assert state.last_success == ps.START
    assert state.next_poll == ps.START + ps.INTERVAL
    assert store.count_articles() == 3


def test_second_poll_is_not_modified_and_parses_and_writes_nothing(
    server: FeedServer, store: SqlStorage
) -> None:
    url = server.add("/feed", Feed(rss(items(3))))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    poll_once(settings, store, now=clock)
    clock.advance(ps.INTERVAL)
    work = ps.CountingExecutor()
    report = poll_once(settings, store, now=clock, executor=work)
    assert [f.outcome for f in report.feeds] == ["not_modified"]
    assert work.calls == []  # nothing parsed, nothing analysed
    assert store.count_articles() == 3
    request = server.last_request("/feed")
    assert request is not None
    assert request.headers.get("if-none-match")
    assert request.headers.get("if-modified-since")
    state = store.feed(url)
    assert state is not None
    assert state.last_success == clock()


def test_last_modified_alone_gives_not_modified(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/feed", Feed(rss(items(2)), etag=None))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    poll_once(settings, store, now=clock)
    clock.advance(ps.INTERVAL)
    assert poll_once(settings, store, now=clock).count("not_modified") == 1


def test_repoll_without_validators_adds_no_duplicates(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/feed", Feed(rss(items(4)), etag=None, last_modified=None))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    assert poll_once(settings, store, now=clock).new_entries == 4
    clock.advance(ps.INTERVAL)
    work = ps.CountingExecutor()
    again = poll_once(settings, store, now=clock, executor=work)
    assert again.count("ok") == 1
    assert again.new_entries == 0
    assert "understand_entries" not in work.calls  # known entries are not analysed again
    assert store.count_articles() == 4
    server.set(
        "/feed", Feed(rss([*items(4), Item("Fresh", "https://news.example/fresh", "fresh")]), etag=None)
    )
    clock.advance(ps.INTERVAL)
    assert poll_once(settings, store, now=clock).new_entries == 1
    assert store.count_articles() == 5


def test_feeds_not_due_are_left_alone_until_their_time(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/feed", Feed(rss(items(1))))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    poll_once(settings, store, now=clock)
    clock.advance(dt.timedelta(minutes=5))
    assert poll_once(settings, store, now=clock).feeds == ()
    assert server.hits("/feed") == 1
    forced = poll_once(settings, store, now=clock, urls=[url])  # named feeds are polled now
    assert forced.count("not_modified") == 1


def test_entries_are_analysed_for_every_watchlist_listing_the_feed(
    server: FeedServer, store: SqlStorage
) -> None:
    url = server.add(
        "/feed", Feed(rss([Item("Defenders reunion?", "https://news.example/a", "a", description=RELEVANT)]))
    )
    other = ps.watchlist([url], name="second")
    settings = ps.settings("x", [url], extra=[other])
    report = poll_once(settings, store, now=ps.clock())
    assert report.new_entries == 1
    for name in ("defenders", "second"):
        stored = store.articles(
            name, ps.START - dt.timedelta(days=30), ps.START + dt.timedelta(days=1), relevant_only=False
        )
        assert len(stored) == 1
        article, _analysis = stored[0]
        assert "Charlie Cox said" in article.text
        assert "<p>" not in article.text
        assert article.source == "Test feed"


def test_atom_feeds_are_read(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/atom", Feed(atom(items(2)), content_type="application/atom+xml"))
    assert poll_once(ps.settings("x", [url]), store, now=ps.clock()).new_entries == 2


def test_many_feeds_are_polled_concurrently_and_one_failure_stops_nothing(
    server: FeedServer, store: SqlStorage
) -> None:
    urls = [server.add(f"/f{i}", Feed(rss(items(2, prefix=f"f{i}-")))) for i in range(12)]
    broken = server.add("/broken", Status(500))
    html = server.add("/html", Feed(b"<!doctype html><html><body>hi</body></html>", content_type="text/html"))
    report = poll_once(ps.settings("x", [*urls, broken, html]), store, now=ps.clock())
    assert report.count("ok") == 12
    assert report.count("failed") == 2
    assert report.new_entries == 24
    assert {f.url for f in report.feeds if f.outcome == "failed"} == {broken, html}


def test_per_host_concurrency_is_limited(server: FeedServer, store: SqlStorage) -> None:
    urls = [server.add(f"/slow{i}", Feed(rss(items(1, prefix=f"s{i}-")), delay=0.15)) for i in range(6)]
    fetch = ps.FAST.__class__(**{**_fields(ps.FAST), "per_host_concurrency": 2})
    report = poll_once(ps.settings("x", urls, fetch), store, now=ps.clock())
    assert report.count("ok") == 6
    assert 1 <= server.max_in_flight <= 2


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


def test_an_unexpected_exception_in_one_feed_is_that_feeds_failure(
    server: FeedServer, store: SqlStorage
) -> None:
    good = server.add("/good", Feed(rss(items(2))))
    bad = server.add("/bad", Feed(rss(items(2, prefix="bad"))))

    def explode(fn: object, *args: object, **kw: object) -> bool:
        name = getattr(fn, "__name__", "")
        if name == "process_document":  # a first poll: parse and understand in one job
            return args[0].feed_url == bad  # type: ignore[attr-defined]
        return name == "parse_document" and args[2] == bad

    report = poll_once(
        ps.settings("x", [good, bad]), store, now=ps.clock(), executor=ps.CountingExecutor(explode)
    )
    outcomes = {f.url: f for f in report.feeds}
    assert outcomes[good].outcome == "ok"
    assert outcomes[bad].outcome == "failed"
    assert "internal error" in (outcomes[bad].error or "")
    state = store.feed(bad)
    assert state is not None
    assert state.error_count == 1


def test_an_entry_whose_analysis_fails_is_skipped_not_the_others() -> None:
    good = ParsedEntry("k1", "Fine", None, "k1", "<p>Daredevil news</p>", "", None, None)
    bad = ParsedEntry("k2", "Cursed", None, "k2", "<p>trouble</p>", "", None, None)

    def analyser(title: str, text: str, watchlist: Watchlist, **kw: object) -> Analysis:
        if title == "Cursed":
            raise ValueError("the analyser exploded")
        return Analysis(Relevance(True, 1.0, ("test",)), ())

    understood = understand_entries(
        [good, bad], source="x", watchlists=[ps.watchlist(["u"])], analyser=analyser
    )
    assert [a.key for a in understood.articles] == ["k1"]
    assert understood.articles[0].text == "Daredevil news"
    assert len(understood.problems) == 1
    assert "'k2'" in understood.problems[0]
    assert "the analyser exploded" in understood.problems[0]


def test_failures_back_off_exponentially_with_a_cap_and_never_give_up(
    server: FeedServer, store: SqlStorage
) -> None:
    url = server.add("/down", Status(500))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    delays = []
    for _ in range(6):
        report = poll_once(settings, store, now=clock)
        assert report.count("failed") == 1
        state = store.feed(url)
        assert state is not None
        assert state.next_poll is not None
        delays.append(state.next_poll - clock())
        clock.set(state.next_poll)
    minutes = [d.total_seconds() / 60 for d in delays]
    assert minutes == [30, 60, 120, 240, 360, 360]  # doubling, capped at max_backoff (6 h)
    state = store.feed(url)
    assert state is not None
    assert state.error_count == 6
    assert state.disabled is None
    server.set("/down", Feed(rss(items(1))))
    assert poll_once(settings, store, now=clock).count("ok") == 1
    state = store.feed(url)
    assert state is not None
    assert state.error_count == 0
    assert state.last_error is None


def test_retry_after_is_respected(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/busy", Status(429, headers={"Retry-After": "7200"}))
    clock = ps.clock()
    poll_once(ps.settings("x", [url]), store, now=clock)
    state = store.feed(url)
    assert state is not None
    assert state.next_poll == clock() + dt.timedelta(hours=2)
    assert state.last_error is not None
    assert "slow down" in state.last_error


def test_gone_disables_the_feed_and_keeps_its_entries(server: FeedServer, store: SqlStorage) -> None:
    url = server.add("/feed", Script([Feed(rss(items(3))), Status(404), Status(410)]))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    assert poll_once(settings, store, now=clock).new_entries == 3
    for expected in ("not found", "gone"):
        clock.advance(dt.timedelta(days=1))
        report = poll_once(settings, store, now=clock)
        assert report.count("failed") == 1
        assert expected in (report.feeds[0].error or "")
    state = store.feed(url)
    assert state is not None
    assert state.disabled is not None
    assert "410" in state.disabled
    assert "monitor feeds --enable" in state.disabled
    assert store.count_articles() == 3  # nothing wiped
    clock.advance(dt.timedelta(days=30))
    assert poll_once(settings, store, now=clock).feeds == ()  # disabled feeds are not polled
    assert server.hits("/feed") == 3
    skipped = poll_once(settings, store, now=clock, urls=[url])
    assert skipped.count("skipped") == 1


def test_permanent_redirect_moves_the_feed(server: FeedServer, store: SqlStorage) -> None:
    new = server.add("/new", Feed(rss(items(2))))
    old = server.add("/old", Redirect("/new", 301))
    clock = ps.clock()
    settings = ps.settings("x", [old])
    report = poll_once(settings, store, now=clock)
    assert report.feeds[0].moved_to == new
    assert report.new_entries == 2
    assert store.feed(new) is not None
    moved = store.feed(new)
    assert moved is not None
    assert moved.warning is not None
    assert "moved permanently" in moved.warning
    # The watchlist still names the old URL: polling again adds nothing twice.
    clock.advance(ps.INTERVAL)
    again = poll_once(settings, store, now=clock)
    assert again.new_entries == 0
    assert store.count_articles() == 2


def test_document_processing_is_pure_and_picklable() -> None:
    body = rss([Item("Defenders news", "https://news.example/a", "a", description=RELEVANT), *items(2)])
    job = DocumentJob(
        feed_url="https://feeds.example/rss",
        body=body,
        content_type="application/rss+xml",
        now=ps.START,
        watchlists=(ps.watchlist(["https://feeds.example/rss"]),),
        known_keys=frozenset({"e-0"}),
    )
    result = process_document(pickle.loads(pickle.dumps(job)))
    assert pickle.loads(pickle.dumps(result)) == result
    assert [a.key for a in result.understood.articles] == ["a", "e-1"]
    assert all(isinstance(an, Analysis) for a in result.understood.articles for _, an in a.analyses)
    assert isinstance(result.understood.articles[0].analyses[0][1].relevance, Relevance)
    failed = process_document(DocumentJob("u", b"<html><body>no</body></html>", "text/html", ps.START, ()))
    assert failed.error == "the server sent an HTML page, not a feed"


def test_worker_processes_can_run_the_pure_part(server: FeedServer, store: SqlStorage) -> None:
    import concurrent.futures as cf
    import multiprocessing

    url = server.add("/feed", Feed(rss(items(3))))
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        report = poll_once(ps.settings("x", [url]), store, now=ps.clock(), executor=pool)
    assert report.new_entries == 3


class _StoreRefusing:
    """The real storage, except that storing ``bad`` raises a surprise (not a StorageError)."""

    def __init__(self, store: SqlStorage, bad: str) -> None:
        self._store, self._bad = store, bad
        self.batches: list[int] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)

    def ingest_many(self, now: dt.datetime, polls: list[PolledFeed]) -> tuple[tuple[int, ...], ...]:
        self.batches.append(len(polls))
        if any(p.feed_url == self._bad for p in polls):
            raise ValueError("surprise")
        return self._store.ingest_many(now, polls)


def test_a_surprise_while_storing_one_feed_fails_that_feed_only(
    server: FeedServer, store: SqlStorage
) -> None:
    urls = [server.add(f"/ok{i}", Feed(rss(items(2, prefix=f"ok{i}-")))) for i in range(20)]
    bad = server.add("/bad", Feed(rss(items(2, prefix="bad"))))
    refusing = _StoreRefusing(store, bad)
    report = poll_once(ps.settings("x", [*urls, bad]), refusing, now=ps.clock())  # type: ignore[arg-type]
    outcomes = {f.url: f for f in report.feeds}
    assert outcomes[bad].outcome == "failed"
    assert "internal error while storing the feed (ValueError: surprise)" in (outcomes[bad].error or "")
    assert all(outcomes[u].outcome == "ok" for u in urls)
    assert report.new_entries == 40
    assert store.known_keys(bad, ["bad-0", "bad-1"]) == set()
    assert store.known_keys(urls[0], ["ok0--0", "ok0--1"]) == {"ok0--0", "ok0--1"}
    state = store.feed(bad)
    assert state is not None
    assert state.error_count == 1
    assert sum(refusing.batches) >= len(urls) + 1  # every feed went through ingest_many


def test_a_first_poll_reads_in_one_job_and_later_polls_understand_only_new_entries(
    server: FeedServer, store: SqlStorage
) -> None:
    url = server.add("/feed", Script([Feed(rss(items(3))), Feed(rss(items(4)))]))
    clock = ps.clock()
    settings = ps.settings("x", [url])
    first = ps.CountingExecutor()
    assert poll_once(settings, store, now=clock, executor=first).new_entries == 3
    assert first.calls == ["process_document"]  # nothing stored yet: parse and understand in one job
    clock.advance(ps.INTERVAL)
    seen: list[int] = []

    def count_understood(fn: object, *args: object, **kw: object) -> bool:
        if getattr(fn, "__name__", "") == "understand_entries":
            seen.append(len(args[0]))  # type: ignore[arg-type]
        return False

    later = ps.CountingExecutor(count_understood)
    assert poll_once(settings, store, now=clock, executor=later).new_entries == 1
    assert later.calls == ["parse_document", "understand_entries"]
    assert seen == [1]  # the three stored entries were not analysed again
    assert store.count_articles() == 4


def test_relevant_articles_are_stored_with_the_story_signature_the_digest_groups_by(
    server: FeedServer, store: SqlStorage
) -> None:
    story = Item("Defenders reunion?", "https://news.example/a", "a", description=RELEVANT)
    copy = Item("Defenders reunion?", "https://mirror.example/a", "a2", description=RELEVANT)
    urls = [server.add("/one", Feed(rss([story, *items(1)]))), server.add("/two", Feed(rss([copy])))]
    assert poll_once(ps.settings("x", urls), store, now=ps.clock()).new_entries == 3
    rows = store.articles("defenders", ps.START - dt.timedelta(days=30), ps.START + dt.timedelta(days=1))
    assert sorted(a.key for a, _ in rows) == ["a", "a2"]  # the two copies; "e-0" is not relevant
    for article, analysis in rows:
        assert analysis.signature == make_signature(article.title, article.text, analysis.statements)
    assert stories.group(rows) == [[0, 1]]  # (in whichever order the two feeds were stored)
