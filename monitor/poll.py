"""One poll cycle: the only place that strings fetch → read → store together.

Fetching runs concurrently on an event loop in a helper thread (:mod:`monitor.fetch`). Reading a
document (:mod:`monitor.reading`: parse, then text and analysis of the new entries), the CPU-heavy
part, runs in worker processes for big cycles (:mod:`monitor.workers`) and inline for small ones.
Storage is only ever used from the caller's thread, in batches as work finishes, so slow analysis
never holds up a fetch's deadline::

    fetch (async, bounded) ──▶ parse_document ──▶ storage.known_keys ──▶ understand_entries
        ──▶ storage.ingest_many (the feeds finished together, one transaction)

A feed with nothing stored yet (its first poll) skips the key look-up: ``process_document`` parses
and understands it in one job. 304s cost no parsing and are recorded in batches. One feed's
failure, including an unexpected exception while reading or storing it or a worker process dying
on it, is a :class:`FeedReport`, never the end of the cycle; only storage errors (nothing could be
recorded) propagate.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import datetime as dt
import gc
import logging
import pickle
import queue
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from monitor import workers
from monitor.backoff import next_poll_after_failure
from monitor.errors import ParseError, StorageError
from monitor.fetch import Fetcher, FetchRequest
from monitor.fetch.addresses import IPAddress
from monitor.matching import claim_matcher
from monitor.reading import (
    DocumentJob,
    DocumentResult,
    Understood,
    parse_document,
    process_document,
    source_name,
    understand_entries,
)
from monitor.storage.interface import Storage
from monitor.types import (
    FeedState,
    Fetched,
    FetchFailed,
    FetchResult,
    NotModified,
    ParsedFeed,
    PolledFeed,
    Settings,
    Watchlist,
)
from monitor.understand import ClaimMatcher

log = logging.getLogger(__name__)

FeedOutcome = Literal["ok", "not_modified", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class FeedReport:
    url: str
    outcome: FeedOutcome
    new_entries: int = 0
    error: str | None = None
    warning: str | None = None  # the document was damaged or odd, but read
    moved_to: str | None = None  # after a permanent redirect: the URL now stored


@dataclass(frozen=True, slots=True)
class CycleReport:
    feeds: tuple[FeedReport, ...]

    def count(self, outcome: FeedOutcome) -> int:
        return sum(1 for f in self.feeds if f.outcome == outcome)

    @property
    def new_entries(self) -> int:
        return sum(f.new_entries for f in self.feeds)

    def summary(self) -> str:
        return (
            f"{len(self.feeds)} feeds: {self.count('ok')} ok, {self.count('not_modified')} not modified, "
            f"{self.count('failed')} failed"
            + (f", {self.count('skipped')} skipped" if self.count("skipped") else "")
            + f"; {self.new_entries} new entries"
        )


class _Inline(cf.Executor):
    """Runs work at once in the calling thread (the default: no worker processes)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


@dataclass
class _Feed:
    """One feed moving through the cycle."""

    state: FeedState
    watchlists: tuple[Watchlist, ...]
    url: str = ""  # where its entries are stored (changes after a permanent redirect)
    fetched: Fetched | None = None
    parsed: ParsedFeed | None = None
    moved_to: str | None = None
    extra: list[str] = field(default_factory=list)
    job: tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any]] | None = None  # last work sent
    retried: bool = False  # a worker died on it once already
    released: bool = False  # its fetch-window slot is free again


class _FetchThread:
    """An event loop in a helper thread fetching feeds; results go to ``sink`` as events.

    At most ``window`` results wait unprocessed, so bodies never pile up in memory."""

    def __init__(
        self,
        requests: Sequence[FetchRequest],
        settings: Settings,
        now: Callable[[], dt.datetime],
        trusted: Collection[IPAddress],
        sink: queue.Queue[tuple[str, str, Any]],
    ) -> None:
        self.results = sink  # ("fetched", url, FetchResult)
        self._requests = requests
        self._settings = settings
        self._now = now
        self._trusted = trusted
        self._loop: asyncio.AbstractEventLoop | None = None
        self._window: asyncio.Semaphore | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="monitor-fetch", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait()

    def alive(self) -> bool:
        return self._thread.is_alive()

    def done_with_one(self) -> None:
        """The consumer finished a result: let another fetch start."""
        loop, window = self._loop, self._window
        if loop is not None and window is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(window.release)

    def stop(self, *, cancel: bool) -> None:
        """Wait for the thread to end; with ``cancel``, abandon the fetches still running."""
        loop, task = self._loop, self._task
        if cancel and loop is not None and task is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(task.cancel)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:  # stopped early by the consumer
            pass
        except Exception:
            log.exception("the fetch thread failed")
        finally:
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        fetch = self._settings.fetch
        window = max(2 * fetch.concurrency, 4)
        self._window = asyncio.Semaphore(window)
        self._task = asyncio.current_task()
        self._ready.set()
        async with Fetcher(
            fetch, self._settings.user_agent, now=self._now, trusted_addresses=self._trusted
        ) as fetcher:
            pending = iter(self._requests)

            async def worker() -> None:
                # As many workers as the window is wide, each taking the next request once it
                # holds a slot: the loop never juggles one task per feed of a big cycle.
                assert self._window is not None
                while True:
                    await self._window.acquire()
                    request = next(pending, None)
                    if request is None:
                        self._window.release()
                        return
                    try:
                        result = await fetcher.fetch(request)
                    except asyncio.CancelledError:
                        raise
                    except Exception as exc:  # a bug in the fetch edge: still a result
                        log.exception("fetching %s failed unexpectedly", request.url)
                        result = FetchFailed(
                            request.url, f"internal error while fetching ({type(exc).__name__}: {exc})"
                        )
                    self.results.put(("fetched", request.url, result))

            width = min(window, len(self._requests))
            await asyncio.gather(*(worker() for _ in range(width)))


def poll_once(
    settings: Settings,
    storage: Storage,
    *,
    now: Callable[[], dt.datetime],
    urls: Iterable[str] | None = None,
    progress: Callable[[FeedReport], None] | None = None,
    match_claims: ClaimMatcher | None = None,
    executor: cf.Executor | None = None,
    trusted_addresses: Collection[IPAddress] = (),
) -> CycleReport:
    """Poll every due feed of the watchlists (or only ``urls``, due or not) once.

    One feed's failure is a FeedReport, never an exception. ``now`` is the clock. ``match_claims``
    is handed to the analysis. ``executor`` runs parsing and analysis; by default a cycle of
    :data:`monitor.workers.MIN_FEEDS` feeds or more uses the process's worker pool (sized by
    ``settings.fetch.workers``) and a smaller one runs them inline. ``trusted_addresses`` are
    addresses reachable even when private networks are refused (tests). Disabled feeds named in
    ``urls`` are reported as skipped."""
    started = time.monotonic()
    _freeze_startup_objects()
    by_url: dict[str, list[Watchlist]] = {}
    for wl in settings.watchlists:
        for url in wl.feeds:
            by_url.setdefault(url, []).append(wl)
    wanted = None if urls is None else list(dict.fromkeys(urls))
    storage.ensure_feeds(list(by_url) + (wanted or []))
    cycle_start = now()
    reports: list[FeedReport] = []
    if wanted is None:
        states = [s for s in storage.due_feeds(cycle_start) if s.url in by_url]
    else:
        states = []
        for url in wanted:
            state = storage.feed(url)
            if state is None:
                continue
            if state.disabled:
                reports.append(FeedReport(url, "skipped", error=f"disabled: {state.disabled}"))
            else:
                states.append(state)
    feeds = {s.url: _Feed(s, tuple(by_url.get(s.url, ())), url=s.url) for s in states}
    for r in reports:
        _tell(progress, r)
    if feeds:
        work = _choose_work(settings, len(feeds), executor, match_claims)
        cycle = _Cycle(settings, storage, feeds, now, progress, match_claims, work, trusted_addresses)
        reports.extend(cycle.run())
    report = CycleReport(tuple(reports))
    log.info("poll cycle: %s in %.1f s", report.summary(), time.monotonic() - started)
    return report


_frozen = False


def poll_with_claims(
    settings: Settings,
    storage: Storage,
    *,
    now: Callable[[], dt.datetime],
    urls: Iterable[str] | None = None,
    progress: Callable[[FeedReport], None] | None = None,
) -> CycleReport:
    """The production poll (``monitor poll``, the daemon): :func:`poll_once` with the watchlists'
    claim matcher."""
    return poll_once(
        settings,
        storage,
        now=now,
        urls=urls,
        progress=progress,
        match_claims=claim_matcher(settings.watchlists),
    )


def _freeze_startup_objects() -> None:
    """Once per process: move everything alive so far (modules, compiled patterns, settings...)
    out of the cyclic garbage collector's sight. A full collection otherwise walks all of it, and
    it holds the GIL while it does so: tens of milliseconds during which the fetching event loop
    stands still. Objects made later are collected as usual."""
    global _frozen  # noqa: PLW0603
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


def _tell(progress: Callable[[FeedReport], None] | None, report: FeedReport) -> None:
    if progress is not None:
        try:
            progress(report)
        except Exception:  # a broken progress display never ends a cycle
            log.exception("progress callback failed")


class _Work:
    """Where parsing and analysis run: inline, the caller's executor, or the worker pool (asked
    for on the first document only, so a cycle of 304s starts no process)."""

    def __init__(self, executor: cf.Executor | None, *, shared: bool, size: int = 0) -> None:
        self._executor = executor
        self.shared = shared  # the process's worker pool: replaced if a worker dies
        self._size = size

    @property
    def executor(self) -> cf.Executor:
        if self._executor is None:
            self._executor = workers.pool(self._size)
        return self._executor

    @executor.setter
    def executor(self, value: cf.Executor) -> None:
        self._executor = value

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kw: Any) -> cf.Future[Any]:
        try:
            return self.executor.submit(fn, *args, **kw)
        except BrokenProcessPool:
            if not self.recover():
                raise
            return self.executor.submit(fn, *args, **kw)
        except Exception as exc:
            if not self.shared:
                raise
            # The pool could not start workers (e.g. a script without the ``if __name__ ==
            # "__main__":`` guard, or no processes left): this process reads feeds inline.
            workers.disable(f"{type(exc).__name__}: {exc}")
            self.executor, self.shared = _Inline(), False
            return self.executor.submit(fn, *args, **kw)

    def recover(self) -> bool:
        """After a worker died: carry on with a fresh pool (our own pool only)."""
        if not self.shared:
            return False
        fresh = workers.replace(self.executor)
        if fresh is None:
            return False
        self.executor = fresh
        return True


def _picklable(*values: object) -> bool:
    try:
        pickle.dumps(values)
    except Exception:
        return False
    return True


def _choose_work(
    settings: Settings, feeds: int, executor: cf.Executor | None, match_claims: ClaimMatcher | None
) -> _Work:
    if executor is not None:
        return _Work(executor, shared=False)
    size = workers.resolve(settings.fetch.workers)
    if size == 0 or feeds < workers.MIN_FEEDS or workers.disabled():
        return _Work(_Inline(), shared=False)
    if not _picklable(match_claims, settings.watchlists):
        log.debug("the claim matcher cannot go to worker processes; reading feeds in-process")
        return _Work(_Inline(), shared=False)
    return _Work(None, shared=True, size=size)


UNCHANGED_BATCH = 256  # 304s recorded in one transaction at most
STORE_BATCH = 16  # feeds read and understood, stored in one transaction at most
STORE_DELAY = 0.25  # seconds a feed read and understood may wait for others to store with it


class _Cycle:
    """One cycle's feeds moving from fetch to report; everything here runs in the caller's thread.

    Bodies fetched and not yet understood are bounded by the fetch window (a feed's slot is freed
    once its entries are understood, or at once when it brought no body), so a fast network never
    piles up documents in front of slow workers. Feeds read and understood are stored in transactions
    of :data:`STORE_BATCH`, and 304s recorded in batches of :data:`UNCHANGED_BATCH`, or of what has
    come within :data:`STORE_DELAY` of the first, or of all that is left (fewer commits, and less of
    the GIL taken from the fetching thread; a feed's articles and its state still go in together)."""

    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        feeds: dict[str, _Feed],
        now: Callable[[], dt.datetime],
        progress: Callable[[FeedReport], None] | None,
        match_claims: ClaimMatcher | None,
        work: _Work,
        trusted: Collection[IPAddress],
    ) -> None:
        self.settings = settings
        self.storage = storage
        self.feeds = feeds
        self.now = now
        self.progress = progress
        self.match_claims = match_claims
        self.work = work
        self.trusted = trusted
        # Events for this thread: fetch results, then finished parse / analysis work.
        self.events: queue.Queue[tuple[str, str, Any]] = queue.Queue()
        self.reports: list[FeedReport] = []
        self.unchanged: list[_Feed] = []  # 304s not recorded yet
        self.finished: list[tuple[_Feed, Understood]] = []  # read and understood, not stored yet
        self.store_by = 0.0  # time.monotonic() by which the first of them is stored
        self.unchanged_by = 0.0  # the same for the 304s
        self.pending = len(feeds)  # feeds not reported yet
        self.fetcher: _FetchThread | None = None

    def run(self) -> list[FeedReport]:
        requests = [
            FetchRequest(f.state.url, f.state.etag, f.state.last_modified) for f in self.feeds.values()
        ]
        fetches_left = len(requests)
        self.fetcher = fetcher = _FetchThread(requests, self.settings, self.now, self.trusted, self.events)
        fetcher.start()
        try:
            while self.pending:
                waiting = len(self.finished) + len(self.unchanged)
                clock = time.monotonic()
                if self.unchanged and (
                    len(self.unchanged) >= UNCHANGED_BATCH
                    or waiting >= self.pending  # nothing else to come
                    or clock >= self.unchanged_by
                ):
                    self._record_unchanged()
                    continue
                if self.finished and (
                    len(self.finished) >= STORE_BATCH or waiting >= self.pending or clock >= self.store_by
                ):
                    self._store_finished()
                    continue
                due = min(
                    (
                        t
                        for t, batch in ((self.store_by, self.finished), (self.unchanged_by, self.unchanged))
                        if batch
                    ),
                    default=clock + 0.5,
                )
                wait = min(0.5, max(0.0, due - clock))
                try:
                    kind, url, payload = self.events.get(timeout=wait)
                except queue.Empty:
                    if fetches_left and not fetcher.alive():
                        self._fail_remaining("the fetcher stopped")
                        return self.reports
                    continue
                if kind == "fetched":
                    fetches_left -= 1
                feed = self.feeds[url]
                try:
                    report = self._step(kind, feed, payload)
                except StorageError:
                    raise
                except Exception as exc:  # anything unexpected in one feed is that feed's failure
                    log.exception("reading %s failed unexpectedly", url)
                    report = self._failure(
                        feed, f"internal error while reading the feed ({type(exc).__name__}: {exc})"
                    )
                if report is not None:
                    self._report(feed, report)
        finally:
            fetcher.stop(cancel=self.pending > 0)
        return self.reports

    # ---------------------------------------------------------------- bookkeeping
    def _release(self, feed: _Feed) -> None:
        """The feed holds no body any more: let another fetch start."""
        if not feed.released:
            feed.released = True
            assert self.fetcher is not None
            self.fetcher.done_with_one()

    def _report(self, feed: _Feed, report: FeedReport) -> None:
        self._release(feed)
        feed.fetched = feed.parsed = feed.job = None  # a finished feed keeps no document in memory
        self.pending -= 1
        self.reports.append(report)
        _tell(self.progress, report)

    def _record_unchanged(self) -> None:
        batch, self.unchanged = self.unchanged, []
        moment = self.now()
        self.storage.record_not_modified([f.url for f in batch], moment, moment + self.settings.poll_interval)
        for feed in batch:
            self._report(feed, FeedReport(feed.state.url, "not_modified", moved_to=feed.moved_to))

    def _finished(self, feed: _Feed, understood: Understood) -> None:
        """Read and understood: the body is gone, so another fetch may start; the feed is stored
        with the others finished meanwhile."""
        self._release(feed)
        if not self.finished:
            self.store_by = time.monotonic() + STORE_DELAY
        self.finished.append((feed, understood))

    def _store_finished(self) -> None:
        batch, self.finished = self.finished, []
        moment = self.now()
        polls = []
        for feed, understood in batch:
            assert feed.fetched is not None
            assert feed.parsed is not None
            notes = [n for n in (feed.parsed.warning, *understood.problems, *feed.extra) if n]
            polls.append(
                PolledFeed(
                    feed.url,
                    tuple(understood.articles),
                    etag=feed.fetched.etag,
                    last_modified=feed.fetched.last_modified,
                    title=feed.parsed.title,
                    next_poll=moment + self.settings.poll_interval,
                    warning="; ".join(notes) or None,
                )
            )
        try:
            added = self.storage.ingest_many(moment, polls)
        except StorageError:
            raise
        except Exception as exc:  # one feed's surprise is that feed's failure, not its batch's
            if len(batch) > 1:
                for one in batch:
                    self.finished = [one]
                    self._store_finished()
                return
            feed = batch[0][0]
            log.exception("storing %s failed unexpectedly", feed.url)
            reason = f"internal error while storing the feed ({type(exc).__name__}: {exc})"
            self._report(feed, self._failure(feed, reason))
            return
        for (feed, _), poll, ids in zip(batch, polls, added, strict=True):
            report = FeedReport(
                feed.state.url, "ok", new_entries=len(ids), warning=poll.warning, moved_to=feed.moved_to
            )
            self._report(feed, report)

    def _fail_remaining(self, reason: str) -> None:
        if self.finished:
            self._store_finished()
        if self.unchanged:
            self._record_unchanged()
        done = {r.url for r in self.reports} | {r.moved_to for r in self.reports if r.moved_to}
        for url, feed in self.feeds.items():
            if url not in done:
                self._report(feed, self._failure(feed, reason))

    def _failure(
        self, feed: _Feed, reason: str, retry_after: float | None = None, *, gone: bool = False
    ) -> FeedReport:
        return _failure(feed, self.settings, self.storage, self.now(), reason, retry_after, gone=gone)

    def _submit(self, feed: _Feed, kind: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> None:
        feed.job = (kind, fn, args, kw)
        future = self.work.submit(fn, *args, **kw)
        url = feed.state.url
        future.add_done_callback(lambda f: self.events.put((kind, url, f)))

    def _retry(self, feed: _Feed, exc: BaseException) -> FeedReport | None:
        """A worker process died while reading this feed: once, try again in a fresh pool."""
        if feed.job is None or feed.retried or not self.work.recover():
            return self._failure(feed, f"the worker process reading the feed stopped unexpectedly ({exc})")
        feed.retried = True
        kind, fn, args, kw = feed.job
        self._submit(feed, kind, fn, *args, **kw)
        return None

    # ---------------------------------------------------------------- one event
    def _step(self, kind: str, feed: _Feed, payload: Any) -> FeedReport | None:
        """Advance one feed by one event; a FeedReport when the feed is finished."""
        storage = self.storage
        if kind == "fetched":
            result: FetchResult = payload
            if isinstance(result, FetchFailed):
                return self._failure(feed, result.reason, result.retry_after, gone=result.gone)
            if result.permanent_redirect:
                _move(feed, storage, result.permanent_redirect)
            if isinstance(result, NotModified):
                self._release(feed)
                if not self.unchanged:
                    self.unchanged_by = time.monotonic() + STORE_DELAY
                self.unchanged.append(feed)  # reported when the batch is recorded
                return None
            now = self.now()
            if feed.state.last_new_entry is None and feed.moved_to is None:
                # Nothing was ever stored for this feed (its first poll): no keys to look up
                # between parsing and understanding, so both go to the worker in one job.
                job = DocumentJob(
                    feed.url,
                    result.body,
                    result.content_type,
                    now,
                    feed.watchlists,
                    match_claims=self.match_claims,
                    url=result.final_url,
                )
                self._submit(feed, "read", process_document, job)
            else:
                self._submit(
                    feed, "parsed", parse_document, result.body, result.content_type, result.final_url, now
                )
            feed.fetched = replace(result, body=b"")  # the job holds the body until it is parsed
            return None
        if kind == "read":
            try:
                read: DocumentResult = payload.result()
            except BrokenProcessPool as exc:
                return self._retry(feed, exc)
            if read.parsed is None:
                return self._failure(feed, read.error or "the document could not be read")
            feed.parsed = read.parsed  # without its entries: they are understood already
            self._finished(feed, read.understood)
            return None
        if kind == "parsed":
            try:
                parsed: ParsedFeed = payload.result()
            except ParseError as exc:
                return self._failure(feed, str(exc))
            except BrokenProcessPool as exc:
                return self._retry(feed, exc)
            feed.parsed = parsed
            known = storage.known_keys(feed.url, [e.key for e in parsed.entries])
            fresh = [e for e in parsed.entries if e.key not in known]
            if not fresh:
                self._finished(feed, Understood(()))
                return None
            self._submit(
                feed,
                "understood",
                understand_entries,
                fresh,
                source=source_name(parsed.title, feed.url),
                watchlists=feed.watchlists,
                match_claims=self.match_claims,
            )
            return None
        if kind == "understood":
            try:
                understood: Understood = payload.result()
            except BrokenProcessPool as exc:
                return self._retry(feed, exc)
            self._finished(feed, understood)
            return None
        raise AssertionError(kind)


def _move(feed: _Feed, storage: Storage, new: str) -> None:
    storage.rename_feed(feed.url, new)
    feed.url = new
    feed.moved_to = new
    feed.extra.append(f"moved permanently to {new}; update the watchlist")
    log.warning("feed %s moved permanently to %s; update the watchlist file", feed.state.url, new)


def _failure(
    feed: _Feed,
    settings: Settings,
    storage: Storage,
    moment: dt.datetime,
    reason: str,
    retry_after: float | None = None,
    *,
    gone: bool = False,
) -> FeedReport:
    next_poll = next_poll_after_failure(
        moment,
        feed.state.error_count + 1,
        poll_interval=settings.poll_interval,
        max_backoff=settings.fetch.max_backoff,
        retry_after=retry_after,
    )
    disabled = None
    if gone:
        disabled = f"{reason} (re-enable with: monitor feeds --enable {feed.url})"
    storage.record_failure(feed.url, moment, reason, next_poll, disabled=disabled)
    return FeedReport(feed.state.url, "failed", error=reason, moved_to=feed.moved_to)
