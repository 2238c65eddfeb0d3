"""``monitor init``: bring the store up to date with the config. Safe to run any number of times.

Creates or migrates the schema, adds the watchlists' feeds the store does not know yet, and loads each
watchlist's known statements (its ``baseline`` file). A second run changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from monitor.baseline import load_statements
from monitor.errors import SeedError
from monitor.storage.interface import Storage
from monitor.types import Settings, Statement


@dataclass(frozen=True, slots=True)
class BaselineLoad:
    watchlist: str
    path: str
    statements: int  # in the file
    added: int  # new to the store


@dataclass(frozen=True, slots=True)
class InitReport:
    schema_before: str | None
    schema_after: str | None
    feeds: int  # feeds the watchlists list
    feeds_added: tuple[str, ...]
    baselines: tuple[BaselineLoad, ...]

    @property
    def changed(self) -> bool:
        return (
            self.schema_before != self.schema_after
            or bool(self.feeds_added)
            or any(b.added for b in self.baselines)
        )


def read_baselines(settings: Settings) -> dict[str, tuple[Statement, ...]]:
    """Each watchlist's known statements, by watchlist name (watchlists without a baseline are left
    out). Raises one SeedError listing the problems of every file; a file shared by several
    watchlists is read once."""
    problems: list[str] = []
    by_path: dict[str, tuple[Statement, ...]] = {}
    out: dict[str, tuple[Statement, ...]] = {}
    for watchlist in settings.watchlists:
        if watchlist.baseline is None:
            continue
        if watchlist.baseline not in by_path:
            try:
                by_path[watchlist.baseline] = load_statements(Path(watchlist.baseline))
            except SeedError as exc:
                problems.extend(str(exc).splitlines())
                by_path[watchlist.baseline] = ()
                continue
        out[watchlist.name] = by_path[watchlist.baseline]
    if problems:
        raise SeedError("\n".join(dict.fromkeys(problems)))
    return out


def initialise(
    settings: Settings, store: Storage, baselines: Mapping[str, tuple[Statement, ...]]
) -> InitReport:
    """Migrate ``store``, add missing feeds and load ``baselines`` (from :func:`read_baselines`)."""
    before = store.schema_version()
    store.migrate()
    after = store.schema_version()
    known = {feed.url for feed in store.feeds()}
    urls = list(dict.fromkeys(url for w in settings.watchlists for url in w.feeds))
    store.ensure_feeds(urls)
    loads = []
    for watchlist in settings.watchlists:
        statements = baselines.get(watchlist.name)
        if statements is None or watchlist.baseline is None:
            continue
        added = store.load_baseline(watchlist.name, statements)
        loads.append(BaselineLoad(watchlist.name, watchlist.baseline, len(statements), added))
    return InitReport(
        schema_before=before,
        schema_after=after,
        feeds=len(urls),
        feeds_added=tuple(u for u in urls if u not in known),
        baselines=tuple(loads),
    )
