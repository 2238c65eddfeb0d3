"""The fetch edge against a real loopback server: conditional GET, limits, redirects, statuses."""

from __future__ import annotations

import datetime as dt
import ipaddress
import tracemalloc
from collections.abc import Iterator

import pytest

from monitor.fetch import FetchRequest, fetch_sync
from monitor.fetch.addresses import allowed_addresses, is_public
from monitor.types import Fetched, FetchFailed, FetchSettings, NotModified
from tests.feedserver import (
    LAST_MODIFIED,
    Drip,
    Feed,
    FeedServer,
    GzipBomb,
    Item,
    Redirect,
    Stall,
    Status,
    http_date,
    rss,
)

NOW = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
UA = "defenders-monitor/test (+https://example.org/monitor)"
FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=2.0,
    max_bytes=1024 * 1024,
    allow_private_networks=True,
    max_backoff=3600.0,
)
LOOPBACK = ipaddress.ip_address("127.0.0.1")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


def fetch(req: FetchRequest | str, settings: FetchSettings = FAST, **kw: object):  # type: ignore[no-untyped-def]
    return fetch_sync(req, settings, UA, now=lambda: NOW, **kw)  # type: ignore[arg-type]


BODY = rss([Item("One", "https://example.org/1", "g1")])


def test_fetch_returns_body_and_validators_and_sends_user_agent(server: FeedServer) -> None:
    url = server.add("/feed", Feed(BODY))
    result = fetch(url)
    assert isinstance(result, Fetched)
    assert result.body == BODY
    assert result.etag
    assert result.last_modified == LAST_MODIFIED
    assert result.content_type
    assert "rss" in result.content_type
    req = server.last_request("/feed")
    assert req is not None
    assert req.headers["user-agent"] == UA
    assert "if-none-match" not in req.headers


def test_etag_round_trip_gives_not_modified(server: FeedServer) -> None:
    url = server.add("/feed", Feed(BODY))
    first = fetch(url)
    assert isinstance(first, Fetched)
    second = fetch(FetchRequest(url, etag=first.etag, last_modified=first.last_modified))
    assert isinstance(second, NotModified)
    req = server.last_request("/feed")
    assert req is not None
    assert req.headers["if-none-match"] == first.etag


def test_last_modified_round_trip_without_etag(server: FeedServer) -> None:
    url = server.add("/feed", Feed(BODY, etag=None))
    first = fetch(url)
    assert isinstance(first, Fetched)
    assert first.etag is None
    second = fetch(FetchRequest(url, last_modified=first.last_modified))
    assert isinstance(second, NotModified)


def test_gzip_body_is_decompressed(server: FeedServer) -> None:
    url = server.add("/feed", Feed(BODY, gzip=True))
    result = fetch(url)
    assert isinstance(result, Fetched)
    assert result.body == BODY


def test_slow_drip_is_cut_at_the_deadline(server: FeedServer) -> None:
    # One byte every 0.5 s keeps the read timeout (1 s) happy; only the deadline (2 s) stops it.
    url = server.add("/drip", Drip(BODY, interval=0.5))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert "gave up after 2 s" in result.reason


def test_stall_after_headers_hits_the_read_timeout(server: FeedServer) -> None:
    url = server.add("/stall", Stall(30))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert "stopped sending" in result.reason or "gave up" in result.reason


def test_gzip_bomb_is_stopped_at_the_cap_without_inflating_it(server: FeedServer) -> None:
    url = server.add("/bomb", GzipBomb(expanded=1 << 30))  # 1 GiB of zeros, ~1 MB on the wire
    tracemalloc.start()
    try:
        result = fetch(url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, FetchFailed)
    assert "larger than 1 MB" in result.reason
    assert peak < 16 * 1024 * 1024  # the cap is 1 MB; a full inflate would be 1 GiB


def test_single_member_gzip_bomb_is_stopped_too(server: FeedServer) -> None:
    url = server.add("/bomb1", GzipBomb(expanded=32 << 20, single_member=True))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert "larger than" in result.reason


def test_plain_body_over_the_cap_is_refused(server: FeedServer) -> None:
    url = server.add("/big", Feed(b"x" * (2 * 1024 * 1024)))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert "larger than 1 MB" in result.reason


def test_redirect_loop_is_detected(server: FeedServer) -> None:
    server.add("/a", Redirect("/b", 302))
    url_b = server.add("/b", Redirect("/a", 302))
    result = fetch(server.url("/a"))
    assert isinstance(result, FetchFailed)
    assert "redirect loop" in result.reason
    assert url_b in result.reason


def test_redirect_chain_longer_than_the_limit_is_refused(server: FeedServer) -> None:
    for i in range(12):
        server.add(f"/r{i}", Redirect(f"/r{i + 1}", 302))
    server.add("/r12", Feed(BODY))
    result = fetch(server.url("/r0"))
    assert isinstance(result, FetchFailed)
    assert "more than 10 redirects" in result.reason
    assert server.hits("/r11") == 0  # the 11th redirect was never followed
    ok = fetch(server.url("/r2"))  # exactly 10 redirects is fine
    assert isinstance(ok, Fetched)
    assert ok.final_url == server.url("/r12")


def test_permanent_redirect_reports_the_new_url(server: FeedServer) -> None:
    new = server.add("/new", Feed(BODY))
    old = server.add("/old", Redirect("/new", 301))
    result = fetch(old)
    assert isinstance(result, Fetched)
    assert result.url == old
    assert result.final_url == new
    assert result.permanent_redirect == new


def test_temporary_redirect_keeps_the_url(server: FeedServer) -> None:
    server.add("/new", Feed(BODY))
    old = server.add("/old", Redirect("/new", 302))
    result = fetch(old)
    assert isinstance(result, Fetched)
    assert result.permanent_redirect is None


def test_permanent_then_not_modified_still_reports_the_move(server: FeedServer) -> None:
    new = server.add("/new", Feed(BODY))
    old = server.add("/old", Redirect("/new", 308))
    first = fetch(old)
    assert isinstance(first, Fetched)
    second = fetch(FetchRequest(old, etag=first.etag))
    assert isinstance(second, NotModified)
    assert second.permanent_redirect == new


def test_redirect_to_non_http_scheme_is_refused(server: FeedServer) -> None:
    url = server.add("/x", Redirect("file:///etc/passwd", 302))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert "only http and https" in result.reason


def test_loopback_is_refused_unless_allowed(server: FeedServer) -> None:
    url = server.add("/feed", Feed(BODY))
    strict = FetchSettings(connect_timeout=1, read_timeout=1, deadline=2, allow_private_networks=False)
    result = fetch(url, strict)
    assert isinstance(result, FetchFailed)
    assert "refused" in result.reason
    assert "loopback" in result.reason
    assert "allow_private_networks" in result.reason
    assert server.hits("/feed") == 0


def test_localhost_name_is_checked_after_resolution(server: FeedServer) -> None:
    url = server.add("/feed", Feed(BODY)).replace("127.0.0.1", "localhost")
    strict = FetchSettings(connect_timeout=1, read_timeout=1, deadline=2, allow_private_networks=False)
    result = fetch(url, strict)
    assert isinstance(result, FetchFailed)
    assert "refused" in result.reason
    assert server.hits("/feed") == 0


def test_redirect_to_a_private_address_is_refused_on_the_hop(server: FeedServer) -> None:
    # 127.0.0.1 is trusted for this test only; the redirect goes to another loopback address.
    target = f"http://127.0.0.2:{server.port}/secret"
    server.add("/secret", Feed(b"secret"))
    url = server.add("/feed", Redirect(target, 302))
    strict = FetchSettings(connect_timeout=1, read_timeout=1, deadline=2, allow_private_networks=False)
    result = fetch(url, strict, trusted_addresses=[LOOPBACK])
    assert server.hits("/feed") == 1
    assert isinstance(result, FetchFailed)
    assert "refused" in result.reason
    assert "127.0.0.2" in result.reason
    assert server.hits("/secret") == 0


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::1",
        "224.0.0.1",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert not is_public(ip)
    with pytest.raises(Exception, match="refused"):
        allowed_addresses("feeds.example", [ip], allow_private=False)
    assert allowed_addresses("feeds.example", [ip], allow_private=True) == [ip]


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:84e5", "172.32.0.1", "100.128.0.1"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


def test_only_public_addresses_of_a_mixed_name_are_used() -> None:
    public, private = ipaddress.ip_address("93.184.215.14"), ipaddress.ip_address("10.0.0.1")
    assert allowed_addresses("x.example", [private, public], allow_private=False) == [public]


@pytest.mark.parametrize(
    ("code", "words"),
    [(404, "not found"), (500, "internal error"), (403, "refused access"), (204, None)],
)
def test_error_statuses_become_plain_reasons(server: FeedServer, code: int, words: str | None) -> None:
    url = server.add("/x", Status(code))
    result = fetch(url)
    if words is None:  # 204: an empty body, for the parser to call empty
        assert isinstance(result, Fetched)
        assert result.body == b""
        return
    assert isinstance(result, FetchFailed)
    assert result.status == code
    assert words in result.reason


def test_gone_is_marked(server: FeedServer) -> None:
    url = server.add("/x", Status(410))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert result.gone
    assert "gone" in result.reason


def test_retry_after_seconds_is_honoured_and_capped(server: FeedServer) -> None:
    url = server.add("/x", Status(429, headers={"Retry-After": "120"}))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert result.retry_after == 120.0
    assert "wait 120 s" in result.reason
    server.set("/x", Status(503, headers={"Retry-After": "99999999"}))
    capped = fetch(url)
    assert isinstance(capped, FetchFailed)
    assert capped.retry_after == 3600.0


def test_retry_after_http_date(server: FeedServer) -> None:
    when = NOW + dt.timedelta(minutes=10)
    url = server.add("/x", Status(503, headers={"Retry-After": http_date(when.timestamp())}))
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert result.retry_after == 600.0


def test_unreachable_port_is_a_plain_failure() -> None:
    with FeedServer() as s:
        url = s.url("/gone")
    result = fetch(url)  # the server is closed: connection refused
    assert isinstance(result, FetchFailed)
    assert "could not connect" in result.reason


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "not a url", "http://", "file:///etc/passwd"])
def test_bad_urls_are_plain_failures(url: str) -> None:
    result = fetch(url)
    assert isinstance(result, FetchFailed)
    assert result.reason
