"""Storage: see :mod:`monitor.storage.interface` for the contract."""

from __future__ import annotations

from monitor.storage.interface import Storage


def open_storage(url: str) -> Storage:
    """Open the store named by a SQLAlchemy URL (``sqlite:///path`` or ``postgresql://...``)."""
    from monitor.storage.sql import SqlStorage

    return SqlStorage(url)


__all__ = ["Storage", "open_storage"]
