"""`monitor digest` (preview in every form, --send) and `monitor digests`, through the real CLI,
config loader and SQLite storage."""

from __future__ import annotations

import datetime as dt
import json
from email import message_from_string
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.deliver import periods
from monitor.storage.sql import SqlStorage
from monitor.types import Schedule
from tests.smtpserver import SmtpServer, smtp_server

__all__ = ["smtp_server"]


def write_config(tmp_path: Path, smtp: str = "") -> Path:
    (tmp_path / "watchlists").mkdir(exist_ok=True)
    (tmp_path / "watchlists" / "defenders.toml").write_text(
        """
name = "defenders"
question = "Will the Defenders reunite on screen?"
feeds = ["https://feeds.example.com/marvel.xml"]
recipients = ["alice@example.com", "bob@example.com"]
topic_terms = ["Defenders"]

[schedule]
weekday = "monday"
time = "08:00"
timezone = "Europe/London"
""",
        encoding="utf-8",
    )
    config = tmp_path / "monitor.toml"
    config.write_text(
        f"""
database = "sqlite:///{tmp_path / "m.db"}"
outbox = "{tmp_path / "outbox"}"

[smtp]
sender = "monitor@example.org"
{smtp}
""",
        encoding="utf-8",
    )
    return config


def invoke(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)
    return result.exit_code, result.output


def deliveries(tmp_path: Path) -> int:
    store = SqlStorage(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        store.migrate()
        return len(store.deliveries())
    finally:
        store.close()


def test_json_preview_of_an_explicit_period_records_nothing(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    code, out = invoke(config, "digest", "--watchlist", "defenders", "--since", "2025-04-28",
                       "--until", "2025-05-04", "--format", "json")  # fmt: skip
    assert code == 0, out
    data = json.loads(out)
    assert (data["watchlist"], data["since"], data["until"]) == ("defenders", "2025-04-28", "2025-05-04")
    assert data["stories"] == []
    assert deliveries(tmp_path) == 0
    assert not (tmp_path / "outbox").exists()


def test_default_period_is_the_one_that_would_be_sent_now(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    schedule = Schedule(weekday="monday", time=dt.time(8, 0), timezone="Europe/London")
    before = periods.latest_period(schedule, dt.datetime.now(dt.UTC))
    code, out = invoke(config, "digest", "--watchlist", "defenders", "--format", "json")
    after = periods.latest_period(schedule, dt.datetime.now(dt.UTC))
    assert code == 0, out
    data = json.loads(out)
    assert (data["since"], data["until"]) in {
        (before.since.isoformat(), before.until.isoformat()),
        (after.since.isoformat(), after.until.isoformat()),
    }


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("text", "defenders digest · 28 Apr – 4 May 2025"),
        ("html", "<!DOCTYPE html>"),
        ("eml", "Message-ID: <digest."),
    ],
)
def test_preview_forms(tmp_path: Path, fmt: str, marker: str) -> None:
    config = write_config(tmp_path)
    code, out = invoke(config, "digest", "--watchlist", "defenders", "--since", "2025-04-28",
                       "--until", "2025-05-04", "--format", fmt)  # fmt: skip
    assert code == 0, out
    assert marker in out
    assert deliveries(tmp_path) == 0
    if fmt == "eml":
        msg = message_from_string(out)
        assert msg.get_content_type() == "multipart/alternative"
        assert msg["To"] == "alice@example.com"


def test_since_after_until_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    code, out = invoke(
        config, "digest", "--watchlist", "defenders", "--since", "2025-05-04", "--until", "2025-04-28"
    )
    assert code == 2
    assert "is after --until" in out


def test_unknown_watchlist_names_the_known_ones(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    code, out = invoke(config, "digest", "--watchlist", "nope")
    assert code == 2
    assert "known: defenders" in out


def test_send_delivers_once_and_digests_lists_it(tmp_path: Path, smtp_server: SmtpServer) -> None:
    config = write_config(
        tmp_path, f'host = "{smtp_server.host}"\nport = {smtp_server.port}\nsecurity = "none"'
    )
    args = ("digest", "--watchlist", "defenders", "--since", "2025-04-28", "--until", "2025-05-04", "--send")
    code, out = invoke(config, *args)
    assert code == 0, out
    assert "alice@example.com: sent <digest." in out
    assert "bob@example.com: sent" in out
    assert len(smtp_server.messages) == 2
    code, out = invoke(config, *args)
    assert code == 0
    assert "alice@example.com: already_sent" in out
    assert len(smtp_server.messages) == 2
    code, out = invoke(config, "digests", "--watchlist", "defenders")
    assert code == 0
    assert "sent (2):" in out
    assert "2025-04-28 .. 2025-05-04  alice@example.com  sent " in out


def test_send_failure_sets_the_exit_code_and_shows_in_digests(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    config = write_config(
        tmp_path, f'host = "{smtp_server.host}"\nport = {smtp_server.port}\nsecurity = "none"'
    )
    smtp_server.refuse["bob@example.com"] = "550 5.1.1 No such user"
    code, out = invoke(config, "digest", "--watchlist", "defenders", "--send")
    assert code == 1
    assert "alice@example.com: sent" in out
    assert "bob@example.com: failed" in out
    assert "550" in out
    code, out = invoke(config, "digests")
    assert "failed (1):" in out
    assert "FAILED after 1 attempt(s)" in out
    assert "sent (1):" in out


def test_send_without_smtp_host_fills_the_outbox(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    code, out = invoke(config, "digest", "--watchlist", "defenders", "--send")
    assert code == 0, out
    emls = sorted((tmp_path / "outbox" / "defenders").glob("*.eml"))
    assert [p.name.rsplit("-", 1)[-1] for p in emls] == ["alice@example.com.eml", "bob@example.com.eml"]


def test_digests_with_nothing_yet(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    code, out = invoke(config, "digests")
    assert code == 0
    assert "no digests delivered or pending yet" in out
