"""Notice edits to ``monitor.toml`` and the watchlist files by polling their mtime and size.

Polling every few seconds needs no extra dependency and works on every filesystem (including
bind mounts in Docker, where inotify events often never arrive).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

Snapshot = frozenset[tuple[str, int, int]]


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """(path, mtime_ns, size) of each file, and of every non-hidden file under each folder.
    A missing path is recorded as (path, -1, -1), so its appearance counts as a change."""
    seen: set[tuple[str, int, int]] = set()
    for path in paths:
        if path.is_dir():
            try:
                children = sorted(path.rglob("*"))
            except OSError:  # unreadable folder: treat it like a missing one
                children = []
            for child in children:
                if child.name.startswith(".") or not child.is_file():
                    continue
                seen.add(_stat(child))
            if not children:
                seen.add(_stat(path))
        else:
            seen.add(_stat(path))
    return frozenset(seen)


def _stat(path: Path) -> tuple[str, int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


class ConfigWatcher:
    """``changed()`` is True once after any watched file is added, removed or rewritten."""

    def __init__(self, paths: Callable[[], Iterable[Path]]) -> None:
        self._paths = paths
        self._last = snapshot(paths())

    def changed(self) -> bool:
        current = snapshot(self._paths())
        if current == self._last:
            return False
        self._last = current
        return True
