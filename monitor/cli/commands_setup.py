"""CLI commands: setup — ``init``, ``check-config`` and ``statements``."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

import click

from monitor.cli.common import AppContext
from monitor.errors import ConfigError, MonitorError, SeedError
from monitor.types import Settings, Statement, Watchlist


@click.command("init")
@click.pass_obj
def init(app: AppContext) -> None:
    """Create or upgrade the store, add the watchlists' feeds and load the known statements.

    Safe to run again: a second run changes nothing.
    """
    from monitor.initialise import initialise, read_baselines
    from monitor.storage import open_storage
    from monitor.storage.urls import masked

    settings = app.settings()
    try:
        baselines = read_baselines(settings)
        store = open_storage(settings.database_url)
    except MonitorError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        report = initialise(settings, store, baselines)
    except MonitorError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()

    where = masked(settings.database_url)
    if report.schema_before is None:
        click.echo(f"store: created {where} (schema {report.schema_after})")
    elif report.schema_before != report.schema_after:
        click.echo(f"store: upgraded {where} from schema {report.schema_before} to {report.schema_after}")
    else:
        click.echo(f"store: {where} is up to date (schema {report.schema_after})")
    click.echo(f"feeds: {report.feeds} in the watchlists, {len(report.feeds_added)} added")
    for load in report.baselines:
        click.echo(
            f"baseline {load.watchlist}: {load.statements} statements in {load.path}, {load.added} added"
        )
    for watchlist in settings.watchlists:
        if watchlist.baseline is None:
            click.echo(f"baseline {watchlist.name}: none (the watchlist has no baseline key)")
    click.echo("done" if report.changed else "done: nothing to change")


@click.command("check-config")
@click.pass_obj
def check_config(app: AppContext) -> None:
    """Check monitor.toml, every watchlist and every known-statements file; list every problem.

    Exits with status 1 when there is a problem.
    """
    from monitor.config import load_settings
    from monitor.initialise import read_baselines

    problems: list[str] = []
    settings: Settings | None = None
    try:
        settings = load_settings(app.config_path, os.environ)
    except ConfigError as exc:
        problems.extend(exc.problems)
    if settings is not None:
        try:
            read_baselines(settings)
        except SeedError as exc:
            problems.extend(str(exc).splitlines())
    if problems or settings is None:
        noun = "problem" if len(problems) == 1 else "problems"
        click.echo(f"{len(problems)} {noun} in the config:", err=True)
        for line in problems:
            click.echo(f"  {line}", err=True)
        raise SystemExit(1)
    feeds = {url for w in settings.watchlists for url in w.feeds}
    noun = "watchlist" if len(settings.watchlists) == 1 else "watchlists"
    click.echo(f"config OK: {len(settings.watchlists)} {noun}, {len(feeds)} feeds")


@click.command("statements")
@click.option("--watchlist", "watchlist_name", metavar="NAME", help="Only this watchlist (default: all).")
@click.option("--speaker", metavar="NAME", help="Only this person (canonical name or any alias).")
@click.pass_obj
def statements(app: AppContext, watchlist_name: str | None, speaker: str | None) -> None:
    """List the known statements per person in date order: date, stance, kind, outlet, text."""
    settings = app.settings()
    watchlists = [app.watchlist(watchlist_name)] if watchlist_name else list(settings.watchlists)
    with app.storage() as store:
        try:
            found = [(w, store.statements(w.name)) for w in watchlists]
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from exc
    for number, (watchlist, known) in enumerate(found):
        if number:
            click.echo()
        for line in statement_lines(watchlist, known, speaker):
            click.echo(line)


def resolve_speaker(watchlist: Watchlist, name: str) -> str:
    """The canonical name for ``name`` (a canonical name or alias, any case), else ``name``."""
    wanted = name.strip().casefold()
    for person in watchlist.people:
        if wanted == person.name.casefold() or wanted in (a.casefold() for a in person.aliases):
            return person.name
    return name.strip()


def statement_lines(
    watchlist: Watchlist, known: Sequence[Statement], speaker: str | None = None
) -> list[str]:
    """The ``statements`` listing of one watchlist: a block per person, each in date order."""
    lines = [f"{watchlist.name}: {watchlist.question}"]
    if speaker is not None:
        canonical = resolve_speaker(watchlist, speaker)
        known = [s for s in known if (s.speaker or "").casefold() == canonical.casefold()]
        if not known:
            lines.append(f"  no known statements by {canonical}")
            return lines
    if not known:
        lines.append("  no known statements yet; run `monitor init` to load the baseline")
        return lines
    roles = {p.name: p.role for p in watchlist.people}
    order = {p.name: i for i, p in enumerate(watchlist.people)}
    groups: dict[str | None, list[Statement]] = {}
    for statement in known:
        groups.setdefault(statement.speaker, []).append(statement)

    def group_key(name: str | None) -> tuple[int, int, str]:
        if name is None:
            return (2, 0, "")
        return (0, order[name], "") if name in order else (1, 0, name.casefold())

    width = max(len(s.source) for s in known)
    for name in sorted(groups, key=group_key):
        rows = sorted(groups[name], key=lambda s: (s.date is not None, s.date or dt.date.min))
        role = roles.get(name or "", "")
        lines.append("")
        lines.append(f"{name or '(no speaker named)'}" + (f" ({role})" if role else ""))
        for s in rows:
            date = s.date.isoformat() if s.date else "undated"
            text = f"“{s.text}”" if s.kind == "quote" else s.text
            lines.append(f"  {date:<10}  {s.stance:<9}  {s.kind:<8}  {s.source:<{width}}  {text}")
    people = sum(1 for name in groups if name is not None)
    lines.append("")
    lines.append(f"{len(known)} statements by {people} {'person' if people == 1 else 'people'}")
    return lines


COMMANDS: list[click.Command] = [init, check_config, statements]
