"""Which network addresses a feed may live at, checked after name resolution.

Feeds are URLs written by strangers; without a check a feed (or a redirect) could make the monitor
talk to the machine it runs on, the office network or a cloud metadata service. Every address a
host name resolves to is checked here, and :class:`CheckedBackend` connects only to an address that
passed, so a name that resolves differently a moment later (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import typing

import httpcore

from monitor.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Named explicitly (not only through ``is_global``) so the list is visible and reviewable.
BLOCKED_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",  # "this network", 0.0.0.0 reaches the local machine
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, cloud metadata (169.254.169.254)
        "172.16.0.0/12",
        "192.168.0.0/16",
        "::1/128",
        "::/128",
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64, 6to4), if any."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def is_public(ip: IPAddress) -> bool:
    """True when ``ip`` is an ordinary internet address a public feed may live at."""
    inner = embedded_ipv4(ip)
    if inner is not None and not is_public(inner):
        return False
    if any(ip.version == net.version and ip in net for net in BLOCKED_NETWORKS):
        return False
    return ip.is_global and not ip.is_multicast


def describe(ip: IPAddress) -> str:
    """Plain words for why ``ip`` is refused."""
    inner = embedded_ipv4(ip) or ip
    if inner.is_loopback:
        return "this machine (loopback)"
    if inner.is_link_local:
        return "a link-local or cloud metadata address"
    if inner in ipaddress.ip_network("100.64.0.0/10"):
        return "a carrier-grade NAT address"
    if inner.is_unspecified or inner in ipaddress.ip_network("0.0.0.0/8"):
        return "an unspecified address"
    if inner.is_private:
        return "a private network"
    return "a non-public address"


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to, without blocking the event loop."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(host, f"the name {host} could not be resolved ({exc})") from exc
    found: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in found:
            found.append(ip)
    if not found:
        raise FetchError(host, f"the name {host} has no address")
    return found


def allowed_addresses(
    host: str,
    addresses: typing.Sequence[IPAddress],
    *,
    allow_private: bool,
    trusted: typing.Collection[IPAddress] = (),
) -> list[IPAddress]:
    """The addresses of ``host`` that may be contacted; FetchError when none may."""
    if allow_private:
        return list(addresses)
    ok = [ip for ip in addresses if ip in trusted or is_public(ip)]
    if not ok:
        ip = addresses[0]
        raise FetchError(
            host,
            f"refused: {host} resolves to {ip}, {describe(ip)} "
            "(set [fetch] allow_private_networks = true in monitor.toml for feeds on an intranet)",
        )
    return ok


class CheckedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that resolves names itself, checks every address and connects
    to a checked address only. Used by every connection, so every redirect hop is covered."""

    def __init__(self, *, allow_private: bool, trusted: typing.Collection[IPAddress] = ()) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = allow_private
        self._trusted = frozenset(trusted)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        async with asyncio.timeout(timeout):
            found = await resolve(host, port)
        addresses = allowed_addresses(host, found, allow_private=self._allow_private, trusted=self._trusted)
        last: Exception | None = None
        for ip in addresses:
            try:
                stream = await self._inner.connect_tcp(
                    str(ip), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
                return _RememberingStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise FetchError(path, "unix sockets are not feeds")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _RememberingStream(httpcore.AsyncNetworkStream):
    """A connection that answers ``get_extra_info`` from memory after the first time.

    httpcore asks for the raw socket every time it considers reusing a connection, and anyio
    answers by building a fresh table of the socket's details, with a ``getpeername`` system call,
    each time. The socket never changes (``start_tls`` returns a new stream), so once is enough."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._info: dict[str, typing.Any] = {}

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _RememberingStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        if info not in self._info:
            self._info[info] = self._inner.get_extra_info(info)
        return self._info[info]
