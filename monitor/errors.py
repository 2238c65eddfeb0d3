"""The one exception family of ``monitor``.

Third-party errors are translated once, at the edge that calls the library, with
``raise ... from exc``; callers handle only these::

    MonitorError
    ├── ConfigError          a config file is missing or invalid (names file, key, line, fix)
    ├── StorageError         the database could not be opened, migrated, read or written
    ├── FetchError           a feed could not be fetched (also carried as a FetchFailed value)
    ├── ParseError           bytes that are not a usable feed
    ├── SeedError            seeds/statements.toml is missing or invalid
    ├── DeliveryError        a digest could not be delivered
    │   ├── TemporaryDeliveryError   worth retrying later (4xx, refused or dropped connection)
    │   └── PermanentDeliveryError   not worth retrying (5xx, recipient refused)
    └── ModelError           the stance model artefact is missing or unusable
"""

from __future__ import annotations


class MonitorError(Exception):
    """Root of every error ``monitor`` raises on purpose."""


class ConfigError(MonitorError):
    """Invalid configuration. ``problems`` lists every problem found, one line each."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class StorageError(MonitorError):
    pass


class FetchError(MonitorError):
    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class ParseError(MonitorError):
    pass


class SeedError(MonitorError):
    pass


class DeliveryError(MonitorError):
    pass


class TemporaryDeliveryError(DeliveryError):
    pass


class PermanentDeliveryError(DeliveryError):
    pass


class ModelError(MonitorError):
    pass
