"""Story grouping (copies, rewrites) and the diff against what each speaker said before."""

from __future__ import annotations

import datetime as dt

from monitor.types import Analysis, Relevance, Statement
from monitor.understand import stories
from monitor.understand.diff import Item, classify
from tests.understand_fixtures import article

LEAD = (
    "Charlie Cox drew the biggest crowd of the weekend at the convention, where the Daredevil lead spent "
    "most of his panel fielding questions about the other heroes from the Netflix era and their future."
)


def st(
    speaker: str | None, text: str, stance: str = "positive", day: int = 1, origin: str = "feed"
) -> Statement:
    return Statement(speaker, text, stance, "quote", dt.date(2025, 6, day), "S", origin=origin)  # type: ignore[arg-type]


def rel(*statements: Statement) -> Analysis:
    return Analysis(Relevance(True, 5.0, ()), statements)


def test_copies_and_rewrites_group_transitively_and_others_stay_apart() -> None:
    quote = st("Charlie Cox", "I haven't heard a thing about the four of us getting back together")
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


def test_new_shift_reaffirm_repeat_with_previous() -> None:
    baseline = st("Krysten Ritter", "If they want to do a Defenders 2, I'm in.", "positive", origin="seed")
    items = [
        Item(
            st("Krysten Ritter", "I don't see it happening at all.", "negative", 2), dt.date(2025, 6, 2), "s1"
        ),
        Item(st("Krysten Ritter", "No, it is not happening.", "negative", 3), dt.date(2025, 6, 3), "s2"),
        Item(
            st("Krysten Ritter", "If they want to do a Defenders 2, I'm in!", "positive", 4),
            dt.date(2025, 6, 4),
            "s3",
        ),
        Item(st("Mike Colter", "Who knows.", "uncertain", 4), dt.date(2025, 6, 4), "s3"),
        Item(st(None, "It is happening, trust me.", "positive", 5), dt.date(2025, 6, 5), "s4"),
    ]
    changes = classify(items, [baseline])
    assert [c.change if c else None for c in changes] == ["shift", "reaffirm", "repeat", "new", "new"]
    assert changes[0] is not None
    assert changes[0].previous == baseline
    assert changes[1] is not None
    assert changes[1].previous == items[0].statement
    assert changes[2] is not None
    assert changes[2].previous == baseline
    assert changes[3] is not None
    assert changes[3].previous is None


def test_copies_within_one_story_appear_once_but_a_later_story_repeats() -> None:
    text = "I'd love to see the four of them together again."
    items = [
        Item(st("Charlie Cox", text, day=1), dt.date(2025, 6, 1), "s1"),
        Item(st("Charlie Cox", text, day=1), dt.date(2025, 6, 1), "s1"),
        Item(st("Charlie Cox", text, day=9), dt.date(2025, 6, 9), "s2"),
    ]
    changes = classify(items, [])
    assert [c.change if c else None for c in changes] == ["new", None, "repeat"]


def test_statements_dated_after_are_not_earlier() -> None:
    later = st("Mike Colter", "Never going to happen.", "negative", day=20, origin="seed")
    changes = classify([Item(st("Mike Colter", "I'm in.", "positive", 2), dt.date(2025, 6, 2), "s")], [later])
    assert changes[0] is not None
    assert changes[0].change == "new"


def test_a_brief_quoting_one_line_of_the_announcement_joins_its_story() -> None:
    full = st("Mike Colter", "Harlem's hero is back. I've waited a long time to say that, and I can't wait.")
    short = st("Mike Colter", "Harlem's hero is back")
    other = st("Krysten Ritter", "Harlem's hero is back")  # same words, another speaker: no link
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
