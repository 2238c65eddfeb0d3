"""Two process-wide settings that make feedparser cheaper, with byte-for-byte the same results.

A poll cycle is CPU-bound, and parsing is most of a worker's time on an ordinary feed. Two costs
inside feedparser can be removed from outside, by replacing a name it looks up at call time:

``cp1252`` — ``feedparser.mixin``'s ``pop()`` maps the text of every element through
``str.translate(_cp1252)``, a dict of the 27 windows-1252 characters that are C1 controls in
Unicode (U+0080–U+009F). For text that is not pure ASCII (most articles: one curly quote is
enough) CPython looks every character up in that dict and raises and clears a KeyError for each
one that is not there, about 1 ms per 44 KB feed. Here the name ``_cp1252`` *in feedparser.mixin
only* is rebound to a total table: a string of the 65,536 Basic Multilingual Plane characters,
each standing for itself except those 27. Every lookup of a BMP character now succeeds (no
exception); an astral character is past the end of the string, and its IndexError (a
LookupError) leaves it unchanged, as the KeyError did. The string takes 128 KiB per process (a
list of 65,536 one-character strings translates 5% faster but takes 5.5 MB). ``feedparser.html``
keeps its own dict, which it tests membership in.

``buffered_expat`` — feedparser builds its SAX parser with
``xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)``. That list is rebound to one that
starts with :mod:`monitor.parse.expat_driver`: the standard expat reader with pyexpat's
``buffer_text`` on, so text split by entity references reaches feedparser's ``characters``
handler in one call instead of dozens (about 1,500 calls per feed become 180). It also spares the
failed import of ``drv_libxml2`` (a driver that is never installed), which stock feedparser
attempts before every parse.

On the benchmark farm the two take ``parse_document`` from about 8.0 to 5.9 ms per feed
(``tests/bench/parse_speed.py``).

Both are installed once, when :mod:`monitor.parse.feed` is imported (:func:`install`). Each is
guarded: if feedparser no longer has the name, no longer uses it where it is replaced, or holds
something of another shape there, that speed-up is left out and feedparser runs as shipped,
silently. ``tests/test_parse_speedups.py`` fails when that happens with the installed feedparser,
and compares results with and without them (:func:`stock` switches them off for a block).
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

CP1252 = "cp1252"
BUFFERED_EXPAT = "buffered_expat"
ALL = frozenset({CP1252, BUFFERED_EXPAT})
DRIVER = "monitor.parse.expat_driver"
BMP = 0x10000

_replaced: dict[str, Any] = {}  # speed-up name -> the value it replaced (present: installed)


def installed() -> frozenset[str]:
    """The speed-ups now in effect."""
    return frozenset(_replaced)


def total_table(mapping: Any) -> str | None:
    """A string that, as a ``str.translate`` table, maps every character as ``mapping`` does
    (None when ``mapping`` is not a dict from BMP code points to single characters)."""
    if not isinstance(mapping, dict) or not all(
        type(k) is int and 0 <= k < BMP and type(v) is str and len(v) == 1 for k, v in mapping.items()
    ):
        return None
    chars = [chr(c) for c in range(BMP)]
    for k, v in mapping.items():
        chars[k] = v
    return "".join(chars)


def _code_of(module: types.ModuleType) -> Iterator[types.CodeType]:
    """Code objects of the functions defined in ``module`` (at module and class level, nested)."""
    stack: list[types.CodeType] = []
    for value in vars(module).values():
        for member in vars(value).values() if isinstance(value, type) else (value,):
            fn = getattr(member, "__func__", member)  # staticmethod, classmethod
            code = getattr(fn, "__code__", None)
            if isinstance(code, types.CodeType) and getattr(fn, "__module__", None) == module.__name__:
                stack.append(code)
    while stack:
        code = stack.pop()
        yield code
        stack.extend(c for c in code.co_consts if isinstance(c, types.CodeType))


def _users(module: types.ModuleType, name: str) -> set[str]:
    """Qualified names of the functions in ``module`` that look up the global ``name``."""
    return {code.co_qualname for code in _code_of(module) if name in code.co_names}


def _module(name: str) -> Any:
    return sys.modules.get(name) or importlib.import_module(name)


def _install_cp1252() -> None:
    mixin = _module("feedparser.mixin")
    # Only pop() may use the name, and only as a translate table: a string is no dict.
    if _users(mixin, "_cp1252") != {"_FeedParserMixin.pop"}:
        return
    current = getattr(mixin, "_cp1252", None)
    table = total_table(current)
    if table is None:
        return
    _replaced[CP1252] = current
    mixin._cp1252 = table


def _install_buffered_expat() -> None:
    api = _module("feedparser.api")
    current = getattr(api, "PREFERRED_XML_PARSERS", None)
    if not isinstance(current, list) or "PREFERRED_XML_PARSERS" not in api.parse.__code__.co_names:
        return
    driver = importlib.import_module(DRIVER)
    probe = driver.create_parser()
    probe.reset()
    if probe._parser.buffer_text is not True:
        return
    _replaced[BUFFERED_EXPAT] = current
    api.PREFERRED_XML_PARSERS = [DRIVER, *current]


_INSTALLERS = {CP1252: _install_cp1252, BUFFERED_EXPAT: _install_buffered_expat}


def install(which: Iterable[str] = ALL) -> frozenset[str]:
    """Install the named speed-ups that this feedparser allows (again: no change); the speed-ups
    now in effect. Never raises: one that cannot be installed is left out."""
    for name in sorted(set(which) - set(_replaced)):
        try:
            _INSTALLERS[name]()
        except Exception:  # a feedparser or Python unlike the one this was written for
            _replaced.pop(name, None)
    return installed()


def uninstall(which: Iterable[str] = ALL) -> None:
    """Put back what the named speed-ups replaced (those not installed: no change)."""
    for name in set(which) & set(_replaced):
        original = _replaced.pop(name)
        if name == CP1252:
            _module("feedparser.mixin")._cp1252 = original
        else:
            _module("feedparser.api").PREFERRED_XML_PARSERS = original


@contextmanager
def stock() -> Iterator[None]:
    """feedparser as shipped within the block; the speed-ups installed before it, after it."""
    before = installed()
    uninstall()
    try:
        yield
    finally:
        install(before)
