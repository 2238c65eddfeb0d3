"""``monitor run`` as a process: SIGTERM/SIGINT stop it cleanly, config edits take effect without a
restart (and a bad edit keeps the last good config), and the startup line says what it runs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import signal
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.config import load_settings
from monitor.daemon import Daemon, DaemonOptions
from monitor.daemon.process import load_config, prepare_store, startup_line, watched_paths
from monitor.daemon.runners import SimulatedRunner
from monitor.storage import open_storage
from monitor.types import SmtpSettings
from tests.daemon_support import (
    UTC,
    DaemonProcess,
    FakePoll,
    feed_polled,
    make_settings,
    make_watchlist,
    wait_until,
    write_config,
    write_watchlist,
)

FAST = ("--tick", "1", "--reload-every", "0.2")
FEED = "http://127.0.0.1:9/feed.xml"  # nothing listens there: every poll fails at once
OTHER = "http://127.0.0.1:9/other.xml"


def db_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'monitor.db'}"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_stops_monitor_run_cleanly(tmp_path: Path, sig: signal.Signals) -> None:
    config = write_config(tmp_path / "config", smtp_port=None, recipients=())
    daemon = DaemonProcess(config, *FAST)
    try:
        daemon.wait_for("monitor run: started")
        wait_until(feed_polled(db_url(config.parent), FEED), "the first poll", timeout=30)
    finally:
        code = daemon.stop(sig)
    assert code == 0, daemon.log()
    log = daemon.log()
    assert f"{sig.name} received: stopping after the running job" in log
    assert "monitor run: stopped cleanly" in log
    assert "Traceback" not in log
    # The store is consistent and closed: it opens, is at the latest schema, and holds the feed.
    store = open_storage(db_url(config.parent))
    try:
        store.migrate()
        feed = store.feed(FEED)
        assert feed is not None
        assert feed.error_count >= 1
    finally:
        store.close()
    # The startup line names the config, the database, the mail route and the watchlists.
    line = daemon.lines[daemon.wait_for("monitor run: config")]
    assert f"config {config}," in line
    assert f"database {db_url(config.parent)}," in line
    assert f"outbox {config.parent / 'outbox'}," in line
    assert "watchlists: w (1 feed, 0 recipients, digest monday 08:00 UTC)" in line
    # The log is the daemon's own lines: APScheduler's per-job and Alembic's per-migration INFO
    # lines stay out.
    assert "apscheduler" not in log
    assert "alembic" not in log


def test_startup_line_masks_the_database_password(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        [make_watchlist("w"), make_watchlist("x", weekday="friday", timezone="America/New_York")],
        smtp=SmtpSettings(host="mail.example.org", port=587),
    )
    line = startup_line(
        Path("config/monitor.toml"),
        dataclasses.replace(settings, database_url="postgresql://scott:tiger-secret@db.example:5432/monitor"),
    )
    assert "tiger-secret" not in line
    assert "database postgresql://scott:***@db.example:5432/monitor" in line
    assert "smtp mail.example.org:587 (starttls)" in line
    assert "w (1 feed, 1 recipient, digest monday 09:00 Europe/London)" in line
    assert "x (1 feed, 1 recipient, digest friday 09:00 America/New_York)" in line


def test_watchlist_edits_apply_without_restart_and_bad_edits_keep_the_last_good_config(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "config"
    config = write_config(folder, smtp_port=None, recipients=())
    daemon = DaemonProcess(config, *FAST)
    try:
        daemon.wait_for("monitor run: started")
        watchlist = folder / "watchlists" / "w.toml"
        good = watchlist.read_text(encoding="utf-8")
        watchlist.write_text(good.replace('weekday = "monday"', 'weekday = "funday"'), encoding="utf-8")
        at = daemon.wait_for("config reload rejected")
        rejected = daemon.log()
        assert f"{watchlist}:" in rejected  # the file (and line) of the problem
        assert "funday" in rejected
        assert daemon.proc.poll() is None  # still running, on the last good config

        write_watchlist(
            folder,
            recipients=(),
            feeds=(FEED, OTHER),
            weekday="wednesday",
            time="07:30",
        )
        at = daemon.wait_for("config reloaded", after=at)
        assert "2 feeds (1 added, 0 removed)" in daemon.lines[at]
        daemon.wait_for("digest w: scheduled wednesday 07:30 UTC")
        # The added feed is polled without a restart.
        wait_until(feed_polled(db_url(folder), OTHER), "a poll of the added feed", timeout=30)
    finally:
        code = daemon.stop()
    assert code == 0, daemon.log()


def test_reload_with_the_real_loader_never_replaces_good_config_with_bad(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """In process, with load_settings and the file watcher: the decision, not the timing."""
    folder = tmp_path / "config"
    config = write_config(folder, smtp_port=None, recipients=("ann@example.org",))
    good = load_settings(config, {})
    store = open_storage(good.database_url)
    store.migrate()
    try:
        clock = ManualClock(dt.datetime(2025, 6, 2, 12, 0, tzinfo=UTC))
        daemon = Daemon(
            good,
            store,
            runner=SimulatedRunner(clock),
            clock=clock,
            loader=lambda: load_settings(config, {}),
            watch=lambda current: watched_paths(config, current),
            poll=FakePoll(),
            deliver=lambda *args: (),
            options=DaemonOptions(tick=dt.timedelta(minutes=5)),
        )
        daemon.start()
        assert daemon.check_reload() is None  # nothing edited

        watchlist = folder / "watchlists" / "w.toml"
        watchlist.write_text(watchlist.read_text(encoding="utf-8") + "feeds = 3\n", encoding="utf-8")
        with caplog.at_level(logging.DEBUG, logger="monitor.daemon"):
            assert daemon.check_reload() is False
            assert daemon.settings is good
            assert daemon.check_reload() is False  # tried again while invalid, logged once
        assert [r.levelname for r in caplog.records if "reload rejected" in r.getMessage()] == ["ERROR"]
        assert f"{watchlist}:" in caplog.text

        (folder / "monitor.toml").write_text("poll_interval = -5\n", encoding="utf-8")
        assert daemon.check_reload() is False
        assert daemon.settings is good

        write_config(folder, smtp_port=None, recipients=("ann@example.org", "cat@example.org"), time="06:15")
        assert daemon.check_reload() is True
        assert daemon.settings.watchlists[0].recipients == ("ann@example.org", "cat@example.org")
        assert daemon.runner.next_runs()["digest:w"] == dt.datetime(2025, 6, 9, 6, 15, tzinfo=UTC)
    finally:
        store.close()


def test_invalid_config_at_start_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    config = write_config(folder, smtp_port=None)
    (folder / "watchlists" / "w.toml").write_text('question = "?"\nfeeds = "not a list"\n', encoding="utf-8")
    daemon = DaemonProcess(config, *FAST)
    code = daemon.proc.wait(60)
    daemon.kill()
    assert code == 1
    assert f"{folder / 'watchlists' / 'w.toml'}:2" in daemon.log()
    assert "Traceback" not in daemon.log()


BASELINE = """
[[statement]]
speaker = "Krysten Ritter"
quote = "If they want to do a Defenders 2, I'm in."
kind = "quote"
stance = "positive"
outlet = "Entertainment Weekly"
date = 2017-03-01
"""


def test_a_watchlist_added_while_running_gets_its_feeds_and_known_statements(tmp_path: Path) -> None:
    """As `monitor init` would, without a restart; a broken baseline file rejects the reload."""
    folder = tmp_path / "config"
    config = write_config(folder, smtp_port=None, recipients=())
    settings = load_config(config, {})
    store = open_storage(settings.database_url)
    try:
        clock = ManualClock(dt.datetime(2025, 6, 2, 12, 0, tzinfo=UTC))
        poll = FakePoll()
        daemon = Daemon(
            settings,
            store,
            runner=SimulatedRunner(clock),
            clock=clock,
            loader=lambda: load_config(config, {}),
            watch=lambda current: watched_paths(config, current),
            poll=poll,
            deliver=lambda *args: (),
            prepare=prepare_store,
            options=DaemonOptions(tick=dt.timedelta(minutes=5)),
        )
        daemon.prepare()
        daemon.start()
        daemon.advance(clock() + dt.timedelta(minutes=1))

        baseline = tmp_path / "statements.toml"
        baseline.write_text(BASELINE.replace('kind = "quote"', 'kind = "rumour"'), encoding="utf-8")
        added = folder / "watchlists" / "v.toml"
        added.write_text(
            'question = "Will it?"\nfeeds = ["http://127.0.0.1:9/v.xml"]\ntopic_terms = ["Defenders"]\n'
            f'baseline = "{baseline}"\n',
            encoding="utf-8",
        )
        assert daemon.check_reload() is False  # the baseline file is broken: keep the last good
        assert [w.name for w in daemon.settings.watchlists] == ["w"]

        baseline.write_text(BASELINE, encoding="utf-8")
        assert daemon.check_reload() is True
        assert store.statements("v") == ()  # the store catches up in the worker, at the next poll
        reloaded_at = clock()
        daemon.advance(reloaded_at + dt.timedelta(seconds=1))
        assert [s.speaker for s in store.statements("v")] == ["Krysten Ritter"]
        assert poll.polled("http://127.0.0.1:9/v.xml") == [reloaded_at]  # polled at once
    finally:
        store.close()
