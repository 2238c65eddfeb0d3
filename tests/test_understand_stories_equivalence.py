"""The indexed story grouping gives exactly the groups of the pair-by-pair reference, and the fast
text helpers give exactly what the plain ones give."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.types import Analysis, Article, Relevance, Statement
from monitor.understand import normalise, stories
from monitor.understand import signature as signature_module
from monitor.understand.signature import make_signature
from tests import stories_reference

VOCAB = [
    "daredevil",
    "defenders",
    "reunion",
    "netflix's",
    "marvel",
    "series",
    "charlie",
    "krysten",
    "ritter",
    "colter",
    "finn",
    "jones",
    "studios",
    "announcement",
    "returning",
    "the",
    "a",
    "of",
    "and",
    "to",
    "season",
    "show",
    "star",
    "new",
    "says",
    "don't",
    "it's",
    "brooklyn",
    "manhattan",
    "streaming",
    "episodes",
    "critics",
    "chemistry",
]
SEPARATORS = (
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\u2019s ",
    " \u201c",
    "\u201d ",
    " \u2014 ",
    "\u2026 ",
    "\u00a0",
    "\n\n",
)
SPEAKERS = (None, "Charlie Cox", "Krysten Ritter")
# outlets: long names, names that are words of VOCAB ("Marvel", "Finn": _MIN_OUTLET characters) or
# inside one ("Studio" in "Studios"), names too short ("The", "AP") or all lower case ("streaming")
# to be credited, one with spaces around it
OUTLETS = (
    "Hollywood Wire",
    "The Ledger",
    " Screen Rant ",
    "Marvel",
    "Finn",
    "Studio",
    "The",
    "AP",
    "streaming",
)
# how a text names an outlet: whole ("according to Hollywood Wire", "Marvel's") or inside a word
CREDITS = ("according to {} ", "told {}. ", "{}\u2019s ", "({}) ", "\u201c{}\u201d ", "{}s ", "x{} ", "{}_ ")


def _text(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        word = rng.choice(VOCAB)
        out.append((word.capitalize() if rng.random() < 0.1 else word) + rng.choice(SEPARATORS))
    return "".join(out)


def _rows(seed: int, n: int) -> list[tuple[Article, Analysis]]:
    """Articles made of a few base stories, copied with edits (so groups form) or rewritten around
    a run of their words, texts naming outlets, statements drawn from a few quotes, titles from a
    small vocabulary and dates over a few weeks."""
    rng = random.Random(seed)
    bases = [(_text(rng, rng.randint(3, 9)), _text(rng, rng.choice((5, 60, 300, 450)))) for _ in range(4)]
    quotes = [_text(rng, rng.randint(2, 12)) for _ in range(5)]
    rows = []
    for i in range(n):
        title, text = rng.choice(bases)
        if rng.random() < 0.5:  # an edited copy: some words replaced, something added
            ws = text.split(" ")
            for _ in range(rng.randint(0, len(ws) // 2 + 1)):
                ws[rng.randrange(len(ws))] = rng.choice(VOCAB)
            text = " ".join(ws) + (_text(rng, 20) if rng.random() < 0.5 else "")
        if rng.random() < 0.3:  # a rewrite: new words under the same headline
            text = _text(rng, rng.randint(5, 80))
        if rng.random() < 0.3:  # the headline edited
            ts = title.split(" ")
            ts[rng.randrange(len(ts))] = rng.choice(VOCAB)
            title = " ".join(ts)
        elif rng.random() < 0.2:
            title = _text(rng, rng.randint(2, 8))
        if rng.random() < 0.3:  # a rewrite repeating a run of the original's lead, under a new title
            ws = text.split(" ")
            start = rng.randrange(min(len(ws), 40))
            run = " ".join(ws[start : start + rng.randint(4, 10)])
            text = _text(rng, rng.randint(0, 40)) + run + " " + _text(rng, rng.randint(0, 40))
            title = _text(rng, rng.randint(2, 8))
        source = rng.choice(OUTLETS)
        if rng.random() < 0.5:  # naming an outlet: its own, an earlier article's, any (maybe not whole)
            named = rng.choice((source, rng.choice(rows)[0].source if rows else source, rng.choice(OUTLETS)))
            ws = text.split(" ")
            credit = rng.choice(CREDITS).format(named.strip())
            ws.insert(rng.randint(0, len(ws)), credit)
            text = " ".join(ws)
        when = dt.datetime(2025, 6, 1, tzinfo=dt.UTC) + dt.timedelta(hours=rng.randint(0, 24 * 30))
        article = Article(
            id=i + 1,
            feed_url="https://a.example/feed",
            key=f"k{i}",
            url=f"https://news.example/{i}",
            title=title,
            text=text,
            source=source,
            published=when if rng.random() < 0.8 else None,
            first_seen=when,
        )
        said = tuple(
            Statement(rng.choice(SPEAKERS), rng.choice(quotes), "positive", "quote", when.date(), "S")
            for _ in range(rng.randint(0, 3))
        )
        rows.append((article, Analysis(Relevance(True, 5.0, ()), said)))
    return rows


@contextmanager
def _patched(name: str, value: int) -> Iterator[None]:
    saved = getattr(stories, name)
    setattr(stories, name, value)
    try:
        yield
    finally:
        setattr(stories, name, saved)


def _common_above(limit: int) -> AbstractContextManager[None]:
    """Features held by more than ``limit`` articles count as common (the real limit is 60)."""
    return _patched("MAX_BUCKET", limit)


def _with_signatures(rows: list[tuple[Article, Analysis]]) -> list[tuple[Article, Analysis]]:
    return [(a, replace(an, signature=make_signature(a.title, a.text, an.statements))) for a, an in rows]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 40))
def test_grouping_equals_the_pair_by_pair_reference(seed: int, n: int) -> None:
    rows = _rows(seed, n)
    assert stories.group(rows) == stories_reference.group(rows)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32), st.integers(5, 40), st.integers(1, 6))
def test_grouping_equals_the_reference_when_features_are_common(seed: int, n: int, limit: int) -> None:
    rows = _rows(seed, n)
    with _common_above(limit):
        assert stories.group(rows) == stories_reference.group(rows)


def test_stored_signatures_group_as_computed_ones() -> None:
    rows = _rows(11, 30)
    assert stories.group(_with_signatures(rows)) == stories.group(rows)


def test_the_random_articles_form_groups_and_singletons() -> None:
    """The inputs above are not vacuous: copies group, other articles stay apart, and a low limit
    on common features changes the groups."""
    rows = _rows(7, 30)
    grouped = stories.group(rows)
    assert any(len(g) > 1 for g in grouped)
    assert any(len(g) == 1 for g in grouped)
    with _common_above(2):
        assert stories.group(rows) != grouped
        assert stories.group(rows) == stories_reference.group(rows)


def test_the_random_articles_credit_each_other() -> None:
    """Some random articles are one story only by the credited rule: without it, both groupings
    split them."""
    rows = _rows(11, 30)
    grouped = stories.group(rows)
    with _patched("CREDIT_SHARED", 10**6):
        assert stories.group(rows) != grouped
        assert stories.group(rows) == stories_reference.group(rows)


FOLDABLE = "ab Z'\u00e9\u212a" + "".join(normalise._FOLDED)


@given(st.text(alphabet=FOLDABLE, max_size=40))
def test_fold_equals_a_character_translation(text: str) -> None:
    table = str.maketrans(normalise._FOLDED)
    assert normalise.fold(text) == text.translate(table)


@settings(max_examples=200)
@given(st.text(alphabet=FOLDABLE + "xyz0123456789 .,\n", max_size=3500), st.integers(0, 3))
def test_lead_words_equal_the_words_of_the_whole_slice(text: str, repeat: int) -> None:
    text = text * (repeat + 1)
    whole = normalise.words(text[: signature_module.LEAD_WORDS * 12])[: signature_module.LEAD_WORDS]
    assert signature_module.lead_words(text) == whole
