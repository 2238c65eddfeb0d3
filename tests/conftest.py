"""Shared fixtures. PostgreSQL tests skip with the reason when the server is absent, unless
MONITOR_REQUIRE_PG is set (CI), in which case its absence is a failure."""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("MONITOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("MONITOR_REQUIRE_PG", "") not in ("", "0", "false")


def _pg_problem() -> str | None:
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[dev]')"
    dsn = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(dsn, connect_timeout=3):
            return None
    except Exception as exc:
        return f"PostgreSQL at {PG_URL} is not reachable: {exc}".strip()


_PG_PROBLEM: bool | str | None = False


@pytest.fixture(scope="session")
def pg_url() -> str:
    """A reachable PostgreSQL URL, or a skip (a failure under MONITOR_REQUIRE_PG)."""
    global _PG_PROBLEM  # noqa: PLW0603
    if _PG_PROBLEM is False:
        _PG_PROBLEM = _pg_problem()
    if isinstance(_PG_PROBLEM, str):
        if REQUIRE_PG:
            pytest.fail(f"MONITOR_REQUIRE_PG is set but {_PG_PROBLEM}")
        pytest.skip(_PG_PROBLEM)
    return PG_URL
