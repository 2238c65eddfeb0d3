"""Shared helpers for the poll, reliability and crash tests: settings with small deadlines, a real
SQLite store, a manual clock, and a config folder for the ``monitor`` command."""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from monitor.clock import ManualClock
from monitor.storage.sql import SqlStorage
from monitor.types import FetchSettings, Person, Schedule, Settings, SmtpSettings, Watchlist

START = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
INTERVAL = dt.timedelta(minutes=30)

FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=2.0,
    max_bytes=1024 * 1024,
    allow_private_networks=True,
    per_host_concurrency=4,
    concurrency=8,
    max_backoff=6 * 3600.0,
)


def watchlist(feeds: Sequence[str], name: str = "defenders") -> Watchlist:
    return Watchlist(
        name=name,
        question="Will the Defenders reunite on screen?",
        feeds=tuple(feeds),
        recipients=("fan@example.org",),
        schedule=Schedule("monday", dt.time(8, 0), "UTC"),
        topic_terms=("Defenders", "Daredevil", "Jessica Jones", "Luke Cage", "Iron Fist"),
        people=(Person("Charlie Cox", ("Cox",), "actor"),),
    )


def settings(
    db_url: str, feeds: Sequence[str], fetch: FetchSettings = FAST, *, extra: Sequence[Watchlist] = ()
) -> Settings:
    return Settings(
        database_url=db_url,
        outbox="outbox",
        poll_interval=INTERVAL,
        user_agent="defenders-monitor/test",
        timezone="UTC",
        smtp=SmtpSettings(),
        fetch=fetch,
        watchlists=(watchlist(feeds), *extra),
    )


def sqlite_store(tmp_path: Path) -> tuple[str, SqlStorage]:
    url = f"sqlite:///{tmp_path}/monitor.db"
    store = SqlStorage(url)
    store.migrate()
    return url, store


def clock() -> ManualClock:
    return ManualClock(START)


class CountingExecutor(cf.Executor):
    """Runs work inline and remembers which functions were asked for (to prove a 304 parses
    nothing); ``explode`` makes a call raise, as a bug in parsing or analysis would."""

    def __init__(self, explode: Callable[..., bool] | None = None) -> None:
        self.calls: list[str] = []
        self._explode = explode

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        self.calls.append(fn.__name__)
        future: cf.Future[Any] = cf.Future()
        try:
            if self._explode is not None and self._explode(fn, *args, **kwargs):
                raise RuntimeError("boom")
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


def write_config(folder: Path, db_url: str, feeds: Sequence[str], **fetch: Any) -> Path:
    """A monitor.toml and one watchlist for the ``monitor`` command; returns monitor.toml's path."""
    folder.mkdir(parents=True, exist_ok=True)
    options = {
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "deadline": 2.0,
        "allow_private_networks": True,
        **fetch,
    }
    fetch_lines = "\n".join(f"{k} = {_toml(v)}" for k, v in options.items())
    (folder / "monitor.toml").write_text(
        f'database = "{db_url}"\noutbox = "{folder / "outbox"}"\npoll_interval = 30\n'
        f'user_agent = "defenders-monitor/test"\n\n[fetch]\n{fetch_lines}\n',
        encoding="utf-8",
    )
    (folder / "watchlists").mkdir(exist_ok=True)
    feed_list = ", ".join(f'"{u}"' for u in feeds)
    (folder / "watchlists" / "defenders.toml").write_text(
        'name = "defenders"\nquestion = "Will the Defenders reunite on screen?"\n'
        f'feeds = [{feed_list}]\nrecipients = ["fan@example.org"]\n'
        'topic_terms = ["Defenders", "Daredevil"]\n\n'
        '[schedule]\nweekday = "monday"\ntime = "08:00"\n',
        encoding="utf-8",
    )
    return folder / "monitor.toml"


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)
