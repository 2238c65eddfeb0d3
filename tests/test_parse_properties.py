"""Property tests: whatever bytes arrive, parsing (and the pure poll path after it) raises nothing
but the project's own errors, and what it returns keeps its promises."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.errors import MonitorError, ParseError
from monitor.parse import neutralise, parse_feed, speedups
from monitor.reading import DocumentJob, parse_document, process_document
from monitor.types import ParsedFeed
from tests import poll_support as ps

NOW = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
WATCHLISTS = (ps.watchlist(["https://feeds.example/rss"]),)

FRAGMENTS = st.sampled_from(
    [
        b'<?xml version="1.0" encoding="utf-8"?>',
        b'<?xml version="1.0" encoding="iso-8859-1"?>',
        b"<!DOCTYPE rss [",
        b'<!ENTITY a "aaaaaaaaaa">',
        b'<!ENTITY b "&a;&a;&a;">',
        b'<!ENTITY % p "x">',
        b'<!ENTITY x SYSTEM "file:///etc/passwd">',
        b"]>",
        b'<rss version="2.0">',
        b"<channel>",
        b"<title>",
        b"</title>",
        b"<item>",
        b"</item>",
        b"<guid>",
        b"</guid>",
        b"<link>https://e.example/x</link>",
        b"<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>",
        b"<pubDate>Mon, 03 Nov 2025 09:00:00 GMT</pubDate>",
        b"<description>",
        b"</description>",
        b"<![CDATA[<p>Daredevil</p>]]>",
        b"&a;",
        b"&b;",
        b"&amp;",
        b"&#0;",
        b"&#xD800;",
        b"<feed xmlns='http://www.w3.org/2005/Atom'>",
        b"<entry>",
        b"</entry>",
        b"<html><body>",
        b"</channel></rss>",
        b"Jessica Jones said \xe2\x80\x9cyes\xe2\x80\x9d.",
        b"\xff\xfe",
        b"\x00",
        b"\xe9",
    ]
)
DOCUMENTS = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(FRAGMENTS, st.binary(max_size=20)), max_size=40).map(b"".join),
)


def _check(feed: ParsedFeed) -> None:
    keys = [e.key for e in feed.entries]
    assert len(keys) == len(set(keys))
    for e in feed.entries:
        assert e.key
        assert len(e.key) <= 512
        if e.published is not None:
            assert dt.datetime(1995, 1, 1, tzinfo=dt.UTC) <= e.published <= NOW + dt.timedelta(days=1)
        if e.link is not None:
            assert e.link.startswith(("http://", "https://"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.sampled_from([None, "application/rss+xml", "text/html", "text/xml; charset=latin-1"]))
def test_arbitrary_bytes_give_a_feed_or_a_parse_error(body: bytes, content_type: str | None) -> None:
    problem = None
    try:
        feed = parse_feed(body, now=NOW, content_type=content_type)
    except ParseError as exc:
        problem = str(exc)
    if problem is not None:
        assert problem  # a plain reason, never empty
        return
    _check(feed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_neutralised_documents_declare_only_harmless_entities(body: bytes) -> None:
    from feedparser.sanitizer import replace_doctype

    out = neutralise(body)
    _version, _data, entities = replace_doctype(out.data)
    for value in entities.values():
        assert len(value) <= 2 or (value.startswith("&#") and value.endswith(";"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(max_size=300),
    st.text(max_size=3000),
)
def test_arbitrary_entry_text_goes_through_parse_and_analysis(title: str, text: str) -> None:
    from xml.sax.saxutils import escape

    clean = "".join(ch for ch in title + "\x00" + text if ch >= " " or ch in "\t\n\x00")
    t, _, x = clean.partition("\x00")
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>c</title>'
        f"<item><title>{escape(t)}</title><description>{escape(x)}</description></item>"
        f"<item><title>{escape(t)}</title>"
        f"<description><![CDATA[{x.replace(']]>', '')}]]></description></item>"
        "</channel></rss>"
    ).encode("utf-8", "surrogatepass")
    try:
        result = process_document(
            DocumentJob("https://feeds.example/rss", body, "application/rss+xml", NOW, WATCHLISTS)
        )
    except MonitorError:
        return
    assert result.understood.problems == ()
    if result.parsed is not None:
        assert result.parsed.entries == ()  # handed back as understood articles, not as entries
        parsed = parse_document(body, "application/rss+xml", "https://feeds.example/rss", NOW)
        _check(parsed)
        assert [a.key for a in result.understood.articles] == [e.key for e in parsed.entries]


def _outcome(body: bytes, content_type: str | None) -> ParsedFeed | str:
    try:
        return parse_feed(body, now=NOW, content_type=content_type, url="https://feeds.example/rss")
    except ParseError as exc:
        return str(exc)


TEXT_PIECES = st.lists(
    st.one_of(
        st.text(max_size=30).map(lambda t: t.replace("&", "&amp;").replace("<", "&lt;")),
        st.sampled_from(
            [
                "&amp;",
                "&#128;",
                "&#x9f;",
                "&#150;",
                "&lt;p&gt;",
                "\r\n",
                "\n",
                "<![CDATA[<b>x&</b>]]>",
                "&#x1F600;",
                "\x85",
                "\x93q\x94",
                "😀",
                "é",
                "&nbsp;",
                "<!-- c -->",
                "<b>in</b>",
            ]
        ),
    ),
    max_size=30,
).map("".join)


def _rss_of(parts: tuple[str, str, str]) -> bytes:
    title, description, encoding = parts
    doc = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>c</title>'
        f"<item><title>{title}</title><description>{description}</description></item></channel></rss>"
    )
    if encoding == "utf-8":
        return doc.encode("utf-8", "surrogatepass")
    return doc.encode("latin-1", "xmlcharrefreplace")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        DOCUMENTS,
        st.tuples(TEXT_PIECES, TEXT_PIECES, st.sampled_from(["utf-8", "windows-1252", "iso-8859-1"])).map(
            _rss_of
        ),
    ),
    st.sampled_from([None, "application/rss+xml", "text/xml; charset=windows-1252"]),
)
def test_the_feedparser_speedups_change_no_result(body: bytes, content_type: str | None) -> None:
    # The speed-ups (see tests/test_parse_speedups.py for the hand-made corpus) change no outcome.
    assert speedups.installed() == speedups.ALL
    fast = _outcome(body, content_type)
    with speedups.stock():
        slow = _outcome(body, content_type)
    assert fast == slow
