"""Deterministic Message-IDs: one per (watchlist, recipient, period), so a retry carries the same one."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _domain(sender: str) -> str:
    address = sender.rsplit("<", 1)[-1].rstrip(">").strip()
    domain = address.rpartition("@")[2]
    domain = _UNSAFE.sub("-", domain).strip(".-")
    return domain or "localhost"


def make_message_id(watchlist: str, recipient: str, since: dt.date, until: dt.date, sender: str) -> str:
    """``<digest.WATCHLIST.SINCE.HASH@DOMAIN>``, the hash covering every part of the key (the
    recipient's address and the period's end appear only hashed), the domain taken from the
    sender's address. Short enough not to be folded in the header."""
    key = "\x1f".join((watchlist, recipient.strip().lower(), since.isoformat(), until.isoformat()))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    slug = _UNSAFE.sub("-", watchlist).strip(".-")[:20] or "watchlist"
    return f"<digest.{slug}.{since:%Y%m%d}.{digest}@{_domain(sender)[:40]}>"
