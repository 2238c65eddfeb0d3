"""Engines for SQLite and PostgreSQL, and the likely fix for a database error.

SQLite runs in WAL mode with a busy timeout and foreign keys on; SQLAlchemy, not the sqlite3
module, emits BEGIN, so that a transaction covers its reads too and a writing transaction starts
with ``BEGIN IMMEDIATE`` (it waits for the write lock up front instead of failing to upgrade later).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

BUSY_TIMEOUT_S = 30


def make_engine(url: sa.URL) -> sa.Engine:
    """An engine for ``url`` (already checked by :func:`monitor.storage.urls.database_url`)."""
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

        @sa.event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")  # durable with WAL except on power loss
            cursor.close()

        @sa.event.listens_for(engine, "begin")
        def _on_begin(conn: sa.Connection) -> None:
            write = conn.get_execution_options().get("monitor_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = 10
    return sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def hint(exc: sa.exc.SQLAlchemyError, reason: str) -> str:
    """What the user can most likely do about ``exc`` (whose driver message is ``reason``)."""
    low = reason.lower()
    if "no such table" in low or ("relation" in low and "does not exist" in low):
        return "The schema is missing: run `monitor init` (it creates and migrates the database)."
    if "unable to open database file" in low:
        return "Check that the database file's folder exists and is writable, or choose another path."
    if "file is not a database" in low:
        return "That file is not an SQLite database: point the storage URL at another file."
    if "database is locked" in low:
        return (
            f"Another process kept the database locked for more than {BUSY_TIMEOUT_S} s: "
            "try again, or stop the other process."
        )
    if "password authentication failed" in low or ("role" in low and "does not exist" in low):
        return "Check the user name and password in the storage URL."
    if "database" in low and "does not exist" in low:
        return "Create the database first (createdb NAME), or fix its name in the storage URL."
    if isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError):
        return (
            "Check that the database server is running and that the storage URL "
            "(MONITOR_DB or the config file) names the right host, port, user and database."
        )
    if isinstance(exc, sa.exc.IntegrityError):
        return "The data broke a uniqueness or reference rule; nothing of this call was written."
    if isinstance(exc, sa.exc.StatementError) and isinstance(exc.orig, ValueError):
        return "This is a bug in the caller: storage takes timezone-aware datetimes only."
    return "Nothing of this call was written."
