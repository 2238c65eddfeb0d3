"""Database URLs: parse, check, translate to the installed driver, and show without the password."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL

from monitor.errors import StorageError

EXAMPLES = "sqlite:///data/monitor.db (a file, created if missing) or postgresql://user@host:5432/dbname"
_POSTGRES_NAMES = {"postgresql", "postgres"}


def masked(url: URL | str) -> str:
    """The URL as text with any password replaced by ``***``."""
    if isinstance(url, str):
        text = url
        try:
            url = sa.make_url(text)
        except sa.exc.ArgumentError:
            return text.rpartition("@")[2]  # not parseable: show nothing before an "@"
    return url.render_as_string(hide_password=True)


def database_url(raw: str) -> URL:
    """Parse ``raw`` into the URL the engine is made with.

    ``postgresql://`` (and ``postgres://``) select the psycopg 3 driver; an SQLite file path gets its
    parent folders created. Anything else that is not SQLite or PostgreSQL is a StorageError.
    """
    try:
        url = sa.make_url(raw.strip())
    except sa.exc.ArgumentError as exc:
        raise StorageError(f"not a database URL: {masked(raw)!r}; expected {EXAMPLES}") from exc
    backend, _, driver = url.drivername.partition("+")
    if backend in _POSTGRES_NAMES:
        return url.set(drivername=f"postgresql+{driver or 'psycopg'}")
    if backend == "sqlite":
        return _with_sqlite_folder(url)
    raise StorageError(
        f"unsupported database {masked(url)!r}: monitor stores its data in SQLite or PostgreSQL; "
        f"use {EXAMPLES}"
    )


def _with_sqlite_folder(url: URL) -> URL:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return url
    path = Path(database).expanduser()
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the folder {str(folder)!r} for the database {masked(url)!r}: {exc.strerror}; "
            "choose a writable path in the storage URL"
        ) from exc
    return url.set(database=str(path))
