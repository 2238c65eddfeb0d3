"""Helpers for the daemon tests: settings built in code, a fake poll that moves feeds' next-poll
times, and an SMTP sink (aiosmtpd on loopback) that records every message it accepts."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.poll import CycleReport, FeedReport
from monitor.storage.interface import Storage
from monitor.types import (
    Analysis,
    FetchSettings,
    NewArticle,
    Relevance,
    Schedule,
    Settings,
    SmtpSettings,
    Statement,
    Watchlist,
)

UTC = dt.UTC


def make_watchlist(
    name: str,
    *,
    feeds: Sequence[str] = ("https://feeds.example/a.xml",),
    recipients: Sequence[str] = ("ann@example.org",),
    weekday: str = "monday",
    time: dt.time = dt.time(9, 0),
    timezone: str = "Europe/London",
    skip_empty: bool = False,
) -> Watchlist:
    return Watchlist(
        name=name,
        question=f"Question of {name}?",
        feeds=tuple(feeds),
        recipients=tuple(recipients),
        schedule=Schedule(weekday=weekday, time=time, timezone=timezone),  # type: ignore[arg-type]
        topic_terms=("defenders",),
        skip_empty=skip_empty,
        source=f"watchlists/{name}.toml",
    )


def make_settings(
    tmp_path: Path,
    watchlists: Iterable[Watchlist],
    *,
    smtp: SmtpSettings | None = None,
    poll_interval: dt.timedelta = dt.timedelta(hours=1),
) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'monitor.db'}",
        outbox=str(tmp_path / "outbox"),
        poll_interval=poll_interval,
        user_agent="monitor-test",
        timezone="UTC",
        smtp=smtp or SmtpSettings(),
        fetch=FetchSettings(concurrency=2),
        watchlists=tuple(watchlists),
    )


class FakePoll:
    """Stands in for poll_once: every feed asked for answers 304, and its next poll is set
    ``intervals[url]`` (default: the settings' poll interval) later, as the real poll does.
    ``publish(url, at, article)`` makes the feed carry ``article`` from ``at`` on: the first poll
    after that stores it (through storage.ingest, as the real poll does)."""

    def __init__(self, intervals: dict[str, dt.timedelta] | None = None) -> None:
        self.intervals = intervals or {}
        self.calls: list[tuple[dt.datetime, tuple[str, ...]]] = []
        self.scheduled: dict[str, list[tuple[dt.datetime, NewArticle]]] = {}

    def publish(self, url: str, at: dt.datetime, article: NewArticle) -> None:
        self.scheduled.setdefault(url, []).append((at, article))

    def __call__(
        self,
        settings: Settings,
        storage: Storage,
        *,
        now: Callable[[], dt.datetime],
        urls: Iterable[str] | None = None,
        progress: Callable[[FeedReport], None] | None = None,
    ) -> CycleReport:
        at = now()
        asked = tuple(urls or ())
        self.calls.append((at, asked))
        reports = []
        for url in asked:
            interval = self.intervals.get(url, settings.poll_interval)
            fresh = [a for when, a in self.scheduled.get(url, []) if when <= at]
            if fresh:
                self.scheduled[url] = [(w, a) for w, a in self.scheduled[url] if w > at]
                added = storage.ingest(
                    url, at, fresh, etag=None, last_modified=None, title=None, next_poll=at + interval
                )
                reports.append(FeedReport(url, "ok", new_entries=len(added)))
            else:
                storage.record_not_modified([url], at, at + interval)
                reports.append(FeedReport(url, "not_modified"))
        return CycleReport(tuple(reports))

    def polled(self, url: str) -> list[dt.datetime]:
        return [at for at, urls in self.calls if url in urls]


@dataclass
class Received:
    recipients: tuple[str, ...]
    message: email.message.EmailMessage

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class SmtpSink:
    """aiosmtpd handler: records each message; ``on_data`` may act or choose the reply first."""

    received: list[Received] = field(default_factory=list)  # reached the server, not refused
    rejected: list[Received] = field(default_factory=list)  # answered with a 4xx or 5xx
    on_data: Callable[[bytes], str | None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        data = content if isinstance(content, bytes) else content.encode()
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, email.message.EmailMessage)
        got = Received(tuple(envelope.rcpt_tos), message)
        with self.lock:  # recorded first: it has reached the server, whatever happens next
            self.received.append(got)
        reply = self.on_data(data) if self.on_data is not None else None
        if reply is not None and reply[:1] in ("4", "5"):
            with self.lock:
                self.received.remove(got)
                self.rejected.append(got)
        return reply or "250 OK"

    def by_recipient(self) -> dict[str, list[Received]]:
        out: dict[str, list[Received]] = {}
        with self.lock:
            for r in self.received:
                for rcpt in r.recipients:
                    out.setdefault(rcpt, []).append(r)
        return out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def smtp_server(sink: SmtpSink) -> Iterator[int]:
    """aiosmtpd on loopback with ``sink`` as handler; yields the port."""
    from aiosmtpd.controller import Controller

    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield int(controller.port)
    finally:
        controller.stop()


def write_config(
    folder: Path,
    *,
    smtp_port: int | None,
    recipients: Sequence[str] = ("ann@example.org", "bob@example.org"),
    feeds: Sequence[str] = ("http://127.0.0.1:9/feed.xml",),
    weekday: str = "monday",
    time: str = "08:00",
) -> Path:
    """A monitor.toml and one watchlist (``w``) in ``folder``; returns the monitor.toml path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "watchlists").mkdir(exist_ok=True)
    smtp = (
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\nsender = "monitor@localhost"\n'
        if smtp_port
        else ""
    )
    config = folder / "monitor.toml"
    config.write_text(
        f'database = "sqlite:///{folder / "monitor.db"}"\n'
        f'outbox = "{folder / "outbox"}"\n'
        "poll_interval = 30\n"
        f"{smtp}"
        "[fetch]\nallow_private_networks = true\nconnect_timeout = 2.0\ndeadline = 5.0\n",
        encoding="utf-8",
    )
    write_watchlist(folder, recipients=recipients, feeds=feeds, weekday=weekday, time=time)
    return config


def write_watchlist(
    folder: Path,
    *,
    recipients: Sequence[str] = ("ann@example.org", "bob@example.org"),
    feeds: Sequence[str] = ("http://127.0.0.1:9/feed.xml",),
    weekday: str = "monday",
    time: str = "08:00",
    timezone: str = "UTC",
) -> Path:
    path = folder / "watchlists" / "w.toml"
    quoted = lambda items: ", ".join(f'"{i}"' for i in items)  # noqa: E731
    path.write_text(
        'question = "Will the Defenders reunite?"\n'
        f"feeds = [{quoted(feeds)}]\n"
        f"recipients = [{quoted(recipients)}]\n"
        'topic_terms = ["Defenders"]\n'
        f'[schedule]\nweekday = "{weekday}"\ntime = "{time}"\ntimezone = "{timezone}"\n',
        encoding="utf-8",
    )
    return path


def wait_until(predicate: Callable[[], object], what: str, timeout: float = 60) -> None:
    """Wait for ``predicate()`` to be true (checked every 0.05 s); a timeout fails with ``what``."""
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def feed_polled(database_url: str, url: str) -> Callable[[], bool]:
    """True once the store shows a poll of ``url`` (a success or a failure)."""

    def check() -> bool:
        from monitor.errors import StorageError
        from monitor.storage import open_storage

        if not Path(database_url.removeprefix("sqlite:///")).exists():
            return False  # not created yet: opening it here would create it
        store = open_storage(database_url)
        try:
            state = store.feed(url)
        except StorageError:  # the daemon has not migrated it yet
            return False
        finally:
            store.close()
        return state is not None and (state.last_success is not None or state.last_error_at is not None)

    return check


class DaemonProcess:
    """``monitor run`` in a subprocess, its log lines collected as they come."""

    def __init__(self, config: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), "run", *args],
            cwd=config.parent,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, text: str, *, after: int = 0, timeout: float = 60) -> int:
        """Wait for a log line containing ``text`` (from line ``after`` on); return its index."""
        with self._changed:
            found = self._changed.wait_for(
                lambda: self._find(text, after) is not None or not self._reader.is_alive(), timeout
            )
            index = self._find(text, after)
        if not found or index is None:
            raise AssertionError(f"no log line with {text!r}; the log:\n" + self.log())
        return index

    def _find(self, text: str, after: int) -> int | None:
        for i in range(after, len(self.lines)):
            if text in self.lines[i]:
                return i
        return None

    def log(self) -> str:
        with self._changed:
            return "\n".join(self.lines)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int:
        """Send ``sig`` and wait for the exit status (a hang is a failure, not a hang of the suite)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(
                f"monitor run did not exit {timeout}s after {sig!r}:\n{self.log()}"
            ) from None
        self._reader.join(10)
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._reader.join(10)


def relevant_article(
    key: str, title: str, watchlist: str, published: dt.datetime, quote: Statement | None = None
) -> NewArticle:
    """A stored-ready article the core judged relevant to ``watchlist`` (with one statement)."""
    analysis = Analysis(
        relevance=Relevance(True, 1.0, ("mentions the Defenders",)),
        statements=(quote,) if quote else (),
    )
    return NewArticle(
        key=key,
        url=f"https://news.example/{key}",
        title=title,
        text=f"{title}. The Defenders were discussed.",
        source="News Example",
        published=published,
        content_hash=key,
        analyses=((watchlist, analysis),),
    )
