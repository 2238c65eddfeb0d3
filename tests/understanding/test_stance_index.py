"""The stance cue index (``stance._cue_matches``) finds exactly what the one big alternation finds.

The index tries only the cues whose words a clause holds, at the positions of their first words; the
words come from spelling the cue patterns out with the standard library's pattern parser
(``scan.spell``). These tests pin that the shortcut is in effect with this Python and that it never
changes a match: on every clause of the labelled sets and on generated clauses built from the cues'
own words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.devset import load_devset
from monitor.understand import scan, stance
from tests.understand_fixtures import DEVSET


def test_the_index_is_in_effect_with_this_python() -> None:
    """If the pattern parser changes, the index quietly falls back to the full scan: notice it."""
    index = stance._cue_index()
    assert index is not None
    assert index.words
    assert len(index.always) < len(index.cue) // 4


def _devset_clauses() -> list[str]:
    clauses: list[str] = []
    for folder in sorted({p.parent.parent for p in DEVSET.glob("**/articles/*.toml")}):
        for dev in load_devset(folder).articles:
            for paragraph in dev.article.text.split("\n"):
                clauses.extend(c for c, _, _ in stance._clauses(paragraph))
    return clauses


def _full_scan(clause: str) -> list[tuple[int, int, int]]:
    """(cue, start, end) of every match of the whole alternation, as before the index existed."""
    out = []
    for m in stance._PATTERN.finditer(clause):
        assert m.lastgroup is not None
        out.append((int(m.lastgroup[1:]), m.start(), m.end()))
    return out


def _indexed(clause: str) -> list[tuple[int, int, int]]:
    return [(cue, m.start(), m.end()) for cue, m in stance._cue_matches(clause)]


def test_every_clause_of_the_labelled_sets_gets_the_same_matches() -> None:
    clauses = _devset_clauses()
    assert len(clauses) > 2000
    differing = [c for c in clauses if _indexed(c) != _full_scan(c)]
    assert differing == []
    assert sum(bool(_full_scan(c)) for c in clauses) > 300  # the comparison saw many cues


FILLER = ["Cox", "said", "the", "Defenders", "reunion", "Marvel", "series", "we", "it", "back"]


def _cue_words() -> list[str]:
    """Every word written in the cue patterns (what generated clauses are made of)."""
    words: set[str] = set()
    for pattern, _, _ in stance._CUES:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", pattern) if len(w) > 1)
    return sorted(words)


WORDS = _cue_words()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS + FILLER), min_size=1, max_size=14),
    st.lists(st.sampled_from([" ", " ", " ", ", ", "'", "n't ", "  "]), min_size=14, max_size=14),
    st.booleans(),
)
def test_generated_clauses_from_the_cues_words_get_the_same_matches(
    words: list[str], gaps: list[str], capitalise: bool
) -> None:
    clause = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip()
    if capitalise:
        clause = clause.upper()
    assert _indexed(clause) == _full_scan(clause)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("no idea", ["no idea"]),
        ("(?:do|does)n't know", ["don't know", "doesn't know"]),
        (r"not sure\s+if", ["not sure if"]),
        (r"back\w*", ["back\x00"]),
    ],
)
def test_spell_writes_out_what_a_pattern_matches(pattern: str, expected: list[str]) -> None:
    assert scan.spell(pattern, re.IGNORECASE) == expected


def test_whole_and_first_words_of_a_spelled_out_match() -> None:
    assert scan.whole_word("no idea whatsoever") == "whatsoever"  # uncommon first, then the longest
    assert scan.whole_word("i do not know") == "know"  # only common words: the longest
    assert scan.whole_word("back\x00") is None  # glue touches the only word
    assert scan.first_word("no idea") == "no"
    assert scan.first_word("\x00 idea") is None
