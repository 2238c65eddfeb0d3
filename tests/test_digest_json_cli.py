"""`monitor digest --format json` end to end: config files, SQLite storage, the real CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.storage.sql import SqlStorage
from monitor.types import NewArticle, Statement
from monitor.understand import analyse

UTC = dt.UTC
WATCHLIST_TOML = """
name = "defenders"
question = "Will the Defenders reunite on screen?"
feeds = ["https://feeds.example.com/marvel.xml"]
recipients = ["alice@example.com"]
topic_terms = ["Defenders", "Jessica Jones", "Daredevil"]
exclude_terms = ["hockey"]

[[people]]
name = "Krysten Ritter"
aliases = ["the Jessica Jones star"]
role = "actress"

[schedule]
weekday = "monday"
time = "08:00"
timezone = "Europe/London"
"""


def test_digest_json_prints_the_period_in_schema_1(tmp_path: Path) -> None:
    (tmp_path / "watchlists").mkdir()
    (tmp_path / "watchlists" / "defenders.toml").write_text(WATCHLIST_TOML, encoding="utf-8")
    config = tmp_path / "monitor.toml"
    db = f"sqlite:///{tmp_path / 'm.db'}"
    config.write_text(f'database = "{db}"\noutbox = "{tmp_path / "outbox"}"\n', encoding="utf-8")

    from monitor.config import load_settings

    (watchlist,) = load_settings(config, {}).watchlists
    now = dt.datetime(2025, 5, 5, 8, tzinfo=UTC)
    text = "“I don't think we are doing the Defenders again,” the Jessica Jones star said."
    published = dt.datetime(2025, 4, 30, 10, tzinfo=UTC)
    analysis = analyse("Ritter doubts a Defenders return", text, watchlist, published=published.date(),
                       source="Outlet", url="https://n.example/1")  # fmt: skip
    store = SqlStorage(db)
    store.migrate()
    try:
        store.ensure_feeds(watchlist.feeds)
        text_before = "If they want to do a Defenders 2, I'm in."
        earlier = Statement(
            "Krysten Ritter", text_before, "positive", "quote", dt.date(2017, 3, 1), "EW", origin="seed"
        )
        store.load_baseline("defenders", [earlier])
        item = NewArticle("k1", "https://n.example/1", "Ritter doubts a Defenders return", text, "Outlet",
                          published, "h1", (("defenders", analysis),))  # fmt: skip
        store.ingest(watchlist.feeds[0], now, [item], etag=None, last_modified=None, title="M", next_poll=now)
    finally:
        store.close()

    result = CliRunner().invoke(
        cli,
        ["--config", str(config), "digest", "--watchlist", "defenders",
         "--since", "2025-04-28", "--until", "2025-05-04", "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["schema"], data["watchlist"], data["since"], data["until"]) == (1, "defenders", "2025-04-28",
                                                                                  "2025-05-04")  # fmt: skip
    (story,) = data["stories"]
    assert story["headline"] == "Ritter doubts a Defenders return"
    assert story["articles"][0]["published"] == "2025-04-30T10:00:00+00:00"
    (statement,) = story["statements"]
    assert statement["speaker"] == "Krysten Ritter"
    assert (statement["stance"], statement["change"]) == ("negative", "shift")
    assert statement["previous"]["text"] == "If they want to do a Defenders 2, I'm in."
    assert statement["previous"]["date"] == "2017-03-01"
    assert data["feeds"][0]["url"] == "https://feeds.example.com/marvel.xml"
    assert set(data["feeds"][0]) >= {"url", "ok", "error"}
