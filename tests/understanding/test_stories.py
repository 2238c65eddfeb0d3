"""Story grouping: copies and rewrites grouped, credits to the original outlet, story ids and headlines,
and the indexed grouping against the pair-by-pair reference (monitor.understand.stories,
monitor.understand.normalise). Rounds 11-19."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.types import Analysis, Article, Relevance, Statement
from monitor.understand import normalise, stories
from monitor.understand import signature as signature_module
from monitor.understand.signature import make_signature
from tests import stories_reference
from tests.understand_fixtures import article, quote_by

LEAD = (
    "Charlie Cox drew the biggest crowd of the weekend at the convention, where the Daredevil lead spent "
    "most of his panel fielding questions about the other heroes from the Netflix era and their future."
)


def rel(*statements: Statement) -> Analysis:
    return Analysis(Relevance(True, 5.0, ()), statements)


def test_copies_and_rewrites_group_transitively_and_others_stay_apart() -> None:
    quote = quote_by("Charlie Cox", "I haven't heard a thing about the four of us getting back together")
    rows = [
        (article(1, "Cox has heard nothing", LEAD + " More text here.", day=2), rel(quote)),
        (article(2, "Cox has heard nothing", LEAD + " Republished with permission.", day=2), rel(quote)),
        (article(3, "A different headline entirely", "New wording, same quote.", day=3), rel(quote)),
        (article(4, "Ritter joins a thriller", "Unrelated text about something else.", day=3), rel()),
    ]
    groups = stories.group(rows)
    assert groups == [[0, 1, 2], [3]]


def test_story_id_is_deterministic_and_headline_prefers_the_shared_title() -> None:
    a1 = article(1, "One", "x", day=1)
    a2 = article(2, "Two", "x", day=2)
    a3 = article(3, "two", "x", day=3)
    assert stories.story_id(a1) == stories.story_id(article(1, "Other", "y", day=1))
    assert stories.story_id(a1) != stories.story_id(a2)
    assert stories.headline([a1, a2, a3]) == "Two"
    assert stories.headline([a1, a2]) == "One"


def test_a_brief_quoting_one_line_of_the_announcement_joins_its_story() -> None:
    full = quote_by(
        "Mike Colter", "Harlem's hero is back. I've waited a long time to say that, and I can't wait."
    )
    short = quote_by("Mike Colter", "Harlem's hero is back")
    other = quote_by("Krysten Ritter", "Harlem's hero is back")  # same words, another speaker: no link
    rows = [
        (article(1, "Mike Colter to return as Luke Cage in Born Again", LEAD, day=2), rel(full)),
        (
            article(2, "Colter returning", "Mike Colter returns, the actor said in a statement.", day=3),
            rel(short),
        ),
        (article(3, "Ritter on Harlem", "Krysten Ritter spoke about the city.", day=3), rel(other)),
        (article(4, "Colter again", "Much later the same line came back.", day=25), rel(short)),
    ]
    assert stories.group(rows) == [[0, 1], [2], [3]]


# how a text names an outlet: whole ("according to Hollywood Wire", "Marvel's") or inside a word
CREDITS = ("according to {} ", "told {}. ", "{}\u2019s ", "({}) ", "\u201c{}\u201d ", "{}s ", "x{} ", "{}_ ")


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


SPEAKERS = (None, "Charlie Cox", "Krysten Ritter")


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


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 40))
@example(62628473, 7)  # an all-lower-case outlet "credited" by its first word: no credit
def test_grouping_equals_the_pair_by_pair_reference(seed: int, n: int) -> None:
    rows = _rows(seed, n)
    assert stories.group(rows) == stories_reference.group(rows)


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


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32), st.integers(5, 40), st.integers(1, 6))
def test_grouping_equals_the_reference_when_features_are_common(seed: int, n: int, limit: int) -> None:
    rows = _rows(seed, n)
    with _common_above(limit):
        assert stories.group(rows) == stories_reference.group(rows)


def _with_signatures(rows: list[tuple[Article, Analysis]]) -> list[tuple[Article, Analysis]]:
    return [(a, replace(an, signature=make_signature(a.title, a.text, an.statements))) for a, an in rows]


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


REWRITE = (
    "Good news for anyone still rewatching Jessica Jones every winter. According to Harbor Wire, "
    "Krysten Ritter is \u201copen to\u201d a Defenders reunion, as long as Jessica gets to \u201cbe rude to "
    'everybody again.\u201d Fans wasted no time: "Put her in Born Again and let her insult Fisk," wrote '
    "one user, in a post liked thousands of times since. Ritter last played the investigator in "
    "2019, and the new season is streaming now."
)


# --- a rewrite that credits the original outlet ---------------------------------------------------

ORIGINAL = (
    "AUSTIN \u2014 Krysten Ritter has not given up on Jessica Jones. Speaking at the premiere of her new "
    "thriller, the actress said she was \u201copen to\u201d a Defenders reunion, as long as Jessica gets to "
    "\u201cbe rude to everybody again.\u201d Ritter plays a diver who finds a wreck off the coast, and "
    "she spent three weeks in cold water for it. Her director said she can do stillness, which is rarer than "
    "people think, and the film is seeking distribution after two more screenings this week."
)


def rows(rewrite: str) -> list[tuple[Article, Analysis]]:
    a = replace(
        article(1, "Ritter says she is open to it, on one condition", ORIGINAL, day=2), source="Harbor Wire"
    )
    b = replace(article(2, "Is Jessica back? Ritter weighs in", rewrite, day=4), source="Pop Daily")
    none = Analysis(Relevance(True, 5.0, ()), ())
    return [(a, none), (b, none)]


def test_a_rewrite_crediting_the_original_outlet_joins_its_story() -> None:
    assert stories.group(rows(REWRITE)) == [[0, 1]]


def test_the_same_sentence_without_the_credit_is_not_enough() -> None:
    uncredited = REWRITE.replace("According to Harbor Wire, ", "")
    assert stories.group(rows(uncredited)) == [[0], [1]]


NEWS = (
    "Netflix has ended Luke Cage after two seasons, the streamer said on Monday.\n\n"
    "The cancellation came days after the second season opened to strong reviews.\n\n"
    'Star Mike Colter had sounded hopeful: "I would love one more fight in that hallway with all four '
    'of us," he told Morning Line last week.'
)


# --- a re-quote credited in the past tense is a citation ---------------------------------------------

INTERVIEW = (
    "This is a transcript of Morning Line, lightly edited.\n\n"
    "HOST: Will the Defenders ever get back together?\n\n"
    'Mike Colter said: "I would love one more fight in that hallway with all four of us."\n\n'
    "HOST: Mike Colter, thank you."
)


QUOTE = Statement(
    speaker="Mike Colter",
    text="I would love one more fight in that hallway with all four of us",
    stance="positive",
    kind="quote",
    date=None,
    source="",
)


def _interview_and_news(news: str, news_title: str) -> list[tuple[Article, Analysis]]:
    title = "Transcript: Mike Colter on boxing and fatherhood"
    a = replace(article(1, title, INTERVIEW, day=2), source="Morning Line Radio")
    b = replace(article(2, news_title, news, day=4), source="Stream Daily")
    an = Analysis(Relevance(True, 5.0, ()), (QUOTE,))
    return [(a, an), (b, an)]


def test_a_re_quote_credited_in_the_past_tense_is_a_citation() -> None:
    assert stories.group(_interview_and_news(NEWS, "Netflix ends Luke Cage after two seasons")) == [[0], [1]]


def test_the_same_quote_without_the_credit_still_groups() -> None:
    uncredited = NEWS.replace(" he told Morning Line last week.", " he said.")
    assert stories.group(_interview_and_news(uncredited, "Netflix ends Luke Cage after two seasons")) == [
        [0, 1]
    ]


def test_a_rewrite_of_the_interview_with_a_title_like_it_still_groups() -> None:
    # a rewrite about the interview itself shares the title's words (Mike Colter): the same story
    assert stories.group(_interview_and_news(NEWS, "Mike Colter hopes for one more Defenders fight")) == [
        [0, 1]
    ]


def test_a_rewrite_crediting_the_outlet_by_its_first_word_joins_its_story() -> None:
    """Round 22: "According to Harbor, …" credits "Harbor Wire" by its first word; "the" alone is no
    credit of "The Ledger"."""
    short = REWRITE.replace("According to Harbor Wire, ", "According to Harbor, ")
    assert stories.group(rows(short)) == [[0, 1]]
    assert not stories._credits_outlet("According to The, nothing.", "The Ledger")
