"""The shape of ``monitor.toml`` and ``watchlists/*.toml``: pydantic models that mirror the files
key for key. Unknown keys are errors (``extra="forbid"``); values keep their TOML types (``strict``).
:mod:`monitor.config.loader` turns a validated model into the frozen dataclasses of
:mod:`monitor.types`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from monitor import __version__
from monitor.config import checks

DEFAULT_DATABASE = "sqlite:///var/monitor.db"
DEFAULT_USER_AGENT = f"defenders-monitor/{__version__}"


class Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _time_value(value: object) -> object:
    if isinstance(value, str | dt.time):
        return checks.clock_time(value)
    return value


Text = Annotated[str, AfterValidator(checks.one_line)]
Url = Annotated[str, AfterValidator(checks.http_url)]
Email = Annotated[str, AfterValidator(checks.email)]
Sender = Annotated[str, AfterValidator(lambda v: checks.email(v, local_domain_ok=True))]
TimeZone = Annotated[str, AfterValidator(checks.timezone)]
Weekday = Annotated[str, AfterValidator(checks.weekday)]
ClockTime = Annotated[dt.time, BeforeValidator(_time_value)]
DatabaseUrl = Annotated[str, AfterValidator(checks.database_url)]
EnvName = Annotated[str, AfterValidator(checks.env_name)]
HostName = Annotated[str, AfterValidator(checks.host_name)]
Port = Annotated[int, AfterValidator(checks.port)]
Positive = Annotated[float, Field(gt=0)]
PositiveInt = Annotated[int, Field(gt=0)]
NonNegativeInt = Annotated[int, Field(ge=0)]


class SmtpTable(Table):
    host: HostName | None = None
    port: Port | None = None  # None: 465 with security = "ssl", else 587
    sender: Sender = "monitor@localhost"
    username: Text | None = None
    password_env: EnvName | None = None
    security: Literal["starttls", "ssl", "none"] = "starttls"
    timeout: Positive = 30.0


class FetchTable(Table):
    connect_timeout: Positive = 10.0
    read_timeout: Positive = 20.0
    deadline: Positive = 60.0
    max_bytes: PositiveInt = 10 * 1024 * 1024
    max_redirects: NonNegativeInt = 10
    allow_private_networks: bool = False
    per_host_concurrency: PositiveInt = 2
    concurrency: PositiveInt = 32
    max_backoff: Positive = 24 * 3600.0
    workers: NonNegativeInt | None = None  # absent: one per CPU (at most 4); 0: parse in-process


class MonitorFile(Table):
    """``monitor.toml``."""

    database: DatabaseUrl = DEFAULT_DATABASE
    outbox: Text = "outbox"
    poll_interval: Positive = 30.0  # minutes
    user_agent: Text = DEFAULT_USER_AGENT
    timezone: TimeZone = "UTC"
    watchlists_dir: Text = "watchlists"
    smtp: SmtpTable = SmtpTable()
    fetch: FetchTable = FetchTable()


class ScheduleTable(Table):
    weekday: Weekday = "monday"
    time: ClockTime = dt.time(8, 0)
    timezone: TimeZone | None = None  # None: monitor.toml's timezone


class PersonTable(Table):
    name: Text
    aliases: list[Text] = []
    role: str = ""


class WatchlistFile(Table):
    """``watchlists/<name>.toml``."""

    name: Text | None = None  # None: the file name without .toml
    question: Text
    feeds: Annotated[list[Url], Field(min_length=1)]
    recipients: list[Email] = []
    schedule: ScheduleTable = ScheduleTable()
    topic_terms: Annotated[list[Text], Field(min_length=1)]
    exclude_terms: list[Text] = []
    skip_empty: bool = False
    silent_after_days: PositiveInt = 14
    baseline: Text | None = None
    claims: list[Text] = []
    learned_gate: bool = True
    people: list[PersonTable] = []
