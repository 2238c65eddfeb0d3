"""The daemon's core: which jobs exist, what each does, and swapping in reloaded config.

No domain logic lives here. A poll tick asks storage which configured feeds are due (each feed has
its own ``next_poll``) and hands them to :func:`monitor.poll.poll_once`; a digest job and the
periodic sweep call :func:`monitor.deliver.service.deliver_due`, which decides from the delivery
records what period is due and whether it was already sent. Time comes from the injected clock and
firing from the injected :class:`~monitor.daemon.runners.Runner`, so tests drive a simulated week.

Jobs:

``poll``            every ``tick``: poll the configured feeds that are due, in batches
``digest:<name>``   on the watchlist's weekday and time in its zone: deliver its digest
``sweep``           every ``sweep``: deliver_due for every watchlist (retries temporary failures
                    and catches up on a digest whose wake-up was missed)
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar

from monitor.clock import Clock, ManualClock, utc_now
from monitor.daemon.reload import ConfigWatcher
from monitor.daemon.runners import Runner, SimulatedRunner
from monitor.daemon.triggers import digest_trigger, every
from monitor.deliver.service import DeliveryResult, deliver_due
from monitor.errors import MonitorError
from monitor.poll import CycleReport, FeedReport, poll_once
from monitor.storage.interface import Storage
from monitor.types import Schedule, Settings, Watchlist

log = logging.getLogger("monitor.daemon")

T = TypeVar("T")


class PollFn(Protocol):
    def __call__(
        self,
        settings: Settings,
        storage: Storage,
        *,
        now: Callable[[], dt.datetime],
        urls: Iterable[str] | None = None,
        progress: Callable[[FeedReport], None] | None = None,
    ) -> CycleReport: ...


DeliverFn = Callable[[Settings, Storage, Watchlist, dt.datetime], tuple[DeliveryResult, ...]]


@dataclass(frozen=True, slots=True)
class DaemonOptions:
    tick: dt.timedelta = dt.timedelta(seconds=30)  # how often due feeds are looked for
    sweep: dt.timedelta = dt.timedelta(minutes=5)  # how often every watchlist's delivery is checked
    digest_grace: dt.timedelta = dt.timedelta(hours=1)  # a later digest wake-up is left to the sweep
    batch: int | None = None  # feeds per poll_once call (stop is checked between); None: 4 × concurrency


def configured_feeds(settings: Settings) -> tuple[str, ...]:
    """Every feed URL of every watchlist, once, sorted."""
    return tuple(sorted({url for w in settings.watchlists for url in w.feeds}))


def _register_feeds(settings: Settings, storage: Storage) -> None:
    storage.ensure_feeds(configured_feeds(settings))


def describe_schedule(schedule: Schedule) -> str:
    return f"{schedule.weekday} {schedule.time:%H:%M} {schedule.timezone}"


class Daemon:
    """Scheduling, reload and orderly stop around one open :class:`Storage`.

    ``start`` schedules the jobs; the first poll runs at once and is followed by the catch-up on
    digests that came due while nothing ran (deliver_due for each watchlist, decided by the
    delivery records). ``check_reload`` swaps
    in new settings when the watched files changed and validate; ``stop`` lets the running job
    finish and takes no new ones. The caller owns ``storage`` and closes it after ``stop``.
    """

    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        *,
        runner: Runner,
        clock: Clock = utc_now,
        loader: Callable[[], Settings] | None = None,
        watch: Callable[[Settings], Iterable[Path]] | None = None,
        poll: PollFn = poll_once,
        deliver: DeliverFn = deliver_due,
        options: DaemonOptions | None = None,
        prepare: Callable[[Settings, Storage], None] | None = None,
    ) -> None:
        self._settings = settings
        self.storage = storage
        self.runner = runner
        self.clock = clock
        self._loader = loader
        # Watch the files of the config in force (a reload may add or move watchlist files).
        self._watcher = None if watch is None else ConfigWatcher(lambda: watch(self._settings))
        self._poll = poll
        self._deliver = deliver
        self.options = options or DaemonOptions()
        self._stopping = threading.Event()
        self._schedules: dict[str, Schedule] = {}
        # Brings the store up to date with a config (default: register its feeds); run in the
        # worker before the first poll under that config, so storage is used by one thread.
        self._prepare = prepare or _register_feeds
        self._prepared: Settings | None = None
        self._rejected: str | None = None  # the error of the last reload attempt, while it fails
        self._catch_up = False  # set by start(): sweep once after the first poll

    # ------------------------------------------------------------------ lifecycle
    @property
    def settings(self) -> Settings:
        """The config in force: the last one that validated."""
        return self._settings

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def start(self) -> None:
        """Schedule the jobs and start: the first poll (which registers the configured feeds) right
        away, and after it the catch-up on digests that came due while down, so that a first start
        sends last week's digest with what the feeds hold, not an empty one."""
        self._catch_up = True
        now = self.clock()
        sweep = self.options.sweep
        self.runner.put("sweep", self.sweep, every(sweep, start=now + sweep), grace=sweep)
        self._schedule_digests(self._settings)
        self._schedule_poll(first_run=now)  # the first poll right away, then every tick
        self.runner.start()

    def prepare(self) -> None:
        """Bring the store up to date with the config in force (raises on failure)."""
        settings = self._settings
        self._prepare(settings, self.storage)
        self._prepared = settings

    def request_stop(self) -> None:
        """Ask the running job to stop at its next boundary (safe from a signal handler: the
        main thread never waits on this flag)."""
        self._stopping.set()

    def stop(self, wait: bool = True) -> None:
        """Take no new jobs; with ``wait``, return when the running one has finished."""
        self._stopping.set()
        self.runner.shutdown(wait=wait)

    def advance(self, until: dt.datetime) -> None:
        """Simulations only: move the manual clock to ``until``, running what comes due on the way."""
        if not isinstance(self.runner, SimulatedRunner) or not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs a SimulatedRunner and a ManualClock")
        self.runner.run_until(until)

    # ------------------------------------------------------------------ jobs
    def poll_due(self) -> CycleReport | None:
        """Poll the configured feeds that are due now, in batches (a stop is honoured between)."""
        if self._stopping.is_set():
            return None
        settings = self._settings
        urls = configured_feeds(settings)
        if not urls:
            return None

        if self._prepared is not settings:  # new config: feeds added by a reload are due at once
            self._guard("bringing the store up to date with the config", self.prepare)
        due_urls = self._guard(
            "finding due feeds", lambda: [f.url for f in self.storage.due_feeds(self.clock(), urls)]
        )
        if not due_urls:
            return None
        batch = self.options.batch or max(1, 4 * settings.fetch.concurrency)
        reports: list[FeedReport] = []
        for start in range(0, len(due_urls), batch):
            if self._stopping.is_set():
                log.info("poll cycle stopped early: %d of %d due feeds polled", len(reports), len(due_urls))
                break
            chunk = due_urls[start : start + batch]
            result = self._guard(
                "poll cycle", partial(self._poll, settings, self.storage, now=self.clock, urls=chunk)
            )
            if result is None:  # the cycle itself failed (logged): count its feeds as failed
                result = CycleReport(tuple(FeedReport(u, "failed", error="poll cycle failed") for u in chunk))
            reports.extend(result.feeds)
        report = CycleReport(tuple(reports))
        # poll_once logs its own line per cycle; this one (debug) sums up the batches of one tick.
        log.debug(
            "poll: %d feeds: %d ok, %d not modified, %d failed; %d new entries",
            len(report.feeds),
            report.count("ok"),
            report.count("not_modified"),
            report.count("failed"),
            report.new_entries,
        )
        for feed in report.feeds:
            if feed.outcome == "failed":
                log.debug("poll: %s failed: %s", feed.url, feed.error)
        return report

    def deliver(self, name: str) -> tuple[DeliveryResult, ...]:
        """Deliver watchlist ``name``'s digest to whoever is due it."""
        if self._stopping.is_set():
            return ()
        settings = self._settings
        watchlist = next((w for w in settings.watchlists if w.name == name), None)
        if watchlist is None:
            return ()
        results = self._guard(
            f"digest {name}", lambda: self._deliver(settings, self.storage, watchlist, self.clock())
        )
        # monitor.deliver logs each send, retry and failure (one line per delivery); here only debug.
        for r in results or ():
            detail = f" ({r.error})" if r.error else ""
            log.debug("digest %s to %s: %s %s%s", name, r.recipient, r.status, r.message_id or "-", detail)
        return results or ()

    def sweep(self) -> None:
        """deliver_due for every watchlist: retries, and digests whose wake-up was missed."""
        for watchlist in self._settings.watchlists:
            if self._stopping.is_set():
                return
            self.deliver(watchlist.name)

    def _guard(self, what: str, action: Callable[[], T]) -> T | None:
        """Run one step of a job; an error is logged and the daemon carries on."""
        try:
            return action()
        except MonitorError as exc:
            log.error("%s failed: %s", what, exc)
        except Exception:
            log.exception("%s failed unexpectedly", what)
        return None

    # ------------------------------------------------------------------ config
    def check_reload(self) -> bool | None:
        """If the watched files changed, reload. None: nothing changed; True: new config in force;
        False: the edit did not validate and the last good config keeps running.

        While the last attempt was rejected, every check tries again (quietly while the error
        stays the same): the fix may be in a file the rejected config named, which is not watched."""
        changed = self._watcher is not None and self._watcher.changed()
        if not changed and self._rejected is None:
            return None
        return self.reload()

    def reload(self) -> bool:
        """Load the config again; on success swap it in and reschedule, on error keep the old."""
        if self._loader is None:
            return False
        try:
            new = self._loader()
        except MonitorError as exc:
            self._reject(str(exc))
            return False
        except Exception as exc:
            if self._rejected != repr(exc):
                log.exception("config reload failed unexpectedly; the last good config keeps running")
            self._rejected = repr(exc)
            return False
        if self._rejected is not None:
            log.info("config is valid again")
            self._rejected = None
        if new == self._settings:
            # Same settings, but a file they name (e.g. known statements) may have changed.
            log.debug("config files changed, settings did not")
            self._prepared = None
            self._schedule_poll(first_run=self.clock())
            return True
        self.apply(new)
        return True

    def _reject(self, error: str) -> None:
        if error == self._rejected:
            log.debug("config still invalid (same error)")
            return
        self._rejected = error
        log.error(
            "config reload rejected, the last good config keeps running:\n  %s", error.replace("\n", "\n  ")
        )

    def apply(self, new: Settings) -> None:
        """Swap in validated settings and reschedule: feeds added/removed, digest schedules."""
        old = self._settings
        if new.database_url != old.database_url:
            log.warning("database URL changed in %s: restart monitor to switch databases", new.source)
        self._settings = new
        self._schedule_digests(new)
        # Poll right away: the store catches up with the config (new feeds, baselines) in the
        # worker, and added feeds are fetched without waiting for the next tick.
        self._schedule_poll(first_run=self.clock())
        added = sorted(set(configured_feeds(new)) - set(configured_feeds(old)))
        removed = sorted(set(configured_feeds(old)) - set(configured_feeds(new)))
        log.info(
            "config reloaded from %s: %d watchlists, %d feeds (%d added, %d removed)",
            new.source or "config",
            len(new.watchlists),
            len(configured_feeds(new)),
            len(added),
            len(removed),
        )

    def _schedule_digests(self, settings: Settings) -> None:
        wanted = {w.name: w.schedule for w in settings.watchlists}
        for name in sorted(set(self._schedules) - set(wanted)):
            self.runner.remove(f"digest:{name}")
            log.info("digest %s: unscheduled (watchlist removed)", name)
        for name, schedule in sorted(wanted.items()):
            if self._schedules.get(name) == schedule:
                continue
            self.runner.put(
                f"digest:{name}",
                partial(self.deliver_job, name),
                digest_trigger(schedule),
                grace=self.options.digest_grace,
            )
            log.info("digest %s: scheduled %s", name, describe_schedule(schedule))
        self._schedules = wanted

    def deliver_job(self, name: str) -> None:
        self.deliver(name)

    def _schedule_poll(self, first_run: dt.datetime) -> None:
        tick = self.options.tick
        self.runner.put("poll", self._poll_job, every(tick, start=first_run), grace=tick, first_run=first_run)

    def _poll_job(self) -> None:
        self.poll_due()
        if self._catch_up:  # the start-up catch-up, once, after the first poll
            self._catch_up = False
            self.sweep()
            log.info("start-up: first poll done, digests due while down checked")
