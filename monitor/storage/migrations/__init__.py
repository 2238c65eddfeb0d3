"""Versioned schema migrations (alembic), run by :meth:`monitor.storage.sql.SqlStorage.migrate`."""
