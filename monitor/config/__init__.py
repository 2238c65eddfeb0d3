"""Configuration: ``monitor.toml`` + ``watchlists/*.toml`` + the environment → frozen settings.

The only reader of the environment (it is passed in as a mapping). Modules:

* :mod:`monitor.config.schema` — pydantic models mirroring the files key for key;
* :mod:`monitor.config.checks` — value checks (URLs, e-mail, time zones, times, ...);
* :mod:`monitor.config.lines` — the line number of every key, for messages;
* :mod:`monitor.config.messages` — validation errors as ``file:line: key: problem; fix``;
* :mod:`monitor.config.loader` — reads the files and the environment into :class:`Settings`.
"""

from __future__ import annotations

from monitor.config.loader import ENVIRONMENT_OVERRIDES, load_settings

__all__ = ["ENVIRONMENT_OVERRIDES", "load_settings"]
