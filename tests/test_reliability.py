"""Hostile feeds: every misbehaviour of issue 5 played by the loopback server, in one real poll
cycle against SQLite. None may crash the cycle or wipe stored entries, and each shows up in
``monitor feeds`` with a plain-language reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.poll import poll_once
from monitor.storage.sql import SqlStorage
from monitor.types import FeedState
from tests import poll_support as ps
from tests.feedserver import (
    Drip,
    Feed,
    FeedServer,
    GzipBomb,
    Item,
    Redirect,
    Script,
    Stall,
    Status,
    http_date,
    rss,
)

LOOPBACK = "127.0.0.1"
GOOD = [Item(f"Good {i}", f"https://news.example/good{i}", f"good-{i}") for i in range(2)]


def _entity_blowup() -> bytes:
    doc = rss([Item("Boom", guid="boom", description="@@")])
    doctype = b'<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100_000 + b'">\n]>\n'
    doc = doc.replace(b"<rss ", doctype + b"<rss ", 1)
    return doc.replace(b"@@", b"&a;" * 3000)


def _billion_laughs() -> bytes:
    levels = [b'<!ENTITY lol0 "lol">'] + [
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)
    ]
    doc = rss([Item("Laugh", guid="laugh", description="@@")])
    doc = doc.replace(b"<rss ", b"<!DOCTYPE rss [\n" + b"\n".join(levels) + b"\n]>\n<rss ", 1)
    return doc.replace(b"@@", b"&lol9;")


def _truncated() -> bytes:
    doc = rss([*GOOD, Item("Cut", guid="cut")])
    return doc[: doc.index(b"<item><title>Cut")] + b"<item><title>Cu"


def _mismatched() -> bytes:
    return rss([*GOOD, Item("Bad", guid="bad")]).replace(b"<title>Bad</title>", b"<title>Bad</wrong>")


def _wrong_encoding() -> bytes:
    return rss([*GOOD, Item("Café Noël", guid="cafe")]).decode().encode("latin-1")  # says utf-8


WHEN = ps.START + ps.INTERVAL  # the second cycle
# path -> (behaviour in the second cycle, FeedState field that explains it, words it must contain)
SCENARIOS: dict[str, tuple[Any, str, str]] = {
    "/drip": (Drip(rss(GOOD), interval=0.5), "last_error", "gave up after 2 s"),
    "/stall": (Stall(30), "last_error", "stopped sending"),
    "/bomb": (GzipBomb(1 << 30), "last_error", "larger than 4 MB"),
    "/loop": (Redirect("/loop2", 302), "last_error", "redirect loop"),
    "/private": (Redirect("http://127.0.0.2:{port}/secret", 302), "last_error", "refused"),
    "/retry-seconds": (Status(503, headers={"Retry-After": "7200"}), "last_error", "wait 7200 s"),
    "/retry-date": (
        Status(429, headers={"Retry-After": http_date((WHEN + dt.timedelta(hours=3)).timestamp())}),
        "last_error",
        "wait 10800 s",
    ),
    "/gone": (Status(410), "disabled", "gone for good"),
    "/missing": (Status(404), "last_error", "not found"),
    "/entities": (Feed(_entity_blowup()), "warning", "entity declaration was ignored"),
    "/laughs": (Feed(_billion_laughs()), "warning", "entity declarations were ignored"),
    "/truncated": (Feed(_truncated()), "warning", "the XML is damaged"),
    "/mismatched": (Feed(_mismatched()), "warning", "mismatched tag"),
    "/encoding": (Feed(_wrong_encoding()), "warning", "declared character encoding was wrong"),
    "/html": (
        Feed(b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>", content_type="text/html"),
        "last_error",
        "the server sent an HTML page, not a feed",
    ),
    "/empty": (Feed(b""), "last_error", "the response was empty"),
    "/garbage": (Feed(b"\x89PNG\r\n\x1a\n\x00\x00binary"), "last_error", "not"),
    "/dup-guids": (
        Feed(rss([*GOOD, Item("Again", guid="good-0"), Item("New", guid="new")])),
        "warning",
        "repeated an earlier one's id",
    ),
    "/no-guids": (
        Feed(rss([*GOOD, Item("Linked", "https://news.example/l"), Item("Bare")])),
        "warning",
        "no GUID",
    ),
    "/dates": (
        Feed(
            rss(
                [
                    *GOOD,
                    Item("Epoch", guid="epoch", pub_date="Thu, 01 Jan 1970 00:00:00 GMT"),
                    Item("Future", guid="future", pub_date="Fri, 01 Jan 2100 00:00:00 GMT"),
                ]
            )
        ),
        "warning",
        "2 entries had implausible dates",
    ),
    "/huge-entry": (
        Feed(rss([*GOOD, Item("Huge", guid="huge", description="Daredevil word " * 200_000)])),
        "warning",
        "shortened",
    ),
}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


def _settings(db_url: str, urls: list[str]) -> Any:
    fetch = dataclasses.replace(
        ps.FAST,
        allow_private_networks=False,
        max_bytes=4 * 1024 * 1024,
        per_host_concurrency=8,
        concurrency=16,
    )
    return ps.settings(db_url, urls, fetch)


def test_every_misbehaviour_is_a_plain_reason_and_loses_nothing(server: FeedServer, tmp_path: Path) -> None:
    import ipaddress

    urls: dict[str, str] = {}
    for path, (behaviour, _field, _words) in SCENARIOS.items():
        second = behaviour
        if isinstance(behaviour, Redirect) and "{port}" in behaviour.location:
            second = Redirect(behaviour.location.format(port=server.port), behaviour.code)
        urls[path] = server.add(path, Script([Feed(rss(GOOD)), second]))
    server.add("/loop2", Redirect("/loop", 302))
    server.add("/secret", Feed(rss([Item("Secret", guid="secret")])))

    db_url, store = ps.sqlite_store(tmp_path)
    trusted = [ipaddress.ip_address(LOOPBACK)]  # the test server; every other private address is refused
    settings = _settings(db_url, list(urls.values()))
    clock = ps.clock()
    try:
        first = poll_once(settings, store, now=clock, trusted_addresses=trusted)
        assert first.count("ok") == len(SCENARIOS)
        stored_before = store.count_articles()
        assert stored_before == 2 * len(SCENARIOS)

        clock.set(WHEN)
        second = poll_once(settings, store, now=clock, trusted_addresses=trusted)
        assert len(second.feeds) == len(SCENARIOS)  # the cycle finished every feed
        assert server.hits("/secret") == 0
        assert store.count_articles() >= stored_before  # nothing wiped
        for url in urls.values():
            assert store.known_keys(url, ["good-0", "good-1"]) == {"good-0", "good-1"}

        states = {s.url: s for s in store.feeds()}
        problems = []
        for path, (_behaviour, field, words) in SCENARIOS.items():
            state = states[urls[path]]
            value = getattr(state, field)
            if not value or words not in value:
                problems.append(f"{path}: {field}={value!r}, expected {words!r}")
        assert problems == []

        _check_schedules(states, urls)
        _check_no_expansion(store, urls)
    finally:
        store.close()

    # What a person sees.
    config = ps.write_config(tmp_path / "config", db_url, list(urls.values()))
    result = CliRunner().invoke(cli, ["--config", str(config), "feeds"])
    assert result.exit_code == 0, result.output
    blocks = {b.split("\n", 1)[0]: b for b in result.stdout.split("\n\n")}
    for path, (_behaviour, _field, words) in SCENARIOS.items():
        assert words in blocks[urls[path]], path
    assert "status:       disabled" in blocks[urls["/gone"]]
    assert "status:       failing (1 in a row)" in blocks[urls["/html"]]
    assert "status:       ok" in blocks[urls["/truncated"]]


def _check_schedules(states: dict[str, FeedState], urls: dict[str, str]) -> None:
    assert states[urls["/retry-seconds"]].next_poll == WHEN + dt.timedelta(hours=2)
    assert states[urls["/retry-date"]].next_poll == WHEN + dt.timedelta(hours=3)
    assert states[urls["/missing"]].next_poll == WHEN + ps.INTERVAL  # first failure: back off one interval
    assert states[urls["/truncated"]].next_poll == WHEN + ps.INTERVAL
    assert states[urls["/truncated"]].error_count == 0


def _check_no_expansion(store: SqlStorage, urls: dict[str, str]) -> None:
    since, until = ps.START - dt.timedelta(days=3650), WHEN + dt.timedelta(days=1)
    articles = [a for a, _ in store.articles("defenders", since, until, relevant_only=False)]
    by_key = {a.key: a for a in articles}
    assert len(by_key["boom"].text) < 50_000
    assert "lollollol" not in by_key["laugh"].text
    assert len(by_key["huge"].text) <= 200_010
    assert by_key["epoch"].published is None
    assert by_key["future"].published is None
    assert by_key["cafe"].title == "Café Noël"


def test_gone_feed_can_be_re_enabled(server: FeedServer, tmp_path: Path) -> None:
    url = server.add("/gone", Status(410))
    db_url, store = ps.sqlite_store(tmp_path)
    try:
        poll_once(ps.settings(db_url, [url]), store, now=ps.clock())
        state = store.feed(url)
        assert state is not None
        assert state.disabled
    finally:
        store.close()
    config = ps.write_config(tmp_path / "config", db_url, [url])
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config), "feeds", "--enable", url])
    assert result.exit_code == 0, result.output
    listing = runner.invoke(cli, ["--config", str(config), "feeds"])
    assert "disabled" not in listing.stdout.split("\n")[1]
    assert "next poll:    now" in listing.stdout


def test_poll_command_reports_progress_and_a_summary(server: FeedServer, tmp_path: Path) -> None:
    good = server.add("/good", Feed(rss(GOOD)))
    bad = server.add("/bad", Status(500))
    db_url = f"sqlite:///{tmp_path}/cli.db"
    config = ps.write_config(tmp_path / "config", db_url, [good, bad])
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config), "poll"])
    assert result.exit_code == 0, result.output  # a failing feed is a result, not an error
    assert "poll: 2 feeds: 1 ok, 0 not modified, 1 failed; 2 new entries" in result.stdout
    assert f"ok        {good}  (2 new)" in result.stderr
    assert f"FAILED    {bad}" in result.stderr
    assert "internal error (HTTP 500)" in result.stderr
    again = runner.invoke(cli, ["--config", str(config), "poll"])
    assert "no feed is due" in again.stdout
    forced = runner.invoke(cli, ["--config", str(config), "poll", "--feed", good])
    assert "poll: 1 feeds: 0 ok, 1 not modified, 0 failed; 0 new entries" in forced.stdout


def test_poll_command_fails_on_unusable_config(tmp_path: Path) -> None:
    (tmp_path / "monitor.toml").write_text("poll_interval = 'soon'\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "monitor.toml"), "poll"])
    assert result.exit_code != 0
    assert "poll_interval" in result.output
