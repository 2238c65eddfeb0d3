"""Each statement against what the same speaker said before: new, shift, reaffirm or repeat.

For each statement of the period, in period order, the *known* statements are the speaker's
statements dated no later than it (the baseline and every stored statement, undated ones included)
plus the period's statements already classified:

* ``repeat`` — the same quote is already known: equal words (:func:`normalise.norm_key`) or word
  3-gram overlap of at least :data:`REPEAT_SIMILARITY` of the shorter one (a copy of an older
  article, a re-quoted line), or a reported claim's quoted words (four or more) are a known
  quote ("telling reporters that we'd see “familiar faces from the Netflix days”"); the 3-grams
  read reported speech's shifts of person, tense and pointing words as one ("he has not been cast"
  repeats "I have not been cast", "the chapter was closed" repeats "that chapter is closed"), and
  new words three times as long around a known fragment of eight words or fewer are no repeat of it;
  ``previous`` is that known statement;
* ``new`` — the speaker has no known statement (statements without a speaker are always new unless
  they repeat an earlier speakerless one);
* ``shift`` — the stance differs from the speaker's latest known statement (``previous``);
* ``reaffirm`` — same stance as the latest known statement, new words.

Copies inside one story (syndication) are reported once: a statement that repeats one already
classified *in the same story* is dropped (``None``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.types import ChangeKind, Statement, StatementChange
from monitor.understand.normalise import words

REPEAT_SIMILARITY = 0.8
_QUOTED = re.compile('[\u201c"]([^\u201c\u201d"]+)[\u201d"]')
_QUOTED_WORDS = 4  # a shorter quoted phrase ("very much alive") is too common to be a known quote
_K = 3
_LONGER = 3  # a statement this many times longer (in 3-grams) than a known fragment is not its repeat
_FRAGMENT = 6  # 3-grams: a known statement this short is a fragment (a phrase of eight words or fewer)
_MIN = dt.date.min


@dataclass(frozen=True, slots=True)
class Item:
    """A statement of the period with where it sits: its date for ordering and its story."""

    statement: Statement
    date: dt.date | None
    story: str


@dataclass
class _Known:
    statement: Statement
    date: dt.date | None
    key: str
    grams: frozenset[tuple[str, ...]]
    story: str | None


# Reported speech shifts person, tense and pointing words ("I have not been cast" is reported as "he
# has not been cast", "that chapter is closed" as "the chapter was closed"): the word 3-grams compare
# these as one word each, so a paraphrase in reported speech is known as the quote it reports.
_SAME_WORD = {
    **dict.fromkeys(("i", "he", "she", "we", "they"), "i"),
    **dict.fromkeys(("me", "him", "us", "them"), "me"),
    **dict.fromkeys(("my", "his", "our", "their"), "my"),
    **dict.fromkeys(("i'm", "he's", "she's", "we're", "they're"), "i'm"),
    **dict.fromkeys(("i've", "we've", "they've"), "i've"),
    **dict.fromkeys(("am", "is", "are", "was", "were"), "is"),
    **dict.fromkeys(("has", "have"), "have"),
    **dict.fromkeys(("will", "would"), "will"),
    **dict.fromkeys(("the", "that", "this", "these", "those"), "the"),
}


def _grams(text: str) -> tuple[str, frozenset[tuple[str, ...]]]:
    ws = words(text)
    shifted = [_SAME_WORD.get(w, w) for w in ws]
    grams = frozenset(tuple(shifted[i : i + _K]) for i in range(max(1, len(shifted) - _K + 1)))
    return " ".join(ws), grams


def _earlier(k: _Known, date: dt.date | None) -> bool:
    return k.date is None or date is None or k.date <= date


class _Speaker:
    """What one speaker is known to have said, indexed for equal and near-equal words."""

    def __init__(self) -> None:
        self.items: list[_Known] = []  # in the order they became known
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_gram: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.key_stories: dict[str, set[str | None]] = defaultdict(set)

    def add(self, k: _Known) -> None:
        i = len(self.items)
        self.items.append(k)
        self.by_key[k.key].append(i)
        self.key_stories[k.key].add(k.story)
        if len(self.by_key[k.key]) > 1:
            return  # a copy of known words: its grams are indexed already
        for g in k.grams:
            self.by_gram[g].append(i)

    def same_words(
        self, key: str, grams: frozenset[tuple[str, ...]], date: dt.date | None, story: str
    ) -> list[_Known]:
        """Known statements with the same (or nearly the same) words, dated no later than ``date``,
        oldest first (for exact copies: one of ``story`` if any, and the latest)."""
        exact = self.by_key.get(key)
        if exact:  # the same words are known: no need to look for near-equal ones
            return self._copies(key, date, story)
        out: list[_Known] = []
        shared: dict[int, int] = defaultdict(int)
        for g in grams:
            for i in self.by_gram.get(g, ()):
                shared[i] += 1
        for i, n in sorted(shared.items()):
            other = self.items[i]
            if n / min(len(other.grams), len(grams)) < REPEAT_SIMILARITY:
                continue
            if len(grams) > _LONGER * len(other.grams) and len(other.grams) <= _FRAGMENT:
                continue  # a short known fragment ("the chapter was closed") inside new, longer words
            out.extend(self._copies(other.key, date, story))
        return out

    def _copies(self, key: str, date: dt.date | None, story: str) -> list[_Known]:
        """Of the known statements with these exact words: one from ``story`` (if any), then the
        latest dated no later than ``date``."""
        indices = self.by_key[key]
        out: list[_Known] = []
        if story in self.key_stories[key]:
            out.append(next(self.items[i] for i in indices if self.items[i].story == story))
        for i in reversed(indices):
            if _earlier(self.items[i], date):
                out.append(self.items[i])
                break
        return out

    def latest(self, date: dt.date | None) -> _Known | None:
        """The most recent known statement dated no later than ``date`` (statements become known
        in date order, so the first fitting one from the end)."""
        for k in reversed(self.items):
            if _earlier(k, date):
                return k
        return None


def classify(items: Sequence[Item], history: Sequence[Statement]) -> list[StatementChange | None]:
    """One change per item (``None`` for a copy within its story). ``items`` are in period order;
    ``history`` holds the statements known before the period (baseline included), any order."""
    known: dict[str | None, _Speaker] = defaultdict(_Speaker)
    for st in sorted(history, key=lambda s: s.date or _MIN):
        key, grams = _grams(st.text)
        known[st.speaker].add(_Known(st, st.date, key, grams, None))
    out: list[StatementChange | None] = []
    for item in items:
        st = item.statement
        key, grams = _grams(st.text)
        mine = known[st.speaker]
        same = mine.same_words(key, grams, item.date, item.story)
        if not same and st.kind == "reported":
            # "…, telling reporters that we'd see “familiar faces from the Netflix days”": the words
            # quoted inside a reported claim may be a known quote
            for span in _QUOTED.findall(st.text):
                span_key, span_grams = _grams(span)
                if len(span_key.split()) >= _QUOTED_WORDS:
                    same = mine.same_words(span_key, span_grams, item.date, item.story)
                    if same:
                        break
        change: StatementChange | None
        if any(k.story == item.story for k in same):
            change = None
        elif same:
            change = StatementChange(st, "repeat", same[-1].statement)
        else:
            latest = mine.latest(item.date) if st.speaker is not None else None
            if latest is None:
                change = StatementChange(st, "new", None)
            else:
                kind: ChangeKind = "shift" if latest.statement.stance != st.stance else "reaffirm"
                change = StatementChange(st, kind, latest.statement)
        out.append(change)
        mine.add(_Known(st, item.date, key, grams, item.story))
    return out
