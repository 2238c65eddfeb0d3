"""The config file watcher: which edits count as a change."""

from __future__ import annotations

import os
from pathlib import Path

from monitor.daemon.reload import ConfigWatcher


def touch(path: Path, text: str, mtime_ns: int) -> None:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_watcher_sees_added_rewritten_and_removed_files_once_each(tmp_path: Path) -> None:
    config = tmp_path / "monitor.toml"
    folder = tmp_path / "watchlists"
    folder.mkdir()
    touch(config, "a = 1\n", 1_000_000_000)
    watcher = ConfigWatcher(lambda: [config, folder])
    assert not watcher.changed()

    touch(folder / "w.toml", "x = 1\n", 2_000_000_000)  # added
    assert watcher.changed()
    assert not watcher.changed()  # reported once

    touch(folder / "w.toml", "x = 2\n", 2_000_000_000)  # same size and mtime: not seen
    assert not watcher.changed()
    touch(folder / "w.toml", "x = 2\n", 3_000_000_000)  # rewritten (a new mtime)
    assert watcher.changed()
    touch(config, "a = 10\n", 1_000_000_000)  # rewritten (a new size, the old mtime)
    assert watcher.changed()

    touch(folder / ".w.toml.swp", "editor junk", 4_000_000_000)  # hidden files are ignored
    assert not watcher.changed()

    (folder / "w.toml").unlink()  # removed
    assert watcher.changed()
    config.unlink()
    assert watcher.changed()
    assert not watcher.changed()
