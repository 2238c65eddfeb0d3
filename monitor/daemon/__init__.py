"""``monitor run``: APScheduler wiring, config reload and signals; no domain logic.

:mod:`.service` holds the :class:`Daemon` (jobs, reload), :mod:`.runners` what fires them (APScheduler,
or a simulated clock for tests), :mod:`.triggers` the schedules, :mod:`.reload` the file watcher and
:mod:`.process` the long-running process (signals, startup line, main loop).
"""

from __future__ import annotations

from monitor.daemon.service import Daemon, DaemonOptions

__all__ = ["Daemon", "DaemonOptions"]
