"""The setup commands: init, check-config, statements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.baseline import load_statements
from monitor.cli import cli
from monitor.cli.commands_setup import statement_lines
from monitor.initialise import initialise, read_baselines
from monitor.types import FeedState, Person, Schedule, Statement, Watchlist

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "config" / "monitor.toml"
OVERRIDES = ("MONITOR_DB", "MONITOR_OUTBOX", "MONITOR_SMTP_HOST", "MONITOR_SMTP_PORT", "MONITOR_CONFIG")


class FakeStorage:
    """Just enough of the Storage protocol for initialise(), kept in memory."""

    def __init__(self) -> None:
        self.version: str | None = None
        self.feed_urls: list[str] = []
        self.baseline: dict[str, list[Statement]] = {}
        self.writes = 0

    def migrate(self) -> None:
        if self.version != "0001":
            self.version = "0001"
            self.writes += 1

    def schema_version(self) -> str | None:
        return self.version

    def feeds(self) -> tuple[FeedState, ...]:
        return tuple(FeedState(url) for url in sorted(self.feed_urls))

    def ensure_feeds(self, urls: Iterable[str]) -> None:
        for url in urls:
            if url not in self.feed_urls:
                self.feed_urls.append(url)
                self.writes += 1

    def load_baseline(self, watchlist: str, statements: Sequence[Statement]) -> int:
        stored = self.baseline.setdefault(watchlist, [])
        keys = {(s.speaker, s.text, s.source) for s in stored}
        added = 0
        for s in statements:
            if (s.speaker, s.text, s.source) not in keys:
                keys.add((s.speaker, s.text, s.source))
                stored.append(s)
                added += 1
        self.writes += added
        return added


def run(*args: str, db: Path | None = None) -> Result:
    env: dict[str, str | None] = dict.fromkeys(OVERRIDES)
    if db is not None:
        env["MONITOR_DB"] = f"sqlite:///{db}"
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped config names its baseline relative to the project folder."""
    monkeypatch.chdir(REPO)


# ------------------------------------------------------------------ init


@pytest.mark.usefixtures("in_repo")
def test_initialise_twice_changes_nothing_on_a_fake_store() -> None:
    from monitor.config import load_settings

    settings = load_settings(SHIPPED, {})
    baselines = read_baselines(settings)
    store = FakeStorage()
    first = initialise(settings, store, baselines)  # type: ignore[arg-type]
    assert first.changed
    assert first.schema_before is None
    assert first.schema_after == "0001"
    assert first.feeds_added == settings.watchlists[0].feeds
    assert first.baselines[0].added == len(load_statements(REPO / "seeds" / "statements.toml"))
    writes = store.writes
    second = initialise(settings, store, baselines)  # type: ignore[arg-type]
    assert not second.changed
    assert second.feeds_added == ()
    assert second.baselines[0].added == 0
    assert store.writes == writes


@pytest.mark.usefixtures("in_repo")
def test_init_twice_on_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "data" / "monitor.db"
    expected = len(load_statements(REPO / "seeds" / "statements.toml"))
    first = run("--config", str(SHIPPED), "init", db=db)
    assert first.exit_code == 0, first.output
    assert "store: created sqlite:///" in first.output
    assert "feeds: 10 in the watchlists, 10 added" in first.output
    assert f"baseline defenders: {expected} statements in seeds/statements.toml, {expected} added" in (
        first.output
    )
    second = run("--config", str(SHIPPED), "init", db=db)
    assert second.exit_code == 0, second.output
    assert "is up to date" in second.output
    assert "feeds: 10 in the watchlists, 0 added" in second.output
    assert f"{expected} statements in seeds/statements.toml, 0 added" in second.output
    assert "done: nothing to change" in second.output

    from monitor.storage import open_storage

    store = open_storage(f"sqlite:///{db}")
    try:
        assert len(store.feeds()) == 10
        assert len(store.statements("defenders")) == expected
    finally:
        store.close()


def test_init_with_a_broken_baseline_stops_before_touching_the_store(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "watchlists").mkdir(parents=True)
    (config / "monitor.toml").write_text("")
    bad = tmp_path / "statements.toml"
    bad.write_text(
        '[[statement]]\nspeaker = "A"\nquote = "x"\nkind = "quote"\nstance = "sure"\noutlet = "O"\n'
    )
    (config / "watchlists" / "w.toml").write_text(
        f'question = "Q?"\nfeeds = ["https://example.com/feed"]\ntopic_terms = ["q"]\nbaseline = "{bad}"\n'
    )
    db = tmp_path / "m.db"
    result = run("--config", str(config / "monitor.toml"), "init", db=db)
    assert result.exit_code == 1
    assert f"{bad}:5: statement[1].stance: 'sure' is not valid" in result.output
    assert "Traceback" not in result.output
    assert not db.exists()


# ------------------------------------------------------------------ check-config


@pytest.mark.usefixtures("in_repo")
def test_check_config_accepts_the_shipped_config() -> None:
    result = run("--config", str(SHIPPED), "check-config")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "config OK: 1 watchlist, 10 feeds"


def test_check_config_lists_every_problem(tmp_path: Path) -> None:
    (tmp_path / "watchlists").mkdir()
    main = tmp_path / "monitor.toml"
    main.write_text('poll_interval = 0\n[smtp]\nsecurty = "ssl"\n')
    watchlist = tmp_path / "watchlists" / "w.toml"
    watchlist.write_text(
        'question = "Q?"\nfeeds = ["feed.xml"]\ntopic_terms = ["q"]\n[schedule]\nweekday = "mon"\n'
    )
    result = run("--config", str(main), "check-config")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "4 problems in the config:" in result.output
    assert f"{main}:1: poll_interval: 0 is out of range" in result.output
    assert f"{main}:3: smtp.securty: unknown key (did you mean 'security'?)" in result.output
    assert f"{watchlist}:2: feeds[1]: 'feed.xml' has no scheme" in result.output
    assert f"{watchlist}:5: schedule.weekday: 'mon' is not a weekday" in result.output


def test_check_config_reads_the_baseline_files(tmp_path: Path) -> None:
    (tmp_path / "watchlists").mkdir()
    main = tmp_path / "monitor.toml"
    main.write_text("")
    statements = tmp_path / "known.toml"
    statements.write_text(
        '[[statement]]\nspeaker = "A"\nclaim = "x"\nkind = "quote"\nstance = "positive"\noutlet = "O"\n'
    )
    (tmp_path / "watchlists" / "w.toml").write_text(
        'question = "Q?"\nfeeds = ["https://example.com/f"]\ntopic_terms = ["q"]\n'
        f'baseline = "{statements}"\n'
    )
    result = run("--config", str(main), "check-config")
    assert result.exit_code == 1
    assert "1 problem in the config:" in result.output
    assert f"{statements}:4: statement[1].kind: kind = 'quote' needs a quote key" in result.output


def test_check_config_on_a_missing_file(tmp_path: Path) -> None:
    result = run("--config", str(tmp_path / "monitor.toml"), "check-config")
    assert result.exit_code == 1
    assert f"{tmp_path / 'monitor.toml'}: file not found; create it" in result.output


# ------------------------------------------------------------------ statements


@pytest.mark.usefixtures("in_repo")
def test_statements_per_person_in_date_order(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    assert run("--config", str(SHIPPED), "init", db=db).exit_code == 0
    result = run("--config", str(SHIPPED), "statements", "--speaker", "the jessica jones star", db=db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "defenders: Will the Defenders reunite on screen?"
    assert "Krysten Ritter (actor, Jessica Jones)" in lines
    rows = [line for line in lines if line.startswith("  20")]
    assert len(rows) == 4
    assert [row.split()[0] for row in rows] == sorted(row.split()[0] for row in rows)
    assert rows[0].split()[:3] == ["2017-01-15", "positive", "quote"]
    assert "Entertainment Weekly" in rows[0]
    assert "Defenders 2, I’m in." in rows[0]
    assert lines[-1] == "4 statements by 1 person"

    everyone = run("--config", str(SHIPPED), "statements", "--watchlist", "defenders", db=db)
    assert everyone.exit_code == 0
    assert everyone.output.index("Charlie Cox (") < everyone.output.index("Krysten Ritter (")


@pytest.mark.usefixtures("in_repo")
def test_statements_for_an_unknown_watchlist(tmp_path: Path) -> None:
    result = run("--config", str(SHIPPED), "statements", "--watchlist", "avengers", db=tmp_path / "m.db")
    assert result.exit_code == 2
    assert "no watchlist named 'avengers' (known: defenders)" in result.output


def test_statement_lines_groups_people_then_others_then_unnamed() -> None:
    watchlist = Watchlist(
        name="w",
        question="Q?",
        feeds=("https://example.com/f",),
        recipients=(),
        schedule=Schedule("monday", dt.time(8), "UTC"),
        topic_terms=("q",),
        people=(Person("Zed Known", ("Zed",), "role z"), Person("Amy Known")),
    )

    def s(speaker: str | None, day: int | None, stance: str = "positive") -> Statement:
        date = dt.date(2024, 1, day) if day else None
        return Statement(speaker, f"text {speaker} {day}", stance, "reported", date, "Outlet")  # type: ignore[arg-type]

    lines = statement_lines(
        watchlist, [s(None, 1), s("Bob Other", 2), s("Amy Known", 5), s("Zed Known", 3), s("Zed Known", None)]
    )
    heads = [line for line in lines if line and not line.startswith(" ") and ":" not in line]
    assert heads[:4] == ["Zed Known (role z)", "Amy Known", "Bob Other", "(no speaker named)"]
    zed = lines.index("Zed Known (role z)")
    assert lines[zed + 1].startswith("  undated")
    assert lines[zed + 2].startswith("  2024-01-03  positive   reported  Outlet  text Zed Known 3")
    assert lines[-1] == "5 statements by 3 people"
    assert statement_lines(watchlist, [], "zed")[-1] == "  no known statements by Zed Known"
