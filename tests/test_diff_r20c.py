"""20th round: a rewrite's or a summary's copy of a line, in other words, gets the change of the
story's first copy (invented sentences)."""

from __future__ import annotations

import datetime as dt

from monitor.types import Statement
from monitor.understand.diff import Item, classify

D1 = dt.date(2031, 3, 1)
D2 = dt.date(2031, 5, 9)
D3 = dt.date(2031, 5, 10)


def st(text: str, stance: str, date: dt.date, article: int, kind: str = "quote") -> Statement:
    return Statement("Odile Varga", text, stance, kind, date, "S", article_id=article)  # type: ignore[arg-type]


def test_summary_copy_in_other_words_takes_the_first_copys_shift() -> None:
    history = [st("The lantern trilogy is finished for me, I have closed that book.", "negative", D1, 1)]
    first = st("I wouldn't say no to carrying the lantern a final time in the spring.", "positive", D2, 2)
    summary = st(
        "she would be open to carrying the lantern one last time", "positive", D3, 3, kind="reported"
    )
    out = classify([Item(first, D2, "story-a"), Item(summary, D3, "story-a")], history)
    assert out[0] is not None
    assert out[0].change == "shift"
    assert out[1] is not None
    assert out[1].change == "shift"  # not a reaffirm of the first copy
    assert out[1].previous == history[0]


def test_another_line_in_the_same_story_is_still_compared() -> None:
    history = [st("The lantern trilogy is finished for me, I have closed that book.", "negative", D1, 1)]
    first = st("I wouldn't say no to carrying the lantern a final time in the spring.", "positive", D2, 2)
    other = st("Rehearsals for the opera start in August, and Vienna is lovely then.", "positive", D3, 3)
    out = classify([Item(first, D2, "story-a"), Item(other, D3, "story-a")], history)
    assert out[1] is not None
    assert out[1].change == "reaffirm"
    assert out[1].previous == first
