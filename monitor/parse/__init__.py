"""Bytes → entries: the pure parsing core. See :mod:`monitor.parse.feed`."""

from __future__ import annotations

from monitor.parse.doctype import neutralise
from monitor.parse.feed import DEFAULT_LIMITS, Limits, parse_feed

__all__ = ["DEFAULT_LIMITS", "Limits", "neutralise", "parse_feed"]
