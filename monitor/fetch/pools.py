"""Connection pools for fetching: one small pool per host, and one TLS context per process.

httpcore's connection pool looks at every connection it holds each time a request starts or ends
(and asks the kernel whether each idle one is still open), so one big pool shared by a cycle's
hundreds of hosts spends more time choosing connections than using them. A feed cycle talks to
each host only a few times, so :class:`PerHostTransport` gives every host a pool of its own, no
bigger than the per-host limit, and closes the least recently used idle pools beyond ``max_idle``
so that sockets do not pile up over thousands of hosts.

Creating a TLS context loads the CA bundle (tens of milliseconds); :func:`ssl_context` makes it
once per process and every pool shares it.
"""

from __future__ import annotations

import ssl
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import httpcore
import httpx

_context: ssl.SSLContext | None = None
_context_lock = threading.Lock()


def ssl_context() -> ssl.SSLContext:
    """The verifying TLS context (certifi's CA bundle, as httpx uses by default), made once."""
    global _context  # noqa: PLW0603
    with _context_lock:
        if _context is None:
            _context = httpx.create_ssl_context(trust_env=False)
        return _context


class HostTransport(httpx.AsyncHTTPTransport):
    """httpx's transport over an httpcore pool whose network backend is ``backend``."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend, limits: httpx.Limits) -> None:
        context = ssl_context()
        super().__init__(verify=context, limits=limits, trust_env=False)
        # httpx (pinned <1) keeps its httpcore pool in ``_pool``; tests prove the backend is used.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


@dataclass
class _Pool:
    transport: HostTransport
    active: int = 0  # requests whose response has not been closed yet


class _Tracked(httpx.AsyncByteStream):
    """A response body that tells its pool when it is closed."""

    def __init__(self, inner: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._inner = inner
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            done, self._done = self._done, None
            if done is not None:
                done()


class PerHostTransport(httpx.AsyncBaseTransport):
    """Routes each request to the pool of its (scheme, host, port), made on first use."""

    def __init__(self, make: Callable[[], HostTransport], *, max_idle: int = 64) -> None:
        self._make = make
        self._max_idle = max(max_idle, 0)
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], _Pool] = OrderedDict()

    @property
    def pools(self) -> int:
        return len(self._pools)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        pool = self._pools.get(key)
        fresh = pool is None
        if pool is None:
            pool = self._pools[key] = _Pool(self._make())
        else:
            self._pools.move_to_end(key)
        pool.active += 1  # before any await: a pool in use is never evicted
        try:
            if fresh:
                await self._evict_idle()
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            pool.active -= 1
            raise

        def done() -> None:
            pool.active -= 1

        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Tracked(response.stream, done)
        return response

    async def _evict_idle(self) -> None:
        """Close the least recently used pools with nothing in flight, down to ``max_idle``."""
        idle = [k for k, p in self._pools.items() if p.active == 0]
        # Taken out of the map before the first await, so no other request can pick them up.
        victims = [self._pools.pop(k) for k in idle[: max(len(idle) - self._max_idle, 0)]]
        for pool in victims:
            await pool.transport.aclose()

    async def aclose(self) -> None:
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.transport.aclose()
