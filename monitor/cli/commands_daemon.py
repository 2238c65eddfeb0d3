"""CLI command ``run``: the daemon (polling, weekly digests, config reload) until SIGTERM or Ctrl-C."""

from __future__ import annotations

import datetime as dt
import logging
import os

import click

from monitor.cli.common import AppContext
from monitor.errors import MonitorError


@click.command("run")
@click.option(
    "--tick",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    help="Seconds between looks for feeds whose next poll time has come.",
)
@click.option(
    "--sweep",
    type=click.FloatRange(min=1),
    default=300.0,
    show_default=True,
    help="Seconds between delivery sweeps (retries of temporary failures, missed digests).",
)
@click.option(
    "--reload-every",
    type=click.FloatRange(min=0.1),
    default=2.0,
    show_default=True,
    help="Seconds between checks of monitor.toml and the watchlists for edits.",
)
@click.pass_obj
def run_command(app: AppContext, tick: float, sweep: float, reload_every: float) -> None:
    """Poll feeds and send each watchlist's digest on schedule, until SIGTERM or Ctrl-C.

    Edits to monitor.toml or a watchlist take effect without a restart; an edit that does not
    validate is logged and the last good config keeps running.
    """
    from monitor.daemon import DaemonOptions
    from monitor.daemon.process import run

    if not logging.getLogger("monitor").isEnabledFor(logging.DEBUG):
        # The daemon's log is its own lines (poll cycles, digests, reloads), not every library's.
        for noisy in ("apscheduler", "alembic"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    options = DaemonOptions(tick=dt.timedelta(seconds=tick), sweep=dt.timedelta(seconds=sweep))
    try:
        code = run(app.config_path, os.environ, options=options, reload_every=reload_every)
    except MonitorError as exc:
        raise click.ClickException(str(exc)) from exc
    raise SystemExit(code)


COMMANDS: list[click.Command] = [run_command]
