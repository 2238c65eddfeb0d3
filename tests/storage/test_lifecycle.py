"""Opening, migrating and the errors a user sees for a bad or unreachable database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from monitor.errors import StorageError
from monitor.storage import open_storage
from monitor.storage import tables as t
from monitor.storage.sql import MIGRATIONS, SqlStorage, _digest
from monitor.storage.tables import metadata
from monitor.storage.urls import database_url, masked

from .helpers import FEED, T0, WL, hours


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def test_a_new_database_has_no_schema_version(db_url: str) -> None:
    with SqlStorage(db_url) as store:
        assert store.schema_version() is None


def test_migrate_twice_reaches_the_head_and_keeps_the_data(db_url: str) -> None:
    with SqlStorage(db_url) as store:
        store.migrate()
        assert store.schema_version() == head_revision()
        store.ensure_feeds([FEED])
        store.migrate()
        assert store.schema_version() == head_revision()
        assert [f.url for f in store.feeds()] == [FEED]


def test_using_an_unmigrated_database_says_to_run_init(db_url: str) -> None:
    with SqlStorage(db_url) as store, pytest.raises(StorageError, match="monitor init"):
        store.feeds()


def test_migrations_build_exactly_the_table_metadata(storage: SqlStorage) -> None:
    with storage._engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_open_storage_returns_a_working_store(db_url: str) -> None:
    store = open_storage(db_url)
    try:
        store.migrate()
        assert store.feeds() == ()
    finally:
        store.close()


def test_sqlite_creates_the_folders_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "monitor.db"
    with SqlStorage(f"sqlite:///{path}") as store:
        store.migrate()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(storage: SqlStorage) -> None:
    with storage._engine.begin() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.execute(
            sa.text(
                "INSERT INTO analyses (article_id, watchlist, dated_at, relevant, score, reasons, claims)"
                " VALUES (12345, 'w', '2025-01-01 00:00:00', true, 1.0, '[]', '[]')"
            )
        )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h:5433/db", "postgresql+psycopg://u@h:5433/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_postgresql_urls_use_psycopg_3(raw: str, expected: str) -> None:
    assert database_url(raw).render_as_string(hide_password=False) == expected


def test_masked_hides_the_password() -> None:
    assert masked("postgresql://ann:s3cret@db.example/monitor") == "postgresql://ann:***@db.example/monitor"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not a url", "not a database URL"),
        ("mysql://u@h/db", "unsupported database"),
    ],
)
def test_invalid_urls_are_storage_errors_naming_the_fix(raw: str, message: str) -> None:
    with pytest.raises(StorageError, match=message) as caught:
        SqlStorage(raw)
    assert "sqlite:///" in str(caught.value)
    assert "postgresql://" in str(caught.value)


def test_an_unreachable_server_is_a_storage_error_without_the_password() -> None:
    store = SqlStorage("postgresql://ann:s3cret@127.0.0.1:1/monitor?connect_timeout=2")
    with pytest.raises(StorageError) as caught:
        store.migrate()
    message = str(caught.value)
    assert "127.0.0.1:1" in message
    assert "ann:***@" in message
    assert "s3cret" not in message
    assert "server is running" in message
    assert isinstance(caught.value.__cause__, sa.exc.OperationalError)
    store.close()


def test_a_file_that_is_not_a_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with (
        SqlStorage(f"sqlite:///{path}") as store,
        pytest.raises(StorageError, match="not an SQLite database"),
    ):
        store.migrate()


def test_a_folder_that_cannot_be_created_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the folder"):
        SqlStorage(f"sqlite:///{blocker}/sub/monitor.db")


def test_naive_datetimes_are_refused(storage: SqlStorage) -> None:
    storage.ensure_feeds([FEED])
    with pytest.raises(StorageError, match="timezone-aware"):
        storage.due_feeds(T0.replace(tzinfo=None))


def test_two_storages_on_one_database_see_each_other(open_store: Callable[[], SqlStorage]) -> None:
    first, second = open_store(), open_store()
    first.ensure_feeds([FEED])
    assert second.feed(FEED) is not None


def test_a_database_from_a_newer_monitor_is_a_clear_error(storage: SqlStorage) -> None:
    with storage._engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(StorageError, match="newer version of monitor"):
        storage.migrate()


def test_a_missing_driver_is_a_storage_error_naming_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name: str, *args: object, **kwargs: object) -> object:
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(StorageError, match=r"defenders-monitor\[postgres\]"):
        SqlStorage("postgresql://u@127.0.0.1/db")


def test_a_database_of_the_first_revision_upgrades_and_keeps_its_articles(db_url: str) -> None:
    with SqlStorage(db_url) as store:
        config = store._alembic()
        with store._engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        with store._engine.connect() as conn:
            assert "signature" not in {c["name"] for c in sa.inspect(conn).get_columns("analyses")}
        with store._engine.begin() as conn:  # an article as the first revision stored it
            conn.execute(t.feeds.insert().values(url=FEED, error_count=0))
            feed_id = conn.scalar(sa.select(t.feeds.c.id))
            article = {"feed_id": feed_id, "key": "a", "key_hash": _digest("a"), "url": "https://x.example/a"}
            article |= {"title": "Cox on the Defenders", "text": "Charlie Cox talks.", "source": "S"}
            article |= {"published": T0, "first_seen": T0, "dated_at": T0, "content_hash": "h"}
            article_id = conn.scalar(t.articles.insert().values(article).returning(t.articles.c.id))
            relevance = {"relevant": True, "score": 5.0, "reasons": ["r"], "claims": []}
            conn.execute(
                t.analyses.insert().values(article_id=article_id, watchlist=WL, dated_at=T0, **relevance)
            )
        store.migrate()
        assert store.schema_version() == head_revision()
        [(found, analysis)] = store.articles(WL, T0, T0 + hours(1))
        assert (found.key, found.title, analysis.relevance.relevant) == ("a", "Cox on the Defenders", True)
        assert analysis.signature is None  # the digest computes it from the stored text


def test_errors_name_the_url_as_the_user_wrote_it_without_the_password() -> None:
    store = SqlStorage("postgresql://monitor:s3cret@127.0.0.1:1/nowhere")
    try:
        with pytest.raises(StorageError) as caught:
            store.feeds()
    finally:
        store.close()
    message = str(caught.value)
    assert message.startswith("postgresql://monitor:***@127.0.0.1:1/nowhere: ")
    assert "s3cret" not in message
    assert "+psycopg" not in message
