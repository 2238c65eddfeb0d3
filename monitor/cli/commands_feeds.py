"""CLI commands: feeds — ``poll`` (one cycle now) and ``feeds`` (each feed's health)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from monitor.cli.common import AppContext
from monitor.errors import MonitorError
from monitor.types import FeedState, Settings

_LABELS = {"ok": "ok", "not_modified": "unchanged", "failed": "FAILED", "skipped": "skipped"}


@click.command("poll")
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL",
    help="Poll only this feed, now, even if it is waiting to retry (repeatable).",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Poll every configured feed now, including those waiting to retry after a failure.",
)
@click.pass_obj
def poll(app: AppContext, feeds: Sequence[str], everything: bool) -> None:
    """Run one poll cycle now: fetch the feeds that are due, store new entries, analyse them.

    Prints a line per feed as it finishes (to stderr) and a summary. Feeds that fail are results,
    not errors: the exit status is 0 unless the config or the store is unusable.
    """
    from monitor.clock import utc_now
    from monitor.poll import FeedReport, poll_with_claims

    settings = app.settings()
    urls: list[str] | None = list(feeds) or None
    if urls is None and everything:
        urls = list(dict.fromkeys(u for w in settings.watchlists for u in w.feeds))

    def progress(report: FeedReport) -> None:
        line = f"{_LABELS[report.outcome]:<9} {report.url}"
        if report.new_entries:
            line += f"  ({report.new_entries} new)"
        if report.moved_to:
            line += f"  (moved to {report.moved_to})"
        if report.error:
            line += f"\n          {report.error}"
        elif report.warning:
            line += f"\n          note: {report.warning}"
        click.echo(line, err=True)

    with app.storage() as store:
        try:
            report = poll_with_claims(settings, store, now=utc_now, urls=urls, progress=progress)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from exc
    if not report.feeds:
        click.echo("poll: no feed is due (use --all to poll every feed now)")
        return
    click.echo(f"poll: {report.summary()}")


@click.command("feeds")
@click.option(
    "--enable", "enable", metavar="URL", help="Re-enable a disabled feed (e.g. after a 410) and poll it soon."
)
@click.pass_obj
def feeds(app: AppContext, enable: str | None) -> None:
    """Show each feed's health: status (ok / failing / disabled and why), last success, last
    error, next poll, and notes about damaged or odd documents."""
    from monitor.clock import utc_now

    settings = app.settings()
    with app.storage() as store:
        try:
            if enable:
                if store.feed(enable) is None:
                    raise click.BadParameter(
                        f"no feed {enable} is known (see `monitor feeds`)", param_hint="--enable"
                    )
                store.enable_feed(enable)
                click.echo(f"enabled {enable}; it is polled in the next cycle")
                return
            states = store.feeds()
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from exc
    if not states:
        click.echo("no feeds yet: add feeds to a watchlist, then run `monitor init` or `monitor poll`")
        return
    for line in feed_lines(states, settings, utc_now()):
        click.echo(line)


def _zone(settings: Settings) -> dt.tzinfo:
    try:
        return ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _when(value: dt.datetime | None, zone: dt.tzinfo, never: str = "never") -> str:
    if value is None:
        return never
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def feed_status(state: FeedState) -> str:
    """``ok``, ``failing (n in a row)`` or ``disabled``."""
    if state.disabled:
        return "disabled"
    if state.error_count:
        return f"failing ({state.error_count} in a row)"
    if state.last_success is None and state.last_error is None:
        return "new"
    return "ok"


def feed_lines(states: Sequence[FeedState], settings: Settings, now: dt.datetime) -> list[str]:
    """The ``monitor feeds`` report: a block per feed."""
    zone = _zone(settings)
    listed: dict[str, list[str]] = {}
    silent_days: dict[str, int] = {}
    for w in settings.watchlists:
        for url in w.feeds:
            listed.setdefault(url, []).append(w.name)
            silent_days[url] = min(silent_days.get(url, w.silent_after_days), w.silent_after_days)
    counts = {"ok": 0, "failing": 0, "disabled": 0, "new": 0}
    lines: list[str] = []
    for s in states:
        status = feed_status(s)
        counts[status.split(" ", 1)[0]] += 1
        where = ", ".join(listed.get(s.url, [])) or "not in any watchlist"
        lines.append(f"{s.url}")
        lines.append(f"  status:       {status}" + (f" — {s.title}" if s.title else "") + f"  [{where}]")
        if s.disabled:
            lines.append(f"  why:          {s.disabled}")
        lines.append(f"  last success: {_when(s.last_success, zone)}")
        if s.last_error:
            lines.append(f"  last error:   {_when(s.last_error_at, zone, 'unknown time')} — {s.last_error}")
        if s.warning and not s.disabled:
            lines.append(f"  note:         {s.warning}")
        days = silent_days.get(s.url)
        if days is not None and s.last_success is not None and not s.disabled:
            since = s.last_new_entry
            if since is not None and now - since > dt.timedelta(days=days):
                lines.append(f"  silent:       no new entry for more than {days} days")
        if not s.disabled:
            lines.append(f"  next poll:    {_when(s.next_poll, zone, 'now')}")
        lines.append("")
    total = len(states)
    lines.append(
        f"{total} feeds: {counts['ok']} ok, {counts['failing']} failing, {counts['disabled']} disabled"
        + (f", {counts['new']} not polled yet" if counts["new"] else "")
    )
    return lines


COMMANDS: list[click.Command] = [poll, feeds]
