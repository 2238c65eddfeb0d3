"""monitor.config: TOML + environment → Settings, and every problem reported kindly."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.errors import ConfigError, MonitorError
from monitor.types import FetchSettings, Person, Schedule, SmtpSettings

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "config"

MINIMAL_WATCHLIST = """\
question = "Will it happen?"
feeds = ["https://example.com/feed"]
topic_terms = ["it"]
"""


def write_config(root: Path, main: str = "", watchlists: dict[str, str] | None = None) -> Path:
    """A config folder: monitor.toml with ``main`` and watchlists/<name>.toml files."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "monitor.toml").write_text(main, encoding="utf-8")
    folder = root / "watchlists"
    folder.mkdir(exist_ok=True)
    for name, text in (watchlists if watchlists is not None else {"w": MINIMAL_WATCHLIST}).items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return root / "monitor.toml"


def problems_of(path: Path, environ: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ or {})
    assert isinstance(info.value, MonitorError)
    assert info.value.problems, "a ConfigError must list its problems"
    return info.value.problems


def only_problem(path: Path, environ: dict[str, str] | None = None) -> str:
    problems = problems_of(path, environ)
    assert len(problems) == 1, problems
    return problems[0]


# ------------------------------------------------------------------ valid configs


def test_shipped_config_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    settings = load_settings(Path("config/monitor.toml"), {})
    assert settings.smtp.host is None, "the shipped config sends digests to the outbox"
    assert settings.database_url == "sqlite:///var/monitor.db"
    (defenders,) = settings.watchlists
    assert defenders.name == "defenders"
    assert defenders.question == "Will the Defenders reunite on screen?"
    assert len(defenders.feeds) >= 8
    assert all(url.startswith("https://") for url in defenders.feeds)
    assert defenders.schedule == Schedule("monday", dt.time(8, 0), "Europe/London")
    assert defenders.baseline == "seeds/statements.toml"
    assert defenders.recipients == ("you@example.com",)
    people = {p.name: p for p in defenders.people}
    for name in ("Charlie Cox", "Krysten Ritter", "Mike Colter", "Finn Jones", "Jeph Loeb"):
        assert name in people
    assert "the Jessica Jones star" in people["Krysten Ritter"].aliases
    assert "Jessica Jones herself" in people["Krysten Ritter"].aliases
    assert "A Defenders reunion is not planned" in defenders.claims
    assert any("democracy" in term for term in defenders.exclude_terms)


def test_every_key_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES / "full")
    settings = load_settings(Path("monitor.toml"), {"TEST_SMTP_PASSWORD": "s3cret"})
    assert settings.database_url == "postgresql://monitor@127.0.0.1:5432/monitor"
    assert settings.outbox == "mail/out"
    assert settings.poll_interval == dt.timedelta(minutes=12.5)
    assert settings.user_agent == "test-agent/1.0"
    assert settings.timezone == "America/New_York"
    assert settings.source == "monitor.toml"
    assert settings.smtp == SmtpSettings(
        host="smtp.example.com",
        port=2525,
        sender="digest@example.org",
        username="digest",
        password_env="TEST_SMTP_PASSWORD",
        password="s3cret",
        security="ssl",
        timeout=5.0,
    )
    assert settings.fetch == FetchSettings(
        connect_timeout=1.5,
        read_timeout=2.5,
        deadline=9.0,
        max_bytes=1000,
        max_redirects=0,
        allow_private_networks=True,
        per_host_concurrency=1,
        concurrency=4,
        max_backoff=600.0,
    )
    (heroes,) = settings.watchlists
    assert heroes.name == "heroes"
    assert heroes.question == "Will the heroes meet again?"
    assert heroes.feeds == ("https://example.com/feed.xml", "http://news.example.org:8080/rss")
    assert heroes.recipients == ("a@example.com", "b@example.net")
    assert heroes.topic_terms == ("heroes", "reunion")
    assert heroes.exclude_terms == ("football",)
    assert heroes.skip_empty is True
    assert heroes.silent_after_days == 3
    assert heroes.learned_gate is False
    assert heroes.baseline == "statements.toml"
    assert heroes.claims == ("The heroes will meet again",)
    assert heroes.schedule == Schedule("friday", dt.time(17, 30), "Asia/Tokyo")
    assert heroes.people == (
        Person("Ann Example", ("Example", "the hero star"), "actor"),
        Person("Bob Sample", (), ""),
    )
    assert heroes.source == str(Path("lists") / "heroes.toml")


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings(write_config(tmp_path), {})
    assert settings.database_url == "sqlite:///var/monitor.db"
    assert settings.outbox == "outbox"
    assert settings.poll_interval == dt.timedelta(minutes=30)
    assert settings.timezone == "UTC"
    assert settings.smtp == SmtpSettings()
    assert settings.fetch == FetchSettings()
    (watchlist,) = settings.watchlists
    assert watchlist.name == "w", "the name defaults to the file name"
    assert watchlist.schedule == Schedule("monday", dt.time(8, 0), "UTC")
    assert watchlist.recipients == ()
    assert watchlist.baseline is None


def test_fetch_workers_is_optional(tmp_path: Path) -> None:
    assert load_settings(write_config(tmp_path), {}).fetch.workers is None
    assert load_settings(write_config(tmp_path, "[fetch]\nworkers = 0\n"), {}).fetch.workers == 0


def test_schedule_timezone_defaults_to_the_main_timezone(tmp_path: Path) -> None:
    settings = load_settings(write_config(tmp_path, 'timezone = "Europe/Paris"\n'), {})
    assert settings.watchlists[0].schedule.timezone == "Europe/Paris"


def test_ssl_defaults_to_port_465(tmp_path: Path) -> None:
    settings = load_settings(write_config(tmp_path, '[smtp]\nsecurity = "ssl"\n'), {})
    assert settings.smtp.port == 465


def test_watchlists_are_read_in_name_order(tmp_path: Path) -> None:
    path = write_config(tmp_path, watchlists={"b": MINIMAL_WATCHLIST, "a": MINIMAL_WATCHLIST})
    assert [w.name for w in load_settings(path, {}).watchlists] == ["a", "b"]


# ------------------------------------------------------------------ environment


def test_environment_overrides(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'database = "sqlite:///a.db"\noutbox = "x"\n[smtp]\nhost = "a.example"\n')
    settings = load_settings(
        path,
        {
            "MONITOR_DB": "postgresql://u@127.0.0.1/test",
            "MONITOR_SMTP_HOST": "mail.example.net",
            "MONITOR_SMTP_PORT": "2526",
            "MONITOR_OUTBOX": "other-outbox",
        },
    )
    assert settings.database_url == "postgresql://u@127.0.0.1/test"
    assert settings.smtp.host == "mail.example.net"
    assert settings.smtp.port == 2526
    assert settings.outbox == "other-outbox"


def test_empty_environment_values_are_ignored(tmp_path: Path) -> None:
    settings = load_settings(
        write_config(tmp_path, 'outbox = "x"\n'), {"MONITOR_OUTBOX": "", "MONITOR_DB": " "}
    )
    assert settings.outbox == "x"
    assert settings.database_url == "sqlite:///var/monitor.db"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("MONITOR_SMTP_PORT", "smtp", "1 to 65535"),
        ("MONITOR_SMTP_PORT", "70000", "1 to 65535"),
        ("MONITOR_DB", "mysql://x@y/z", "SQLite or PostgreSQL"),
        ("MONITOR_DB", "not a url", "sqlite:///"),
        ("MONITOR_SMTP_HOST", "smtp://mail.example.com", "host name only"),
    ],
)
def test_invalid_environment_names_the_variable(
    tmp_path: Path, variable: str, value: str, expected: str
) -> None:
    message = only_problem(write_config(tmp_path), {variable: value})
    assert message.startswith(f"environment variable {variable}: ")
    assert expected in message


def test_smtp_password_comes_from_the_named_variable(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[smtp]\nhost = "mail.example.com"\npassword_env = "MY_PW"\n')
    assert load_settings(path, {"MY_PW": "hunter2"}).smtp.password == "hunter2"
    assert "hunter2" not in repr(load_settings(path, {"MY_PW": "hunter2"}).smtp)


def test_named_but_unset_password_is_an_error_with_a_host(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[smtp]\nhost = "mail.example.com"\npassword_env = "MY_PW"\n')
    message = only_problem(path, {})
    assert message.startswith(f"{path}:3: smtp.password_env: ")
    assert "MY_PW is not set" in message
    assert "export MY_PW=" in message


def test_named_but_unset_password_is_fine_without_a_host(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[smtp]\npassword_env = "MY_PW"\n')
    assert load_settings(path, {}).smtp.password is None
    # ... until the environment supplies a host
    assert "MY_PW is not set" in only_problem(path, {"MONITOR_SMTP_HOST": "mail.example.com"})


# ------------------------------------------------------------------ problems: file, line, key, fix

MAIN_ERRORS = [
    # (monitor.toml text, line, key, words of the fix)
    ("poll_interval = 0\n", 1, "poll_interval", "greater than 0"),
    ('poll_interval = "often"\n', 1, "poll_interval", "expected a number"),
    ('\n\ntimezone = "Europe/Londn"\n', 3, "timezone", "did you mean 'Europe/London'"),
    ('database = "oracle://x@y/z"\n', 1, "database", "SQLite or PostgreSQL"),
    ('outbox = ""\n', 1, "outbox", "must not be empty"),
    ('user_agent = "a\\nb"\n', 1, "user_agent", "single line"),
    ("[smtp]\nport = 0\n", 2, "smtp.port", "1 to 65535"),
    ("[smtp]\nport = 25.5\n", 2, "smtp.port", "whole number"),
    ('[smtp]\nsecurity = "tls"\n', 2, "smtp.security", "starttls, ssl, none"),
    ('[smtp]\nsender = "nobody"\n', 2, "smtp.sender", "name@example.com"),
    ('[smtp]\nhost = "https://mail.example.com"\n', 2, "smtp.host", "host name only"),
    ('[smtp]\npassword_env = "MY PW"\n', 2, "smtp.password_env", "SMTP_PASSWORD"),
    ("[smtp]\ntimeout = -1\n", 2, "smtp.timeout", "greater than 0"),
    ("[fetch]\nmax_bytes = 0\n", 2, "fetch.max_bytes", "greater than 0"),
    ("[fetch]\nmax_redirects = -1\n", 2, "fetch.max_redirects", "greater than or equal to 0"),
    ('[fetch]\nallow_private_networks = "yes"\n', 2, "fetch.allow_private_networks", "true or false"),
    ("[fetch]\nworkers = -1\n", 2, "fetch.workers", "greater than or equal to 0"),
    ('smtp = "mail.example.com"\n', 1, "smtp", "expected a table"),
    ('colour = "red"\n', 1, "colour", "valid keys here: database"),
    ('databse = "sqlite:///x.db"\n', 1, "databse", "did you mean 'database'"),
    ('[smtp]\nhots = "x"\n', 2, "smtp.hots", "did you mean 'host'"),
    ("[fetch]\ndeadlines = 3\n", 2, "fetch.deadlines", "did you mean 'deadline'"),
]


@pytest.mark.parametrize(("text", "line", "key", "fix"), MAIN_ERRORS)
def test_monitor_toml_problems(tmp_path: Path, text: str, line: int, key: str, fix: str) -> None:
    path = write_config(tmp_path, text)
    message = only_problem(path)
    assert message.startswith(f"{path}:{line}: {key}: "), message
    assert fix in message


WATCHLIST_ERRORS = [
    # (lines added to a valid watchlist, line of the problem (file starts with 3 valid lines), key, fix)
    ('[schedule]\nweekday = "mon"\n', 5, "schedule.weekday", "use one of monday, tuesday"),
    ('[schedule]\nweekday = "mon"\n', 5, "schedule.weekday", "did you mean 'monday'"),
    ('[schedule]\ntime = "8am"\n', 5, "schedule.time", '"HH:MM"'),
    ('[schedule]\ntime = "24:00"\n', 5, "schedule.time", '"HH:MM"'),
    ('[schedule]\ntimezone = "London"\n', 5, "schedule.timezone", "IANA time zone"),
    ('[schedule]\nday = "monday"\n', 5, "schedule.day", "valid keys here: weekday, time, timezone"),
    ('recipients = ["you@example.com", "not an address"]\n', 4, "recipients[2]", "name@example.com"),
    ("silent_after_days = 0\n", 4, "silent_after_days", "greater than 0"),
    ("skip_empty = 1\n", 4, "skip_empty", "true or false"),
    ('learned_gate = "yes"\n', 4, "learned_gate", "true or false"),
    ("learned_gates = true\n", 4, "learned_gates", "did you mean 'learned_gate'"),
    ('claims = "one claim"\n', 4, "claims", "an array"),
    ('recipient = ["you@example.com"]\n', 4, "recipient", "did you mean 'recipients'"),
    ('[[people]]\nname = "Ann"\nalias = ["A"]\n', 6, "people[1].alias", "did you mean 'aliases'"),
    ('[[people]]\nname = "Ann"\n[[people]]\nrole = "actor"\n', 6, "people[2].name", "required key"),
    ('[[people]]\nname = "Ann"\n[[people]]\nname = "ann"\n', 7, "people[2].name", "listed twice"),
    (
        '[[people]]\nname = "Ann"\naliases = ["AJ"]\n[[people]]\nname = "Bob"\naliases = ["aj"]\n',
        9,
        "people[2].aliases[1]",
        "also names Ann",
    ),
    ('baseline = "no/such/file.toml"\n', 4, "baseline", "does not exist"),
]


@pytest.mark.parametrize(("extra", "line", "key", "fix"), WATCHLIST_ERRORS)
def test_watchlist_problems(tmp_path: Path, extra: str, line: int, key: str, fix: str) -> None:
    path = write_config(tmp_path, watchlists={"w": MINIMAL_WATCHLIST + extra})
    message = only_problem(path)
    assert message.startswith(f"{tmp_path / 'watchlists' / 'w.toml'}:{line}: {key}: "), message
    assert fix in message


@pytest.mark.parametrize(
    ("feeds", "line", "key", "fix"),
    [
        ('feeds = ["ftp://example.com/feed"]', 1, "feeds[1]", "use an http:// or https:// URL"),
        ('feeds = ["example.com/feed"]', 1, "feeds[1]", "no scheme"),
        ('feeds = ["https://"]', 1, "feeds[1]", "no valid host"),
        ('feeds = ["https://example.com:port/x"]', 1, "feeds[1]", "invalid port"),
        ('feeds = ["https://exa mple.com/"]', 1, "feeds[1]", "spaces"),
        ("feeds = []", 1, "feeds", "at least one"),
        (
            'feeds = [\n  "https://a.example/feed",\n  # comment\n  "https://a.example/feed/",\n]',
            4,
            "feeds[2]",
            "listed twice",
        ),
        ('feeds = [\n  "https://a.example/",\n\n  "gopher://b.example/",\n]', 4, "feeds[2]", "http://"),
    ],
)
def test_feed_url_problems(tmp_path: Path, feeds: str, line: int, key: str, fix: str) -> None:
    text = feeds + '\nquestion = "Will it happen?"\ntopic_terms = ["it"]\n'
    path = write_config(tmp_path, watchlists={"w": text})
    message = only_problem(path)
    assert message.startswith(f"{tmp_path / 'watchlists' / 'w.toml'}:{line}: {key}: "), message
    assert fix in message


def test_missing_required_keys_are_named(tmp_path: Path) -> None:
    problems = problems_of(write_config(tmp_path, watchlists={"w": 'name = "w"\n'}))
    assert len(problems) == 3
    for key in ("question", "feeds", "topic_terms"):
        assert any(f"w.toml: {key}: required key is missing" in p for p in problems), problems


def test_toml_syntax_error_carries_the_line(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'outbox = "x"\n\npoll_interval = = 3\n')
    message = only_problem(path)
    assert message.startswith(f"{path}:3: TOML syntax error: ")
    assert re.search(r"at column \d+", message)


def test_unquoted_string_is_a_syntax_error_with_a_hint(tmp_path: Path) -> None:
    path = write_config(tmp_path, watchlists={"w": MINIMAL_WATCHLIST + "[schedule]\nweekday = monday\n"})
    message = only_problem(path)
    assert ":5: TOML syntax error" in message
    assert 'weekday = "monday"' in message


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    path.write_bytes(b'outbox = "x"\nuser_agent = "caf\xe9"\n')
    assert only_problem(path) == f"{path}:2: is not UTF-8 text; save the file as UTF-8"


def test_missing_monitor_toml_says_how_to_create_it(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "monitor.toml"
    problems = problems_of(path)
    assert problems[0].startswith(f"{path}: file not found; create it")
    assert "--config" in problems[0]


def test_missing_watchlists_folder(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text('watchlists_dir = "lists"\n')
    message = only_problem(path)
    assert message.startswith(f"{path}:1: watchlists_dir: ")
    assert "does not exist; create it" in message


def test_empty_watchlists_folder(tmp_path: Path) -> None:
    message = only_problem(write_config(tmp_path, watchlists={}))
    assert "no watchlist files (*.toml)" in message


def test_duplicate_watchlist_names_across_files(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        watchlists={"a": 'name = "same"\n' + MINIMAL_WATCHLIST, "b": 'name = "same"\n' + MINIMAL_WATCHLIST},
    )
    message = only_problem(path)
    assert message.startswith(f"{tmp_path / 'watchlists' / 'b.toml'}:1: name: ")
    assert f"already used by {tmp_path / 'watchlists' / 'a.toml'}" in message


def test_all_problems_of_all_files_are_reported_together(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        'poll_interval = -1\n[smtp]\nport = "x"\n',
        watchlists={
            "a": MINIMAL_WATCHLIST + '[schedule]\nweekday = "someday"\n',
            "b": 'question = "broken\n',
        },
    )
    problems = problems_of(path, {"MONITOR_SMTP_PORT": "nope"})
    assert len(problems) == 5, problems
    assert problems[0].startswith(f"{path}:1: poll_interval")
    assert problems[1].startswith(f"{path}:3: smtp.port")
    assert problems[2].startswith("environment variable MONITOR_SMTP_PORT")
    assert "a.toml:5: schedule.weekday" in problems[3]
    assert "b.toml:1: TOML syntax error" in problems[4]
