"""Alembic's entry point. ``SqlStorage.migrate`` passes an open connection in
``config.attributes["connection"]``; developers running the ``alembic`` command pass ``-x url=...``."""

from __future__ import annotations

from typing import Any, Literal

import sqlalchemy as sa
from alembic import context
from alembic.autogenerate.api import AutogenContext

from monitor.storage.tables import UtcDateTime, metadata
from monitor.storage.urls import database_url


def render_item(kind: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Autogenerate writes our UTC type as the plain type it stores, so migrations stay frozen."""
    if kind == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_item=render_item,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    if context.is_offline_mode():
        raise SystemExit("offline (--sql) migrations are not supported; run them against a database")
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("give the database with -x url=sqlite:///path (or use `monitor init`)")
    engine = sa.create_engine(database_url(url))
    try:
        with engine.begin() as conn:
            run(conn)
    finally:
        engine.dispose()


main()
