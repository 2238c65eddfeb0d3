"""Where the words of a small vocabulary occur in a text, found with string methods that run in C.

Looking for ~70 reporting verbs with one regex alternation, or with a Python loop over every word, is
the slow part of reading an article. Here the text's distinct words come from one ``bytes.translate``
and ``split`` (letters kept, everything else a separator), the vocabulary words present are their
intersection, and only those are located with ``str.find``. Same result as testing every word made
of ASCII letters (``[A-Za-z]+``) against the vocabulary, lower-cased.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

# ASCII letters (and digits) lower-cased, every other byte a space; non-ASCII characters become "?"
# (a space) first.
_LETTERS = bytes((c | 0x20) if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(128)) + b" " * 128
_ALNUM = (
    bytes(
        ((c | 0x20) if chr(c).isalpha() else c) if chr(c).isascii() and chr(c).isalnum() else 32
        for c in range(128)
    )
    + b" " * 128
)


def _is_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_alnum(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9")


@functools.lru_cache(maxsize=16)
def words_in(text: str, digits: bool = False) -> frozenset[str]:
    """The distinct words of ASCII letters (and digits, if asked) in ``text``, lower-cased. An
    article's text is scanned for several vocabularies in a row, so the last few answers are kept."""
    table = _ALNUM if digits else _LETTERS
    return frozenset(text.encode("ascii", "replace").translate(table).decode("ascii").split())


def tokens(text: str) -> list[str]:
    """The words of ASCII letters and digits in ``text``, lower-cased, in order."""
    return text.encode("ascii", "replace").translate(_ALNUM).decode("ascii").split()


def find_words(text: str, vocabulary: frozenset[str], digits: bool = False) -> list[int]:
    """Start positions, in order, of the whole words of ``text`` that are in ``vocabulary`` (lower-case
    words of ASCII letters, or letters and digits), matched without regard to case."""
    present = words_in(text, digits) & vocabulary
    if not present:
        return []
    inside = _is_alnum if digits else _is_letter
    low = text.lower()
    if len(low) != len(text):  # a rare character whose lower case is longer: compare word by word
        return _slow(text, present, inside)
    out: list[int] = []
    size = len(low)
    for word in present:
        n = len(word)
        pos = low.find(word)
        while pos >= 0:
            end = pos + n
            if (pos == 0 or not inside(low[pos - 1])) and (end == size or not inside(low[end])):
                out.append(pos)
            pos = low.find(word, pos + 1)
    out.sort()
    return out


def _slow(text: str, present: frozenset[str], inside: Callable[[str], bool]) -> list[int]:
    out: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if inside(text[i]):
            j = i
            while j < n and inside(text[j]):
                j += 1
            if text[i:j].lower() in present:
                out.append(i)
            i = j
        else:
            i += 1
    return out
