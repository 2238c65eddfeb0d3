"""Benchmark: ``html_to_text`` against the html.parser version it replaced. Prints figures; asserts nothing.

    .venv/bin/python -m tests.bench.text_speed [--feeds 50] [--repeat 7]

Two sets of documents: the feed farm's entry HTML (``tests.bench.farm``, the documents a poll cycle
of the performance issue reads: 20 entries a feed, content and summary, and titles with markup) and
every ``html`` (and ``title``) of the development sets (``tests/devset/**/*.toml``). For each set:
CPU µs per document of the old and the new function (best of ``--repeat`` runs, ``process_time``),
the speed-up, and how many outputs differ (the first few are shown). Then a few hostile documents,
timed once each (the old function is quadratic on some of them).

:func:`reference_html_to_text` is the previous implementation (its code, comments left out): tests
compare the new one with it (tests/understanding/test_text.py).
"""

from __future__ import annotations

import argparse
import random
import re
import time
import tomllib
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from monitor.understand.text import html_to_text
from tests.bench import farm

DEVSET = Path(__file__).resolve().parents[1] / "devset"

# ---------------------------------------------------------------- the html.parser version (before #6)

_DROP = frozenset(
    {"script", "style", "template", "noscript", "iframe", "svg", "math", "head", "object", "select", "title"}
)
_BLOCK = frozenset(
    {
        *("p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote"),
        *("pre", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl"),
        *("dt", "dd", "table", "tr", "hr", "form", "fieldset", "address", "details", "summary"),
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PARA_BREAK = "\x01P\x01"
_LINE_BREAK = "\x01L\x01"
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n\s*")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._drop_depth = 0
        self._drop_tag: str | None = None
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "<" in tag:
            tag = tag.rsplit("<", 1)[1]
        if self._drop_depth:
            if tag == self._drop_tag:
                self._drop_depth += 1
            return
        if tag in _DROP:
            self._drop_tag = tag
            self._drop_depth = 1
        elif tag == "br":
            self.parts.append(_LINE_BREAK)
        elif tag in _BLOCK:
            self.parts.append(_PARA_BREAK)
            if tag == "pre":
                self._pre += 1
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag == "q":  # rendered with quote marks, as browsers do (added after the move)
            self.parts.append("\u201c")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._drop_depth:
            return
        if tag == "br":
            self.parts.append(_LINE_BREAK)
        elif tag in _BLOCK:
            self.parts.append(_PARA_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if self._drop_depth:
            if tag == self._drop_tag:
                self._drop_depth -= 1
                if not self._drop_depth:
                    self._drop_tag = None
            return
        if tag in _BLOCK:
            self.parts.append(_PARA_BREAK)
            if tag == "pre" and self._pre:
                self._pre -= 1
        elif tag == "q":
            self.parts.append("\u201d")

    def handle_data(self, data: str) -> None:
        if not self._drop_depth:
            self.parts.append(data if self._pre else data.replace("\n", " ").replace("\r", " "))


def _tidy(raw: str) -> str:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace(_PARA_BREAK, "\n\n")
    raw = _CONTROL.sub("", raw.replace(_LINE_BREAK, "\n"))
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(raw):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def reference_html_to_text(html: str) -> str:
    """``monitor.understand.text.html_to_text`` as it was before issue #6 (stdlib html.parser)."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return _tidy(html)
    parser = _Extractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        parser.parts.append("")
    return _tidy("".join(parser.parts))


# ---------------------------------------------------------------- documents


def farm_documents(feeds: int, *, seed: int = 20251109) -> dict[str, list[str]]:
    """What html_to_text reads in a poll of the farm's first ``feeds`` feeds: each entry's content
    (what the poll reads), its summary (the first paragraph, as the farm writes it) and its title."""
    docs: dict[str, list[str]] = {"contents": [], "summaries": [], "titles": []}
    for i in range(feeds):
        rng = random.Random(seed * 1_000_003 + i)  # as farm.build
        for entry in farm.entries(i, rng, f"https://outlet{i}.example.com"):
            docs["contents"].append(entry.html)
            docs["summaries"].append(entry.html.split("\n", 1)[0])
            docs["titles"].append(entry.title)
    return docs


def devset_documents(root: Path = DEVSET) -> dict[str, list[str]]:
    """Every ``html`` and every ``title`` of the development sets' articles."""
    docs: dict[str, list[str]] = {"html": [], "title": []}
    for path in sorted(root.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for key, found in docs.items():
            if isinstance(data.get(key), str):
                found.append(data[key])
    return docs


def hostile_documents() -> Iterator[tuple[str, str]]:
    """(name, document): damaged and hostile markup, small enough for the old parser to finish."""
    yield "100,000 nested <div>", "<div>" * 100_000 + "deep" + "</div>" * 100_000
    yield "1 MB attribute", '<p title="' + "x" * 1_000_000 + '">after</p>'
    yield "20,000 '<a'", "<a" * 20_000
    yield "20,000 '<!--'", "<!--" * 20_000
    yield "NUL bytes", "<p>a\x00b</p>" * 20_000
    yield "1 MB of text", "<p>" + "word " * 200_000


# ---------------------------------------------------------------- figures


def _best(fn: Callable[[str], str], docs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for doc in docs:
            fn(doc)
        best = min(best, time.process_time() - start)
    return best


def compare(name: str, docs: list[str], repeat: int) -> None:
    size = sum(map(len, docs)) / len(docs)
    old = _best(reference_html_to_text, docs, repeat) / len(docs) * 1e6
    new = _best(html_to_text, docs, repeat) / len(docs) * 1e6
    differ = [d for d in docs if reference_html_to_text(d) != html_to_text(d)]
    print(f"[{name}] {len(docs)} documents, {size:,.0f} characters on average")
    print(f"  old {old:7.1f} µs/document   new {new:6.1f} µs/document   {old / new:4.1f}× faster")
    print(f"  outputs that differ: {len(differ)}")
    for doc in differ[:3]:
        print(f"    {doc[:100]!r}")
        print(f"      old {reference_html_to_text(doc)[:100]!r}\n      new {html_to_text(doc)[:100]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=50, help="farm feeds (20 entries each)")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    for kind, docs in farm_documents(args.feeds).items():
        compare(f"feed farm, entry {kind}", docs, args.repeat)
    for field, docs in devset_documents().items():
        compare(f"development sets, every article's {field!r}", docs, args.repeat)
    print("[hostile documents] seconds, one run each")
    for name, doc in hostile_documents():
        start = time.process_time()
        reference_html_to_text(doc)
        old = time.process_time() - start
        start = time.process_time()
        html_to_text(doc)
        new = time.process_time() - start
        print(f"  {name:24s} old {old:7.3f} s   new {new:7.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
