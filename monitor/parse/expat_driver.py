"""A SAX driver for feedparser: Python's own expat reader, with character data buffered.

expat reports the text of one element in many pieces: every entity or character reference
(``&lt;``, ``&amp;``, ``&#8217;``) and every line break ends one, so a feed with escaped HTML inside
gives feedparser's ``characters`` handler about 1,500 calls per 44 KB feed. With pyexpat's
``buffer_text`` on, adjacent pieces reach the handler as one string: the same text, in fewer calls.
pyexpat empties the buffer before it calls any other handler that is set (elements, namespaces,
processing instructions) and at the end of each ``Parse`` call, so text and events reach
feedparser in the same order as before. Text either side of something without a handler (a
comment, a CDATA boundary) arrives as one string, but feedparser never sees those anyway: it only
appends each string to the element's pieces (in XHTML content after escaping ``&<>``, character by
character) and joins them when the element ends (see
:mod:`monitor.parse.speedups`, which puts this driver in front of feedparser's list).

The module has what :func:`xml.sax.make_parser` asks of a driver: a ``create_parser`` function.
"""

from __future__ import annotations

from typing import Any, cast
from xml.sax.expatreader import ExpatParser

# Bytes of UTF-8 text held before the handler is called (pyexpat's default is 8,192). The reader
# hands expat 65,516 bytes at a time and pyexpat empties the buffer after each, so no run of text
# is held longer than this; text longer than the buffer is handed over without copying.
BUFFER_SIZE = 1 << 16


class BufferedExpatParser(ExpatParser):
    """:class:`xml.sax.expatreader.ExpatParser` whose expat parser buffers character data."""

    def reset(self) -> None:
        # ExpatParser.reset creates a fresh pyexpat parser (on every parse); set it up the same way.
        super().reset()
        parser = cast(Any, self)._parser  # not in the stubs: the reader's pyexpat parser
        parser.buffer_size = BUFFER_SIZE
        parser.buffer_text = True


def create_parser(*args: Any, **kwargs: Any) -> BufferedExpatParser:
    """The SAX driver entry point (as :func:`xml.sax.expatreader.create_parser`)."""
    return BufferedExpatParser(*args, **kwargs)
