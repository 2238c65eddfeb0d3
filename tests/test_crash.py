"""kill -9 in the middle of a poll cycle, then start again: nothing doubled, nothing lost, and
SQLite's integrity check passes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from monitor.storage.sql import SqlStorage
from tests import poll_support as ps
from tests.feedserver import Feed, FeedServer, Item, rss

FEEDS = 8
PER_FEED = 3
RELEVANT = (
    "<p>Charlie Cox said the Defenders could reunite: “I would love to see Daredevil and Jessica "
    "Jones together again,” Cox said.</p>"
)


def _monitor(config: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("MONITOR_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_kill_9_mid_cycle_loses_and_doubles_nothing(tmp_path: Path) -> None:
    with FeedServer() as server:
        urls = []
        for f in range(FEEDS):
            entries = [
                Item(
                    f"Defenders story {f}.{i}",
                    f"https://news.example/{f}/{i}",
                    f"{f}-{i}",
                    description=RELEVANT,
                )
                for i in range(PER_FEED)
            ]
            urls.append(server.add(f"/f{f}", Feed(rss(entries))))
        db_path = tmp_path / "crash.db"
        config = ps.write_config(
            tmp_path / "config",
            f"sqlite:///{db_path}",
            urls,
            per_host_concurrency=1,
            read_timeout=30.0,
            deadline=60.0,
        )

        # 1. Start a cycle (one feed at a time); the server answers two feeds and holds the third
        # (the read timeout is long, so it stays in flight), and the cycle is killed -9 once those
        # two are stored.
        server.hold_after(2)
        proc = _monitor(config, "poll")
        watchdog = threading.Timer(30, proc.kill)
        watchdog.start()
        done = 0
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("ok "):
                done += 1
                if done == 2:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
        proc.wait(timeout=30)
        watchdog.cancel()
        server.release()
        assert proc.returncode == -signal.SIGKILL
        assert done == 2

        with sqlite3.connect(db_path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store = SqlStorage(f"sqlite:///{db_path}")
        try:
            after_kill = store.count_articles()
            assert after_kill == 2 * PER_FEED  # the kill landed mid-cycle, after two feeds
        finally:
            store.close()

        # 2. Start again: the rest is picked up, nothing twice.
        proc = _monitor(config, "poll")
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert f"; {FEEDS * PER_FEED - after_kill} new entries" in out, err
        # 3. And again, every feed now: still nothing twice.
        proc = _monitor(config, "poll", "--all")
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "; 0 new entries" in out

    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = SqlStorage(f"sqlite:///{db_path}")
    try:
        assert store.count_articles() == FEEDS * PER_FEED
        for url in urls:
            state = store.feed(url)
            assert state is not None
            assert state.last_success is not None
        statements = store.statements("defenders")
        seen = [(s.speaker, s.text, s.url) for s in statements if s.origin == "feed"]
        assert len(seen) == len(set(seen))
    finally:
        store.close()
