"""Fetching feeds over HTTP, defensively: the only module that talks to feed servers.

One :class:`Fetcher` serves one poll cycle: one httpx client, a global and a per-host limit on
concurrent fetches. Every fetch has connect and read timeouts *and* an overall deadline, a cap on
the decompressed body, manually followed redirects (each hop's scheme and address checked), and
conditional GET. Whatever happens comes back as a value (Fetched / NotModified / FetchFailed with a
plain-language reason); httpx's exceptions never leave this module.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import typing
import zlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.errors import FetchError
from monitor.fetch.addresses import CheckedBackend, IPAddress
from monitor.fetch.body import TooLarge, UnsupportedEncoding, read_capped
from monitor.fetch.pools import HostTransport, PerHostTransport, ssl_context
from monitor.fetch.retry import parse_retry_after
from monitor.types import Fetched, FetchFailed, FetchResult, FetchSettings, NotModified

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One feed to fetch, with the validators from its last successful fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    if n >= 1024:
        return f"{n / 1024:g} KB"
    return f"{n} bytes"


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def status_reason(status: int) -> str:
    """Plain words for an HTTP status that is not a feed."""
    if status == 404:
        return "the feed was not found (HTTP 404)"
    if status == 410:
        return "the feed is gone for good (HTTP 410); it is no longer polled"
    if status in (401, 403):
        return f"the server refused access (HTTP {status})"
    if status == 429:
        return "the server asked us to slow down (HTTP 429)"
    if status == 503:
        return "the server is unavailable (HTTP 503)"
    if status >= 500:
        return f"the server had an internal error (HTTP {status})"
    if status == 304:
        return "the server answered 'not modified' to a request that was not conditional"
    return f"the server answered with an unexpected status (HTTP {status})"


class Fetcher:
    """Fetches feeds for one cycle. Use as ``async with Fetcher(...) as f: await f.fetch(req)``."""

    def __init__(
        self,
        settings: FetchSettings,
        user_agent: str,
        *,
        now: Callable[[], dt.datetime],
        trusted_addresses: Collection[IPAddress] = (),
    ) -> None:
        self._settings = settings
        self._now = now
        self._global = asyncio.Semaphore(max(settings.concurrency, 1))
        self._hosts: dict[str, asyncio.Semaphore] = {}
        ssl_context()  # made now (once per process), not on the event loop's first HTTPS request
        backend = CheckedBackend(allow_private=settings.allow_private_networks, trusted=trusted_addresses)
        # One small pool per host (see monitor.fetch.pools): the per-host limit bounds each.
        per_host = max(settings.per_host_concurrency, 1)
        limits = httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host)
        self._transport = PerHostTransport(
            lambda: HostTransport(backend, limits), max_idle=max(settings.concurrency, 16)
        )
        self._client = httpx.AsyncClient(
            transport=self._transport,
            timeout=httpx.Timeout(
                connect=settings.connect_timeout,
                read=settings.read_timeout,
                write=settings.read_timeout,
                pool=settings.deadline,
            ),
            headers={"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(self, request: FetchRequest) -> FetchResult:
        """Fetch one feed, waiting for a free slot first. Never raises (except cancellation)."""
        host = _host(request.url)
        per_host = self._hosts.setdefault(
            host, asyncio.Semaphore(max(self._settings.per_host_concurrency, 1))
        )
        async with per_host, self._global:
            return await self.fetch_now(request)

    async def fetch_now(self, request: FetchRequest) -> FetchResult:
        s = self._settings
        url = request.url
        try:
            async with asyncio.timeout(s.deadline):
                return await self._follow(request)
        except TimeoutError:
            return FetchFailed(
                url, f"gave up after {s.deadline:g} s: the server was too slow to send the feed"
            )
        except FetchError as exc:
            return FetchFailed(url, exc.reason)
        except TooLarge as exc:
            return FetchFailed(
                url, f"the feed is larger than {_size(exc.limit)} (decompressed); stopped reading"
            )
        except UnsupportedEncoding as exc:
            return FetchFailed(url, f"the server used an unsupported compression ({exc})")
        except zlib.error as exc:
            return FetchFailed(url, f"the compressed response is corrupt ({exc})")
        except httpx.ConnectTimeout:
            return FetchFailed(url, f"could not connect within {s.connect_timeout:g} s")
        except httpx.ReadTimeout:
            return FetchFailed(url, f"the server stopped sending (nothing for {s.read_timeout:g} s)")
        except httpx.TimeoutException as exc:
            return FetchFailed(url, f"timed out ({type(exc).__name__})")
        except httpx.ConnectError as exc:
            return FetchFailed(url, f"could not connect ({exc or 'connection failed'})")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return FetchFailed(url, f"not a usable feed URL ({exc})")
        except httpx.RemoteProtocolError as exc:
            return FetchFailed(url, f"the server broke the HTTP protocol ({exc})")
        except httpx.HTTPError as exc:
            return FetchFailed(url, f"HTTP error ({type(exc).__name__}: {exc})")
        except (ValueError, UnicodeError) as exc:  # malformed URLs and headers from httpx/urllib
            return FetchFailed(url, f"not a usable feed URL ({exc})")

    async def _follow(self, request: FetchRequest) -> FetchResult:
        s = self._settings
        url = request.url
        headers: dict[str, str] = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        chain = [url]
        permanent: str | None = None
        all_permanent = True
        while True:
            scheme = urlsplit(url).scheme.lower()
            if scheme not in ("http", "https"):
                raise FetchError(
                    url, f"refused: only http and https feeds are fetched, not {scheme or 'this'}:"
                )
            # Straight to the transport: no cookies, auth or redirect handling to pay for (redirects
            # are followed here, each hop checked; feeds have no use for cookies).
            http_request = self._client.build_request("GET", url, headers=headers)
            response = await self._transport.handle_async_request(http_request)
            response.request = http_request
            try:
                status = response.status_code
                if status in REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(url, f"the server redirected (HTTP {status}) without saying where")
                    target = urljoin(url, location.strip())
                    if status in PERMANENT and all_permanent:
                        permanent = target
                    else:
                        all_permanent = False
                    if target in chain:
                        loop = " → ".join([*chain[chain.index(target) :], target])
                        raise FetchError(request.url, f"redirect loop: {loop}")
                    if len(chain) > s.max_redirects:
                        raise FetchError(request.url, f"more than {s.max_redirects} redirects; gave up")
                    chain.append(target)
                    url = target
                    await _drain(response)
                    continue
                moved = permanent if permanent and permanent != request.url else None
                if status == 304 and headers:
                    await _drain(response)
                    return NotModified(request.url, permanent_redirect=moved)
                if 200 <= status < 300:
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > s.max_bytes:
                        encoding = response.headers.get("content-encoding", "identity").lower()
                        if encoding in ("", "identity"):
                            raise TooLarge(s.max_bytes)
                    body = await read_capped(
                        response.aiter_raw(), response.headers.get("content-encoding"), s.max_bytes
                    )
                    return Fetched(
                        url=request.url,
                        final_url=url,
                        body=body,
                        content_type=response.headers.get("content-type"),
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                        permanent_redirect=moved,
                    )
                retry_after = None
                if status in (429, 503):
                    retry_after = parse_retry_after(
                        response.headers.get("retry-after"), self._now(), s.max_backoff
                    )
                reason = status_reason(status)
                if retry_after is not None:
                    reason += f"; it asked us to wait {retry_after:g} s"
                await _drain(response)
                return FetchFailed(
                    request.url, reason, status=status, retry_after=retry_after, gone=status == 410
                )
            finally:
                await response.aclose()


DRAIN_MAX = 16 * 1024  # bytes of an unwanted body read so that its connection can be kept
DRAIN_TIMEOUT = 0.5  # seconds


async def _drain(response: httpx.Response) -> None:
    """Read the rest of a response whose body is not wanted (a 304 has none; an error page or a
    redirect a small one), so that its connection can serve the next request to that host. A
    body that is large, undeclared or slow is left alone: closing the response drops it."""
    if response.status_code != 304:
        declared = response.headers.get("content-length", "")
        if not declared.isdigit() or int(declared) > DRAIN_MAX:
            return
    with contextlib.suppress(httpx.HTTPError, TimeoutError):
        async with asyncio.timeout(DRAIN_TIMEOUT):
            async for _chunk in response.aiter_raw():
                pass


async def fetch_one(
    request: FetchRequest | str,
    settings: FetchSettings,
    user_agent: str,
    *,
    now: Callable[[], dt.datetime],
    trusted_addresses: Collection[IPAddress] = (),
) -> FetchResult:
    """Fetch a single feed with a client of its own (for tools and tests)."""
    req = FetchRequest(request) if isinstance(request, str) else request
    async with Fetcher(settings, user_agent, now=now, trusted_addresses=trusted_addresses) as fetcher:
        return await fetcher.fetch(req)


def fetch_sync(
    request: FetchRequest | str,
    settings: FetchSettings,
    user_agent: str,
    *,
    now: Callable[[], dt.datetime],
    trusted_addresses: Collection[IPAddress] = (),
) -> FetchResult:
    """:func:`fetch_one` from synchronous code."""
    return asyncio.run(fetch_one(request, settings, user_agent, now=now, trusted_addresses=trusted_addresses))


__all__: typing.Sequence[str] = ("FetchRequest", "Fetcher", "fetch_one", "fetch_sync", "status_reason")
