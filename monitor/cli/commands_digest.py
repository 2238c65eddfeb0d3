"""CLI commands: ``digest`` (preview or send one watchlist's digest) and ``digests`` (delivery records)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from monitor.cli.common import AppContext
from monitor.errors import MonitorError
from monitor.types import Delivery

FORMATS = ("text", "html", "eml", "json")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


@click.command("digest")
@click.option("--watchlist", "name", required=True, help="The watchlist (its name in config/watchlists/).")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="First day of the period (YYYY-MM-DD). Default: the period that would be sent now.",
)
@click.option(
    "--until",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Last day of the period, inclusive (YYYY-MM-DD).",
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Preview form."
)
@click.option(
    "--send",
    is_flag=True,
    help="Deliver to the recipients (exactly once per recipient and period) instead of previewing.",
)
@click.pass_obj
def digest_command(
    app: AppContext,
    name: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    fmt: str,
    send: bool,
) -> None:
    """Preview a watchlist's digest without sending or recording anything, or --send it."""
    from monitor.deliver import periods

    settings = app.settings()
    watchlist = app.watchlist(name)
    now = _now()
    since_day, until_day = _date(since), _date(until)
    if since_day and until_day and since_day > until_day:
        raise click.BadParameter(
            f"--since {since_day} is after --until {until_day}; give the earlier date first",
            param_hint="--since",
        )
    with app.storage() as storage:
        try:
            if send:
                _send(settings, storage, watchlist, now, since_day, until_day)
                return
            if since_day is None or until_day is None:
                lasts = [storage.last_sent(watchlist.name, r) for r in watchlist.recipients]
                default = periods.preview_period(
                    watchlist.schedule, now, [d.until if d else None for d in lasts]
                )
                if until_day is None:
                    until_day = default.until if since_day is None else max(default.until, since_day)
                if since_day is None:
                    since_day = (
                        default.since
                        if until_day == default.until
                        else until_day - dt.timedelta(days=periods.FIRST_PERIOD_DAYS - 1)
                    )
            click.echo(_preview(settings, storage, watchlist, since_day, until_day, now, fmt), nl=False)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from exc


def _preview(
    settings: Any, storage: Any, watchlist: Any, since: dt.date, until: dt.date, now: dt.datetime, fmt: str
) -> str:
    from monitor.digest.assemble import load_digest

    digest = load_digest(storage, watchlist, since, until, now)
    if fmt == "json":
        from monitor.digest.jsonform import digest_to_json

        value: Any = digest_to_json(digest)
        text = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
        return text if text.endswith("\n") else text + "\n"
    from monitor.digest import render

    if fmt == "text":
        return render.render_text(digest)
    if fmt == "html":
        return render.render_html(digest)
    from monitor.deliver.compose import compose_digest

    recipient = watchlist.recipients[0] if watchlist.recipients else "preview@localhost"
    outgoing = compose_digest(digest, sender=settings.smtp.sender, recipient=recipient, date=now)
    return outgoing.message.as_string()


def _send(
    settings: Any,
    storage: Any,
    watchlist: Any,
    now: dt.datetime,
    since: dt.date | None,
    until: dt.date | None,
) -> None:
    from monitor.deliver.service import deliver_due, deliver_period

    if since is None and until is None:
        results = deliver_due(settings, storage, watchlist, now)
    else:
        from monitor.deliver import periods

        default = periods.latest_period(watchlist.schedule, now)
        until = until or default.until
        since = since or until - dt.timedelta(days=periods.FIRST_PERIOD_DAYS - 1)
        results = deliver_period(settings, storage, watchlist, since, until, now)
    failed = False
    for result in results:
        detail = f" ({result.error})" if result.error else ""
        mid = f" {result.message_id}" if result.message_id else ""
        click.echo(f"{result.recipient}: {result.status}{mid}{detail}")
        failed = failed or result.status in ("failed", "retry_later")
    if not results:
        click.echo(f"watchlist {watchlist.name!r} has no recipients; nothing to send")
    if failed:
        raise SystemExit(1)


def _when(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "-"


def format_delivery(d: Delivery) -> str:
    if d.status == "sent":
        state = f"sent {_when(d.sent_at)}"
    elif d.status == "failed":
        state = f"FAILED after {d.attempts} attempt(s): {d.error or 'unknown error'}"
    else:
        retry = f", next attempt {_when(d.next_attempt)}" if d.next_attempt else ""
        last = f", last error: {d.error}" if d.error else ""
        state = f"pending ({d.attempts} attempt(s){retry}{last})"
    return f"{d.watchlist}  {d.since} .. {d.until}  {d.recipient}  {state}  {d.message_id}"


@click.command("digests")
@click.option("--watchlist", "name", default=None, help="Only this watchlist's deliveries.")
@click.pass_obj
def digests_command(app: AppContext, name: str | None) -> None:
    """List digest deliveries: sent, pending (to be retried) and failed."""
    if name is not None:
        app.watchlist(name)  # a clear error for an unknown name
    with app.storage() as storage:
        try:
            rows = storage.deliveries(name)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from exc
    if not rows:
        click.echo("no digests delivered or pending yet")
        return
    for status in ("failed", "pending", "sent"):
        group = [d for d in rows if d.status == status]
        if group:
            click.echo(f"{status} ({len(group)}):")
            for d in group:
                click.echo("  " + format_delivery(d))


COMMANDS: list[click.Command] = [digest_command, digests_command]
