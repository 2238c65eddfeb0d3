"""Parsing: keys, dates, sizes, damaged documents, non-feeds and entity attacks. Pure; no server."""

from __future__ import annotations

import datetime as dt
import resource
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.parse import Limits, neutralise, parse_feed
from tests.feedserver import FeedServer, Item, Status, atom, rss

NOW = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)


def parse(body: bytes, **kw: object):  # type: ignore[no-untyped-def]
    return parse_feed(body, now=NOW, **kw)  # type: ignore[arg-type]


def test_keys_are_guid_then_link_then_a_stable_hash() -> None:
    doc = rss(
        [
            Item("With guid", "https://e.example/1", "guid-1"),
            Item("Link only", "https://e.example/2"),
            Item("Nothing", description="just text"),
        ]
    )
    feed = parse(doc)
    keys = [e.key for e in feed.entries]
    assert keys[:2] == ["guid-1", "https://e.example/2"]
    assert keys[2].startswith("sha256:")
    assert parse(doc).entries[2].key == keys[2]  # stable
    assert feed.warning is not None
    assert "no GUID (identified by link)" in feed.warning
    assert "neither GUID nor link" in feed.warning


def test_rss_fields_and_atom() -> None:
    feed = parse(
        rss([Item("T", "https://e.example/1", "g", description="<p>sum</p>", content="<p>full</p>")])
    )
    entry = feed.entries[0]
    assert feed.title == "Test feed"
    assert entry.title == "T"
    assert "sum" in entry.summary_html
    assert "full" in entry.content_html
    assert entry.published == dt.datetime(2025, 11, 3, 9, 0, tzinfo=dt.UTC)
    assert feed.warning is None
    a = parse(atom([Item("A", "https://e.example/a", "urn:a")]))
    assert [e.key for e in a.entries] == ["urn:a"]


def test_duplicate_guids_collapse_to_one_entry() -> None:
    feed = parse(rss([Item("One", guid="same"), Item("Two", guid="same"), Item("Three", guid="other")]))
    assert [e.title for e in feed.entries] == ["One", "Three"]
    assert feed.warning is not None
    assert "1 entry repeated an earlier one's id" in feed.warning


@pytest.mark.parametrize(
    "date",
    ["Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 01 Jan 2100 00:00:00 GMT", "Sun, 01 Jan 1990 00:00:00 GMT"],
)
def test_implausible_dates_become_none(date: str) -> None:
    feed = parse(rss([Item("Old", guid="g", pub_date=date)]))
    assert feed.entries[0].published is None
    assert feed.warning is not None
    assert "implausible date" in feed.warning


def test_a_date_tomorrow_is_still_plausible() -> None:
    feed = parse(rss([Item("Soon", guid="g", pub_date="Tue, 11 Nov 2025 06:00:00 GMT")]))
    assert feed.entries[0].published == dt.datetime(2025, 11, 11, 6, 0, tzinfo=dt.UTC)


def test_a_multi_megabyte_entry_is_shortened() -> None:
    huge = "<p>" + ("Daredevil word " * 300_000) + "</p>"  # ~4.5 MB
    feed = parse(rss([Item("Huge", guid="g", description=huge)]), limits=Limits(max_field_chars=100_000))
    entry = feed.entries[0]
    assert len(entry.summary_html) <= 100_010
    assert entry.summary_html.endswith("[…]")
    assert feed.warning is not None
    assert "shortened" in feed.warning


def test_truncated_xml_recovers_what_it_can() -> None:
    doc = rss(items := [Item(f"T{i}", f"https://e.example/{i}", f"g{i}") for i in range(5)])
    cut = doc[: doc.index(b"<item><title>T4")] + b"<item><title>T4</ti"
    feed = parse(cut)
    assert [e.key for e in feed.entries][:4] == [i.guid for i in items[:4]]
    assert feed.warning is not None
    assert "damaged" in feed.warning


def test_mismatched_tag_mid_feed_names_the_line() -> None:
    doc = rss([Item("A", guid="a"), Item("B", guid="b")]).replace(b"<title>B</title>", b"<title>B</oops>\n")
    feed = parse(doc)
    assert "a" in [e.key for e in feed.entries]
    assert feed.warning is not None
    assert "the XML is damaged at line" in feed.warning
    assert "mismatched tag" in feed.warning


def test_wrong_declared_encoding_is_read_and_noted() -> None:
    doc = rss([Item("Café Noël", guid="g")]).decode("utf-8").encode("latin-1")  # declared utf-8
    feed = parse(doc)
    assert feed.entries[0].title == "Café Noël"
    assert feed.warning is not None
    assert "declared character encoding was wrong" in feed.warning


def test_declared_latin1_is_fine() -> None:
    doc = rss([Item("Café", guid="g")]).replace(b'encoding="utf-8"', b'encoding="iso-8859-1"')
    feed = parse(doc.decode("utf-8").encode("latin-1"))
    assert feed.entries[0].title == "Café"
    assert feed.warning is None


def test_utf16_feed() -> None:
    doc = rss([Item("Ünïcode", guid="g")]).replace(b'encoding="utf-8"', b'encoding="utf-16"')
    feed = parse(doc.decode("utf-8").encode("utf-16"))
    assert feed.entries[0].title == "Ünïcode"


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"", None, "the response was empty"),
        (b"  \r\n\t ", "application/rss+xml", "the response was empty"),
        (
            b"<!DOCTYPE html><html><head><title>x</title></head><body>Hi</body></html>",
            "text/html",
            "HTML page",
        ),
        (b"<html><body><p>Hello</p></body></html>", None, "HTML page"),
        (b'{"version": "https://jsonfeed.org/version/1"}', "application/json", "JSON"),
        (b"\x00\x01\x02garbage\xff\xfe", None, "not"),
        (b"<?xml version='1.0'?><catalog><book/></catalog>", "application/xml", "not an RSS or Atom feed"),
    ],
)
def test_documents_that_are_not_feeds_are_plain_failures(
    body: bytes, content_type: str | None, reason: str
) -> None:
    with pytest.raises(ParseError, match=reason):
        parse(body, content_type=content_type)


def test_a_body_that_is_a_path_is_never_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss([Item("SECRET ENTRY", guid="secret")]))
    with pytest.raises(ParseError):
        parse(str(secret).encode())
    for path in (b"/etc/passwd", b"file:///etc/passwd"):
        with pytest.raises(ParseError):
            parse(path)


def test_a_body_that_is_a_url_is_never_fetched() -> None:
    with FeedServer() as server:
        url = server.add("/feed", Status(200, rss([Item("Fetched!", guid="x")])))
        for body in (url.encode(), b"  " + url.encode() + b"\n"):
            with pytest.raises(ParseError):
                parse(body)
        assert server.hits("/feed") == 0


def test_a_str_is_refused() -> None:
    with pytest.raises(ParseError):
        parse_feed("http://127.0.0.1:1/feed", now=NOW)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ entities

ITEM = b"<item><title>t</title><guid>g</guid><description>%s</description></item>"


def _doc(doctype: bytes, description: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        + doctype
        + b'\n<rss version="2.0"><channel><title>c</title>'
        + ITEM % description
        + b"</channel></rss>\n"
    )


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_quadratic_blowup_with_a_plain_text_entity_does_not_expand() -> None:
    # 100 KB entity used 3000 times: ~0.3 MB of document, 300 MB if expanded.
    doc = _doc(b'<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100_000 + b'">\n]>', b"&a;" * 3000)
    assert len(doc) < 200_000
    before = _peak_mb()
    feed = parse(doc)
    assert _peak_mb() - before < 100
    assert len(feed.entries[0].summary_html) < 100_000
    assert "AAAAAAAAAA" not in feed.entries[0].summary_html
    assert feed.warning is not None
    assert "entity declaration was ignored" in feed.warning


def test_billion_laughs_does_not_expand() -> None:
    levels = [b'<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        levels.append(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10))
    doc = _doc(b"<!DOCTYPE rss [\n" + b"\n".join(levels) + b"\n]>", b"&lol9;")
    feed = parse(doc)
    assert "lollol" not in feed.entries[0].summary_html
    assert feed.warning is not None
    assert "10 entity declarations were ignored" in feed.warning


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//x//EN" "file:///etc/passwd">]>',
        b'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
        b'<!DOCTYPE rss SYSTEM "file:///etc/passwd">',
    ],
)
def test_external_entities_are_never_read(doctype: bytes) -> None:
    feed = parse(_doc(doctype, b"&xxe;"))
    text = " ".join(e.summary_html + e.title for e in feed.entries)
    assert "root:" not in text


def test_tricks_that_hide_declarations_from_a_naive_scan() -> None:
    big = b"B" * 50_000
    for doctype in (
        # a '<b' inside an entity value ends feedparser's notion of the prolog early
        b'<!DOCTYPE rss [\n<!ENTITY z "<b/>">\n<!ENTITY a "' + big + b'">\n]>',
        # a declaration inside a comment, on its own line
        b'<!-- \n<!ENTITY a "' + big + b'">\n -->\n<!DOCTYPE rss [\n<!ENTITY b "x">\n]>',
        # junk before the DOCTYPE (not a proper prolog)
        b'junk\n<!DOCTYPE rss [\n<!ENTITY a "' + big + b'">\n]>',
        # lower-case keywords
        b'<!doctype rss [\n<!entity a "' + big + b'">\n]>',
    ):
        doc = _doc(doctype, b"&a;" * 2000)
        try:
            feed = parse(doc)
        except ParseError:
            continue
        assert all(len(e.summary_html) < 200_000 for e in feed.entries)


def test_utf16_entity_blowup_is_neutralised_too() -> None:
    doc = _doc(b'<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100_000 + b'">\n]>', b"&a;" * 3000)
    doc16 = doc.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    feed = parse(doc16)
    assert len(feed.entries[0].summary_html) < 100_000


def test_harmless_entities_still_work() -> None:
    doc = _doc(b'<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n<!ENTITY dash "-">\n]>', b"a&nbsp;b&dash;c")
    feed = parse(doc)
    assert feed.entries[0].summary_html == "a\xa0b-c"
    assert feed.warning is None


def test_netscape_rss091_doctype_is_kept() -> None:
    doc = _doc(
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">',
        b"x",
    ).replace(b'version="2.0"', b'version="0.91"')
    out = neutralise(doc)
    assert b"Netscape" in out.data
    assert out.dropped == 0
    assert parse(doc).entries[0].summary_html == "x"


def test_neutralise_keeps_line_numbers() -> None:
    doc = _doc(b'<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100 + b'">\n<!ENTITY b "bbb">\n]>', b"x")
    out = neutralise(doc)
    assert out.data.count(b"\n") == doc.count(b"\n")
    assert out.dropped == 2


def test_relative_links_are_joined_with_the_documents_url() -> None:
    doc = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title><link>/</link>
<item><title>Rel</title><link>/news/1</link></item>
<item><title>Abs</title><link>https://other.example/2</link></item>
<item><title>Bad scheme</title><link>javascript:alert(1)</link></item>
</channel></rss>"""
    feed = parse(doc, url="https://site.example/feeds/all.xml")
    links = [e.link for e in feed.entries]
    assert links == ["https://site.example/news/1", "https://other.example/2", None]
    assert [e.key for e in feed.entries][:2] == links[:2]  # link-keyed entries keep absolute keys
    assert feed.link == "https://site.example/"
    # Without the document's URL a relative link cannot be made absolute, and is not kept as a link.
    assert parse(doc).entries[0].link is None


def test_a_relative_xml_base_is_resolved_against_the_documents_url() -> None:
    doc = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><title>T</title><id>urn:t</id>
<updated>2025-11-03T09:00:00Z</updated>
<entry xml:base="posts/"><title>A</title><id>urn:a</id><link href="a.html"/>
<updated>2025-11-03T09:00:00Z</updated></entry>
</feed>"""
    feed = parse(doc, url="https://site.example/feed.atom")
    assert feed.entries[0].link == "https://site.example/blog/posts/a.html"


@pytest.mark.parametrize(
    "link",
    [
        "/news/1",
        "news/1?x=1&amp;y=2",
        "../up/2",
        "//cdn.example/3",
        "?p=4",
        "#frag",
        "https://other.example/5",
        "http:/broken.example/6",
        "HTTPS://Upper.example/7",
        "mailto:a@b.example",
        "data:text/html,x",
        " /spaced/8 ",
    ],
)
def test_entry_links_are_those_feedparser_gives_with_the_url_as_base(link: str) -> None:
    import io

    import feedparser

    url = "https://site.example/feeds/all.xml"
    doc = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>x</title><link>{link}</link></item></channel></rss>"
    ).encode()
    theirs = feedparser.parse(io.BytesIO(doc), response_headers={"content-location": url})
    expected = theirs.entries[0].get("link")
    entry = parse(doc, url=url).entries[0]
    assert entry.key == expected
    assert entry.link == (expected.strip() if expected.lower().startswith(("http://", "https://")) else None)


def test_a_text_plain_field_keeps_its_angle_brackets_and_paragraphs() -> None:
    # Atom type="text": feedparser gives the words unescaped; read as HTML, "<Name>" would vanish
    # as a tag and the blank line would join the paragraphs
    from monitor.reading import entry_text

    body = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>f</id>'
        b"<updated>2025-11-01T00:00:00Z</updated><entry><id>e1</id><title>T</title>"
        b'<updated>2025-11-01T00:00:00Z</updated><summary type="text">Dana &amp; Lee wrote &lt;Ana&gt;.'
        b"\n\n&quot;We'll see,&quot; she said.</summary></entry></feed>"
    )
    (entry,) = parse(body).entries
    assert entry_text(entry) == 'Dana & Lee wrote <Ana>.\n\n"We\'ll see," she said.'
