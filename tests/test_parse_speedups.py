"""The feedparser speed-ups (monitor.parse.speedups): installed with this feedparser, and giving
exactly what feedparser as shipped gives, on a corpus chosen to reach every place they touch."""

from __future__ import annotations

import datetime as dt
import io
import random
import xml.sax
import xml.sax.handler
from collections.abc import Callable
from pathlib import Path
from typing import Any

import feedparser
import feedparser.api
import feedparser.html
import feedparser.mixin
import pytest

from monitor.errors import ParseError
from monitor.parse import parse_feed, speedups
from monitor.parse.expat_driver import BUFFER_SIZE, BufferedExpatParser
from monitor.types import ParsedFeed
from tests.bench import farm
from tests.feedserver import Item, atom, rss

NOW = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
URL = "https://site.example/feeds/all.xml"
XHTML = "http://www.w3.org/1999/xhtml"
C1 = "".join(map(chr, range(0x80, 0xA0)))  # the controls windows-1252 puts characters at


# ------------------------------------------------------------------------------ installation


def test_both_speedups_are_installed_with_the_installed_feedparser() -> None:
    # Fails when a feedparser upgrade makes the guard fall back: time to look at them again.
    assert speedups.installed() == speedups.ALL
    assert isinstance(feedparser.mixin._cp1252, str)
    assert feedparser.html._cp1252 is not feedparser.mixin._cp1252  # feedparser.html keeps its dict
    assert isinstance(feedparser.html._cp1252, dict)
    assert feedparser.api.PREFERRED_XML_PARSERS[0] == speedups.DRIVER
    assert type(xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)) is BufferedExpatParser


def test_stock_puts_feedparser_back_as_shipped_for_the_block() -> None:
    table, parsers = feedparser.mixin._cp1252, feedparser.api.PREFERRED_XML_PARSERS
    with speedups.stock():
        assert speedups.installed() == frozenset()
        assert feedparser.mixin._cp1252 is feedparser.html._cp1252
        assert feedparser.api.PREFERRED_XML_PARSERS == ["drv_libxml2"]
        assert type(xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)) is not BufferedExpatParser
    assert speedups.installed() == speedups.ALL
    assert feedparser.mixin._cp1252 == table
    assert parsers == feedparser.api.PREFERRED_XML_PARSERS
    assert speedups.install() == speedups.ALL  # again: no change
    assert feedparser.api.PREFERRED_XML_PARSERS.count(speedups.DRIVER) == 1


@pytest.mark.parametrize(
    ("name", "change"),
    [
        (speedups.CP1252, lambda mp: mp.delattr(feedparser.mixin, "_cp1252")),
        (speedups.CP1252, lambda mp: mp.setattr(feedparser.mixin, "_cp1252", {128: 8364})),
        (speedups.CP1252, lambda mp: mp.setattr(feedparser.mixin, "_cp1252", {0x10000: "x"})),
        (speedups.BUFFERED_EXPAT, lambda mp: mp.delattr(feedparser.api, "PREFERRED_XML_PARSERS")),
        (speedups.BUFFERED_EXPAT, lambda mp: mp.setattr(feedparser.api, "PREFERRED_XML_PARSERS", ("x",))),
        (speedups.BUFFERED_EXPAT, lambda mp: mp.setattr(speedups, "DRIVER", "monitor.parse.no_such_driver")),
    ],
)
def test_a_feedparser_unlike_this_one_is_left_as_shipped(
    name: str, change: Callable[[pytest.MonkeyPatch], None]
) -> None:
    with speedups.stock(), pytest.MonkeyPatch.context() as mp:
        change(mp)
        before = (
            getattr(feedparser.mixin, "_cp1252", None),
            getattr(feedparser.api, "PREFERRED_XML_PARSERS", None),
        )
        assert speedups.install([name]) == frozenset()  # silently
        after = (
            getattr(feedparser.mixin, "_cp1252", None),
            getattr(feedparser.api, "PREFERRED_XML_PARSERS", None),
        )
        assert after == before
    assert speedups.installed() == speedups.ALL


def test_the_table_is_used_only_where_it_is_replaced() -> None:
    # The guard's reading of feedparser.mixin: pop() alone looks the name up.
    assert speedups._users(feedparser.mixin, "_cp1252") == {"_FeedParserMixin.pop"}
    assert speedups._users(feedparser.mixin, "re") >= {
        "_FeedParserMixin.pop",
        "_FeedParserMixin.looks_like_html",
    }


# ------------------------------------------------------------------------------ the table


def test_the_table_translates_every_code_point_as_feedparsers_dict() -> None:
    table, original = feedparser.mixin._cp1252, feedparser.html._cp1252
    assert len(original) == 27
    everything = "".join(map(chr, range(0x110000)))  # surrogates and astral planes included
    expected = "".join(original.get(c, chr(c)) for c in range(0x110000))
    assert everything.translate(original) == expected
    assert everything.translate(table) == expected
    assert everything[0x80:0xA0].translate(table) == "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
    ascii_only = everything[:0x80]  # CPython translates pure ASCII on a path of its own
    assert ascii_only.translate(table) == ascii_only.translate(original) == ascii_only
    samples = [*range(0x200), 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF]
    for c in [*samples, 0x10000, 0x1F600, 0x10FFFF]:
        for text in (chr(c), "a" + chr(c), chr(c) + "\x80" + chr(c), "😀" + chr(c)):
            assert text.translate(table) == text.translate(original), hex(c)


def test_the_table_is_small() -> None:
    table = feedparser.mixin._cp1252
    assert len(table) == 0x10000
    assert table.__sizeof__() < 140_000  # two bytes a character


def test_total_table_refuses_what_it_cannot_reproduce() -> None:
    assert speedups.total_table({128: "€"}) == "".join(map(chr, range(0x80))) + "€" + "".join(
        map(chr, range(0x81, 0x10000))
    )
    for odd in (None, [1], {128: 8364}, {128: "ab"}, {0x10000: "x"}, {-1: "x"}, {"a": "b"}):
        assert speedups.total_table(odd) is None


# ------------------------------------------------------------------------------ the driver


class _Pieces(xml.sax.handler.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def characters(self, content: str) -> None:
        self.pieces.append(content)


def _sax_pieces(doc: bytes) -> list[str]:
    parser = xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    parser.setFeature(xml.sax.handler.feature_namespaces, 1)
    handler = _Pieces()
    parser.setContentHandler(handler)
    source = xml.sax.xmlreader.InputSource()
    source.setByteStream(io.BytesIO(doc))
    parser.parse(source)
    return handler.pieces


def test_the_driver_hands_over_text_split_by_references_in_one_piece() -> None:
    doc = b"<a>x &amp; y &lt;p&gt;\nline &#8217; two\r\nend<b/>tail &amp; more</a>"
    fast = _sax_pieces(doc)
    with speedups.stock():
        slow = _sax_pieces(doc)
    assert fast == ["x & y <p>\nline \u2019 two\nend", "tail & more"]
    assert len(slow) > 10
    assert "".join(slow) == "".join(fast)


def test_the_driver_keeps_long_text_whole() -> None:
    text = ("word &amp; “quoted” é 😀 " * 20_000).encode()  # ~0.6 MB, many 64 KB reads
    fast = _sax_pieces(b"<a>" + text + b"</a>")
    with speedups.stock():
        slow = _sax_pieces(b"<a>" + text + b"</a>")
    assert "".join(fast) == "".join(slow) == text.decode().replace("&amp;", "&")
    assert len(fast) < len(slow) / 100
    assert max(len(p.encode()) for p in fast) <= BUFFER_SIZE


# ------------------------------------------------------------------------------ same results


def _rss(item: str, *, encoding: str = "utf-8", channel: str = "<title>Edge</title>") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel>{channel}<link>https://edge.example/</link>{item}</channel></rss>\n"
    )


def _atom(entry: str, base: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{base}><title>Edge atom</title><id>urn:e</id>'
        f'<updated>2025-11-03T09:00:00Z</updated><link href="/"/>{entry}</feed>\n'
    )


def _edge_documents() -> dict[str, tuple[bytes, str | None]]:
    """Hand-made documents for each place the speed-ups touch: name -> (body, content type)."""
    c1_refs = "".join(f"&#{c};" for c in range(128, 160))
    c1_hex = "".join(f"&#x{c:x};" for c in range(128, 160))
    long_text = "".join(f"part {i} &amp; “{i}” é 😀 &lt;b&gt;bold&lt;/b&gt;\n" for i in range(4_000))
    plain_long = "x" * 70_000 + " é " + "y" * 70_000
    entities_over_lines = (
        "&lt;p&gt;\n&amp;\r\n&lt;a href=&quot;https://e.example/1&quot;&gt;\nlink\n&lt;/a&gt;\n"
    )
    truncated_farm = farm.rss(
        0, "Cut", "https://cut.example", farm.entries(0, random.Random(5), "https://cut.example")
    )
    docs: dict[str, tuple[bytes, str | None]] = {
        "c1_controls_in_utf8": (
            _rss(
                f"<item><title>C1 {C1} end</title><guid>c1</guid><description>{C1}</description>"
                f"<content:encoded><![CDATA[<p>{C1}</p>]]></content:encoded></item>"
            ).encode(),
            None,
        ),
        "c1_bytes_declared_windows_1252": (
            _rss(
                "<item><title>T \x80\x82\x91\x92\x93\x94\x96\x97\x99</title><guid>w</guid>"
                "<description>sum\x85 \x9c</description></item>",
                encoding="windows-1252",
            ).encode("latin-1"),
            None,
        ),
        "c1_bytes_undefined_in_windows_1252": (
            _rss(f"<item><title>T {C1}</title><guid>u</guid></item>", encoding="windows-1252").encode(
                "latin-1"
            ),
            "application/rss+xml; charset=windows-1252",
        ),
        "c1_bytes_declared_latin_1": (
            _rss(
                f"<item><title>L {C1}</title><guid>l</guid><description>{C1}</description></item>",
                encoding="iso-8859-1",
            ).encode("latin-1"),
            None,
        ),
        "c1_numeric_references": (
            _rss(
                f"<item><title>N {c1_refs}</title><guid>n</guid><description>{c1_hex}</description>"
                f"<content:encoded>&lt;p&gt;{c1_refs}&lt;/p&gt;</content:encoded></item>"
            ).encode(),
            None,
        ),
        "cdata_mixed_with_text": (
            _rss(
                "<item><title><![CDATA[Cdata & <title>]]></title><guid>cd</guid>"
                "<description>before &amp; <![CDATA[<p>in & cdata ]]]]><![CDATA[></p>]]>"
                " after &lt;</description>"
                "<content:encoded><![CDATA[]]>x<![CDATA[y]]>&#8217;z</content:encoded></item>"
            ).encode(),
            None,
        ),
        "entities_over_lines_crlf": (
            _rss(
                f"<item><title>Lines\r\n&amp;\r\nmore</title><guid>ln</guid>"
                f"<description>{entities_over_lines}</description>"
                f"<content:encoded>{entities_over_lines * 50}</content:encoded></item>"
            )
            .replace("\n", "\r\n")
            .encode(),
            None,
        ),
        "astral_characters": (
            _atom(
                "<entry><title>Emoji 😀 𝔘𝔫𝔦 &#x1F600; \x80😀</title><id>urn:astral</id>"
                "<updated>2025-11-03T09:00:00Z</updated>"
                '<summary type="html">&lt;p&gt;𝄞 music &#119070; \U0010fffd&lt;/p&gt;</summary>'
                '<content type="text">😀&#128;😀</content></entry>'
            ).encode(),
            None,
        ),
        "text_nodes_longer_than_64k": (
            _rss(
                f"<item><title>Long</title><guid>long</guid><description>{long_text}</description>"
                f"<content:encoded>{long_text * 3}</content:encoded></item>"
                "<item><title>Plain long</title><guid>plain</guid>"
                f"<description>{plain_long}</description></item>"
            ).encode(),
            None,
        ),
        "xhtml_content": (
            _atom(
                f'<entry><title type="xhtml"><div xmlns="{XHTML}">A &amp; <b>b</b> &lt; c</div></title>'
                "<id>urn:x</id><updated>2025-11-03T09:00:00Z</updated>"
                f'<content type="xhtml"><div xmlns="{XHTML}"><p>One &amp; two &lt;three&gt;'
                "\n<em>four</em> &#8217; \x85 five</p></div></content></entry>"
            ).encode(),
            None,
        ),
        "doctype_entities": (
            b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n'
            b'<!ENTITY euro "&#128;">\n<!ENTITY dash "-">\n]>\n'
            + _rss(
                "<item><title>a&nbsp;b&dash;c&euro;</title><guid>dt</guid>"
                "<description>x&nbsp;&nbsp;y</description></item>"
            )
            .split("\n", 1)[1]
            .encode(),
            None,
        ),
        "undefined_entity_goes_loose": (
            _rss(
                "<item><title>Loose&nbsp;one \x80 &#150;</title><guid>lo</guid>"
                "<description>&lt;p&gt;a&hellip;\x93q\x94&lt;/p&gt;</description></item>"
            ).encode(),
            None,
        ),
        "truncated_goes_loose": (truncated_farm[: len(truncated_farm) * 2 // 3], None),
        "mismatched_tag_goes_loose": (
            _rss(
                "<item><title>A \x80</title><guid>a</guid></item><item><title>B</oops>\n<guid>b</guid></item>"
            ).encode(),
            None,
        ),
        "comments_and_processing_instructions": (
            _rss(
                "<item><title>a<!-- c -->b<?pi x?>c&amp;d\x80</title><guid>pi</guid>"
                "<description>one<!-- two -->three</description></item>"
            ).encode(),
            None,
        ),
        "relative_xml_base": (
            _atom(
                '<entry xml:base="posts/"><title>A</title><id>urn:a</id><link href="a.html"/>'
                "<updated>2025-11-03T09:00:00Z</updated><summary>s\x80</summary></entry>",
                base=' xml:base="/blog/"',
            ).encode(),
            None,
        ),
        "utf16": (
            _rss("<item><title>Ünïcode \x80 😀</title><guid>u16</guid></item>", encoding="utf-16").encode(
                "utf-16"
            ),
            None,
        ),
        "empty_and_blank_elements": (
            _rss(
                "<item><title></title><guid> </guid><description/>"
                "<content:encoded>\n\n</content:encoded></item>"
                "<item><title>   </title><link> https://e.example/sp </link></item>"
            ).encode(),
            None,
        ),
        "html_page": (
            b"<!DOCTYPE html><html><head><title>x</title></head><body>Hi \x80</body></html>",
            "text/html",
        ),
        "json": (b'{"version": "https://jsonfeed.org/version/1"}', "application/json"),
        "not_a_feed": (b"<?xml version='1.0'?><catalog><book>\xc2\x80</book></catalog>", "application/xml"),
        "feedserver_rss": (
            rss(
                [
                    Item(
                        "Café “Noël” \x80",
                        "https://e.example/1",
                        "g1",
                        description="<p>a &amp; b</p>",
                        content="<p>full \x93text\x94</p>",
                    ),
                    Item("No guid", "/rel/2"),
                    Item("Nothing", description="x"),
                ]
            ),
            None,
        ),
        "feedserver_atom": (
            atom([Item("Atom “one”", "https://e.example/a", "urn:a", description="<p>x</p>")]),
            None,
        ),
    }
    return docs


def _corpus(tmp_path: Path, farm_feeds: int) -> dict[str, tuple[bytes, str | None]]:
    built = farm.build(tmp_path, farm_feeds, 8080)
    docs: dict[str, tuple[bytes, str | None]] = {
        p: ((tmp_path / p.lstrip("/")).read_bytes(), "application/xml") for p in built.paths
    }
    docs.update(_edge_documents())
    return docs


def _ours(body: bytes, content_type: str | None) -> ParsedFeed | str:
    try:
        return parse_feed(body, now=NOW, content_type=content_type, url=URL)
    except ParseError as exc:
        return f"ParseError: {exc}"


def _theirs(body: bytes) -> dict[str, Any]:
    """feedparser's whole answer, with its own defaults (sanitising, URI resolution) and a base."""
    result = feedparser.parse(io.BytesIO(body), response_headers={"content-location": URL})
    exc = result.pop("bozo_exception", None)
    return {**result, "bozo_exception": repr(exc)}


def test_parse_feed_gives_the_same_feeds_with_and_without_the_speedups(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 40)
    assert speedups.installed() == speedups.ALL
    fast = {name: _ours(body, ct) for name, (body, ct) in corpus.items()}
    with speedups.stock():
        slow = {name: _ours(body, ct) for name, (body, ct) in corpus.items()}
    for name in corpus:
        assert fast[name] == slow[name], name

    # The corpus reaches what it is meant to reach.
    def feed(name: str) -> ParsedFeed:
        value = fast[name]
        assert isinstance(value, ParsedFeed), value
        return value

    assert (
        feed("c1_controls_in_utf8").entries[0].title
        == "C1 €\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ end"
    )
    assert feed("c1_numeric_references").entries[0].title.startswith("N €\x81‚ƒ„")
    assert feed("c1_bytes_declared_latin_1").entries[0].title.startswith("L €\x81‚")
    assert "😀" in feed("astral_characters").entries[0].title
    assert len(feed("text_nodes_longer_than_64k").entries[0].summary_html) > 100_000
    assert feed("text_nodes_longer_than_64k").entries[0].content_html.endswith("[…]")
    for name in ("undefined_entity_goes_loose", "truncated_goes_loose", "mismatched_tag_goes_loose"):
        assert "the XML is damaged" in (feed(name).warning or ""), name
    assert feed("undefined_entity_goes_loose").entries[0].title.endswith("€ –")
    assert feed("relative_xml_base").entries[0].link == "https://site.example/blog/posts/a.html"
    assert all(
        isinstance(value, str) for name, value in fast.items() if name in ("html_page", "json", "not_a_feed")
    )
    assert sum(len(feed(p).entries) for p in corpus if p.startswith("/feed/")) == 40 * farm.ENTRIES_PER_FEED


def test_feedparser_gives_the_same_answer_with_and_without_the_speedups(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 6)
    fast = {name: _theirs(body) for name, (body, _ct) in corpus.items()}
    with speedups.stock():
        slow = {name: _theirs(body) for name, (body, _ct) in corpus.items()}
    for name in corpus:
        assert fast[name] == slow[name], name
    assert (
        fast["c1_controls_in_utf8"]["entries"][0]["summary"]
        == "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
    )
    assert fast["truncated_goes_loose"]["bozo"]
