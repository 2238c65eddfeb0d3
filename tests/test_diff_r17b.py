"""Round 17 (second part): repeats the diff recognises in reported speech: contractions spelled
out, auxiliaries as one word, a possessive for the pronoun it reports, a quoted phrase of three
words; and a known line with words added that change its stance is no repeat."""

from __future__ import annotations

import datetime as dt

from monitor.types import Statement, StatementChange
from monitor.understand.diff import Item, classify

D1 = dt.date(2024, 2, 1)
D2 = dt.date(2024, 5, 9)


def st(text: str, stance: str, date: dt.date, kind: str = "quote", speaker: str = "Nadia Vell") -> Statement:
    return Statement(speaker, text, stance, kind, date, "S")  # type: ignore[arg-type]


def changes(known: Statement, later: Statement) -> list[StatementChange | None]:
    return classify([Item(later, later.date, "second")], [known])


def kind_of(known: Statement, later: Statement) -> str | None:
    (c,) = changes(known, later)
    return c.change if c else None


def test_a_contraction_reported_in_full_is_a_repeat() -> None:
    known = st("There's nothing in the works.", "negative", D1)
    later = st("there was nothing in the works", "negative", D2, "reported")
    assert kind_of(known, later) == "repeat"


def test_a_negative_contraction_reported_in_full_is_a_repeat() -> None:
    known = st("The orchestra isn't touring the southern states this winter.", "negative", D1)
    later = st("the orchestra was not touring the southern states this winter", "negative", D2)
    assert kind_of(known, later) == "repeat"


def test_a_reported_auxiliary_in_another_tense_is_a_repeat() -> None:
    # "he's stopped" reports "I've stopped": the auxiliary is one word whatever its person and tense
    known = st("Frankly I've given up predicting it.", "uncertain", D1)
    later = st("she's given up predicting it", "uncertain", D2, "reported")
    assert kind_of(known, later) == "repeat"


def test_a_possessive_reporting_our_is_a_repeat() -> None:
    known = st("The glacier sequel is not part of our slate for next spring.", "negative", D1)
    later = st(
        "the glacier sequel wasn't part of the studio's slate for next spring", "negative", D2, "reported"
    )
    assert kind_of(known, later) == "repeat"


def test_a_three_word_quoted_phrase_in_a_reported_claim_is_a_repeat() -> None:
    known = st("We adore that crew and there's a door ajar, but no dates yet.", "uncertain", D1)
    later = st('the producer said there was "a door ajar" for the old crew', "positive", D2, "reported")
    assert kind_of(known, later) == "repeat"


def test_a_known_line_with_words_that_change_its_stance_is_no_repeat() -> None:
    known = st("The wolf pack is not in our plans for this year.", "negative", D1)
    later = st("I said the wolf pack was not in our plans for this year. Next year is open.", "uncertain", D2)
    (c,) = changes(known, later)
    assert c is not None
    assert c.change == "shift"
    assert c.previous == known


def test_a_shorter_fragment_with_another_stance_is_still_a_repeat() -> None:
    # a fragment cut from a known line may be read with another stance: it adds nothing, so it
    # repeats the line
    known = st("We would love it, but the wolf pack is not in our plans for this year.", "uncertain", D1)
    later = st("the wolf pack is not in our plans for this year", "negative", D2)
    assert kind_of(known, later) == "repeat"


def test_a_quoted_three_word_name_is_a_term_not_a_quote() -> None:
    known = st("Everyone still asks me about the harbour crew, and I love that.", "positive", D1)
    later = st('fans would see "the harbour crew" soon', "positive", D2, "reported")
    assert kind_of(known, later) == "reaffirm"
