"""Round 17 quote rules: a British single-quoted post whose last word is an emoji closes after it."""

from __future__ import annotations

from monitor.understand.quotes import layout
from tests.understand_fixtures import statements


def quoted(text: str) -> list[str]:
    return [q.text for q in layout(text).quotes]


def test_a_single_quoted_post_closes_after_its_emoji() -> None:
    text = (
        "The actor posted late on Sunday.\n\n"
        "'Told you I'd be back in the suit one day. Watch this space. \U0001f3ac'\n\n"
        "He did not reply to questions."
    )
    assert quoted(text) == ["Told you I'd be back in the suit one day. Watch this space. \U0001f3ac"]
    # no opening mark before a capital: a mark after an emoji inside a sentence closes nothing
    assert quoted("fans sent \U0001f525' all night") == []


def test_an_emoji_with_its_variation_selector_and_no_full_stop() -> None:
    text = "Her reply came within minutes: 'Same cast, same city, same coffee \u2764\ufe0f' and nothing else."
    assert quoted(text) == ["Same cast, same city, same coffee \u2764\ufe0f"]


def test_the_post_is_a_statement_of_its_author() -> None:
    text = (
        "Krysten Ritter posted on Friday, a day after the Born Again finale.\n\n"
        "'Jessica and the Defenders are coming back. Not saying when. \U0001f5a4'\n\n"
        "Marvel declined to comment."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Krysten Ritter", "positive")]
