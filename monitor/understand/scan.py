"""Where the words of a small vocabulary occur in a text, found with string methods that run in C.

Looking for ~70 reporting verbs with one regex alternation, or with a Python loop over every word, is
the slow part of reading an article. Here the text becomes its words lower-cased with every other
character a space, in one ``bytes.translate``; its distinct words come from ``split``, the vocabulary
words present are their intersection, and only those are located, as " word ", with ``str.find``.
Same result as testing every word made of ASCII letters (``[A-Za-z]+``) against the vocabulary,
lower-cased. The scans of the last few long texts (an article is scanned for several vocabularies in
a row) are kept.

The second half works out, once, the words a pattern's matches hold (see :func:`spell`): a text
without them is not searched at all.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any

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


_CACHED = 400  # characters: the scan of a longer text is kept for the next vocabulary

# The only characters that case-insensitive patterns match with ASCII letters but are not ASCII
# themselves: "\u0130" and "\u0131" (dotted capital and dotless i) for "i", "\u017f" (long s) for "s",
# "\u212a" (the Kelvin sign) for "k". "\u0130" is also the only character whose lower case is longer.
_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


def plain_case(text: str) -> bool:
    """Is ``text`` free of the non-ASCII characters that case-insensitive patterns match with ASCII
    letters (so that ``text.lower()`` tells what such a pattern of ASCII words can match)? (Four
    searches for one character each run faster than one for a class of four.)"""
    return text.isascii() or not any(c in text for c in _LOOKALIKES)


def _is_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_alnum(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9")


def _scan(text: str, digits: bool) -> tuple[str, frozenset[str]]:
    """``text`` with its words lower-cased and every other character a space, with one more space at
    either end (so a word of the text is " word " there, one position on), and its distinct words."""
    table = _ALNUM if digits else _LETTERS
    spaced = " " + text.encode("ascii", "replace").translate(table).decode("ascii") + " "
    return spaced, frozenset(spaced.split())


# An article's text is scanned for several vocabularies in a row, so the last few scans are kept; a
# short text (a name, a clause) is scanned again rather than push the articles out.
_scan_cached = functools.lru_cache(maxsize=16)(_scan)


def _scanned(text: str, digits: bool) -> tuple[str, frozenset[str]]:
    return _scan_cached(text, digits) if len(text) > _CACHED else _scan(text, digits)


def distinct_words(text: str, digits: bool = False) -> frozenset[str]:
    """The distinct words of ASCII letters (and digits, if asked) in ``text``, lower-cased."""
    return _scanned(text, digits)[1]


def tokens(text: str) -> list[str]:
    """The words of ASCII letters and digits in ``text``, lower-cased, in order."""
    return text.encode("ascii", "replace").translate(_ALNUM).decode("ascii").split()


def find_words(text: str, vocabulary: frozenset[str], digits: bool = False) -> list[int]:
    """Start positions, in order, of the whole words of ``text`` that are in ``vocabulary`` (lower-case
    words of ASCII letters, or letters and digits), matched without regard to case."""
    return [pos for pos, _ in locate(text, vocabulary, digits)]


def locate(text: str, vocabulary: frozenset[str], digits: bool = False) -> list[tuple[int, str]]:
    """:func:`find_words` with each word found: ``(position, word in lower case)``, in order."""
    spaced, words = _scanned(text, digits)
    present = words & vocabulary
    if not present:
        return []
    if not plain_case(text):  # a character whose lower case is ASCII, or longer: in lower case
        return _lower_case(text, present, _is_alnum if digits else _is_letter)
    out: list[tuple[int, str]] = []
    for word in present:
        key = f" {word} "
        pos = spaced.find(key)
        while pos >= 0:
            out.append((pos, word))  # (the word starts at pos + 1 in spaced, at pos in text)
            pos = spaced.find(key, pos + 1)
    out.sort()
    return out


def _lower_case(text: str, present: frozenset[str], inside: Callable[[str], bool]) -> list[tuple[int, str]]:
    """The words of ``present`` found in ``text.lower()`` (the Kelvin sign is a "k" there)."""
    low = text.lower()
    if len(low) != len(text):  # a rare character whose lower case is longer: compare word by word
        return _slow(text, present, inside)
    out: list[tuple[int, str]] = []
    size = len(low)
    for word in present:
        n = len(word)
        pos = low.find(word)
        while pos >= 0:
            end = pos + n
            if (pos == 0 or not inside(low[pos - 1])) and (end == size or not inside(low[end])):
                out.append((pos, word))
            pos = low.find(word, pos + 1)
    out.sort()
    return out


def _slow(text: str, present: frozenset[str], inside: Callable[[str], bool]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        if inside(text[i]):
            j = i
            while j < n and inside(text[j]):
                j += 1
            word = text[i:j].lower()
            if word in present:
                out.append((i, word))
            i = j
        else:
            i += 1
    return out


# ------------------------------------------------------------------ the words of a pattern
# A pattern of words (a stance cue, say) can only match a text that holds its words. Its matches are
# spelled out from the pattern, as the standard library's parser reads it (``re._parser``, a private
# module: :func:`spell` raises ImportError or AttributeError when it is not there or has changed):
# literal characters lower-cased, GLUE for what may hold letters ("\w+", "[\w']*", a long gap), " "
# for a run of spaces. A word of a spelled-out match that no glue touches is a whole word of any text
# the match is found in, when the pattern is only found with no letter right before and after it
# (as the stance cues are).
GLUE = "\x00"
_MAX_FORMS = 5000  # spelled-out matches of one pattern (beyond this: None, nothing is known)
_SMALL_REPEAT = 4  # a repeat of up to this many times is spelled out, a longer one is glue
_FORM_WORDS = re.compile("[a-z\x00]+")
_FIRST_WORD = re.compile("[a-z]+")
# words too common to single a pattern out ("they" in "they're going to"): another word of the
# match is taken when it has one
_COMMON = """the a an and or but it its they them their there this that these those in on at to of for with
    about from by as is are was were be been have has had do does did not no never would will could can
    one some get see say said know think want going come back again always where who what when how he
    she we i you my me our your real time other really still"""
_COMMON_WORDS = frozenset(_COMMON.split())


def spell(pattern: str, flags: int = 0) -> list[str] | None:
    """Every string ``pattern`` matches, spelled out (see above); None when there are too many."""
    parser = importlib.import_module("re._parser")
    return _forms(parser.parse(pattern, flags), parser)


def whole_word(form: str) -> str | None:
    """A word that a text holding the spelled-out match ``form`` (with no letter right before or
    after it) holds whole: one that no glue touches, preferably uncommon and long. None: none is."""
    words: list[str] = [w for w in _FORM_WORDS.findall(form) if GLUE not in w]
    if not words:
        return None
    return min(words, key=lambda w: (w in _COMMON_WORDS or len(w) < 3, -len(w), w))


def first_word(form: str) -> str | None:
    """The whole word a text holding ``form`` has where the match starts (None: the match may start
    elsewhere than at a word, or with a word that glue runs on)."""
    m = _FIRST_WORD.match(form)
    if m is None or form.startswith(GLUE, m.end()):
        return None
    return m.group(0)


def _forms(items: Any, parser: Any) -> list[str] | None:
    out = [""]
    for op, av in items:
        alts: list[str] | None
        if op is parser.LITERAL:
            alts = [chr(av).lower()] if chr(av).isascii() else [GLUE]
        elif op is parser.IN:
            alts = _class_forms(av, parser)
        elif op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            alts = [""]  # zero width: "\b", "(?=…)", "(?<!…)"
        elif op is parser.SUBPATTERN:
            alts = _forms(av[-1], parser)
        elif op is parser.BRANCH:
            alts = []
            for branch in av[1]:
                forms = _forms(branch, parser)
                if forms is None:
                    return None
                alts.extend(forms)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
            alts = _repeat_forms(av[0], av[1], av[2], parser)
        else:  # ".", "[^…]" and anything else: unknown characters
            alts = [GLUE]
        if alts is None:
            return None
        out = [a + b for a in out for b in dict.fromkeys(alts)]
        if len(out) > _MAX_FORMS:
            return None
    return out


def _class_forms(items: Any, parser: Any) -> list[str]:
    """A character class: its characters when they are ASCII literals or spaces, else glue."""
    chars: set[str] = set()
    for op, av in items:
        if op is parser.LITERAL and chr(av).isascii():
            chars.add(chr(av).lower())
        elif op is parser.CATEGORY and av in (parser.CATEGORY_SPACE, parser.CATEGORY_UNI_SPACE):
            chars.add(" ")
        else:
            return [GLUE]
    return sorted(chars)


def _repeat_forms(low: int, high: int, body: Any, parser: Any) -> list[str] | None:
    forms = _forms(body, parser)
    if forms is None:
        return None
    if not any(c.isalpha() or c == GLUE for f in forms for c in f):
        # separators only ("\s*", " +"): any number of them is one separator, or none
        return ["", " "] if low == 0 or "" in forms else [" "]
    if high > _SMALL_REPEAT:
        return [GLUE]
    out: list[str] = []
    for times in range(low, high + 1):
        spelled = [""]
        for _ in range(times):
            spelled = [a + b for a in spelled for b in forms]
            if len(spelled) > _MAX_FORMS:
                return None
        out.extend(spelled)
    return out
