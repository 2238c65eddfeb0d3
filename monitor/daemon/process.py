"""The ``monitor run`` process: open storage, start the daemon, reload config, stop on a signal.

SIGTERM or SIGINT sets a flag; the main thread then stops the scheduler (no new jobs; the running
job finishes its current feed or delivery, each of which is one storage transaction), closes
storage and returns 0. Nothing is half-written: a SIGKILL at any moment leaves the store as
consistent as a clean stop does, only with a delivery possibly still marked pending.
"""

from __future__ import annotations

import logging
import signal
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import FrameType

from monitor import workers
from monitor.daemon.runners import SchedulerRunner
from monitor.daemon.service import Daemon, DaemonOptions, configured_feeds, describe_schedule
from monitor.poll import poll_with_claims
from monitor.storage import open_storage
from monitor.storage.interface import Storage
from monitor.storage.urls import masked
from monitor.types import Settings

log = logging.getLogger("monitor.daemon")

RELOAD_CHECK_SECONDS = 2.0


def load_config(config_path: Path, environ: Mapping[str, str]) -> Settings:
    """load_settings, and the watchlists' known-statements files read too: a config whose
    baseline file is broken is rejected like an invalid config (ConfigError or SeedError)."""
    from monitor.config import load_settings
    from monitor.initialise import read_baselines

    settings = load_settings(config_path, environ)
    read_baselines(settings)
    return settings


def prepare_store(settings: Settings, storage: Storage) -> None:
    """What ``monitor init`` does: migrate the schema, register the feeds, load the baselines."""
    from monitor.initialise import initialise, read_baselines

    initialise(settings, storage, read_baselines(settings))


def watched_paths(config_path: Path, settings: Settings) -> Iterator[Path]:
    """``monitor.toml``, the ``watchlists/`` folder beside it, the folders of the loaded watchlists
    and their known-statements files."""
    yield config_path
    yield config_path.parent / "watchlists"
    for folder in sorted({str(Path(w.source).parent) for w in settings.watchlists if w.source}):
        yield Path(folder)
    for baseline in sorted({w.baseline for w in settings.watchlists if w.baseline}):
        yield Path(baseline)


def startup_line(config_path: Path, settings: Settings) -> str:
    watchlists = "; ".join(
        f"{w.name} ({_count(len(w.feeds), 'feed')}, {_count(len(w.recipients), 'recipient')}, "
        f"digest {describe_schedule(w.schedule)})"
        for w in settings.watchlists
    )
    smtp = settings.smtp
    mail = f"smtp {smtp.host}:{smtp.port} ({smtp.security})" if smtp.host else f"outbox {settings.outbox}"
    return (
        f"monitor run: config {config_path}, database {masked(settings.database_url)}, {mail}, "
        f"{len(configured_feeds(settings))} feeds, watchlists: {watchlists or 'none'}"
    )


def run(
    config_path: Path,
    environ: Mapping[str, str],
    *,
    options: DaemonOptions | None = None,
    reload_every: float = RELOAD_CHECK_SECONDS,
) -> int:
    """Run until SIGTERM or SIGINT; return the exit status (0 after a clean stop).

    At start (and after each config reload) the store is brought up to date as ``monitor init``
    does: schema migrated, feeds registered, known statements loaded. Raises ConfigError or
    SeedError if the config is invalid at start, StorageError if the store cannot be used.
    """

    def loader() -> Settings:
        return load_config(config_path, environ)

    stop = _StopFlag()
    previous = {sig: signal.signal(sig, stop.on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        settings = loader()
        storage = open_storage(settings.database_url)
        try:
            daemon = Daemon(
                settings,
                storage,
                runner=SchedulerRunner(),
                loader=loader,
                poll=poll_with_claims,
                watch=lambda current: watched_paths(config_path, current),
                options=options,
                prepare=prepare_store,
            )
            stop.attach(daemon)
            daemon.prepare()  # errors here end the start: the store or a baseline is unusable
            warm_workers(settings)
            log.info("%s", startup_line(config_path, settings))
            try:
                if not stop.requested:
                    daemon.start()
                    log.info("monitor run: started; SIGTERM or Ctrl-C stops it")
                next_check = time.monotonic() + reload_every
                while not stop.requested:
                    # Short sleeps rather than waiting on an event: the signal handler then never
                    # needs a lock this thread might be holding when the signal arrives.
                    time.sleep(min(0.25, reload_every))
                    if not stop.requested and time.monotonic() >= next_check:
                        daemon.check_reload()
                        next_check = time.monotonic() + reload_every
            finally:
                stop.requested = True  # from here on a signal only logs
                daemon.stop(wait=True)
        finally:
            storage.close()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    log.info("monitor run: stopped cleanly")
    return 0


class _StopFlag:
    """Set by SIGTERM/SIGINT. The handler sets plain attributes and the daemon's stop flag, so the
    running job sees it between feeds and deliveries; everything else happens in the main loop."""

    def __init__(self) -> None:
        self.requested = False
        self.daemon: Daemon | None = None

    def attach(self, daemon: Daemon) -> None:
        self.daemon = daemon
        if self.requested:
            daemon.request_stop()

    def on_signal(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.requested:
            log.info("%s again: already stopping, waiting for the running job to finish", name)
            return
        self.requested = True
        log.info("%s received: stopping after the running job", name)
        if self.daemon is not None:
            self.daemon.request_stop()


def warm_workers(settings: Settings) -> None:
    """Start the worker processes at once when the watchlists have enough feeds to use them: they
    import the reading code while the first feeds are fetched, not after."""
    if len(configured_feeds(settings)) < workers.MIN_FEEDS:
        return
    try:
        workers.warm(workers.resolve(settings.fetch.workers))
    except Exception as exc:  # no processes to be had: every cycle reads feeds in this process
        workers.disable(f"{type(exc).__name__}: {exc}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
