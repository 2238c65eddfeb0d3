"""What story grouping compares of an article, computed once when the article is analysed.

A :class:`~monitor.types.Signature` holds sets of 64-bit hashes, each as sorted, distinct,
little-endian bytes. A word's hash is its UTF-8 CRC-32 and Adler-32 side by side; an n-gram's is a
polynomial over its words' hashes, mixed:

* ``lead`` — word 4-grams of the title and the first :data:`LEAD_WORDS` words of the text;
* ``quotes`` — every run of :data:`QUOTE_RUN` words of each statement, with its speaker, and of
  each span the text itself puts in double quotes or guillemets (:func:`quoted_spans`), with no
  speaker: rewrites of one story repeat its quotes even where no statement was extracted;
* ``shorts`` — the words of each statement of :data:`SHORT_QUOTE` to ``QUOTE_RUN - 1`` words, with
  its speaker;
* ``spans`` — every n-gram of each statement for n in ``SHORT_QUOTE .. QUOTE_RUN - 1``, with its
  speaker (a short statement lies whole inside another exactly when its ``shorts`` hash is one of
  the other's ``spans``);
* ``title`` — the title's content words (stop words and words under three letters left out).

The hashes are stable across processes and machines, so signatures computed by poll workers can be
stored (:func:`encode`) and read back by the digest (:func:`decode`). :data:`VERSION` changes
whenever what is hashed changes; a stored signature of another version decodes to ``None`` and is
computed again from the stored text.
"""

from __future__ import annotations

import functools
import re
import struct
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from monitor.types import Signature, Statement
from monitor.understand.normalise import words

VERSION = 2  # 2: quoted spans of the text among the quotes
LEAD_WORDS = 250
QUOTE_RUN = 6
SHORT_QUOTE = 4
_TITLE_STOP_WORDS = """a an the and or of to in on for with at by from is are was were be been it its this
    that as about after over into up out new says say said will would could can season series show star"""
TITLE_STOP = frozenset(_TITLE_STOP_WORDS.split())

_LEAD_PREFIX = 2400  # characters that usually hold LEAD_WORDS words (else the full slice is read)
_HEADER = struct.Struct("<2sB5I")  # magic, version, the five fields' lengths in hashes
_MAGIC = b"SG"
_FIELDS = ("lead", "quotes", "shorts", "spans", "title")
_K = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it permutes the 64-bit integers

U64 = npt.NDArray[np.uint64]


def lead_words(text: str) -> list[str]:
    """``words(text[: LEAD_WORDS * 12])[:LEAD_WORDS]``, reading a shorter prefix when it is enough:
    every word of a prefix but the last is a word of the whole text, so when a prefix holds more
    than LEAD_WORDS words its first LEAD_WORDS are the answer."""
    ws = words(text[:_LEAD_PREFIX])
    if len(ws) <= LEAD_WORDS:
        ws = words(text[: LEAD_WORDS * 12])
    return ws[:LEAD_WORDS]


def title_words(title: str) -> frozenset[str]:
    """The title's content words, as the headline test compares them."""
    return frozenset(w for w in words(title) if w not in TITLE_STOP and len(w) > 2)


@functools.lru_cache(maxsize=1 << 16)
def _word(word: str) -> int:
    raw = word.encode("utf-8", "surrogatepass")
    return (zlib.crc32(raw) << 32) | zlib.adler32(raw)


_QUOTED = re.compile(r'["\u201c\u201e\u00ab]([^"\u201c\u201d\u201e\u00ab\u00bb\n]{10,1000})["\u201d\u00bb]')
_UNSPOKEN = "\x1f"  # the "speaker" of a quoted span: nobody's name


def quoted_spans(text: str) -> list[str]:
    """Spans of ``text`` between double quotes (straight or curly) or guillemets, on one line."""
    return _QUOTED.findall(text[: LEAD_WORDS * 40])


def _ids(ws: Sequence[str]) -> U64:
    return np.fromiter(map(_word, ws), np.uint64, len(ws))


def _mix(h: U64) -> U64:
    """SplitMix64's finaliser: every bit of the input reaches every bit of the output."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def _grams(ids: U64, n: int, salt: int = 0) -> U64:
    """Hashes of the n-grams of word hashes ``ids`` (a polynomial over the words, then mixed)."""
    m = len(ids) - n + 1
    if m <= 0:
        return np.empty(0, np.uint64)
    h = np.full(m, salt, np.uint64)
    for k in range(n):
        h = h * _K + ids[k : k + m]
    return _mix(h)


def _grams_within(runs: Sequence[U64], salts: Sequence[int], sizes: range, first: int) -> list[U64]:
    """For each n of ``sizes``: the hashes of ``_grams(run, n, salt)`` for every run and its salt (in
    another order), of the first ``first`` runs only but for the largest n. One pass over the runs put
    end to end, the n-grams of each size made from those one word shorter; the n-grams that would
    cross from one run into the next are left out. (Numpy's cost is per call: an article has a few
    short statements and quoted spans.)"""
    if not runs:
        return [np.empty(0, np.uint64) for _ in sizes]
    lengths = np.fromiter(map(len, runs), np.int64, len(runs))
    ids = np.concatenate(runs)
    total = len(ids)
    limit = int(lengths[:first].sum())  # where the n-grams of the first runs end
    run_ends = np.repeat(np.cumsum(lengths), lengths)
    starts = np.arange(total)
    h = np.repeat(np.array(salts, np.uint64), lengths)  # the salt of the run each n-gram starts in
    out: list[U64] = []
    for n in range(1, sizes.stop):
        m = total - n + 1
        if m <= 0:
            out.extend(np.empty(0, np.uint64) for _ in range(len(out), len(sizes)))
            break
        h = h[:m] * _K + ids[n - 1 : n - 1 + m]
        if n in sizes:
            keep = starts[:m] + n <= run_ends[:m]
            if n != sizes[-1]:
                keep &= starts[:m] < limit
            out.append(_mix(h[keep]))
    return out


def _pack(parts: Sequence[U64]) -> bytes:
    if not parts:
        return b""
    return np.unique(np.concatenate(parts)).astype("<u8").tobytes()


def make_signature(title: str, text: str, statements: Sequence[Statement]) -> Signature:
    """The signature of an article with ``title``, plain ``text`` and its extracted statements."""
    said = [_ids(words(st.text)) for st in statements]
    who = [_word(f"{st.speaker or ''}\x1e") for st in statements]
    shorts = [
        _grams(ids, len(ids), w)
        for ids, w in zip(said, who, strict=True)
        if SHORT_QUOTE <= len(ids) < QUOTE_RUN
    ]
    quoted = [_ids(words(span)) for span in quoted_spans(text)]
    # the statements' n-grams of SHORT_QUOTE .. QUOTE_RUN words, and the quoted spans' of QUOTE_RUN
    *spans, runs = _grams_within(
        said + quoted, who + [_word(_UNSPOKEN)] * len(quoted), range(SHORT_QUOTE, QUOTE_RUN + 1), len(said)
    )
    quotes = [runs]
    return Signature(
        lead=_pack([_grams(_ids(words(title) + lead_words(text)), 4)]),
        quotes=_pack(quotes),
        shorts=_pack(shorts),
        spans=_pack(spans),
        title=_pack([_ids(sorted(title_words(title)))]),
    )


def encode(sig: Signature) -> bytes:
    """``sig`` as bytes for storage: a header (magic, :data:`VERSION`, field lengths), then the fields."""
    fields = [getattr(sig, name) for name in _FIELDS]
    return _HEADER.pack(_MAGIC, VERSION, *(len(f) // 8 for f in fields)) + b"".join(fields)


def decode(raw: bytes | None) -> Signature | None:
    """The signature :func:`encode` wrote, or ``None`` when ``raw`` is missing, of another
    :data:`VERSION` or damaged (the caller then computes it again)."""
    if not raw or len(raw) < _HEADER.size:
        return None
    magic, version, *counts = _HEADER.unpack_from(raw)
    if magic != _MAGIC or version != VERSION or _HEADER.size + 8 * sum(counts) != len(raw):
        return None
    raw = bytes(raw)
    parts = []
    at = _HEADER.size
    for count in counts:
        parts.append(raw[at : at + 8 * count])
        at += 8 * count
    return Signature(*parts)
