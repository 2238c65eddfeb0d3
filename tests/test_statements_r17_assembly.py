"""How a statement's words are cut and merged, seventeenth round (the texts here are written for these
tests): two quotes of one speaker stay two statements when a new sentence leads into the second with
a colon; a long quote whose lead-in, most of its words, does not speak of the question is cut to the
part that does (read with the whole quote's stance when that part has no cue); a joke, the laughter
and the speaker taking it back are two answers; a repeat that is only a piece of a later statement
gives way to the whole, and curly and straight apostrophes count as one when repeats are compared."""

from __future__ import annotations

from monitor.understand.statements import Extracted, _without_repeats
from tests.understand_fixtures import statements


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.stance, s.text) for s in statements(text)]


# ------------------------------------------------------------------ a second answer, introduced anew

EXPO = (
    "Mike Colter took the microphone at the Harbourfront Expo on Saturday, and the Defenders came up at "
    "once.\n\n"
    "\u201cI'd come back tomorrow if they asked,\u201d Colter joked{between}\u201cI don't think the "
    "studio is interested in the four of us any more.\u201d"
)


def test_a_new_sentence_leading_into_a_quote_with_a_colon_makes_it_a_statement_of_its_own() -> None:
    assert _said(EXPO.format(between=". Then, more seriously: ")) == [
        ("Mike Colter", "positive", "I'd come back tomorrow if they asked,"),
        ("Mike Colter", "negative", "I don't think the studio is interested in the four of us any more."),
    ]


def test_quotes_with_only_their_attribution_between_them_stay_one_statement() -> None:
    assert len(_said(EXPO.format(between=". "))) == 1
    assert len(_said(EXPO.format(between=", before adding: "))) == 1


# ------------------------------------------------------------------ a long lead-in about something else

CAPTION = (
    "Krysten Ritter said goodbye to the set of her detective drama on Sunday with a long caption under a "
    "photo of the cast.\n\n"
    "The caption reads:\n\n"
    "\u201c{lead} Thank you to the camera team, the finest in Toronto, to our writers, and to every viewer "
    "who stayed up late for a cranky detective who never asked to be anyone's hero. There is one last "
    "batch of episodes coming and they are wild. {end}\u201d"
)
LEAD = "Wrapping this show has been the adventure of a lifetime, and I'd do every day of it again."


def test_a_long_quote_coming_to_the_question_after_a_long_lead_in_is_cut_to_that_part() -> None:
    end = "The Defenders are not finished, not by a long way. Not even close."
    assert [t for _, _, t in _said(CAPTION.format(lead=LEAD, end=end))] == [end]


def test_the_cut_part_without_a_cue_of_its_own_takes_the_whole_quote_s_stance() -> None:
    end = "The four of us will always have that hallway."
    assert _said(CAPTION.format(lead=LEAD, end=end)) == [("Krysten Ritter", "positive", end)]


SHORT_LEAD = (
    "Krysten Ritter was asked about the Defenders at the festival.\n\n"
    "\u201cI think about those years a lot. The Defenders were a family, and you don't stop being family "
    "because a contract ended. If someone rang tomorrow and said the four of us were back, I'd be on "
    "the first plane. I wouldn't even ask to read the script first, honestly,\u201d Ritter said."
)


def test_a_long_quote_whose_lead_in_is_short_stays_whole() -> None:
    assert [t.startswith("I think about those years") for _, _, t in _said(SHORT_LEAD)] == [True]


# ------------------------------------------------------------------ a joke taken back

PODCAST = (
    "Finn Jones sat down with Pod Corner this week to talk about his new play and, of course, Iron Fist."
    "\n\n"
    "Q: {asked}\n\n"
    "A: I've still got the wraps in a drawer, so you tell me. [laughs] {turn} I'd love to go back. I'd "
    "be on the first plane.\n\n"
    "Q: What's the play about?\n\n"
    "A: Two brothers and a boat. I'm the brother who can't swim."
)
ASKED = "Would you come back for a Defenders reunion?"


def test_a_joke_and_the_answer_that_takes_it_back_are_two_statements() -> None:
    assert _said(PODCAST.format(asked=ASKED, turn="No, look \u2014")) == [
        ("Finn Jones", "positive", "I've still got the wraps in a drawer, so you tell me."),
        ("Finn Jones", "positive", "No, look \u2014 I'd love to go back. I'd be on the first plane."),
    ]


def test_laughter_followed_by_a_confirmation_leaves_the_answer_whole() -> None:
    found = _said(PODCAST.format(asked=ASKED, turn="No, I mean it."))
    assert [t.startswith("I've still got the wraps") and t.endswith("first plane.") for _, _, t in found] == [
        True
    ]


def test_a_joke_replying_to_a_remark_is_no_statement() -> None:
    text = PODCAST.format(asked="That sounds like a Defenders reunion answer.", turn="No, look \u2014")
    found = _said(text)
    assert all("wraps" not in t for _, _, t in found)
    assert [t for _, _, t in found] == ["No, look \u2014 I'd love to go back. I'd be on the first plane."]


# ------------------------------------------------------------------ repeats


def _x(text: str, start: int, speaker: str | None = "Charlie Cox") -> Extracted:
    return Extracted(speaker, text, "quote", "positive", start)


def test_a_repeat_that_is_only_a_piece_of_a_later_statement_gives_way_to_it() -> None:
    heading = _x("Count me in", 10)
    answer = _x("Count me in. I'd love to stand next to the other three again,", 80)
    assert _without_repeats([heading, answer]) == [answer]


def test_a_repeat_printed_whole_twice_is_the_first() -> None:
    first = _x("Count me in. I'd love to stand next to the other three again,", 10)
    again = _x("Count me in. I'd love to stand next to the other three again.", 300)
    assert _without_repeats([first, again]) == [first]


def test_curly_and_straight_apostrophes_are_the_same_words_in_a_repeat() -> None:
    first = _x("I\u2019d go back tomorrow, I\u2019m ready", 10)
    again = _x("I'd go back tomorrow, I'm ready", 300)
    assert _without_repeats([first, again]) == [first]


def test_a_heading_quoting_a_piece_of_the_answer_below_it_gives_the_whole_answer() -> None:
    text = (
        "Charlie Cox spent two days doing interviews in London, and every outlet asked about the "
        "Defenders.\n\n"
        "The morning: \u201cCount me in\u201d\n\n"
        "In his sit-down with Screen Talk, Cox was keen.\n\n"
        "\u201cCount me in. I'd love to stand next to Mike and Krysten again,\u201d he said."
    )
    assert _said(text) == [
        ("Charlie Cox", "positive", "Count me in. I'd love to stand next to Mike and Krysten again,")
    ]
