"""Reading one fetched document: parse it, then the text and analysis of its new entries.

Pure top-level functions on picklable values (no storage, no network, no clock), which is what
lets a poll cycle (:mod:`monitor.poll`) run them in worker processes (:mod:`monitor.workers`) or
inline: a worker imports this module, the parser and the understanding core, and nothing of
fetching or storage. An entry whose text or analysis raises is left out with the reason, never
the whole document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from monitor.errors import ParseError
from monitor.parse import parse_feed
from monitor.types import Analysis, NewArticle, ParsedEntry, ParsedFeed, Watchlist
from monitor.understand import ClaimMatcher, analyse
from monitor.understand.text import html_to_text


@dataclass(frozen=True, slots=True)
class Understood:
    """New entries ready to store, and the entries that could not be analysed (with why)."""

    articles: tuple[NewArticle, ...]
    problems: tuple[str, ...] = ()


def parse_document(body: bytes, content_type: str | None, url: str, now: dt.datetime) -> ParsedFeed:
    """Parse one fetched document (pure). Raises ParseError when it is not a feed."""
    return parse_feed(body, now=now, content_type=content_type, url=url)


def source_name(feed_title: str | None, feed_url: str) -> str:
    """The outlet shown for an article: the feed's title, else its host."""
    if feed_title and feed_title.strip():
        return feed_title.strip()[:200]
    host = urlsplit(feed_url).hostname or feed_url
    return host.removeprefix("www.")


def entry_text(entry: ParsedEntry) -> str:
    """Plain text of an entry: its full content where the feed has it, else its summary."""
    return html_to_text(entry.content_html or entry.summary_html)


def understand_entries(
    entries: Sequence[ParsedEntry],
    *,
    source: str,
    watchlists: Sequence[Watchlist],
    match_claims: ClaimMatcher | None = None,
    analyser: Callable[..., Analysis] = analyse,
) -> Understood:
    """Text and analysis (for every watchlist) of new entries (pure). ``analyser`` has the
    signature of :func:`monitor.understand.analyse` (which it defaults to).

    An entry whose text or analysis raises is left out, with the reason in ``problems``, so it is
    not stored half-understood: the next fetch of the feed offers it again."""
    articles: list[NewArticle] = []
    problems: list[str] = []
    for entry in entries:
        try:
            title = html_to_text(entry.title) if "<" in entry.title or "&" in entry.title else entry.title
            text = entry_text(entry)
            published = entry.published.date() if entry.published else None
            analyses: list[tuple[str, Analysis]] = []
            for wl in watchlists:
                analyses.append(
                    (
                        wl.name,
                        analyser(
                            title,
                            text,
                            wl,
                            published=published,
                            source=source,
                            url=entry.link,
                            match_claims=match_claims,
                        ),
                    )
                )
        except Exception as exc:  # one bad entry never costs the others
            problems.append(
                f"entry {entry.key[:80]!r} could not be analysed ({type(exc).__name__}: {exc})"[:300]
            )
            continue
        articles.append(
            NewArticle(
                key=entry.key,
                url=entry.link,
                title=title,
                text=text,
                source=source,
                published=entry.published,
                content_hash=hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest(),
                analyses=tuple(analyses),
            )
        )
    return Understood(tuple(articles), tuple(problems))


@dataclass(frozen=True, slots=True)
class DocumentJob:
    """Everything :func:`process_document` needs, as plain values."""

    feed_url: str
    body: bytes
    content_type: str | None
    now: dt.datetime
    watchlists: tuple[Watchlist, ...]
    known_keys: frozenset[str] = frozenset()
    match_claims: ClaimMatcher | None = None
    url: str | None = None  # where the document came from, if not feed_url (after redirects)


@dataclass(frozen=True, slots=True)
class DocumentResult:
    parsed: ParsedFeed | None  # the feed's title, link and warning; entries=() (see understood)
    understood: Understood
    error: str | None = None  # the document is not a feed (ParseError's reason)


def process_document(job: DocumentJob) -> DocumentResult:
    """Parse + text + analyse one document in one call (pure), skipping ``job.known_keys``.

    The parsed entries are not handed back: they are in ``understood`` as articles, and leaving
    their HTML out halves what a worker sends to the calling process."""
    try:
        parsed = parse_document(job.body, job.content_type, job.url or job.feed_url, job.now)
    except ParseError as exc:
        return DocumentResult(None, Understood(()), str(exc))
    fresh = [e for e in parsed.entries if e.key not in job.known_keys]
    understood = understand_entries(
        fresh,
        source=source_name(parsed.title, job.feed_url),
        watchlists=job.watchlists,
        match_claims=job.match_claims,
    )
    return DocumentResult(replace(parsed, entries=()), understood)


# ------------------------------------------------------------------------------------------
# The cycle
# ------------------------------------------------------------------------------------------
