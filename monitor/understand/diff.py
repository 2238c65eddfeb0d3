"""Each statement against what the same speaker said before: new, shift, reaffirm or repeat.

For each statement of the period, in the order the period's articles came (``Item.date``), the
*known* statements are the speaker's statements dated no later than that (the baseline and every
stored statement, undated ones included) plus the period's statements already classified. A
statement's date is when it was said (``Item.said``): an article's date, or the earlier time the
article gives for an old line it re-quotes ("In 2019, Ritter told Vulture: …"; see
:mod:`monitor.understand.statements.dating`):

* ``repeat`` — the same quote is already known: equal words (:func:`normalise.norm_key`) or word
  3-gram overlap of at least :data:`REPEAT_SIMILARITY` of the shorter one (a copy of an older
  article, a re-quoted line), or a reported claim's quoted words (three or more) are a known
  quote ("telling reporters that we'd see “familiar faces from the Netflix days”"); the 3-grams
  read reported speech's shifts of person, tense and pointing words as one ("he has not been cast"
  repeats "I have not been cast", "the chapter was closed" repeats "that chapter is closed"), and
  new words three times as long around a known fragment of eight words or fewer are no repeat of it;
  ``previous`` is that known statement. Seventeenth round: contractions are read spelled out and
  auxiliaries as one word ("he's stopped guessing" repeats "I've stopped guessing", "there was
  nothing to it" repeats "there's nothing to it"), a possessive as the pronoun it reports ("weren't
  part of the show's plans" repeats "are not part of our plans"), a quoted phrase of three words in
  a reported claim may be the known quote ("there was “a door open”"), and a known line with words
  added that give it another stance is no repeat of it ("I said we had no plans, and that was true.
  Next year is a different conversation"). Round 22: two words quoted in a reported claim are the
  speaker's known line of the same stance that holds them ("the studio was “developing something”");
* ``new`` — the speaker has no known statement (statements without a speaker are always new unless
  they repeat an earlier speakerless one);
* ``shift`` — the stance differs from the speaker's latest known statement (``previous``): the
  known statement said last, no later than this one was said (an old line re-quoted today is
  compared with what the speaker had said before it, and is not the latest for the statements
  after it unless nothing known was said later);
* ``reaffirm`` — same stance as the latest known statement, new words; but a reported claim
  without quoted words that the article dates before itself (a relayed earlier statement in the
  article's words: "Sixteen months ago, he told us that it was above his pay grade") is a
  ``repeat`` of that latest statement (Round 21).

Copies inside one story (syndication) are reported once: a statement that repeats one already
classified *in the same story* is dropped (``None``).

20th round: a copy within a story gets the change of the story's first copy, also when a rewrite or
a summary puts the line in other words ("she “wouldn't rule out” a reunion" after "I
wouldn't rule it out"): a statement that repeats nothing known takes the change of the speaker's
statement in another article of the same story that shares the most of its words (at least
:data:`STORY_COPY_SHARED` of them, as a Dice share of their content words), instead of being
compared with that copy.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.types import ChangeKind, Statement, StatementChange
from monitor.understand.normalise import words

REPEAT_SIMILARITY = 0.8
STORY_COPY_SHARED = 0.35
_QUOTED = re.compile('[\u201c"]([^\u201c\u201d"]+)[\u201d"]')
# a shorter quoted phrase ("not done") is too common to be a known quote, and so is a name of three
# words ("the Netflix days", "the street-level heroes"): a term, not a quote
_QUOTED_WORDS = 3
_K = 3
# Round 22: a quoted phrase of two words in a reported claim is the known line of the same stance
# that holds it (of the speaker's latest statements: a hostile article cannot make this quadratic)
_FRAGMENT_WORDS = 2
_FRAGMENT_LOOK = 64
_LONGER = 3  # a statement this many times longer (in 3-grams) than a known fragment is not its repeat
_FRAGMENT = 6  # 3-grams: a known statement this short is a fragment (a phrase of eight words or fewer)
_MIN = dt.date.min


@dataclass(frozen=True, slots=True)
class Item:
    """A statement of the period with where it sits: the date it became known (its article's, for
    ordering and repeats), its story, and when it was said (``None``: ``date``)."""

    statement: Statement
    date: dt.date | None
    story: str
    said: dt.date | None = None


@dataclass
class _Known:
    statement: Statement
    said: dt.date | None  # when it was said
    known: dt.date | None  # when it became known (an article's date; a stored statement's date)
    rank: dt.date | None  # where it stands among the speaker's statements (see classify)
    key: str
    grams: frozenset[tuple[str, ...]]
    story: str | None
    change: StatementChange | None = None  # the change it was given (a statement of the period)


# Reported speech shifts person, tense and pointing words ("I have not been cast" is reported as "he
# has not been cast", "that chapter is closed" as "the chapter was closed"): the word 3-grams compare
# these as one word each, so a paraphrase in reported speech is known as the quote it reports.
_SAME_WORD = {
    **dict.fromkeys(("i", "he", "she", "we", "they"), "i"),
    **dict.fromkeys(("me", "him", "us", "them"), "me"),
    **dict.fromkeys(("my", "his", "our", "their"), "my"),
    **dict.fromkeys(("am", "is", "are", "was", "were", "has", "have", "had", "be", "been"), "is"),
    **dict.fromkeys(("will", "would"), "will"),
    **dict.fromkeys(("the", "that", "this", "these", "those"), "the"),
}


# Contractions read as their long forms ("weren't" as "were not", "there's" as "there is"), so a
# line and its report ("there was nothing to it") share their 3-grams; an auxiliary is one word
# whatever its person and tense ("he's stopped" reports "I've stopped").
_CONTRACTED = {"'re": "are", "'ve": "have", "'m": "am", "'ll": "will", "'d": "would"}
_IRREGULAR = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not")}
# "'s" is "is"/"has" after these words; after any other word it is a possessive, which reported
# speech puts where the speaker said "our" or "my" ("part of our plans" -> "part of the show's plans")
_IS_AFTER = frozenset(
    (
        *("he", "she", "it", "that", "there", "here", "what", "who", "where", "how", "let"),
        *("everything", "nothing", "everyone", "everybody"),
    )
)
_DETERMINERS = frozenset(("the", "this", "that", "these", "those", "a", "an"))


def _long_forms(ws: list[str]) -> list[str]:
    """Words with contractions spelled out and a possessive ("the show's", "Marvel's") as "my"."""
    out: list[str] = []
    for w in ws:
        if w in _IRREGULAR:
            out.extend(_IRREGULAR[w])
        elif w.endswith("n't"):
            out.extend((w[:-3], "not"))
        elif w.endswith("'s"):
            if w[:-2] in _IS_AFTER:
                out.extend((w[:-2], "is"))
            else:
                if out and out[-1] in _DETERMINERS:
                    out.pop()  # "the show's plans": one possessive word, as "our plans"
                out.append("my")
        elif "'" in w and w[w.index("'") :] in _CONTRACTED:
            i = w.index("'")
            out.extend((w[:i], _CONTRACTED[w[i:]]))
        else:
            out.append(w)
    return out


def _shifted(ws: list[str]) -> list[str]:
    """``ws`` with contractions spelled out and same-meaning words made one (see _SAME_WORD)."""
    return [_SAME_WORD.get(w, w) for w in _long_forms(ws)]


def _grams(text: str) -> tuple[str, frozenset[tuple[str, ...]]]:
    ws = words(text)
    shifted = _shifted(ws)
    grams = frozenset(tuple(shifted[i : i + _K]) for i in range(max(1, len(shifted) - _K + 1)))
    return " ".join(ws), grams


# Words too common to tell two lines of one speaker apart (see _story_copy).
_COMMON = frozenset(
    (
        *("i", "is", "my", "me", "will", "the", "a", "an", "and", "but", "or", "of", "to", "in"),
        *("on", "it", "for", "with", "at", "be", "so", "that", "you", "not", "do", "can", "if"),
    )
)


def _content(text: str) -> set[str]:
    return {w for w in _shifted(words(text)) if w not in _COMMON}


def _story_copy(mine: _Speaker, st: Statement, story: str) -> _Known | None:
    """20th round: the speaker's statement in another article of ``story`` that this one most
    likely puts in other words (a rewrite's or a summary's copy), if they share enough words."""
    mine_words = _content(st.text)
    best: tuple[float, _Known | None] = (0.0, None)
    for k in mine.items:
        if k.story != story or k.change is None or k.statement.article_id == st.article_id:
            continue
        other = _content(k.statement.text)
        if not other or not mine_words:
            continue
        dice = 2 * len(mine_words & other) / (len(mine_words) + len(other))
        if dice > best[0]:
            best = (dice, k)
    return best[1] if best[0] >= STORY_COPY_SHARED else None


def _relayed_paraphrase(st: Statement, said: dt.date | None, date: dt.date | None) -> bool:
    """Round 21: is ``st`` an earlier statement the article relays in its own words ("Sixteen months
    ago, X told us that what Marvel did was above his pay grade", "when he repeatedly said last year
    that a reunion was a question of when")? A reported claim without quoted words, dated before its
    article: what it relays is the speaker's known line of then, if the stance is the same (a repeat;
    quoted words would have been found as that line's if they were it)."""
    return (
        st.kind == "reported"
        and not _QUOTED.search(st.text)
        and said is not None
        and date is not None
        and said < date
    )


def _known_by(k: _Known, date: dt.date | None) -> bool:
    return k.known is None or date is None or k.known <= date


def _rank(date: dt.date | None) -> int:
    return date.toordinal() if date is not None else 0  # undated: before every dated statement


class _Speaker:
    """What one speaker is known to have said, indexed for equal and near-equal words."""

    def __init__(self) -> None:
        self.items: list[_Known] = []  # in the order they became known
        self.by_rank: list[tuple[int, int]] = []  # (rank, index in items), sorted
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_gram: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.key_stories: dict[str, set[str | None]] = defaultdict(set)

    def add(self, k: _Known) -> None:
        i = len(self.items)
        self.items.append(k)
        bisect.insort(self.by_rank, (_rank(k.rank), i))
        self.by_key[k.key].append(i)
        self.key_stories[k.key].add(k.story)
        if len(self.by_key[k.key]) > 1:
            return  # a copy of known words: its grams are indexed already
        for g in k.grams:
            self.by_gram[g].append(i)

    def same_words(
        self,
        key: str,
        grams: frozenset[tuple[str, ...]],
        date: dt.date | None,
        story: str,
        stance: str | None = None,
    ) -> list[_Known]:
        """Known statements with the same (or nearly the same) words, known by ``date``, oldest
        first (for exact copies: one of ``story`` if any, and the latest). A known line with words
        added and another ``stance`` is no repeat: the added words change what it says ("I said we
        had no plans for it, and that was true. Next year is another story")."""
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
            if stance is not None and other.statement.stance != stance and len(grams) > len(other.grams):
                continue  # a known line with words added that change its stance
            out.extend(self._copies(other.key, date, story))
        return out

    def quoting(self, span: str, date: dt.date | None, story: str, stance: str) -> list[_Known]:
        """Round 22: known statements of ``stance`` whose words hold the short quoted ``span`` of a
        reported claim ("the studio was “developing something”" quotes "We're developing something
        with those characters"), known by ``date``: one of ``story`` (if any), then the latest."""
        seq = _shifted(words(span))
        n = len(seq)
        out: list[_Known] = []
        for k in reversed(self.items[-_FRAGMENT_LOOK:]):
            if k.statement.stance != stance or not _known_by(k, date):
                continue
            ws = _shifted(words(k.statement.text))
            if any(ws[i : i + n] == seq for i in range(len(ws) - n + 1)):
                if k.story == story:
                    return [k]
                if not out:
                    out.append(k)
        return out

    def _copies(self, key: str, date: dt.date | None, story: str) -> list[_Known]:
        """Of the known statements with these exact words: one from ``story`` (if any), then the
        latest known by ``date``."""
        indices = self.by_key[key]
        out: list[_Known] = []
        if story in self.key_stories[key]:
            out.append(next(self.items[i] for i in indices if self.items[i].story == story))
        for i in reversed(indices):
            if _known_by(self.items[i], date):
                out.append(self.items[i])
                break
        return out

    def latest(self, said: dt.date | None) -> _Known | None:
        """Of the known statements said no later than ``said``, the one of the highest rank (of
        those of the same rank, the one known last); undated ones rank before every dated one."""
        if said is None:
            return self.items[self.by_rank[-1][1]] if self.by_rank else None
        # a rank is never later than when the statement was said: none ranked after ``said`` fits
        j = bisect.bisect_right(self.by_rank, (_rank(said), len(self.items)))
        while j > 0:
            j -= 1
            k = self.items[self.by_rank[j][1]]
            if k.said is None or k.said <= said:
                return k
        return None


def classify(items: Sequence[Item], history: Sequence[Statement]) -> list[StatementChange | None]:
    """One change per item (``None`` for a copy within its story). ``items`` are in period order;
    ``history`` holds the statements known before the period (baseline included), any order."""
    known: dict[str | None, _Speaker] = defaultdict(_Speaker)
    # A statement known before the period ranks no later than the period's start: whatever its
    # date, the period's statements said since came after it (a baseline dated inside the period
    # still counts only from its date on).
    start = min((i.date for i in items if i.date is not None), default=None)
    for st in sorted(history, key=lambda s: s.date or _MIN):
        key, grams = _grams(st.text)
        rank = min(st.date, start) if st.date is not None and start is not None else st.date
        known[st.speaker].add(_Known(st, st.date, st.date, rank, key, grams, None))
    out: list[StatementChange | None] = []
    for item in items:
        st = item.statement
        said = item.said if item.said is not None else item.date
        key, grams = _grams(st.text)
        mine = known[st.speaker]
        same = mine.same_words(key, grams, item.date, item.story, st.stance)
        if not same and st.kind == "reported":
            # "…, telling reporters that we'd see “familiar faces from the Netflix days”": the words
            # quoted inside a reported claim may be a known quote
            for span in _QUOTED.findall(st.text):
                span_key, span_grams = _grams(span)
                n = len(span_key.split())
                if n > _QUOTED_WORDS or (n == _QUOTED_WORDS and not span_key.startswith("the ")):
                    same = mine.same_words(span_key, span_grams, item.date, item.story)
                elif _FRAGMENT_WORDS <= n < _QUOTED_WORDS:
                    same = mine.quoting(span, item.date, item.story, st.stance)
                if same:
                    break
        change: StatementChange | None
        if any(k.story == item.story for k in same):
            change = None
        elif same:
            change = StatementChange(st, "repeat", same[-1].statement)
        elif st.speaker is not None and (copy := _story_copy(mine, st, item.story)) is not None:
            assert copy.change is not None
            change = StatementChange(st, copy.change.change, copy.change.previous)
        else:
            latest = mine.latest(said) if st.speaker is not None else None
            if latest is None:
                change = StatementChange(st, "new", None)
            else:
                kind: ChangeKind = "shift" if latest.statement.stance != st.stance else "reaffirm"
                if kind == "reaffirm" and _relayed_paraphrase(st, said, item.date):
                    kind = "repeat"
                change = StatementChange(st, kind, latest.statement)
        out.append(change)
        mine.add(_Known(st, said, item.date, said, key, grams, item.story, change))
    return out
