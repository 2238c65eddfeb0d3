"""Runners: what fires the daemon's jobs when their triggers say so.

:class:`SchedulerRunner` is APScheduler 3's ``BackgroundScheduler`` with an in-memory job store and
one worker thread (jobs never overlap, so storage is used by one thread at a time; every job has
``max_instances=1`` and ``coalesce=True``). :class:`SimulatedRunner` asks the very same trigger
objects what is due and runs it on a :class:`~monitor.clock.ManualClock`, so a week of scheduling
runs in a test in well under a second.

Nothing here decides *what* is due; the daemon's triggers and the delivery records do.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger

from monitor.clock import ManualClock

log = logging.getLogger(__name__)

Job = Callable[[], None]


class Runner(Protocol):
    def put(
        self,
        job_id: str,
        func: Job,
        trigger: BaseTrigger,
        *,
        grace: dt.timedelta | None,
        first_run: dt.datetime | None = None,
    ) -> None:
        """Add the job, or replace the one with the same id. ``first_run`` overrides the
        trigger's first fire time (e.g. "now"); ``grace`` is how late a run may still start."""

    def remove(self, job_id: str) -> None:
        """Remove the job if it exists."""

    def next_runs(self) -> dict[str, dt.datetime | None]:
        """Every job's next run time (UTC), by id."""

    def start(self) -> None: ...

    def shutdown(self, wait: bool = True) -> None:
        """Take no new runs; with ``wait``, return once the running job has finished."""


class _QuietMaxInstances(logging.Filter):
    """A poll tick that finds the previous cycle still running is expected: log it at debug."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "maximum number of running instances reached" in record.getMessage():
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return log.isEnabledFor(logging.DEBUG)
        return True


class SchedulerRunner:
    """APScheduler's BackgroundScheduler: memory job store, one worker thread, UTC."""

    def __init__(self) -> None:
        scheduler_log = logging.getLogger("apscheduler.scheduler")
        if not any(isinstance(f, _QuietMaxInstances) for f in scheduler_log.filters):
            scheduler_log.addFilter(_QuietMaxInstances())
        self._scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=dt.UTC,
        )

    def put(
        self,
        job_id: str,
        func: Job,
        trigger: BaseTrigger,
        *,
        grace: dt.timedelta | None,
        first_run: dt.datetime | None = None,
    ) -> None:
        extra: dict[str, Any] = {}
        if first_run is not None:
            extra["next_run_time"] = first_run
        self._scheduler.add_job(
            func,
            trigger,
            id=job_id,
            name=job_id,
            replace_existing=True,
            misfire_grace_time=None if grace is None else max(1, int(grace.total_seconds())),
            **extra,
        )

    def remove(self, job_id: str) -> None:
        if self._scheduler.get_job(job_id) is not None:
            self._scheduler.remove_job(job_id)

    def next_runs(self) -> dict[str, dt.datetime | None]:
        return {job.id: _utc_or_none(job.next_run_time) for job in self._scheduler.get_jobs()}

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self, wait: bool = True) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)


@dataclass
class _SimJob:
    func: Job
    trigger: BaseTrigger
    grace: dt.timedelta | None
    next_run: dt.datetime | None  # as the trigger gave it: in the trigger's zone, fold intact
    order: int

    @property
    def next_utc(self) -> dt.datetime | None:
        return _utc_or_none(self.next_run)


class SimulatedRunner:
    """Runs jobs on a manual clock: :meth:`run_until` jumps the clock from one fire time to the
    next, asking each job's trigger what comes next, as APScheduler does (runs that fell due while
    a job was running are coalesced into one; a run later than its grace is skipped).

    Fire times are handed back to the trigger exactly as it produced them (APScheduler does the
    same): a ``CronTrigger`` needs the ``fold`` of a wall-clock time that occurs twice."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self._jobs: dict[str, _SimJob] = {}
        self._order = 0
        self._running = False
        self.runs: list[tuple[dt.datetime, str]] = []  # (when, job id), for tests to inspect
        self.misfires: list[tuple[dt.datetime, str]] = []

    def put(
        self,
        job_id: str,
        func: Job,
        trigger: BaseTrigger,
        *,
        grace: dt.timedelta | None,
        first_run: dt.datetime | None = None,
    ) -> None:
        self._order += 1
        first = first_run if first_run is not None else trigger.get_next_fire_time(None, self.clock())
        self._jobs[job_id] = _SimJob(func, trigger, grace, first, self._order)

    def remove(self, job_id: str) -> None:
        self._jobs.pop(job_id, None)

    def next_runs(self) -> dict[str, dt.datetime | None]:
        return {job_id: job.next_utc for job_id, job in self._jobs.items()}

    def start(self) -> None:
        self._running = True

    def shutdown(self, wait: bool = True) -> None:
        self._running = False

    def run_until(self, until: dt.datetime) -> None:
        """Run, in time order, every job that comes due up to ``until``; leave the clock there."""
        until = until.astimezone(dt.UTC)
        while self._running:
            due = [
                (at, job.order, job_id)
                for job_id, job in self._jobs.items()
                if (at := job.next_utc) is not None and at <= until
            ]
            if not due:
                break
            fire_utc, _, job_id = min(due)
            if fire_utc > self.clock():
                self.clock.set(fire_utc)
            job = self._jobs[job_id]
            assert job.next_run is not None
            now = self.clock()
            last, following = self._coalesce(job.trigger, job.next_run, now)
            job.next_run = following
            if job.grace is not None and now - last > job.grace:
                self.misfires.append((last.astimezone(dt.UTC), job_id))
                continue
            self.runs.append((now, job_id))
            job.func()
        if self.clock() < until:
            self.clock.set(until)

    @staticmethod
    def _coalesce(
        trigger: BaseTrigger, fire_time: dt.datetime, now: dt.datetime
    ) -> tuple[dt.datetime, dt.datetime | None]:
        """The latest run time not after ``now`` (earlier ones fold into it) and the one after."""
        last = fire_time
        while True:
            following: dt.datetime | None = trigger.get_next_fire_time(last, now)
            if following is None or following > now:
                return last, following
            if following <= last:  # a trigger that does not move on would loop for ever
                raise RuntimeError(f"trigger {trigger} gave {following} again after {last}")
            last = following


def _utc_or_none(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.astimezone(dt.UTC)
