"""Reading a response body with a hard cap on its decompressed size.

httpx's own decoders inflate a whole network chunk at once, so one 64 KB chunk of a gzip bomb can
become 64 MB before anybody counts. Here the raw bytes are inflated with ``max_length``, so no more
than the cap (plus one byte, to notice the overflow) is ever held.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator


class TooLarge(Exception):
    """The body passed the cap. ``limit`` is the cap in bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(limit)


class UnsupportedEncoding(Exception):
    pass


SUPPORTED = ("identity", "gzip", "x-gzip", "deflate")


class _Inflater:
    """gzip (possibly several members) or deflate (zlib-wrapped or raw), inflated in bounded steps."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._raw_deflate = False
        self._obj = self._new()
        self._started = False

    def _new(self) -> zlib._Decompress:
        if self._gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        """Inflate ``data``, returning at most ``room`` bytes; raises TooLarge via the caller's count."""
        out = bytearray()
        while data and len(out) < room:
            try:
                piece = self._obj.decompress(data, room - len(out))
            except zlib.error:
                if not self._gzip and not self._started and not self._raw_deflate:
                    # Some servers send raw deflate under "deflate": retry once without the header.
                    self._raw_deflate = True
                    self._obj = self._new()
                    continue
                raise
            self._started = True
            out += piece
            if self._obj.unconsumed_tail:
                data = self._obj.unconsumed_tail
            elif self._obj.eof and self._obj.unused_data and self._gzip:
                data = self._obj.unused_data  # the next gzip member
                self._obj = self._new()
            else:
                data = b""
        if data:
            out += b"\0"  # more output was pending: the caller's count passes the cap
        return bytes(out)


async def read_capped(chunks: AsyncIterator[bytes], encoding: str | None, limit: int) -> bytes:
    """The decoded body from raw ``chunks``; TooLarge as soon as it would pass ``limit`` bytes."""
    enc = (encoding or "identity").strip().lower()
    if enc not in SUPPORTED:
        raise UnsupportedEncoding(enc)
    inflater = None if enc == "identity" else _Inflater(enc)
    body = bytearray()
    async for chunk in chunks:
        room = limit - len(body) + 1
        piece = chunk[:room] if inflater is None else inflater.feed(chunk, room)
        body += piece
        if len(body) > limit:
            raise TooLarge(limit)
    return bytes(body)
