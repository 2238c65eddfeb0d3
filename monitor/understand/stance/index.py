"""The named cues (which cue of :data:`~monitor.understand.stance.cues._CUES` plays which part in
the stance rules) and the cue index, which finds the cues of a clause (:func:`_cue_matches`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from monitor.understand import scan
from monitor.understand.stance.admissions import LYING_IF_BELIEVED
from monitor.understand.stance.cues import _CUES
from monitor.understand.stance.idioms import IF_DOUBT

# "I don't think / believe / expect / see ...": a negated belief governs its clause (negation raising).
_RAISED = next(
    i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:do|does|did)(?:n'?t| not) (?:think")
)

# "I'm not saying it's happening", "I wouldn't say it's alive": a cue after a refusal to say, in its
# clause, is not asserted: no answer either way.
_WITHHELD = frozenset(
    i
    for i, (pat, _, _) in enumerate(_CUES)
    if pat.startswith(
        (
            "(?:i'?m|we'?re|i am|we are) not",
            "(?:won'?t|can'?t|cannot|(?:would|will|could",
            "(?:not going to|not gonna|won'?t|will not|can'?t|cannot) "
            "(?:(?:stand|sit)(?: up)? (?:here|there) and )?",
            "(?:don'?t|do not|shouldn'?t|should not|wouldn'?t|would not|not to|never) read ",
            "(?:(?:i'?m|we'?re|i am|we are) not (?:saying|telling(?: you)?)|",
            "(?:that'?s|that is|this is) all ",
        )
    )
)

# "anybody telling you it's happening", "somebody tells me it's coming": the cues after it in its
# clause are someone else's claim, not the speaker's, and are dropped.
_HEARSAY = next(i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:somebody|someone|anybody"))

# "we won't / wouldn't <verb>": a refusal; with a "without" after it ("we wouldn't do it without
# them") it sets a condition, no "no"
_REFUSAL = next(
    i
    for i, (pat, _, _) in enumerate(_CUES)
    if pat.startswith("(?:won'?t|will not|wouldn'?t|would not|isn'?t going to") and pat.endswith(r") \w+")
)

# "I'm not sure it's going to happen", "I don't know that they'd come back": doubt, then what is
# doubted (in its comma-delimited part) is not asserted
_DOUBT = next(
    i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:do|does|did)(?:n'?t| not) know|no idea")
)
# "Marvel is weighing whether a second hero could appear": what is weighed is not asserted either
_WEIGHING = next(i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:weigh|weighs|weighing"))
# "I'm not going to pretend I know what they're planning": a doubt like "I don't know what"
_PRETEND_KNOW = next(
    i
    for i, (pat, _, _) in enumerate(_CUES)
    if pat.startswith("(?:not going to|not gonna|won'?t|will not|wouldn'?t")
    and "pretend (?:to (?:know" in pat
)
_TELLING = next(
    i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:i|we)(?: can| will|'ll) (?:tell")
)

# "Whether the four of them reunite is above my pay grade": what a "Whether" opening asks, in its
# comma-delimited part, is not asserted (like what "not sure" doubts), and a doubt after it in its
# clause ("…, I couldn't tell you", "… is above my pay grade") is doubt about whether: it weighs at
# least _WHETHER_DOUBT
_WHETHER = next(i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?-i:Whether)"))
_WHETHER_DOUBT = 1.5
_DEFERRAL = next(
    i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:conversation|question|discussion")
)

# 20th round: the posture of waiting ("I'm not sitting by the phone", "I've stopped waiting by the
# phone"): after a "but" it concedes that the call may not come, no more; it takes no contrast weight
_WAITING = frozenset(
    i
    for i, (pat, _, _) in enumerate(_CUES)
    if pat.startswith("(?:stopped|quit|given up|gave up) waiting ")
    or "(?:sit|wait) (?:by|" in pat
    or "(?:sitting|waiting) (?:by|" in pat
)

# 20th round: who decides ("but that's not up to me", "but that's above my pay grade"): after a "but"
# it concedes that the speaker does not decide, no more (the wish before it stands); it takes no
# contrast weight
_WHO_DECIDES = next(i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("not (?:up to me|my call"))

# "I won't pretend it's happening": what is not pretended, in its part, is denied (a yes turns no)
_PRETEND = next(
    i for i, (pat, _, _) in enumerate(_CUES) if pat.endswith("pretend(?: otherwise| to know| to be)?")
)
# Round 22: "I'd be lying if I told you I thought they'd be back": the belief owned up to not holding,
# in its part, is denied like what is not pretended
_DENYING = frozenset({_PRETEND, next(i for i, (pat, _, _) in enumerate(_CUES) if pat == LYING_IF_BELIEVED)})

# the bare modals ("might", "could", "may"): a bare "could" in a scene of the past weighs nothing
# (see _PAST_SCENE in monitor.understand.stance.clauses)
_MODAL = next(i for i, (pat, _, _) in enumerate(_CUES) if pat == r"might|could|(?-i:may)")

# End-state cues ("it's over"): negated ("never say it's over", "it isn't over") they are a yes.
_ENDED = next(
    i for i, (pat, _, _) in enumerate(_CUES) if pat.startswith("(?:is|are|was|were|'s|'re) (?:done")
)

# Round 21: "a matter of if", doubt about whether: denied ("I don't think it's a matter of if
# anymore") it is a yes, only the time open
_IF_DOUBT = next(i for i, (pat, _, _) in enumerate(_CUES) if pat == IF_DOUBT)

# Cues with a gap for other words: a negator inside the gap negates them.
_GAPPED = frozenset(i for i, (pat, _, _) in enumerate(_CUES) if r"(?: \w+)? " in pat or r"{0,6}back" in pat)

# The word-start test sits outside the alternation, so a position inside a word fails at once instead
# of trying every cue (same matches, in the same order of preference).
_PATTERN = re.compile(
    r"(?<![\w'])(?:" + "|".join(rf"(?P<c{i}>{pat})" for i, (pat, _, _) in enumerate(_CUES)) + r")(?![\w])",
    re.IGNORECASE,
)

# A cheap look before the scan: a cue can only match a clause that holds its words. Each cue's
# alternatives are taken one by one ("sub-cues"), and from each one's pattern are worked out, once
# (see scan.spell): words of which every match holds one, and the words a match can start with. A
# clause is then tried only for the sub-cues whose words it holds, only where their first words
# are, and the matches are merged as the one alternation finds them (see _cue_matches): the same
# matches, without trying ~50 cues at every word.


@dataclass(frozen=True, slots=True)
class _CueIndex:
    cue: tuple[int, ...]  # sub-cue -> its cue (sub-cues are in the order of the alternation)
    pattern: tuple[re.Pattern[str], ...]  # sub-cue -> its pattern, as it sits in _PATTERN
    starts: tuple[frozenset[str] | None, ...]  # sub-cue -> the words its matches start with (None: any)
    subs_of: dict[str, tuple[int, ...]]  # word -> the sub-cues a match of which may hold it
    words: frozenset[str]  # (the keys of subs_of)
    first_words: frozenset[str]  # all the starts
    always: tuple[int, ...]  # sub-cues no word singles out: always tried


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" gives "a" and "b(?:c|d)")."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # an escaped character
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith(("[]", "[^]"), i):
                i += pattern.index("]", i) - i  # a "]" first in a class is a character
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


@functools.cache
def _cue_index() -> _CueIndex | None:
    """The sub-cues and their words (see above), worked out on first use; None when the standard
    library's pattern parser (a private module, see scan.spell) is not there: then every clause
    is scanned whole."""
    cue: list[int] = []
    patterns: list[re.Pattern[str]] = []
    starts: list[frozenset[str] | None] = []
    subs_of: dict[str, list[int]] = {}
    always: list[int] = []
    for i, (cue_pattern, _, _) in enumerate(_CUES):
        for alternative in _alternatives(cue_pattern):
            k = len(cue)
            try:
                forms = scan.spell(alternative, re.IGNORECASE)
            except (ImportError, AttributeError):
                return None
            cue.append(i)
            patterns.append(re.compile(rf"(?<![\w'])(?:{alternative})(?![\w])", re.IGNORECASE))
            words = None if forms is None else {scan.whole_word(f) for f in forms}
            firsts = None if forms is None else {scan.first_word(f) for f in forms}
            starts.append(None if firsts is None or None in firsts else frozenset(w for w in firsts if w))
            if words is None or None in words:
                always.append(k)
                continue
            for word in sorted(w for w in words if w is not None):
                subs_of.setdefault(word, []).append(k)
    return _CueIndex(
        cue=tuple(cue),
        pattern=tuple(patterns),
        starts=tuple(starts),
        subs_of={w: tuple(ks) for w, ks in subs_of.items()},
        words=frozenset(subs_of),
        first_words=frozenset().union(*(s for s in starts if s is not None)),
        always=tuple(always),
    )


def _cue_matches(clause: str) -> list[tuple[int, re.Match[str]]]:
    """``(cue index, match)`` for every match of ``_PATTERN.finditer(clause)``, found by trying only
    the sub-cues whose words ``clause`` has. At one position the earlier sub-cue wins, and the next
    match starts after the last one, as in the alternation."""
    out: list[tuple[int, re.Match[str]]] = []
    index = _cue_index()
    if index is None or not clause.isascii():  # (case-insensitive "k" also matches the Kelvin sign)
        for m in _PATTERN.finditer(clause):
            assert m.lastgroup is not None
            out.append((int(m.lastgroup[1:]), m))
        return out
    present = scan.distinct_words(clause) & index.words
    if not present and not index.always:
        return out
    found: list[tuple[int, int, re.Match[str]]] = []
    at: dict[str, list[int]] | None = None  # where the first words of sub-cues are
    for k in sorted({k for w in present for k in index.subs_of[w]}.union(index.always)):
        pattern, starts = index.pattern[k], index.starts[k]
        if starts is None:  # every position where the sub-cue matches (they may overlap)
            hit = pattern.search(clause)
            while hit is not None:
                found.append((hit.start(), k, hit))
                hit = pattern.search(clause, hit.start() + 1)
            continue
        if at is None:
            at = {}
            for pos, word in scan.locate(clause, index.first_words):
                at.setdefault(word, []).append(pos)
        for word in starts.intersection(at):
            for pos in at[word]:
                hit = pattern.match(clause, pos)
                if hit is not None:
                    found.append((pos, k, hit))
    found.sort(key=lambda f: (f[0], f[1]))
    end = 0
    for start, k, m in found:
        if start >= end:
            out.append((index.cue[k], m))
            end = m.end()
    return out
