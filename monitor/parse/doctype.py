"""Neutralising DOCTYPE entity declarations before feedparser sees a document.

feedparser keeps every DOCTYPE entity whose value is plain text and expands it itself, even when
the XML parser rejected the document, so a 0.3 MB feed declaring one 100 KB entity and using it
three thousand times becomes a 300 MB string; nested entities (billion laughs) and external ones
(XXE, ``SYSTEM "file:///etc/passwd"``) are worse. Here the DOCTYPE is rebuilt before parsing, keeping
only entities that cannot grow the document: a single character reference (``&#160;``) or at most
two plain characters. Everything else in the internal subset (parameter entities, external
entities, longer or nested values, ATTLIST defaults) is dropped, and any declaration outside a
proper prolog, where feedparser's own regular expressions would still find it, is defused.

Works on UTF-8 bytes (the parser converts the document to UTF-8 first, exactly as feedparser does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WS = b" \t\r\n"
_DECL_IN_HEAD = re.compile(rb"<!(?=(?:ENTITY|DOCTYPE|entity|doctype|Entity|Doctype))", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<\w")
_ENTITY = re.compile(
    rb"""<!ENTITY\s+(?P<pe>%\s+)?(?P<name>[^\s"'%>]+)\s+(?P<rest>[^>]*?)\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_LITERAL = re.compile(rb"""^(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)')$""", re.DOTALL)
_CHAR_REF = re.compile(rb"^&#(?:[0-9]{1,7}|x[0-9a-fA-F]{1,6});$")
_NAME = re.compile(rb"^[A-Za-z_][\w.\-]{0,63}$")
_ROOT = re.compile(rb"<!DOCTYPE\s+([A-Za-z_:][\w:.\-]*)", re.IGNORECASE)
NETSCAPE = b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"'


@dataclass(frozen=True, slots=True)
class Neutralised:
    data: bytes
    dropped: int  # entity declarations removed (0: nothing suspicious)


def _declaration_end(data: bytes, start: int) -> int:
    """Index just past the ``>`` closing the declaration at ``start`` (quotes, [subset], comments)."""
    i, n, depth = start + 2, len(data), 0
    while i < n:
        c = data[i]
        if c in b"\"'":
            end = data.find(bytes([c]), i + 1)
            if end < 0:
                return n
            i = end + 1
            continue
        if data.startswith(b"<!--", i):
            end = data.find(b"-->", i + 4)
            if end < 0:
                return n
            i = end + 3
            continue
        if c == ord("["):
            depth += 1
        elif c == ord("]"):
            depth = max(depth - 1, 0)
        elif c == ord(">") and depth == 0:
            return i + 1
        i += 1
    return n


def _harmless(rest: bytes) -> bytes | None:
    """The literal of an entity definition when expanding it cannot grow the document."""
    m = _LITERAL.match(rest.strip())
    if not m:
        return None  # SYSTEM/PUBLIC (external) or malformed
    value = m.group("d") if m.group("d") is not None else m.group("s")
    if _CHAR_REF.match(value):
        return value
    if len(value.decode("utf-8", "replace")) <= 2 and not any(ch in value for ch in b"&%<\"'"):
        return value
    return None


def _rebuild(doctype: bytes) -> tuple[bytes, int]:
    """A DOCTYPE with only the harmless general entities of ``doctype``; and how many were dropped."""
    body = re.sub(rb"<!--.*?-->", b"", doctype, flags=re.DOTALL)
    open_at = body.find(b"[")
    subset = body[open_at + 1 : body.rfind(b"]")] if open_at >= 0 else b""
    kept: list[bytes] = []
    dropped = 0
    for m in _ENTITY.finditer(subset):
        value = None if m.group("pe") else _harmless(m.group("rest"))
        if value is not None and _NAME.match(m.group("name")):
            kept.append(b"<!ENTITY " + m.group("name") + b' "' + value + b'">')
        else:
            dropped += 1
    # Declarations the regular expression could not read are dropped too; count them.
    dropped += max(len(re.findall(rb"<!ENTITY", subset, re.IGNORECASE)) - len(kept) - dropped, 0)
    head = NETSCAPE if b"netscape" in doctype.lower() else None
    if not kept:
        return (head + b">" if head else b""), dropped
    root = _ROOT.match(doctype)
    name = root.group(1) if root else b"rss"
    start = head if head else b"<!DOCTYPE " + name
    return start + b" [\n" + b"\n".join(kept) + b"\n]>", dropped


def neutralise(data: bytes) -> Neutralised:
    """``data`` with its DOCTYPE rebuilt from harmless entities only (see the module docstring)."""
    i, n = 0, len(data)
    span: tuple[int, int] | None = None
    while i < n:
        while i < n and data[i] in _WS:
            i += 1
        if data.startswith(b"<?", i):
            end = data.find(b"?>", i + 2)
            if end < 0:
                break
            i = end + 2
        elif data.startswith(b"<!--", i):
            end = data.find(b"-->", i + 4)
            if end < 0:
                break
            i = end + 3
        elif data[i : i + 9].upper() == b"<!DOCTYPE":
            end = _declaration_end(data, i)
            span = span or (i, end)
            if span[0] != i:  # a second DOCTYPE: drop it entirely
                data = data[:i] + data[end:]
                n = len(data)
                continue
            i = end
        else:
            break
    dropped = 0
    if span is not None:
        original = data[span[0] : span[1]]
        replacement, dropped = _rebuild(original)
        # Keep line numbers: pad with the newlines the original declaration spanned.
        replacement += b"\n" * max(original.count(b"\n") - replacement.count(b"\n"), 0)
        data = data[: span[0]] + replacement + data[span[1] :]
        kept_span = (span[0], span[0] + len(replacement))
    else:
        kept_span = (0, 0)
    # feedparser looks for declarations anywhere before the first element ("head"), even inside
    # comments or after junk; defuse any that are not the rebuilt DOCTYPE.
    first = _FIRST_ELEMENT.search(data, kept_span[1])
    head_end = first.start() if first else len(data)
    head_parts = [data[: kept_span[0]], data[kept_span[1] : head_end]]
    hits = sum(len(_DECL_IN_HEAD.findall(p)) for p in head_parts)
    if hits:
        data = (
            _DECL_IN_HEAD.sub(b"&lt;!", head_parts[0])
            + data[kept_span[0] : kept_span[1]]
            + _DECL_IN_HEAD.sub(b"&lt;!", head_parts[1])
            + data[head_end:]
        )
        dropped += hits
    return Neutralised(data, dropped)
