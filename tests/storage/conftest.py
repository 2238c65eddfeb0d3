"""The storage suite runs every test once per backend: SQLite (a file under tmp_path) and PostgreSQL
(a schema of its own in the shared ``test`` database, dropped afterwards, so engineers and CI jobs
running at the same time never see each other's rows)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from monitor.storage.sql import SqlStorage


def _admin_dsn(pg_url: str) -> str:
    return pg_url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(
    params=[pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database (no schema yet) on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/store/monitor.db"
        return
    import psycopg

    pg_url: str = request.getfixturevalue("pg_url")
    schema = f"monitor_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_admin_dsn(pg_url), autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(_admin_dsn(pg_url), autocommit=True) as admin:
            admin.execute("SET lock_timeout = '20s'")
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def open_store(db_url: str) -> Iterator[Callable[[], SqlStorage]]:
    """Opens further (migrated) storages on the same database, closed at the end of the test."""
    opened: list[SqlStorage] = []

    def open_() -> SqlStorage:
        store = SqlStorage(db_url)
        opened.append(store)
        store.migrate()
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def storage(open_store: Callable[[], SqlStorage]) -> SqlStorage:
    """A migrated, empty storage."""
    return open_store()
