"""One measured step, in a process of its own: ``python -m tests.bench.child STEP JSON``.

Prints one JSON object (``seconds`` of the measured work only, ``feeds``, ``maxrss`` and whatever the
step adds) as its last line. Steps:

* ``floor``    httpx GETs + ``feedparser.parse`` and nothing else, one process, one thread;
* ``monitor``  :func:`monitor.poll.poll_once`: fetch, parse, store, understand (real SQLite);
* ``reader``   lemon24/reader ``update_feeds(workers=16, scheduled=False)``;
* ``rss2email`` ``r2e run --no-send`` (its command-line entry point, called in-process);
* ``stored``   warm cycles of the monitor with many synthetic entries already stored;
* ``digest``   one week's digest over many relevant articles (storage reads + build).

``phase`` is "cold" (fresh state: every entry is new) or "warm" (state of the cold run: every feed
answers 304). State lives in ``args["dir"]``, so a warm step follows the cold step of the same tool.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import gc
import json
import logging
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def _runs(args: dict[str, Any]) -> int:
    """Warm cycles change nothing, so they are run several times (the median is reported)."""
    return int(args.get("repeats", 3)) if args.get("phase") == "warm" else 1


def _timing(times: list[float]) -> dict[str, Any]:
    out: dict[str, Any] = {"seconds": statistics.median(times)}
    if len(times) > 1:
        out["runs"] = [round(x, 3) for x in times]
    return out


def maxrss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# ------------------------------------------------------------------ the floor
def floor(args: dict[str, Any]) -> dict[str, Any]:
    import feedparser
    import httpx

    urls: list[str] = args["urls"]
    state_file = Path(args["dir"]) / "floor-validators.json"
    validators: dict[str, list[str | None]] = {}
    if args["phase"] == "warm":
        validators = json.loads(state_file.read_text())
    options = {"sanitize_html": False, "resolve_relative_uris": False} if args.get("lean") else {}
    counts = {"200": 0, "304": 0, "other": 0, "entries": 0}

    async def cycle() -> None:
        limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
        async with httpx.AsyncClient(limits=limits, timeout=30.0, trust_env=False) as client:
            gate = asyncio.Semaphore(32)

            async def one(url: str) -> None:
                headers = {}
                etag, modified = validators.get(url, (None, None))
                if etag:
                    headers["If-None-Match"] = etag
                if modified:
                    headers["If-Modified-Since"] = modified
                async with gate:
                    response = await client.get(url, headers=headers)
                if response.status_code == 304:
                    counts["304"] += 1
                    return
                if response.status_code != 200:
                    counts["other"] += 1
                    return
                counts["200"] += 1
                validators[url] = [response.headers.get("etag"), response.headers.get("last-modified")]
                parsed = feedparser.parse(response.content, **options)
                counts["entries"] += len(parsed.entries)

            await asyncio.gather(*(one(u) for u in urls))

    times = []
    for _ in range(_runs(args)):
        started = time.perf_counter()
        asyncio.run(cycle())
        times.append(time.perf_counter() - started)
    state_file.write_text(json.dumps(validators))
    return {**_timing(times), "feeds": len(urls), **counts}


# ------------------------------------------------------------------ the monitor
def monitor_settings(urls: list[str], db_url: str, workers: int | None = None) -> Any:
    """The shipped configuration (config/monitor.toml and its watchlists) pointed at the farm."""
    from monitor.config.loader import load_settings

    settings = load_settings(REPO / "config" / "monitor.toml", {})
    defenders = next(w for w in settings.watchlists if w.name == "defenders")
    fetch = dataclasses.replace(settings.fetch, allow_private_networks=True)
    if workers is not None and "workers" in {f.name for f in dataclasses.fields(fetch)}:
        fetch = dataclasses.replace(fetch, workers=workers)  # type: ignore[call-arg]
    return dataclasses.replace(
        settings,
        database_url=db_url,
        fetch=fetch,
        watchlists=(dataclasses.replace(defenders, feeds=tuple(urls)),),
    )


class Heartbeat:
    """A task on the fetching event loop that wakes every 10 ms and keeps the longest gap seen.

    It also notes the longest garbage-collector pause of the process (a collection holds the GIL,
    so it stalls the event loop too), to tell the two causes apart."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.longest_at = 0.0  # seconds after the heartbeat started
        self.beats = 0
        self.gc_longest = 0.0
        self._gc_started = 0.0

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        first = last = loop.time()
        while True:
            await asyncio.sleep(0.01)
            now = loop.time()
            if now - last > self.longest:
                self.longest, self.longest_at = now - last, last - first
            self.beats += 1
            last = now

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started:
            self.gc_longest = max(self.gc_longest, time.perf_counter() - self._gc_started)


@contextlib.contextmanager
def heartbeat_on_fetch_loop(beat: Heartbeat) -> Iterator[None]:
    """Run ``beat`` on the event loop the poll cycle fetches on, for as long as its Fetcher lives."""
    import monitor.poll as poll

    original = poll.Fetcher

    class WatchedFetcher(original):  # type: ignore[misc, valid-type]
        async def __aenter__(self) -> Any:
            self._bench_beat = asyncio.get_running_loop().create_task(beat.run())
            return await super().__aenter__()

        async def __aexit__(self, *exc: Any) -> Any:
            self._bench_beat.cancel()
            return await super().__aexit__(*exc)

    poll.Fetcher = WatchedFetcher  # type: ignore[misc]
    try:
        yield
    finally:
        poll.Fetcher = original  # type: ignore[misc]


def claim_matcher() -> Any:
    """The learned claim matcher (issue 7), as the full pipeline would run it on relevant articles."""
    if os.environ.get("BENCH_NO_CLAIMS"):
        return None
    try:
        from monitor.claims import match_claims
    except ImportError:
        return None
    return match_claims


def _clock(offset_hours: float) -> Callable[[], dt.datetime]:
    offset = dt.timedelta(hours=offset_hours)
    return lambda: dt.datetime.now(dt.UTC) + offset


def _pool(workers: int | None) -> Any:
    """A process pool for parse + understand when the step asks for one (None: poll_once decides)."""
    if not workers:
        return None
    import concurrent.futures as cf
    import multiprocessing

    return cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) so far of this process and of its descendants (the workers)."""
    import psutil

    me = psutil.Process()
    own = sum(me.cpu_times()[:2])
    others = 0.0
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            others += sum(child.cpu_times()[:2])
    return own, others


def run_monitor_cycle(
    settings: Any, store: Any, now: Callable[[], dt.datetime], pool: Any, profile: str | None = None
) -> dict[str, Any]:
    from monitor.poll import poll_once

    beat = Heartbeat()
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001, async_mode="disabled")
        profiler.start()
    matcher = claim_matcher()
    gc.callbacks.append(beat.on_gc)
    try:
        with heartbeat_on_fetch_loop(beat):
            cpu_before = cpu_seconds()
            started = time.perf_counter()
            report = poll_once(settings, store, now=now, executor=pool, match_claims=matcher)
            seconds = time.perf_counter() - started
            cpu_after = cpu_seconds()
    finally:
        gc.callbacks.remove(beat.on_gc)
    if profiler is not None and profile:
        profiler.stop()
        Path(profile).write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
    failed = [f for f in report.feeds if f.outcome == "failed"]
    return {
        "seconds": seconds,
        "feeds": len(report.feeds),
        "ok": report.count("ok"),
        "not_modified": report.count("not_modified"),
        "failed": len(failed),
        "first_error": failed[0].error if failed else None,
        "new_entries": report.new_entries,
        "longest_gap_ms": round(beat.longest * 1000, 1),
        "gap_at_s": round(beat.longest_at, 2),
        "longest_gc_ms": round(beat.gc_longest * 1000, 1),
        "beats": beat.beats,
        "cpu_main_s": round(cpu_after[0] - cpu_before[0], 2),
        "cpu_workers_s": round(cpu_after[1] - cpu_before[1], 2),
    }


def relevant_count(db: Path) -> int:
    """Stored articles found relevant (counted in SQL: loading them would inflate peak RSS)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM analyses WHERE relevant").fetchone()[0])


def monitor(args: dict[str, Any]) -> dict[str, Any]:
    from monitor.storage import open_storage

    logging.basicConfig(level=logging.WARNING)
    db_url = f"sqlite:///{args['dir']}/monitor.db"
    settings = monitor_settings(args["urls"], db_url, args.get("workers"))
    store = open_storage(db_url)
    store.migrate()
    pool = _pool(args.get("pool"))
    if pool is None and args["phase"] == "cold":
        # As the daemon does at start-up (monitor.daemon.process.warm_workers): the worker pool
        # is up, its processes have imported the reading code, before the first cycle.
        from monitor import workers

        for ready in workers.warm(workers.resolve(settings.fetch.workers)):
            ready.result()
    try:
        # Warm: an hour later (and later again), so that every feed is due again and answers 304.
        profile = args.get("profile")
        runs = [
            run_monitor_cycle(
                settings,
                store,
                _clock(1.0 + k if args["phase"] == "warm" else 0.0),
                pool,
                f"{profile}-{args['phase']}.txt" if profile and k == 0 else None,
            )
            for k in range(_runs(args))
        ]
        result = {**runs[-1], **_timing([r["seconds"] for r in runs])}
        worst = max(runs, key=lambda r: r["longest_gap_ms"])
        for key in ("longest_gap_ms", "gap_at_s", "longest_gc_ms"):
            result[key] = worst[key]
        result["stored"] = store.count_articles()
        result["relevant_stored"] = relevant_count(Path(args["dir"]) / "monitor.db")
    finally:
        if pool is not None:
            pool.shutdown()
        store.close()
    return result


# ------------------------------------------------------------------ lemon24/reader
def reader(args: dict[str, Any]) -> dict[str, Any]:
    from reader import make_reader

    r = make_reader(str(Path(args["dir"]) / "reader.sqlite"))
    if args["phase"] == "cold":
        for url in args["urls"]:
            r.add_feed(url, exist_ok=True)
    times = []
    for _ in range(_runs(args)):
        started = time.perf_counter()
        r.update_feeds(workers=16, scheduled=False)
        times.append(time.perf_counter() - started)
    counts = r.get_entry_counts()
    errors = sum(1 for f in r.get_feeds() if f.last_exception)
    r.close()
    return {**_timing(times), "feeds": len(args["urls"]), "stored": counts.total, "failed": errors}


# ------------------------------------------------------------------ rss2email
def rss2email(args: dict[str, Any]) -> dict[str, Any]:
    from rss2email import feeds as r2e_feeds
    from rss2email import main as r2e_main

    folder = Path(args["dir"])
    config, data = str(folder / "r2e.cfg"), str(folder / "r2e.json")
    os.environ["XDG_RUNTIME_DIR"] = str(folder)  # its lock file
    base = ["-c", config, "-d", data]
    if args["phase"] == "cold":
        r2e_main.run([*base, "new", "bench@example.com"])
        feeds = r2e_feeds.Feeds(datafile_path=data, configfiles=[config])
        feeds.load()
        for i, url in enumerate(args["urls"]):
            feeds.new_feed(name=f"f{i}", url=url)
        feeds.save_config()
        feeds.save_feeds()
        feeds.close()
    logging.getLogger("rss2email").setLevel(logging.ERROR)
    times = []
    for _ in range(_runs(args)):
        started = time.perf_counter()
        r2e_main.run([*base, "run", "--no-send"])
        times.append(time.perf_counter() - started)
    seen = json.loads(Path(data).read_text())
    stored = sum(len(f.get("seen", {})) for f in seen.get("feeds", []))
    return {**_timing(times), "feeds": len(args["urls"]), "stored": stored}


# ------------------------------------------------------------------ monitor: many stored entries
def stored(args: dict[str, Any]) -> dict[str, Any]:
    """Warm cycles (every feed 304) with ``count`` synthetic articles already stored."""
    from monitor.storage import open_storage
    from tests.bench import synthetic

    db_url = f"sqlite:///{args['dir']}/stored-{args['count']}.db"
    settings = monitor_settings(args["urls"], db_url)
    store = open_storage(db_url)
    store.migrate()
    t = time.perf_counter()
    synthetic.prime_feeds(store, db_url, args["validators"])
    synthetic.bulk_articles(db_url, args["urls"], args["count"])
    setup = time.perf_counter() - t
    pool = _pool(args.get("pool"))
    runs = []
    try:
        for k in range(args.get("repeats", 3)):
            runs.append(run_monitor_cycle(settings, store, _clock(1.0 + k), pool))
        stored_count = store.count_articles()
    finally:
        if pool is not None:
            pool.shutdown()
        store.close()
    times = [r["seconds"] for r in runs]
    return {
        "seconds": statistics.median(times),
        "best": min(times),
        "runs": [round(x, 3) for x in times],
        "feeds": runs[0]["feeds"],
        "not_modified": runs[-1]["not_modified"],
        "stored": stored_count,
        "setup_seconds": round(setup, 1),
        **{
            k: max(runs, key=lambda r: r["longest_gap_ms"])[k]
            for k in ("longest_gap_ms", "gap_at_s", "longest_gc_ms")
        },
    }


# ------------------------------------------------------------------ monitor: the weekly digest
def digest(args: dict[str, Any]) -> dict[str, Any]:
    from monitor.digest.assemble import load_digest, period_bounds
    from monitor.digest.build import build_digest
    from monitor.storage import open_storage
    from tests.bench import synthetic

    db_url = f"sqlite:///{args['dir']}/digest-{args['count']}.db"
    feeds = [f"https://week.example.com/feed/{k}" for k in range((args["count"] + 99) // 100)]
    settings = monitor_settings(feeds, db_url)
    watchlist = settings.watchlists[0]
    store = open_storage(db_url)
    store.migrate()
    t = time.perf_counter()
    since, until, now = synthetic.relevant_week(
        store, watchlist, args["count"], workers=args.get("setup_workers", 2)
    )
    setup = time.perf_counter() - t
    loads, builds, totals = [], [], []
    result = None
    for _ in range(args.get("repeats", 3)):
        t = time.perf_counter()
        result = load_digest(store, watchlist, since, until, now)
        totals.append(time.perf_counter() - t)
        start, end = period_bounds(since, until)
        t = time.perf_counter()
        rows = store.articles(watchlist.name, start, end, relevant_only=True)
        statements = store.statements(watchlist.name, until=until)
        feeds = store.feeds()
        loads.append(time.perf_counter() - t)
        t = time.perf_counter()
        build_digest(watchlist, since, until, rows, statements, feeds, now)
        builds.append(time.perf_counter() - t)
    assert result is not None
    if args.get("profile"):
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        with profiler:
            build_digest(watchlist, since, until, rows, statements, feeds, now)
        Path(f"{args['profile']}-build.txt").write_text(profiler.output_text(unicode=True), encoding="utf-8")
    store.close()
    return {
        "seconds": statistics.median(totals),
        "best": min(totals),
        "storage_read_seconds": round(statistics.median(loads), 3),
        "build_seconds": round(statistics.median(builds), 3),
        "articles": len(rows),
        "stories": len(result.stories),
        "changes": len(result.changes),
        "setup_seconds": round(setup, 1),
    }


STEPS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "floor": floor,
    "monitor": monitor,
    "reader": reader,
    "rss2email": rss2email,
    "stored": stored,
    "digest": digest,
}


def main() -> None:
    step, raw = sys.argv[1], sys.argv[2]
    args = json.loads(raw)
    if "args_file" in args:
        args = {**json.loads(Path(args.pop("args_file")).read_text()), **args}
    result = STEPS[step](args)
    result["maxrss"] = maxrss()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
