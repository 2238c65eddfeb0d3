"""HTML to plain text, safely, with a small tokenizer of the standard library's ``re``.

* ``script``, ``style``, ``template``, ``noscript``, ``iframe``, ``svg``, ``math``, ``head``, ``object``,
  ``select``, ``title`` and ``nav`` contents are dropped whole (in ``script`` and ``style`` nothing is markup
  until their end tag); one that is never closed drops the rest;
* entities (named and numeric) are decoded; control characters are removed, and so are lone
  surrogates, so that the text always encodes as UTF-8;
* block elements (``p``, ``div``, headings, lists, ``blockquote``, ``tr`` ...) end a paragraph, so
  paragraphs come out separated by one blank line; ``<br>`` is a line break; ``td`` and ``th`` start
  with a space; a source newline is a space, except inside ``<pre>``, which keeps its lines;
* ``<q>…</q>`` comes out between curly double quotes, as browsers show it (an inline quotation is
  a quotation, whoever wrote the markup);
* runs of spaces inside a line collapse to one; a line break, spaces, tabs or no-break spaces and
  another line break make a paragraph break.

It reads markup as the standard library's tolerant ``html.parser`` did (this module was built on it
before, and gives the same text on well-formed and on most broken HTML), and never raises. What it
cannot read as a tag is text, so nothing after a damaged spot is lost: a ``<`` not followed by a
letter is a character, an unfinished tag at the end of a truncated summary stays as text, and a tag
that meets another ``<`` before its ``>`` ("x<y and z</p>") was a ``<`` in the text (html.parser
took what followed for attributes and lost it). Hostile input cannot make it slow: every scan
moves forwards, and a closer that is missing (``-->``, ``</script>``, ``]]>``) is looked for once,
so the time is linear in the size of the input (100,000 nested ``<div>``, 100,000 ``<a`` or
``<!--``, megabytes of attributes); nothing recurses.

Twentieth round: ``<nav>`` (a site's menu, breadcrumbs, "next/previous story" links) is no part of the
article: dropped whole. Captions, asides and footers stay text; their furniture lines (a credit,
"Related" headlines, "Filed under:", "©") go in :mod:`monitor.understand.furniture`.
"""

from __future__ import annotations

import re
from html import unescape

_DROP = frozenset(
    {"script", "style", "template", "noscript", "iframe", "svg", "math", "head", "object", "select", "title"}
    | {"nav"}  # a site's menu (Twentieth round)
)
_RAW = frozenset({"script", "style"})  # raw text: only their own end tag ends them
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

# What a start tag does. Common inline tags are listed (as doing nothing) only to be found at once.
_IS_INLINE, _IS_BLOCK, _IS_BR, _IS_CELL, _IS_DROP, _IS_RAW, _IS_PRE, _IS_QUOTE = 0, 1, 2, 3, 4, 5, 6, 7
_INLINE = ("a", "b", "i", "u", "s", "em", "strong", "span", "img", "sup", "sub", "small", "cite", "code")
_ACTION: dict[str, int] = {
    **dict.fromkeys(_INLINE, _IS_INLINE),
    **dict.fromkeys(_BLOCK, _IS_BLOCK),
    **dict.fromkeys(_DROP, _IS_DROP),
    **dict.fromkeys(_RAW, _IS_RAW),
    "br": _IS_BR,
    "td": _IS_CELL,
    "th": _IS_CELL,
    "pre": _IS_PRE,
    "q": _IS_QUOTE,
}
_OPEN_QUOTE, _CLOSE_QUOTE = "\u201c", "\u201d"  # what a browser shows around <q>...</q>
_WHITESPACE = " \t\n\r\u00a0"  # what a piece of text between two tags is often made of

# Removed from every piece of text (after its entities are decoded; ``unescape`` never yields \x01
# to \x03), so that \x01, \x02 and \x03 are free to mark paragraph breaks, line breaks and soft
# spaces in the extracted text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ud800-\udfff]")
_PARA = "\x01"
_LINE = "\x02"
_SOFT = "\x03"

# One markup construct, from its "<", where a ">" is known to follow (see _extract). A start tag's
# name is what html.parser reads as one (it may hold a "<": "<a<script>" is the tag "a<script", read
# as "script"); its attributes run up to ">", with quoted values (only after "=") able to hold "<"
# and ">". Possessive loops: a scan never backtracks, and a start tag that meets "<" (or the end of
# the scanned part) before its ">" is damaged and stops there. End tags, "<!doctype>", "<?...>",
# "<!...>" and "</...>" run to the next ">"; comments and "<![...[" sections are closed in Python.
_MARKUP = re.compile(
    r"""<(?:
        (?P<tag>[a-zA-Z][^\t\n\r\f />\x00]*+)
        (?P<attrs>(?:[^<>"'=]++|=\s*+(?:"[^"]*+"|'[^']*+')?|["'])*+)
        (?P<gt>>)?
      | /\s*+(?P<end>[a-zA-Z][^\t\n\r\f />\x00]*+)[^>]*+>
      | (?P<open>!--|!\[)
      | [!?/][^>]*+>
    )""",
    re.VERBOSE,
)
_RAW_END = {name: re.compile(rf"</\s*{name}\s*>", re.IGNORECASE) for name in _RAW}
_COMMENT_END = re.compile(r"--\s*>")
_SECTION_END = re.compile(r"]\s*]\s*>")  # <![CDATA[ ... ]]>
_COND_END = re.compile(r"]\s*>")  # <![if !mso]> ... <![endif]>
_SECTION_KIND = re.compile(r"<!\[\s*+([a-zA-Z]*+)")
_SECTIONS = frozenset({"cdata", "temp", "ignore", "include", "rcdata"})
_UNQUOTED_SLASH = re.compile(r"""=\s*+(?!["'])[^\s"'<>=]*/\Z""")  # "href=x/": the "/" is the value's

_BLANK = re.compile("\x02 *\x02")  # an empty line: a paragraph break
# Whitespace inside text (controls such as \v and \f are gone by then): newlines, tabs and no-break
# spaces are spaces; the other Unicode spaces are too, but a line holding only them is not a blank
# line, so they are _SOFT until blank lines are found; U+2028, U+2029, U+0085 and U+1680 are left in
# place (and stripped from the ends of lines).
_WHITE = re.compile("[\t\n\r\u00a0]")
_SOFT_SPACE = re.compile("[\u2000-\u200a\u202f\u205f\u3000]")
_SPACES = re.compile("  +")
_LONG_DECIMAL_REF = re.compile("&#([0-9]{8,})")
_ANY_TAG = re.compile("<[^<>]*>")


def _self_closing(attrs: str) -> bool:
    """``<x ... />`` (as html.parser reads it: a "/" that ends an unquoted value does not count)."""
    return attrs.endswith("/") and not _UNQUOTED_SLASH.search(attrs)


def _short_ref(m: re.Match[str]) -> str:
    digits = m.group(1).lstrip("0")
    return "&#" + (digits or "0") if len(digits) <= 7 else "&#1114112"  # > U+10FFFF: decoded as U+FFFD


def _unescape(piece: str) -> str:
    """``html.unescape``, which raises on a decimal reference of more than 4,300 digits (Python's
    limit on converting long strings to int): those are shortened to the same meaning first."""
    if "&#" in piece:
        piece = _LONG_DECIMAL_REF.sub(_short_ref, piece)
    return unescape(piece)


def _text(piece: str, pre: int) -> str:
    """Text as it reads: entities decoded, control characters removed, newlines, tabs and no-break
    spaces made spaces (inside <pre> newlines are line breaks), the other Unicode spaces _SOFT."""
    if "&" in piece:
        piece = _unescape(piece)
    if piece.isprintable():  # the common case: no control character and no space but " "
        return piece
    if not pre and not piece.strip(_WHITESPACE):
        return " "
    piece = _CONTROL.sub("", piece)
    if pre:
        piece = piece.replace("\r\n", "\n").replace("\r", "\n").replace("\n", _LINE)
    piece = _WHITE.sub(" ", piece)
    return _SOFT_SPACE.sub(_SOFT, piece)


def _extract(s: str) -> str:
    """The text of the HTML ``s`` with _PARA, _LINE and _SOFT marks (see _text and _tidy).

    Nothing after the last ">" can be markup (every construct ends with one): that tail is text, and
    the tokenizer only scans the part before it, where every construct that needs a ">" finds one.
    Comments, marked sections and script or style contents are closed by a search that is not made
    again past the point where it found its closer missing.
    """
    parts: list[str] = []
    add = parts.append
    head = s.rfind(">") + 1
    missing: dict[re.Pattern[str], int] = {}  # closer -> from where it is known to be absent
    pos = 0
    drop_tag: str | None = None  # inside an element whose content is dropped
    drop_depth = 0
    pre = 0
    while pos < head:
        restart = -1
        for m in _MARKUP.finditer(s, pos, head):
            i, j = m.span()
            if i > pos and drop_tag is None:
                text = s[pos:i]
                if text.isprintable() and "&" not in text:
                    add(text)
                elif pre or text.strip(_WHITESPACE):
                    add(_text(text, pre))
                else:  # "\n" between two paragraphs
                    add(" ")
            pos = j
            tag, attrs, gt, end, opener = m.groups()
            if tag is not None:
                if gt is None:  # damaged: a "<" came before its ">"; it is text
                    if drop_tag is None:
                        add(_text(s[i:pos], pre))
                    continue
                name = tag
                action = _ACTION.get(name)
                if action is None:
                    name = name.lower()
                    if "<" in name:  # "<a<script>": a broken tag swallowed the next; the last counts
                        name = name.rsplit("<", 1)[1]
                    action = _ACTION.get(name, _IS_INLINE)
                if action == _IS_INLINE:
                    continue
                if action >= _IS_CELL and _self_closing(attrs):
                    # as html.parser reads them, "<script/>", "<svg/>" and "<td/>" do nothing, and
                    # "<pre/>" is a paragraph break that keeps no newlines
                    if action == _IS_PRE and drop_tag is None:
                        add(_PARA)
                    continue
                if action == _IS_RAW:  # nothing inside is markup, whether or not we are dropping
                    restart = _close(_RAW_END[name], s, pos, head, missing)
                    if restart < 0:  # never closed: the rest is script
                        return "".join(parts)
                    break
                if drop_tag is not None:
                    if name == drop_tag:
                        drop_depth += 1
                elif action == _IS_BLOCK:
                    add(_PARA)
                elif action == _IS_BR:
                    add(_LINE)
                elif action == _IS_DROP:
                    drop_tag, drop_depth = name, 1
                elif action == _IS_PRE:
                    add(_PARA)
                    pre += 1
                elif action == _IS_QUOTE:
                    add(_OPEN_QUOTE)
                else:  # _IS_CELL
                    add(" ")
            elif end is not None:
                name = end if end in _BLOCK else end.lower()
                if drop_tag is not None:
                    if name == drop_tag:
                        drop_depth -= 1
                        if not drop_depth:
                            drop_tag = None
                elif name in _BLOCK:
                    add(_PARA)
                    if name == "pre" and pre:
                        pre -= 1
                elif name == "q":
                    add(_CLOSE_QUOTE)
            elif opener is not None:
                if opener == "!--":
                    closer = _COMMENT_END
                else:
                    kind = _SECTION_KIND.match(s, i)
                    closer = _SECTION_END if kind and kind.group(1).lower() in _SECTIONS else _COND_END
                restart = _close(closer, s, pos, head, missing)
                if restart < 0:  # never closed: text up to its first ">" (html.parser's reading)
                    restart = s.index(">", i) + 1
                    if drop_tag is None:
                        add(_text(s[i:restart], pre))
                break
            # else: "<!doctype ...>", "<!...>", "<?...>", "</3...>" or "</>": nothing
        else:
            break
        pos = restart
    if drop_tag is None and pos < len(s):
        add(_text(s[pos:], pre))
    return "".join(parts)


def _close(closer: re.Pattern[str], s: str, pos: int, head: int, missing: dict[re.Pattern[str], int]) -> int:
    """Where ``closer`` next ends at or after ``pos`` (before ``head``), or -1."""
    if pos >= missing.get(closer, head + 1):
        return -1
    m = closer.search(s, pos, head)
    if m is None:
        missing[closer] = pos
        return -1
    return m.end()


def _tidy(s: str) -> str:
    """Spaces collapsed, paragraph (_PARA) and line (_LINE) marks made blank lines and newlines.

    ``s`` comes from _text: its only whitespace is " ", _SOFT, and U+2028, U+2029, U+0085 and
    U+1680, which stay inside a line and are stripped from its ends."""
    if _LINE in s:
        s = _BLANK.sub(_PARA, s)
    if _SOFT in s:
        s = s.replace(_SOFT, " ")
    if "  " in s:
        s = _SPACES.sub(" ", s)
    if _LINE not in s:
        return "\n\n".join(filter(None, map(str.strip, s.split(_PARA))))
    paragraphs = ("\n".join(filter(None, map(str.strip, para.split(_LINE)))) for para in s.split(_PARA))
    return "\n\n".join(filter(None, paragraphs))


_BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n\s*")
_TAG_NAME = re.compile(r"<\s*/?\s*([a-zA-Z][\w:-]*)|<[!?]")
_INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)


def _inline_only(html: str) -> bool:
    """No tag but inline ones (nothing a blank line could cut in two to harm: no script, comment,
    block or declaration)."""
    return all((m.group(1) or "!").lower() in _INLINE_TAGS for m in _TAG_NAME.finditer(html))


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept.

    Paragraphs are separated by one blank line. Never raises, whatever the input. A feed's summary
    written as text with blank lines between its paragraphs, with at most entities and inline tags
    ("Tom &amp; Jerry", a link) and no block element, keeps those paragraphs: a browser would run
    them together, but who said what is read paragraph by paragraph.
    """
    if not html:
        return ""
    try:
        if "<" not in html and "&" not in html:  # plain text: its newlines are its lines
            return _tidy(_text(html, 1))
        if _BLANK_LINE.search(html) and _inline_only(html):
            chunks = (_tidy(_extract(chunk)) for chunk in _BLANK_LINE.split(html))
            return "\n\n".join(chunk for chunk in chunks if chunk)
        return _tidy(_extract(html))
    except Exception:  # a bug here must not cost the article: its words, tags cut out bluntly
        return " ".join(_ANY_TAG.sub(" ", _CONTROL.sub("", html)).split())
