"""Read ``monitor.toml``, the watchlist files and the environment into one frozen :class:`Settings`.

Every problem across every file is collected, then raised as one :class:`ConfigError` whose lines
each name the file, the line, the key and what would be valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from monitor.config import checks
from monitor.config.files import Parsed, Problems, read_toml, validate
from monitor.config.lines import KeyPath
from monitor.config.schema import MonitorFile, WatchlistFile
from monitor.errors import ConfigError
from monitor.types import FetchSettings, Person, Schedule, Settings, SmtpSettings, Watchlist

ENV_DB = "MONITOR_DB"
ENV_SMTP_HOST = "MONITOR_SMTP_HOST"
ENV_SMTP_PORT = "MONITOR_SMTP_PORT"
ENV_OUTBOX = "MONITOR_OUTBOX"
ENVIRONMENT_OVERRIDES = {
    ENV_DB: "database",
    ENV_SMTP_HOST: "smtp.host",
    ENV_SMTP_PORT: "smtp.port",
    ENV_OUTBOX: "outbox",
}


def _env(
    environ: Mapping[str, str], name: str, check: Callable[[str], Any], problems: Problems
) -> Any | None:
    raw = environ.get(name, "")
    if not raw.strip():
        return None
    try:
        return check(raw)
    except ValueError as exc:
        problems.add(f"environment variable {name}", None, "", f"{exc} (or unset {name})")
        return None


def _port(raw: str) -> int:
    try:
        number = int(raw.strip())
    except ValueError:
        raise ValueError(f"{raw!r} is not a port number; use a whole number from 1 to 65535") from None
    return checks.port(number)


def load_settings(path: Path, environ: Mapping[str, str]) -> Settings:
    """Read ``path`` (monitor.toml), every ``*.toml`` in its watchlists folder and the overrides in
    ``environ``. Raises ConfigError listing every problem found."""
    problems = Problems()
    parsed = read_toml(
        path,
        problems,
        missing_hint="create it (an empty file means every default; see README, section config) "
        "or point --config / MONITOR_CONFIG at your monitor.toml",
    )
    main = validate(parsed, MonitorFile, problems) if parsed else None

    db = _env(environ, ENV_DB, checks.database_url, problems)
    outbox = _env(environ, ENV_OUTBOX, checks.one_line, problems)
    smtp_host = _env(environ, ENV_SMTP_HOST, checks.host_name, problems)
    smtp_port = _env(environ, ENV_SMTP_PORT, _port, problems)

    timezone = main.timezone if main else "UTC"
    folder_name = main.watchlists_dir if main else "watchlists"
    watchlists = _load_watchlists(path.parent / folder_name, parsed, timezone, problems)

    smtp = None
    if main is not None and parsed is not None:
        smtp = _smtp(main, parsed, environ, smtp_host, smtp_port, problems)
    if problems.found or main is None or smtp is None:
        raise ConfigError(problems.lines())
    return Settings(
        database_url=db or main.database,
        outbox=outbox or main.outbox,
        poll_interval=dt.timedelta(minutes=main.poll_interval),
        user_agent=main.user_agent,
        timezone=main.timezone,
        smtp=smtp,
        fetch=FetchSettings(**main.fetch.model_dump()),
        watchlists=watchlists,
        source=str(path),
    )


def _smtp(
    main: MonitorFile,
    parsed: Parsed,
    environ: Mapping[str, str],
    host: str | None,
    port: int | None,
    problems: Problems,
) -> SmtpSettings:
    table = main.smtp
    host = host or table.host
    password = None
    if table.password_env:
        password = environ.get(table.password_env)
        if password is None and host:
            problems.add(
                parsed.source,
                parsed.line("smtp", "password_env"),
                "smtp.password_env",
                f"the environment variable {table.password_env} is not set; set it to the SMTP "
                f"password (export {table.password_env}=...) or remove password_env",
            )
    return SmtpSettings(
        host=host,
        port=port or table.port or (465 if table.security == "ssl" else 587),
        sender=table.sender,
        username=table.username,
        password_env=table.password_env,
        password=password,
        security=table.security,
        timeout=table.timeout,
    )


def _load_watchlists(
    folder: Path, main: Parsed | None, timezone: str, problems: Problems
) -> tuple[Watchlist, ...]:
    where = (main.source, main.line("watchlists_dir")) if main else (str(folder), None)
    if not folder.is_dir():
        problems.add(
            where[0],
            where[1],
            "watchlists_dir",
            f"the watchlists folder {str(folder)!r} does not exist; create it with one "
            "<name>.toml file per watchlist (see config/watchlists/defenders.toml)",
        )
        return ()
    files = sorted(folder.glob("*.toml"))
    if not files:
        problems.add(
            where[0],
            where[1],
            "watchlists_dir",
            f"no watchlist files (*.toml) in {str(folder)!r}; add one, e.g. a copy of "
            "config/watchlists/defenders.toml",
        )
        return ()
    out: list[Watchlist] = []
    seen: dict[str, str] = {}
    for file in files:
        parsed = read_toml(file, problems, missing_hint="it vanished while reading; try again")
        if parsed is None:
            continue
        model = validate(parsed, WatchlistFile, problems)
        _check_watchlist(parsed, problems)
        name = parsed.data.get("name", file.stem)
        if isinstance(name, str):
            if name in seen:
                problems.add(
                    parsed.source,
                    parsed.line("name"),
                    "name",
                    f"the watchlist name {name!r} is already used by {seen[name]}; "
                    "give each watchlist its own name"
                    + ("" if "name" in parsed.data else " (it defaults to the file name)"),
                )
                continue
            seen[name] = parsed.source
        if model is not None:
            out.append(_watchlist(file, parsed, model, timezone))
    return tuple(out)


def _strings(value: object) -> list[str | None]:
    """A raw TOML array as strings (None for elements that are not strings; [] if not an array)."""
    if not isinstance(value, list):
        return []
    return [v if isinstance(v, str) else None for v in value]


def _check_watchlist(parsed: Parsed, problems: Problems) -> None:
    """Checks across keys (repeats, alias owners, the baseline file), on the raw data so that they
    run even where other keys of the file are invalid."""
    data = parsed.data
    _no_repeats(parsed, _strings(data.get("feeds")), lambda i: ("feeds", i), problems, _url_key)
    _no_repeats(parsed, _strings(data.get("recipients")), lambda i: ("recipients", i), problems, str.lower)
    raw_people = data.get("people")
    people = [p if isinstance(p, dict) else {} for p in raw_people] if isinstance(raw_people, list) else []
    names = [p.get("name") if isinstance(p.get("name"), str) else None for p in people]
    _no_repeats(parsed, names, lambda i: ("people", i, "name"), problems, str.lower)
    owner: dict[str, str] = {n.lower(): n for n in names if n}
    for i, person in enumerate(people):
        name = names[i]
        if not name:
            continue
        for j, alias in enumerate(_strings(person.get("aliases"))):
            if not alias:
                continue
            other = owner.setdefault(alias.lower(), name)
            if other != name:
                problems.add(
                    parsed.source,
                    parsed.line("people", i, "aliases", j),
                    ("people", i, "aliases", j),
                    f"the alias {alias!r} also names {other}; an alias must point to one person, "
                    "so remove it from one of them",
                )
    baseline = data.get("baseline")
    if isinstance(baseline, str) and baseline.strip() and not Path(baseline).is_file():
        problems.add(
            parsed.source,
            parsed.line("baseline"),
            "baseline",
            f"the known-statements file {baseline!r} does not exist (paths are relative to the "
            f"current folder, {Path.cwd()}); fix the path, run monitor from the project folder, "
            "or remove the key",
        )


def _url_key(url: str) -> str:
    return url.strip().lower().rstrip("/")


def _watchlist(file: Path, parsed: Parsed, model: WatchlistFile, timezone: str) -> Watchlist:
    schedule = model.schedule
    return Watchlist(
        name=model.name or file.stem,
        question=model.question,
        feeds=tuple(model.feeds),
        recipients=tuple(model.recipients),
        schedule=Schedule(
            weekday=schedule.weekday,  # type: ignore[arg-type]  # checked by checks.weekday
            time=schedule.time,
            timezone=schedule.timezone or timezone,
        ),
        topic_terms=tuple(model.topic_terms),
        exclude_terms=tuple(model.exclude_terms),
        people=tuple(Person(p.name, tuple(p.aliases), p.role) for p in model.people),
        skip_empty=model.skip_empty,
        silent_after_days=model.silent_after_days,
        baseline=model.baseline,
        claims=tuple(model.claims),
        learned_gate=model.learned_gate,
        source=parsed.source,
    )


def _no_repeats(
    parsed: Parsed,
    values: list[str | None],
    path_of: Callable[[int], KeyPath],
    problems: Problems,
    norm: Callable[[str], str],
) -> None:
    first: dict[str, int] = {}
    for i, value in enumerate(values):
        if value is None:
            continue
        earlier = first.setdefault(norm(value), i)
        if earlier != i:
            path = path_of(i)
            problems.add(
                parsed.source,
                parsed.line(*path),
                path,
                f"{value!r} is listed twice (also entry {earlier + 1}); remove one",
            )
