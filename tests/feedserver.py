"""A real HTTP feed server on loopback, for tests and benchmarks.

It serves routes (path → behaviour) from a thread, answers conditional requests with 304 the way
real servers do (ETag / Last-Modified), records every request, and can misbehave on purpose::

    with FeedServer() as server:
        url = server.add("/feed.xml", Feed(rss([...])))
        server.set("/slow", Drip(b"<rss/>", interval=2.0))
        ...
        server.hits("/feed.xml")  # how many requests reached that path

Behaviours: :class:`Feed` (a well-behaved feed, optionally gzipped or slow), :class:`Status`,
:class:`Redirect`, :class:`Drip` (a byte every ``interval`` seconds), :class:`Stall` (headers, then
silence), :class:`GzipBomb`, :class:`Script` (a different behaviour on each hit). Helpers
:func:`rss` and :func:`atom` build documents.

Only loopback addresses are ever used. Slow behaviours stop as soon as the server is closed.
"""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import hashlib
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

LAST_MODIFIED = "Sat, 01 Nov 2025 10:00:00 GMT"


@dataclass
class Feed:
    """A well-behaved feed with validators. ``etag="auto"`` derives one from the body."""

    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = "auto"
    last_modified: str | None = LAST_MODIFIED
    gzip: bool = False
    delay: float = 0.0  # seconds before answering (a slow server)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Status:
    code: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain; charset=utf-8"


@dataclass
class Redirect:
    location: str  # absolute, or a path on this server
    code: int = 301


@dataclass
class Drip:
    """Promise ``len(body)`` bytes, then send ``chunk`` bytes every ``interval`` seconds."""

    body: bytes
    interval: float = 2.0
    chunk: int = 1
    content_type: str = "application/rss+xml"


@dataclass
class Stall:
    """Send the headers, then nothing for ``seconds``."""

    seconds: float = 60.0
    content_type: str = "application/rss+xml"


@dataclass
class GzipBomb:
    """A gzip body that inflates to ``expanded`` bytes of zeros (built once, small on the wire).

    Built as repeated gzip members of 1 MiB each (valid gzip; ~1 KB per MiB), or as one member when
    ``single_member`` (slower to build: keep ``expanded`` to tens of MB then)."""

    expanded: int = 1 << 30
    single_member: bool = False
    _cache: bytes | None = field(default=None, repr=False)

    def payload(self) -> bytes:
        if self._cache is None:
            mib = 1 << 20
            if self.single_member:
                comp = zlib.compressobj(6, zlib.DEFLATED, 31)
                zeros = b"\0" * mib
                parts = [comp.compress(zeros) for _ in range(self.expanded // mib)]
                parts.append(comp.flush())
                self._cache = b"".join(parts)
            else:
                member = gzip.compress(b"\0" * mib, 9)
                self._cache = member * max(self.expanded // mib, 1)
        return self._cache


@dataclass
class Script:
    """A different behaviour on each request; the last one repeats."""

    steps: Sequence[Any]
    _next: int = 0

    def take(self) -> Any:
        step = self.steps[min(self._next, len(self.steps) - 1)]
        self._next += 1
        return step


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        with owner._lock:
            owner._in_flight += 1
            owner.max_in_flight = max(owner.max_in_flight, owner._in_flight)
        try:
            self._get()
        finally:
            with owner._lock:
                owner._in_flight -= 1

    def _get(self) -> None:
        path = self.path.split("?", 1)[0]
        self.server.owner._record(Request("GET", path, {k.lower(): v for k, v in self.headers.items()}))
        route = self.server.owner.route(path)
        if isinstance(route, Script):
            with self.server.owner._lock:
                route = route.take()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self._serve(route)

    def _send(self, code: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(code)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _serve(self, route: Any) -> None:
        stop = self.server.owner._stop
        if route is None:
            self._send(404, b"not found", {"Content-Type": "text/plain"})
        elif isinstance(route, Feed):
            if self.server.owner._hold() or (route.delay and stop.wait(route.delay)):
                return
            etag = route.etag
            if etag == "auto":
                etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if (etag and inm == etag) or (not inm and route.last_modified and ims == route.last_modified):
                self.send_response(304)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            headers = {"Content-Type": route.content_type, **route.headers}
            if etag:
                headers["ETag"] = etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            body = route.body
            if route.gzip:
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            self._send(200, body, headers)
        elif isinstance(route, Status):
            self._send(route.code, route.body, {"Content-Type": route.content_type, **route.headers})
        elif isinstance(route, Redirect):
            self._send(route.code, b"", {"Location": route.location})
        elif isinstance(route, Drip):
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            for i in range(0, len(route.body), route.chunk):
                self.wfile.write(route.body[i : i + route.chunk])
                self.wfile.flush()
                if stop.wait(route.interval):
                    return
        elif isinstance(route, Stall):
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.flush()
            stop.wait(route.seconds)
        elif isinstance(route, GzipBomb):
            self._send(
                200, route.payload(), {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
            )
        else:  # pragma: no cover - a test wrote a wrong route
            raise TypeError(f"unknown route {route!r}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024  # many concurrent fetches: never drop a connection attempt
    owner: FeedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up early (deadlines, size caps) are expected here


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 with an ephemeral port."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._routes: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.requests: list[Request] = []
        self._in_flight = 0
        self.max_in_flight = 0  # most requests handled at the same moment
        # hold_after(n): answer n feed requests, then hold the rest until release() (a crash test
        # kills the client while those are held, so the kill lands mid-cycle whatever the load)
        self._feeds_served = 0
        self._hold_after: int | None = None
        self._released = threading.Event()
        self._httpd = _Server((host, 0), _Handler)
        self._httpd.owner = self
        self.host = host
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def hold_after(self, answered: int) -> None:
        """Answer ``answered`` more feed requests, then hold each later one until :meth:`release`."""
        with self._lock:
            self._hold_after = self._feeds_served + answered
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    def _hold(self) -> bool:
        """Wait while this feed request is held; True when the server is stopping."""
        with self._lock:
            ticket = self._feeds_served
            self._feeds_served += 1
            held = self._hold_after is not None and ticket >= self._hold_after
        while held and not self._released.is_set():
            if self._stop.wait(0.05):
                return True
        return False

    def close(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ routes
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def set(self, path: str, route: Any) -> str:
        """Serve ``route`` at ``path`` (replacing what was there); returns the full URL."""
        if isinstance(route, Redirect) and route.location.startswith("/"):
            route = Redirect(self.url(route.location), route.code)
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    add = set

    def remove(self, path: str) -> None:
        with self._lock:
            self._routes.pop(path, None)

    def route(self, path: str) -> Any:
        with self._lock:
            return self._routes.get(path)

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def last_request(self, path: str) -> Request | None:
        with self._lock:
            found = [r for r in self.requests if r.path == path]
        return found[-1] if found else None


# ---------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Item:
    title: str
    link: str | None = None
    guid: str | None = None
    description: str = ""
    pub_date: str | None = "Mon, 03 Nov 2025 09:00:00 GMT"
    content: str | None = None  # content:encoded


def rss(items: Iterable[Item], *, title: str = "Test feed", link: str = "https://example.org/") -> bytes:
    """A small RSS 2.0 document (UTF-8)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link><description>test</description>",
    ]
    for it in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(it.title)}</title>")
        if it.link:
            parts.append(f"<link>{escape(it.link)}</link>")
        if it.guid:
            parts.append(f'<guid isPermaLink="false">{escape(it.guid)}</guid>')
        if it.pub_date:
            parts.append(f"<pubDate>{it.pub_date}</pubDate>")
        parts.append(f"<description>{escape(it.description)}</description>")
        if it.content is not None:
            parts.append(f"<content:encoded>{escape(it.content)}</content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


def atom(items: Iterable[Item], *, title: str = "Test atom feed") -> bytes:
    """A small Atom 1.0 document (UTF-8)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title><id>urn:test:feed</id><updated>2025-11-03T09:00:00Z</updated>",
    ]
    for it in items:
        parts.append("<entry>")
        parts.append(f"<title>{escape(it.title)}</title>")
        if it.guid:
            parts.append(f"<id>{escape(it.guid)}</id>")
        if it.link:
            parts.append(f'<link href="{escape(it.link)}"/>')
        parts.append("<updated>2025-11-03T09:00:00Z</updated>")
        parts.append(f'<summary type="html">{escape(it.description)}</summary>')
        parts.append("</entry>")
    parts.append("</feed>\n")
    return "".join(parts).encode("utf-8")


def http_date(when: float | None = None) -> str:
    return email.utils.formatdate(time.time() if when is None else when, usegmt=True)
