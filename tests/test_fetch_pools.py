"""Connection pools of the fetcher: kept-alive connections are reused after a 304 and after an
error page, and idle per-host pools beyond the limit are closed."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from monitor.fetch import Fetcher, FetchRequest
from monitor.fetch.addresses import CheckedBackend
from monitor.types import Fetched, FetchFailed, NotModified
from tests import poll_support as ps
from tests.feedserver import Feed, FeedServer, Item, Status, rss


def _now() -> dt.datetime:
    return ps.START


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every TCP connection the fetcher opens (host:port)."""
    seen: list[str] = []
    original = CheckedBackend.connect_tcp

    async def counting(self: CheckedBackend, host: str, port: int, *args: Any, **kw: Any) -> Any:
        seen.append(f"{host}:{port}")
        return await original(self, host, port, *args, **kw)

    monkeypatch.setattr(CheckedBackend, "connect_tcp", counting)
    return seen


def test_one_connection_serves_a_200_then_304s_and_error_pages(connects: list[str]) -> None:
    with FeedServer() as server:
        url = server.add("/feed", Feed(rss([Item("One", "https://example.org/1", "1")])))
        missing = server.url("/missing")
        server.set("/missing", Status(404, b"not here"))

        async def run() -> list[Any]:
            async with Fetcher(ps.FAST, "test", now=_now) as fetcher:
                first = await fetcher.fetch(FetchRequest(url))
                assert isinstance(first, Fetched)
                out: list[Any] = [first]
                for _ in range(3):
                    out.append(await fetcher.fetch(FetchRequest(url, first.etag, first.last_modified)))
                out.append(await fetcher.fetch(FetchRequest(missing)))
                out.append(await fetcher.fetch(FetchRequest(url, first.etag)))
                return out

        results = asyncio.run(run())
    assert [type(r) for r in results[1:4]] == [NotModified] * 3
    assert isinstance(results[4], FetchFailed)
    assert results[4].status == 404
    assert isinstance(results[5], NotModified)
    assert len(connects) == 1, connects


def test_idle_host_pools_beyond_the_limit_are_closed(connects: list[str]) -> None:
    servers = [FeedServer() for _ in range(4)]
    for s in servers:
        s.__enter__()
    try:
        urls = [s.add("/feed", Feed(rss([Item("One", "https://example.org/1", "1")]))) for s in servers]

        async def run() -> int:
            async with Fetcher(ps.FAST, "test", now=_now) as fetcher:
                fetcher._transport._max_idle = 1  # keep one idle host pool at most
                for url in urls:
                    assert isinstance(await fetcher.fetch(FetchRequest(url)), Fetched)
                pools = fetcher._transport.pools
                # The first host's pool was closed: asking it again opens a new connection.
                assert isinstance(await fetcher.fetch(FetchRequest(urls[0])), Fetched)
                return pools

        pools = asyncio.run(run())
    finally:
        for s in servers:
            s.__exit__(None, None, None)
    assert pools <= 2
    assert len(connects) == len(urls) + 1
