"""Bytes → :class:`ParsedFeed` with feedparser. Pure: no I/O, the clock passed in.

feedparser is always handed a byte stream (``io.BytesIO``): given a ``str`` it fetches URLs and
opens paths, and given ``bytes`` that spell a path it opens the file. DOCTYPE entities are
neutralised first (see :mod:`monitor.parse.doctype`). Damaged documents give what feedparser
recovers plus a plain-language ``warning``; entry HTML is returned as the feed had it (unsanitised:
turn it into text, never render it); documents that are not feeds raise
:class:`monitor.errors.ParseError` with a plain reason.

Importing this module installs two process-wide speed-ups on feedparser (a total table for its
windows-1252 translation, and an expat driver that buffers character data), which make parsing a
quarter cheaper with the same results; see :mod:`monitor.parse.speedups` for why and how, and for
the guard that leaves feedparser as shipped when it no longer looks as they expect.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import io
import re
import xml.sax
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser
from feedparser.encodings import convert_to_utf8

from monitor.errors import ParseError
from monitor.parse import speedups
from monitor.parse.doctype import neutralise
from monitor.types import ParsedEntry, ParsedFeed

speedups.install()

EARLIEST = dt.datetime(1995, 1, 1, tzinfo=dt.UTC)
MAX_KEY = 512
MAX_TITLE = 1_000
MAX_AUTHOR = 200


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of one entry is kept. Longer fields are cut at a tag or word boundary."""

    max_field_chars: int = 200_000  # summary and content, each
    max_entries: int = 1_000


DEFAULT_LIMITS = Limits()
_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    head = body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if content_type and content_type.split(";", 1)[0].strip().lower() in (
        "text/html",
        "application/xhtml+xml",
    ):
        return True
    return b"<html" in head and b"<body" in body[:65536].lower()


def _xml_problem(exc: BaseException, line_offset: int) -> str:
    if isinstance(exc, xml.sax.SAXParseException):
        line = max((exc.getLineNumber() or 0) - line_offset, 1)
        return f"the XML is damaged at line {line}, column {exc.getColumnNumber()} ({exc.getMessage()})"
    return f"the XML is damaged ({exc})"


def _clip(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut to about ``limit`` characters at a tag or word boundary."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    boundary = max(cut.rfind(">"), cut.rfind(" "), cut.rfind("\n"))
    if boundary > limit * 0.8:
        cut = cut[: boundary + 1]
    lt, gt = cut.rfind("<"), cut.rfind(">")
    if lt > gt:  # do not end inside a tag
        cut = cut[:lt]
    return cut.rstrip() + " […]", True


def _plain(value: Any, limit: int) -> str:
    text = value if isinstance(value, str) else ""
    return " ".join(text.split())[:limit]


def _date(entry: Any, now: dt.datetime) -> tuple[dt.datetime | None, bool]:
    """The entry's date in UTC, and whether a date was present but implausible."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)  # plain dict access: no feedparser fallback mapping
        if not parsed:
            continue
        try:
            when = dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)
        except (OverflowError, ValueError, OSError, TypeError):
            return None, True
        if when < EARLIEST or when > now + dt.timedelta(days=1):
            return None, True
        return when, False
    return None, False


def _content(entry: Any) -> str:
    best = ""
    for part in entry.get("content") or ():
        value = part.get("value") if isinstance(part, dict) else None
        if isinstance(value, str) and len(value) > len(best):
            best = _as_html(value, part)
    return best


def _as_html(value: str, detail: Any) -> str:
    """A field as HTML: feedparser gives a text/plain one (Atom ``type="text"``) unescaped, so its
    "<" and "&" are escaped here ("a <b> tag" is words, not a tag); its blank lines stay, and
    html_to_text keeps them as paragraph breaks."""
    kind = detail.get("type") if isinstance(detail, dict) else None
    return html.escape(value, quote=False) if kind == "text/plain" else value


def _absolute(base: str | None, value: Any) -> Any:
    """A link as feedparser gives it when ``base`` is the document's location (None: feedparser
    was given it, or there is none): a relative link joined with it."""
    if not base or not isinstance(value, str) or not value:
        return value
    try:
        return urljoin(base, value)
    except ValueError:  # as feedparser: a link urllib cannot join is no link
        return ""


def _safe_link(value: Any) -> str | None:
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()[:2000]
    return None


def _hash(*parts: str) -> str:
    digest = hashlib.sha256("\x00".join(" ".join(p.split()) for p in parts).encode("utf-8", "replace"))
    return "sha256:" + digest.hexdigest()[:40]


def _key(guid: str | None, link: str | None, title: str, summary: str, content: str) -> tuple[str, str]:
    """The entry's identity: GUID, else link, else a hash of its text; and which one was used."""
    for kind, value in (("guid", guid), ("link", link)):
        if value:
            return (value if len(value) <= MAX_KEY else _hash(value)), kind
    return _hash(title, summary, content), "content"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def parse_feed(
    body: bytes,
    *,
    now: dt.datetime,
    content_type: str | None = None,
    url: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedFeed:
    """Parse one fetched document. Raises ParseError when it is not a feed at all."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ParseError("the document must be bytes")
    body = bytes(body)
    if not body.strip():
        raise ParseError("the response was empty")
    try:
        return _parse(body, now=now, content_type=content_type, url=url, limits=limits)
    except ParseError:
        raise
    except Exception as exc:  # feedparser is a big parser fed by strangers: contain its surprises
        raise ParseError(f"the feed could not be read ({type(exc).__name__}: {exc})"[:300]) from exc


def _parse(
    body: bytes, *, now: dt.datetime, content_type: str | None, url: str | None, limits: Limits
) -> ParsedFeed:
    notes: list[str] = []
    # 1. Decode to UTF-8 exactly as feedparser would, so the DOCTYPE scan sees what it will see.
    info: dict[str, Any] = {}
    utf8 = convert_to_utf8({"content-type": content_type} if content_type else {}, body, info)
    exc = info.get("bozo_exception")
    if isinstance(exc, feedparser.CharacterEncodingOverride):
        m = re.match(r"document declared as (\S+), but parsed as (\S+)", str(exc))
        if m and (
            (content_type and m.group(1).lower() in content_type.lower())
            or (_DECL_ENCODING.match(body[:400].lstrip(b"\xef\xbb\xbf")) is not None)
        ):
            notes.append(
                f"the declared character encoding was wrong (declared {m.group(1)}, read as {m.group(2)})"
            )
    elif isinstance(exc, feedparser.CharacterEncodingUnknown):
        notes.append("the character encoding could not be worked out; some characters may be wrong")
    stripped = body.lstrip(b"\xef\xbb\xbf\xfe\xff\x00 \t\r\n")
    line_offset = 0 if stripped[:5].lower() == b"<?xml" else 1
    # 2. Neutralise entity declarations.
    safe = neutralise(utf8)
    if safe.dropped:
        notes.append(
            f"{_count(safe.dropped, 'entity declaration was', 'entity declarations were')} ignored "
            "(they could blow up memory or read local files)"
        )
    # 3. feedparser, on a byte stream only.
    # No sanitising or URI rewriting here: entry HTML only ever becomes plain text (see
    # monitor.understand.text.html_to_text), never markup shown to anyone, and skipping them makes
    # large entries several times cheaper. Nor is the document's URL handed over as its base
    # unless the document sets bases of its own (xml:base, which may be relative and nested):
    # feedparser would join every link-like value with it (a third of its time on ordinary
    # feeds), while only the entry and feed links are kept, and :func:`_absolute` joins those.
    headers = {"content-type": "application/xml; charset=utf-8"}
    base = url  # what _absolute joins the kept links with (None: feedparser has joined them)
    if url and b"xml:base" in safe.data:
        headers["content-location"], base = url, None
    result = feedparser.parse(
        io.BytesIO(safe.data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = result.get("version") or ""
    raw_entries = list(result.get("entries") or [])
    bozo = result.get("bozo_exception") if result.get("bozo") else None
    if not version and not raw_entries:
        if _looks_like_html(body, content_type):
            raise ParseError("the server sent an HTML page, not a feed")
        if stripped[:1] in (b"{", b"["):
            raise ParseError("the server sent JSON, not an RSS or Atom feed")
        if bozo is not None:
            raise ParseError(f"the response is not a feed ({_xml_problem(bozo, line_offset)})")
        raise ParseError("the response is not an RSS or Atom feed")
    if bozo is not None and not isinstance(
        bozo, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType
    ):
        notes.append(
            _xml_problem(bozo, line_offset) + f"; recovered {_count(len(raw_entries), 'entry', 'entries')}"
        )

    # 4. Entries.
    feed_info = result.get("feed") or {}
    entries: list[ParsedEntry] = []
    seen: set[str] = set()
    duplicates = no_guid_link = no_guid_content = bad_dates = clipped = 0
    if len(raw_entries) > limits.max_entries:
        notes.append(f"only the first {limits.max_entries} of {len(raw_entries)} entries were read")
        raw_entries = raw_entries[: limits.max_entries]
    for raw in raw_entries:
        guid = _plain(raw.get("id"), 100_000) or None
        raw_link = _absolute(base, raw.get("link"))
        link = _safe_link(raw_link)
        title = _plain(raw.get("title"), MAX_TITLE)
        summary, cut1 = _clip(raw.get("summary") or "", limits.max_field_chars)
        content, cut2 = _clip(_content(raw), limits.max_field_chars)
        clipped += cut1 or cut2
        key, kind = _key(guid, _plain(raw_link, 100_000) or None, title, summary, content)
        summary = _as_html(summary, raw.get("summary_detail"))  # after the key: keys stay as they were
        if kind == "link":
            no_guid_link += 1
        elif kind == "content":
            no_guid_content += 1
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        published, implausible = _date(raw, now)
        bad_dates += implausible
        author = _plain(raw.get("author"), MAX_AUTHOR) or None
        entries.append(
            ParsedEntry(
                key=key,
                title=title,
                link=link,
                guid=guid[:MAX_KEY] if guid else None,
                summary_html=summary,
                content_html=content,
                author=author,
                published=published,
            )
        )
    if duplicates:
        notes.append(
            f"{_count(duplicates, 'entry repeated', 'entries repeated')} an earlier one's id; "
            "kept one of each"
        )
    if no_guid_link:
        notes.append(f"{_count(no_guid_link, 'entry has', 'entries have')} no GUID (identified by link)")
    if no_guid_content:
        notes.append(
            f"{_count(no_guid_content, 'entry has', 'entries have')} neither GUID nor link "
            "(identified by content)"
        )
    if bad_dates:
        notes.append(
            f"{_count(bad_dates, 'entry had an implausible date', 'entries had implausible dates')} (ignored)"
        )
    if clipped:
        notes.append(
            f"{_count(clipped, 'entry was', 'entries were')} longer than "
            f"{limits.max_field_chars:,} characters and shortened"
        )
    return ParsedFeed(
        title=_plain(feed_info.get("title"), MAX_TITLE) or None,
        link=_safe_link(_absolute(base, feed_info.get("link"))),
        entries=tuple(entries),
        warning="; ".join(notes) or None,
    )
