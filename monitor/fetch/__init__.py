"""Fetching feeds: the network edge. See :mod:`monitor.fetch.client`."""

from __future__ import annotations

from monitor.fetch.client import Fetcher, FetchRequest, fetch_one, fetch_sync

__all__ = ["FetchRequest", "Fetcher", "fetch_one", "fetch_sync"]
