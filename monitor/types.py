"""Frozen values shared by every part of ``monitor``.

Everything that crosses a module boundary is one of these immutable dataclasses. The pure core
(``monitor.parse``, ``monitor.understand``, ``monitor.digest.build``) takes and returns them; the
edges (fetch, storage, deliver, daemon, config) produce or consume them.

Datetimes are always timezone-aware and in UTC unless a field says otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Stance = Literal["positive", "negative", "uncertain"]
ChangeKind = Literal["new", "shift", "reaffirm", "repeat"]
StatementKind = Literal["quote", "reported"]
ClaimRelation = Literal["unrelated", "agree", "disagree", "discuss"]
STANCES: tuple[Stance, ...] = ("positive", "negative", "uncertain")
CHANGE_KINDS: tuple[ChangeKind, ...] = ("new", "shift", "reaffirm", "repeat")

# --------------------------------------------------------------------------------------------
# Configuration (built and validated by monitor.config)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """Somebody whose statements a watchlist follows."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a watchlist's digest is due: every ``weekday`` at ``time`` in ``timezone``."""

    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    time: dt.time
    timezone: str  # IANA name, e.g. "Europe/London"


@dataclass(frozen=True, slots=True)
class Watchlist:
    """One followed question: its feeds, who gets the digest, and how to recognise the story."""

    name: str
    question: str
    feeds: tuple[str, ...]
    recipients: tuple[str, ...]
    schedule: Schedule
    topic_terms: tuple[str, ...]
    exclude_terms: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    skip_empty: bool = False
    silent_after_days: int = 14  # a feed with no new entry for this long is "silent" in feed health
    baseline: str | None = None  # path of the known-statements file (seeds/statements.toml)
    claims: tuple[str, ...] = ()  # known claims new articles are checked against (agree/dispute)
    learned_gate: bool = True  # statements: the learned gate may add to the rules' (README "Understanding")
    source: str = ""  # path of the file it came from, for messages


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str | None = None  # None: digests go to the outbox folder
    port: int = 587
    sender: str = "monitor@localhost"
    username: str | None = None
    password_env: str | None = None  # name of the environment variable holding the password
    password: str | None = field(default=None, repr=False)  # resolved by config from password_env
    security: Literal["starttls", "ssl", "none"] = "starttls"
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class FetchSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # overall seconds for one fetch, whatever the server does
    max_bytes: int = 10 * 1024 * 1024  # decompressed body cap
    max_redirects: int = 10
    allow_private_networks: bool = False
    per_host_concurrency: int = 2
    concurrency: int = 32
    max_backoff: float = 24 * 3600.0  # seconds; failures back off exponentially up to this
    # Worker processes that parse and analyse feeds in big cycles (see monitor.workers):
    # None = one per CPU (at most 4; none on a single CPU), 0 = never (all in the polling process).
    workers: int | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything from ``monitor.toml`` plus the environment, and the loaded watchlists."""

    database_url: str
    outbox: str  # folder for .eml files when smtp.host is None
    poll_interval: dt.timedelta
    user_agent: str
    timezone: str
    smtp: SmtpSettings
    fetch: FetchSettings
    watchlists: tuple[Watchlist, ...]
    seeds_dir: str = "seeds"
    source: str = ""  # path of monitor.toml


# --------------------------------------------------------------------------------------------
# Fetching and parsing
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedState:
    """What storage knows about one feed."""

    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_success: dt.datetime | None = None  # last 200 or 304
    last_new_entry: dt.datetime | None = None
    last_error: str | None = None
    last_error_at: dt.datetime | None = None
    error_count: int = 0  # consecutive failures
    next_poll: dt.datetime | None = None  # None: due now
    disabled: str | None = None  # reason the feed is no longer polled (e.g. 410 Gone)
    warning: str | None = None  # oddities of the last successful poll (damaged XML, bad dates, ...)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A 200 with a body. ``url`` is the URL asked for, ``final_url`` after redirects."""

    url: str
    final_url: str
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    permanent_redirect: str | None = None  # new URL to store after 301/308


@dataclass(frozen=True, slots=True)
class NotModified:
    url: str
    permanent_redirect: str | None = None  # new URL to store after 301/308


@dataclass(frozen=True, slots=True)
class FetchFailed:
    url: str
    reason: str  # plain-language, shown in `monitor feeds`
    status: int | None = None
    retry_after: float | None = None  # seconds, from Retry-After (already capped)
    gone: bool = False  # 410: disable the feed


FetchResult = Fetched | NotModified | FetchFailed


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One feed entry as parsed, before storage. ``key`` identifies it: GUID, else link, else hash."""

    key: str
    title: str
    link: str | None
    guid: str | None
    summary_html: str  # may be ""
    content_html: str  # full content where the feed has it, else ""
    author: str | None
    published: dt.datetime | None  # None where absent or implausible


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[ParsedEntry, ...]
    warning: str | None = None  # set when the document was damaged but something was recovered


# --------------------------------------------------------------------------------------------
# Stored articles and what the understanding core makes of them
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """A stored entry (or a seed article). ``text`` is plain text, HTML already stripped."""

    id: int
    feed_url: str  # "seed:<file>" for seed articles
    key: str
    url: str | None
    title: str
    text: str
    source: str  # outlet name or host, for display
    published: dt.datetime | None
    first_seen: dt.datetime


@dataclass(frozen=True, slots=True)
class Relevance:
    relevant: bool
    score: float
    reasons: tuple[str, ...]  # why it was kept (or dropped), human-readable


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what, with stance toward the watchlist's question.

    Baseline statements come from ``seeds/statements.toml`` (``origin`` "seed"); the rest are
    extracted from articles (``origin`` "feed", ``article_id`` set).
    """

    speaker: str | None  # canonical name where the watchlist knows the person
    text: str  # the quote, or the reported claim
    stance: Stance
    kind: StatementKind
    date: dt.date | None
    source: str  # outlet
    url: str | None = None
    article_id: int | None = None
    origin: Literal["seed", "feed"] = "feed"
    note: str = ""  # e.g. why a date was inferred


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """How an article relates to one known claim (the learned FNC-1 stance model)."""

    claim: str
    relation: ClaimRelation
    confidence: float


@dataclass(frozen=True, slots=True)
class Signature:
    """What story grouping compares of one article (see :mod:`monitor.understand.signature`),
    computed once when the article is analysed and stored with the analysis. Each field holds
    sorted, distinct 64-bit hashes as little-endian bytes (8 per hash), so a digest over thousands
    of articles reads them without per-hash work."""

    lead: bytes  # word 4-grams of the title and the first words of the text
    quotes: bytes  # (speaker, run of QUOTE_RUN words) of every statement
    shorts: bytes  # (speaker, all its words) of every statement of SHORT_QUOTE..QUOTE_RUN-1 words
    spans: bytes  # (speaker, n-gram) of every statement, n in SHORT_QUOTE..QUOTE_RUN-1
    title: bytes  # the title's content words


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the core made of one article for one watchlist."""

    relevance: Relevance
    statements: tuple[Statement, ...]
    claims: tuple[ClaimMatch, ...] = ()  # only related claims (relation != "unrelated")
    signature: Signature | None = None  # relevant articles: what story grouping compares


@dataclass(frozen=True, slots=True)
class NewArticle:
    """A parsed entry ready to store, with what the core made of it for each watchlist."""

    key: str
    url: str | None
    title: str
    text: str
    source: str
    published: dt.datetime | None
    content_hash: str
    analyses: tuple[tuple[str, Analysis], ...]  # (watchlist name, analysis)


@dataclass(frozen=True, slots=True)
class PolledFeed:
    """One feed's successful poll, ready to store (:meth:`Storage.ingest_many`)."""

    feed_url: str
    articles: tuple[NewArticle, ...]
    etag: str | None
    last_modified: str | None
    title: str | None
    next_poll: dt.datetime
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class StatementChange:
    """A statement compared with the latest earlier statement by the same speaker."""

    statement: Statement
    change: ChangeKind
    previous: Statement | None


@dataclass(frozen=True, slots=True)
class Story:
    """Copies of one story across feeds and outlets."""

    id: str
    headline: str
    articles: tuple[Article, ...]
    changes: tuple[StatementChange, ...]
    disputes: tuple[ClaimMatch, ...] = ()


NOT_POLLED = "not polled yet"  # FeedHealth.error of a feed never fetched yet


@dataclass(frozen=True, slots=True)
class FeedHealth:
    url: str
    ok: bool
    error: str | None  # NOT_POLLED for a feed never fetched yet
    last_success: dt.datetime | None = None
    last_new_entry: dt.datetime | None = None
    silent: bool = False  # no new entry for longer than the watchlist allows
    disabled: str | None = None


@dataclass(frozen=True, slots=True)
class Digest:
    """One period's result for one watchlist: the view model every digest form renders."""

    watchlist: str
    question: str
    since: dt.date
    until: dt.date  # inclusive
    stories: tuple[Story, ...]
    feeds: tuple[FeedHealth, ...]
    generated: dt.datetime
    timeline: tuple[tuple[str, tuple[tuple[dt.date | None, Stance], ...]], ...] = ()
    # per person: (speaker, ((date, stance), ...)) in date order, baseline included

    @property
    def changes(self) -> tuple[StatementChange, ...]:
        return tuple(c for s in self.stories for c in s.changes)

    @property
    def is_empty(self) -> bool:
        return not self.stories


# --------------------------------------------------------------------------------------------
# Delivery
# --------------------------------------------------------------------------------------------

DeliveryStatus = Literal["pending", "sent", "failed"]


@dataclass(frozen=True, slots=True)
class Delivery:
    """One (watchlist, recipient, period) digest. Created before sending, marked after."""

    id: int
    watchlist: str
    recipient: str
    since: dt.date
    until: dt.date
    message_id: str
    status: DeliveryStatus
    attempts: int
    created: dt.datetime
    sent_at: dt.datetime | None = None
    error: str | None = None
    next_attempt: dt.datetime | None = None
