"""Text normalisation and cheap similarity: the shared vocabulary of statements, stories and diff.

* :func:`fold` maps typographic quotes, apostrophes and dashes to their ASCII forms.
* :func:`words` is the lower-cased word sequence used for comparisons (punctuation dropped).
* :func:`norm_key` is a statement's identity for "the same quote" (equal words, any typography).
* :func:`shingles` hashes word k-grams with CRC-32 (deterministic across processes, unlike ``hash``).
* :func:`sketch` keeps the ``size`` smallest shingle hashes: a bottom-k MinHash sketch, from which
  :func:`estimate_jaccard` estimates the Jaccard similarity of two texts.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence

_FOLDED: dict[str, str] = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2015": "-",
    "\u2026": "...",
    "\u00a0": " ",
}
_FOLDABLE = re.compile("[" + "".join(_FOLDED) + "]")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def fold(text: str) -> str:
    """Typographic quotes, apostrophes, dashes and ellipses as ASCII.

    Same result as ``str.translate`` with this table, about ten times faster on long non-ASCII text
    (``str.translate`` with a dict looks up every character; the regex visits only the matches)."""
    if text.isascii():
        return text
    return _FOLDABLE.sub(_fold_match, text)


def _fold_match(m: re.Match[str]) -> str:
    return _FOLDED[m.group()]


def words(text: str) -> list[str]:
    """Lower-cased words (apostrophes kept inside words: "don't"), punctuation dropped."""
    return _WORD.findall(fold(text).lower())


def norm_key(text: str) -> str:
    """The identity of a quote for "same words": case, typography and punctuation ignored."""
    return " ".join(words(text))


def shingles(tokens: Sequence[str], k: int = 4) -> set[int]:
    """CRC-32 hashes of the word k-grams (the whole text as one shingle when shorter than k)."""
    if not tokens:
        return set()
    if len(tokens) <= k:
        return {zlib.crc32(" ".join(tokens).encode())}
    return {zlib.crc32(" ".join(tokens[i : i + k]).encode()) for i in range(len(tokens) - k + 1)}


def sketch(hashes: Iterable[int], size: int = 64) -> tuple[int, ...]:
    """Bottom-k MinHash sketch: the ``size`` smallest hashes, ascending."""
    return tuple(sorted(hashes)[:size])


def estimate_jaccard(a: Sequence[int], b: Sequence[int], size: int = 64) -> float:
    """Jaccard estimate from two bottom-k sketches (exact when both sets are smaller than ``size``)."""
    if not a or not b:
        return 0.0
    union_k = sorted(set(a) | set(b))[:size]
    sa, sb = set(a), set(b)
    both = sum(1 for h in union_k if h in sa and h in sb)
    return both / len(union_k)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(a: set[int], b: set[int]) -> float:
    """How much of the smaller set lies in the other (1.0: one text is inside the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
