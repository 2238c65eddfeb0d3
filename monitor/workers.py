"""Worker processes for the CPU-heavy half of a poll cycle: parsing, text and analysis.

Parsing a feed and analysing its entries is pure Python and costs tens of milliseconds per
feed, which one process (one GIL) cannot do while it also fetches and stores at full speed. A
poll cycle of many feeds hands that work (:mod:`monitor.reading`: pure functions on picklable
values) to a :class:`concurrent.futures.ProcessPoolExecutor`, while its event loop keeps fetching
and its calling thread keeps storing.

One pool serves every cycle of a process (the daemon polls in many small cycles): it starts on the
first cycle that wants it and stays until :func:`shutdown`, which runs at interpreter exit anyway.
Workers are spawned (a fresh interpreter each, a few tenths of a second to import the reading
code, which leaves out fetching and storage, once per process): they never inherit the parent's
threads, locks or open database connections, and no fork server stays around holding memory.
They ignore Ctrl-C (the parent decides when they stop) and run at a slightly lower priority than
the parent, so fetching and storing are never starved. As with every spawned process, a script that polls must
guard its top level with ``if __name__ == "__main__":`` (the workers import the main module).

Settings: ``FetchSettings.workers`` — ``None`` (default) sizes the pool by the CPU count, ``0``
keeps everything in the calling process. Cycles of fewer than :data:`MIN_FEEDS` feeds always stay
in-process: starting workers would cost more than it saves.
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading

log = logging.getLogger(__name__)

MIN_FEEDS = 16  # smaller cycles are read in the calling process
MAX_AUTO_WORKERS = 4


def resolve(workers: int | None) -> int:
    """How many worker processes ``FetchSettings.workers`` asks for on this machine (0: none)."""
    if workers is not None:
        return max(workers, 0)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 0 if cpus < 2 else min(cpus, MAX_AUTO_WORKERS)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    with contextlib.suppress(OSError):
        os.nice(2)
    import monitor.reading  # noqa: F401  (what every job runs: imported once, as the worker starts)


def _ready() -> int:
    return os.getpid()


def imported(module: str) -> bool:
    """Whether this process has imported ``module`` (asked of workers by the tests)."""
    return module in sys.modules


def warm(size: int) -> list[cf.Future[int]]:
    """Start the pool's ``size`` workers now, each importing the reading code as it starts, so
    that the first documents find them ready; the daemon calls it at start-up. Returns one
    future per requested worker (done once that worker is up); nobody has to wait for them."""
    if size <= 0 or disabled():
        return []
    executor = pool(size)
    # Each submission finds no idle worker while the earlier ones are still starting, so the
    # executor starts a worker for each (up to ``size``).
    return [executor.submit(_ready) for _ in range(size)]


class _Shared:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pool: cf.ProcessPoolExecutor | None = None
        self.size = 0
        self.disabled: str | None = None  # why this process no longer uses workers


_shared = _Shared()


def _start(size: int) -> cf.ProcessPoolExecutor:
    log.debug("starting %d worker processes", size)
    context = multiprocessing.get_context("spawn")
    return cf.ProcessPoolExecutor(size, mp_context=context, initializer=_init_worker)


def pool(size: int) -> cf.ProcessPoolExecutor:
    """The process's worker pool with ``size`` workers (started, or resized, on demand)."""
    with _shared.lock:
        if _shared.pool is not None and _shared.size != size:
            _shared.pool.shutdown(wait=True, cancel_futures=True)
            _shared.pool = None
        if _shared.pool is None:
            _shared.pool = _start(size)
            _shared.size = size
        return _shared.pool


def replace(broken: cf.Executor) -> cf.ProcessPoolExecutor | None:
    """A working pool in place of ``broken`` (one of its workers died); None without a pool."""
    with _shared.lock:
        if _shared.pool is None:
            return None
        if broken is _shared.pool:
            log.warning("a worker process stopped unexpectedly; starting new ones")
            _shared.pool.shutdown(wait=False, cancel_futures=True)
            _shared.pool = _start(_shared.size)
        return _shared.pool


def shutdown() -> None:
    """Stop the worker processes (waiting for the work in hand). Safe to call any number of times."""
    with _shared.lock:
        current, _shared.pool, _shared.size = _shared.pool, None, 0
    if current is not None:
        current.shutdown(wait=True, cancel_futures=True)


def running() -> bool:
    return _shared.pool is not None


def disable(reason: str) -> None:
    """Workers cannot start in this process: from now on every cycle reads feeds inline."""
    with _shared.lock:
        if _shared.disabled is None:
            log.warning(
                "worker processes could not start (%s); reading feeds in this process. A script that "
                'polls must start with `if __name__ == "__main__":`, or set [fetch] workers = 0.',
                reason,
            )
        _shared.disabled = reason
        current, _shared.pool, _shared.size = _shared.pool, None, 0
    if current is not None:
        current.shutdown(wait=False, cancel_futures=True)


def disabled() -> bool:
    return _shared.disabled is not None


atexit.register(shutdown)
