"""What every command shares: loading settings and opening storage, with errors made kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click

from monitor.errors import MonitorError
from monitor.storage import open_storage
from monitor.storage.interface import Storage
from monitor.types import Settings, Watchlist


@dataclass
class AppContext:
    config_path: Path
    _settings: Settings | None = field(default=None, repr=False)

    def settings(self) -> Settings:
        if self._settings is None:
            from monitor.config import load_settings

            try:
                self._settings = load_settings(self.config_path, os.environ)
            except MonitorError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._settings

    @contextmanager
    def storage(self) -> Iterator[Storage]:
        try:
            store = open_storage(self.settings().database_url)
            store.migrate()
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from exc
        try:
            yield store
        finally:
            store.close()

    def watchlist(self, name: str) -> Watchlist:
        for w in self.settings().watchlists:
            if w.name == name:
                return w
        known = ", ".join(w.name for w in self.settings().watchlists) or "none"
        raise click.BadParameter(f"no watchlist named {name!r} (known: {known})", param_hint="--watchlist")
