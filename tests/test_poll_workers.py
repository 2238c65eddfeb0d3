"""Big poll cycles read feeds in worker processes: same results as inline, a dead worker or a pool
that cannot start costs no feed, and `monitor poll` stops its workers on the way out."""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor import workers
from monitor.poll import poll_once
from monitor.types import Settings
from tests import poll_support as ps
from tests.feedserver import Feed, FeedServer, Item, rss

FEEDS = workers.MIN_FEEDS  # the smallest cycle that uses the worker pool
RELEVANT = (
    "<p>Charlie Cox said the Defenders could reunite: “I would love to see Daredevil and Jessica "
    "Jones together again,” Cox said.</p>"
)


@pytest.fixture(scope="module")
def farm() -> Iterator[list[str]]:
    with FeedServer() as server:
        urls = []
        for f in range(FEEDS):
            items = [
                Item(
                    f"Defenders story {f}.{i}" if i == 0 else f"Weather report {f}.{i}",
                    f"https://news.example/{f}/{i}",
                    f"{f}-{i}",
                    description=RELEVANT if i == 0 else "<p>Rain, then sun.</p>",
                )
                for i in range(3)
            ]
            urls.append(server.add(f"/f{f}", Feed(rss(items))))
        yield urls


def _settings(db_url: str, urls: list[str], workers_: int | None) -> Settings:
    s = ps.settings(db_url, urls)
    return dataclasses.replace(s, fetch=dataclasses.replace(s.fetch, workers=workers_))


def _stored(store: Any) -> list[tuple[str, bool, tuple[str, ...]]]:
    rows = store.articles(
        "defenders", ps.START.replace(year=2000), ps.START.replace(year=2100), relevant_only=False
    )
    return sorted((a.key, an.relevance.relevant, tuple(s.text for s in an.statements)) for a, an in rows)


def test_worker_processes_store_what_inline_reading_stores(tmp_path: Path, farm: list[str]) -> None:
    workers.shutdown()
    results = []
    for name, size in (("inline", 0), ("pooled", None)):
        url, store = ps.sqlite_store(tmp_path / name)
        report = poll_once(_settings(url, farm, size), store, now=ps.clock())
        assert report.count("ok") == FEEDS, report.summary()
        assert report.new_entries == 3 * FEEDS
        results.append(_stored(store))
        store.close()
        if size is None:
            assert workers.running(), "a cycle of MIN_FEEDS feeds uses the worker pool"
    assert results[0] == results[1]
    assert sum(relevant for _, relevant, _ in results[1]) == FEEDS
    workers.shutdown()
    assert not workers.running()


class _Broken(cf.Executor):
    """A pool whose worker died: every submit fails as ProcessPoolExecutor's does then."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        raise cf.process.BrokenProcessPool("a child process terminated abruptly")


class _Refusing(cf.Executor):
    """A pool that cannot start processes (e.g. a script without the __main__ guard)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        raise RuntimeError("An attempt has been made to start a new process before bootstrapping")


def test_a_dead_worker_pool_is_replaced_and_no_feed_is_lost(
    tmp_path: Path, farm: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced = []
    monkeypatch.setattr(workers, "pool", lambda size: _Broken())

    def replace(broken: cf.Executor) -> cf.Executor:
        replaced.append(broken)
        return ps.CountingExecutor()  # the fresh pool (runs inline here)

    monkeypatch.setattr(workers, "replace", replace)
    url, store = ps.sqlite_store(tmp_path)
    report = poll_once(_settings(url, farm, 2), store, now=ps.clock())
    assert report.count("ok") == FEEDS, report.summary()
    assert report.new_entries == 3 * FEEDS
    assert len(replaced) == 1  # replaced once, then the fresh pool served the rest
    store.close()


def test_a_pool_that_cannot_start_falls_back_to_reading_inline(
    tmp_path: Path, farm: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "pool", lambda size: _Refusing())
    monkeypatch.setattr(workers._shared, "disabled", None)
    url, store = ps.sqlite_store(tmp_path)
    try:
        report = poll_once(_settings(url, farm, 2), store, now=ps.clock())
        assert report.count("ok") == FEEDS, report.summary()
        assert workers.disabled()
        # Later cycles do not try again.
        again = poll_once(_settings(url, farm, 2), store, now=ps.clock(), urls=farm[:1])
        assert again.count("not_modified") == 1
    finally:
        workers._shared.disabled = None
        store.close()


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_monitor_poll_stops_its_worker_processes(tmp_path: Path, farm: list[str]) -> None:
    mark = f"test-{os.getpid()}-{id(tmp_path)}"
    db = tmp_path / "cli.db"
    config = ps.write_config(tmp_path / "config", f"sqlite:///{db}", farm)
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "MONITOR_TEST_MARK": mark}
    env.pop("MONITOR_DB", None)
    base = [sys.executable, "-m", "monitor", "--config", str(config)]
    subprocess.run([*base, "init"], env=env, capture_output=True, text=True, timeout=60, check=True)
    done = subprocess.run([*base, "poll"], env=env, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert f"{3 * FEEDS} new entries" in done.stdout + done.stderr
    assert not _marked(mark), "worker processes outlived `monitor poll`"


def _marked(mark: str) -> list[int]:
    """Live processes whose environment carries ``mark`` (inherited by every worker), by /proc."""
    needle = f"MONITOR_TEST_MARK={mark}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                environ = (entry / "environ").read_bytes()
            except OSError:
                continue
            if needle in environ.split(b"\0"):
                found.append(int(entry.name))
    return found


def test_warm_starts_every_worker_with_the_reading_code_imported() -> None:
    workers.shutdown()
    try:
        ready = workers.warm(2)
        pids = {f.result(timeout=60) for f in ready}
        assert pids
        assert os.getpid() not in pids
        started = {p.pid for p in multiprocessing.active_children()}
        assert len(started) == 2
        assert pids <= started
        assert workers.running()
        assert workers.pool(2).submit(workers.imported, "monitor.reading").result(timeout=60)
    finally:
        workers.shutdown()
    assert workers.warm(0) == []
    assert not workers.running()


def test_the_daemon_warms_workers_only_when_cycles_will_use_them(tmp_path: Path, farm: list[str]) -> None:
    from monitor.daemon.process import warm_workers

    workers.shutdown()
    few = _settings(f"sqlite:///{tmp_path}/a.db", farm[: workers.MIN_FEEDS - 1], 2)
    warm_workers(few)
    assert not workers.running()
    enough = _settings(f"sqlite:///{tmp_path}/b.db", farm, 2)
    try:
        warm_workers(enough)
        assert workers.running()
    finally:
        workers.shutdown()
