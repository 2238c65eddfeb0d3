"""Value checks for hand-edited settings. Each returns the clean value or raises ValueError with a
message that says what is wrong and what would be valid (the caller adds file, line and key)."""

from __future__ import annotations

import datetime as dt
import functools
import ipaddress
import re
import zoneinfo
from urllib.parse import urlsplit

import sqlalchemy as sa
from email_validator import EmailNotValidError, validate_email

from monitor.config.messages import did_you_mean

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$")
DATABASE_EXAMPLES = "sqlite:///var/monitor.db or postgresql://user@host:5432/dbname"


def http_url(value: str) -> str:
    if value != value.strip() or any(c.isspace() for c in value):
        raise ValueError(f"{value!r} contains spaces; write the URL without them")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        scheme = f"the scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        raise ValueError(f"{value!r} has {scheme}; use an http:// or https:// URL")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ValueError(f"{value!r} has an invalid port; use e.g. https://example.com:8443/feed") from None
    if not _valid_host(parts.hostname or ""):
        raise ValueError(f"{value!r} has no valid host name; use e.g. https://example.com/feed")
    return value


def _valid_host(host: str) -> bool:
    if not host:
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return True
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return bool(_HOST.match(ascii_host))


def email(value: str, *, local_domain_ok: bool = False) -> str:
    """An e-mail address (addr-spec only, no display name). ``local_domain_ok`` also accepts
    ``name@localhost``-style addresses, fine for a sender talking to a local mail server."""
    if local_domain_ok:
        local, at, domain = value.rpartition("@")
        if at and domain.lower() in ("localhost", "localhost.localdomain"):
            email(f"{local}@example.com")
            return value
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(
            f"{value!r} is not an e-mail address: {str(exc).rstrip('.')}; write it as name@example.com"
        ) from None
    return value


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        hint = did_you_mean(value, _zones())
        raise ValueError(
            f"{value!r} is not a known IANA time zone{hint}; use a name such as Europe/London, "
            "America/New_York or UTC"
        ) from None
    return value


def weekday(value: str) -> str:
    lowered = value.strip().lower()
    if lowered in WEEKDAYS:
        return lowered
    prefixed = [d for d in WEEKDAYS if lowered and d.startswith(lowered)]
    hint = f" (did you mean {prefixed[0]!r}?)" if len(prefixed) == 1 else did_you_mean(lowered, WEEKDAYS)
    raise ValueError(f"{value!r} is not a weekday{hint}; use one of {', '.join(WEEKDAYS)}")


def clock_time(value: str | dt.time) -> dt.time:
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            raise ValueError('give a local time (the schedule\'s timezone key sets the zone), e.g. "08:00"')
        return value
    match = _TIME.match(value.strip())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValueError(f'{value!r} is not a time of day; write it as "HH:MM" on a 24-hour clock, e.g. "08:00"')


def database_url(value: str) -> str:
    try:
        url = sa.make_url(value.strip())
    except sa.exc.ArgumentError:
        raise ValueError(f"{value!r} is not a database URL; use e.g. {DATABASE_EXAMPLES}") from None
    backend = url.drivername.partition("+")[0]
    if backend not in ("sqlite", "postgresql", "postgres"):
        raise ValueError(
            f"the {backend!r} database is not supported; monitor uses SQLite or PostgreSQL, "
            f"e.g. {DATABASE_EXAMPLES}"
        )
    return value.strip()


def env_name(value: str) -> str:
    if not _ENV_NAME.match(value):
        raise ValueError(
            f'{value!r} is not an environment variable name; use letters, digits and _, e.g. "SMTP_PASSWORD"'
        )
    return value


def host_name(value: str) -> str:
    if "://" in value or "/" in value:
        raise ValueError(f'{value!r} is not a host name; give the host name only, e.g. "smtp.example.com"')
    if not _HOST.match(value):
        raise ValueError(f'{value!r} is not a host name; use e.g. "smtp.example.com" or "127.0.0.1"')
    return value


def port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise ValueError(f"{value} is not a port number; use a whole number from 1 to 65535")
    return value


def one_line(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    if any(c in value for c in "\r\n\t\x00"):
        raise ValueError("must be a single line without control characters")
    return value
