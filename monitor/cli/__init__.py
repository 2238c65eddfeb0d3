"""The command line: parses arguments, prints, sets exit codes. No domain logic lives here.

Each command group is a module of its own; this module assembles them into ``monitor``.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from monitor import __version__
from monitor.cli import (
    commands_daemon,
    commands_digest,
    commands_feeds,
    commands_setup,
    commands_stance,
    commands_understand,
)
from monitor.cli.common import AppContext


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("config/monitor.toml"),
    show_default=True,
    envvar="MONITOR_CONFIG",
    help="The main config file; watchlists are read from the watchlists/ folder beside it.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail.")
@click.version_option(__version__, prog_name="monitor")
@click.pass_context
def cli(ctx: click.Context, config_path: Path, verbose: bool) -> None:
    """Track who said what about a slow-moving story, and email what changed each week."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not verbose:  # libraries' routine chatter (migrations run, each HTTP request) is debug detail
        for name in ("alembic", "httpx", "httpcore", "apscheduler.scheduler", "apscheduler.executors"):
            logging.getLogger(name).setLevel(logging.WARNING)
    ctx.obj = AppContext(config_path=config_path)


for module in (
    commands_setup,
    commands_feeds,
    commands_digest,
    commands_daemon,
    commands_understand,
    commands_stance,
):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    cli(prog_name="monitor")
