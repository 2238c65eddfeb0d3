"""HTML to plain text, safely, with the standard library's tolerant parser.

* ``script``, ``style``, ``template``, ``noscript``, ``iframe``, ``svg``, ``math``, ``head``, ``object``
  and ``select`` contents are dropped whole;
* entities (named and numeric) are decoded; control characters are removed;
* block elements (``p``, ``div``, headings, lists, ``blockquote``, ``tr`` ...) end a paragraph, so
  paragraphs come out separated by one blank line; ``<br>`` is a line break;
* runs of spaces inside a paragraph collapse to one.

``html.parser`` never raises on broken markup (unclosed tags, stray ``<``, truncated documents): what
it cannot read as a tag it keeps as text, so nothing after a damaged spot is lost.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_DROP = frozenset(
    {"script", "style", "template", "noscript", "iframe", "svg", "math", "head", "object", "select", "title"}
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "main",
        "nav",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "hr",
        "form",
        "fieldset",
        "address",
        "details",
        "summary",
    }
)
_VOID = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}
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
        if "<" in tag:  # "<a<script>": a broken tag swallowed the next one; the last one counts
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

    def handle_data(self, data: str) -> None:
        if not self._drop_depth:
            # In HTML a source newline is just a space, except inside <pre>.
            self.parts.append(data if self._pre else data.replace("\n", " ").replace("\r", " "))


def _tidy(raw: str) -> str:
    """Paragraphs (split at blank lines and block breaks) with spaces collapsed, joined by a blank line."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace(_PARA_BREAK, "\n\n")
    raw = _CONTROL.sub("", raw.replace(_LINE_BREAK, "\n"))
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(raw):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept.

    Paragraphs are separated by one blank line. Never raises, whatever the input.
    """
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return _tidy(html)
    parser = _Extractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this guards against the odd assertion on junk
        parser.parts.append("")
    return _tidy("".join(parser.parts))
