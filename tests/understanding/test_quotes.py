"""Where the quotations are: quote marks of every style (curly, straight, British single, German, corner
brackets, nested, dialogue dashes), a quote split by its attribution or spanning paragraphs, quoted titles
and short phrases that are no statements, sentence boundaries, and an extraction that never raises
(monitor.understand.quotes). Rounds 4-17."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.understand.quotes import layout
from tests.understand_fixtures import ROLES, pairs, statements, who


def test_curly_quote_with_attribution_after() -> None:
    got = statements("“If they want to do a Defenders reunion, I'm in,” Ritter said.")
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Krysten Ritter", "positive", "quote")]
    assert got[0].text == "If they want to do a Defenders reunion, I'm in,"
    assert got[0].date == dt.date(2025, 6, 1)
    assert got[0].source == "S"


def test_straight_quotes_and_inverted_attribution() -> None:
    assert pairs('"I would love to see the Defenders again," said Charlie Cox.') == [
        ("Charlie Cox", "I would love to see the Defenders again,")
    ]


def test_colon_introduced_quote_paragraph() -> None:
    text = "Asked about the Defenders, Cox shared:\n\n“I have no idea. Nobody has told me anything.”"
    assert pairs(text) == [("Charlie Cox", "I have no idea. Nobody has told me anything.")]


def test_quote_split_by_the_attribution_is_one_statement() -> None:
    text = "“The Defenders was special,” he said, “and if Marvel wants us back, I'm in.”"
    text = "Charlie Cox was asked about a reunion. " + text
    got = statements(text)
    assert len(got) == 1
    assert got[0].speaker == "Charlie Cox"
    assert got[0].text == "The Defenders was special, and if Marvel wants us back, I'm in."


def test_quote_spanning_paragraphs() -> None:
    text = (
        "Finn Jones spoke about the Defenders:\n\n"
        "“I know the first season didn't land.\n\n"
        "“What I want now is a second chance, and I'd return tomorrow.”\n\nThe end."
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Finn Jones", "positive")]
    assert got[0].text.startswith("I know the first season")
    assert got[0].text.endswith("return tomorrow.")


def test_unbalanced_quote_does_not_lose_the_rest_of_the_article() -> None:
    text = (
        "Jones told the crowd, “I'd jump at the chance to play Danny in the Defenders again.\n\n"
        "Colter said that he expects the Defenders will reunite within two years.\n\n"
        "“I'm ready whenever they are,” the Jessica Jones star said of a Defenders reunion."
    )
    assert [(s.speaker, s.kind) for s in statements(text)] == [
        ("Finn Jones", "quote"),
        ("Mike Colter", "reported"),
        ("Krysten Ritter", "quote"),
    ]


def test_quoted_titles_and_short_phrases_are_not_statements() -> None:
    assert statements("Cox starred in “The Defenders” and said “maybe” about Daredevil.") == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["“", "”", '"', "\n\n", "Cox said", "I'm in", "Defenders", ", ", ". ", "he"]))
)
def test_extraction_never_raises(parts: list[str]) -> None:
    statements("".join(parts))


def test_british_single_quotes_but_not_apostrophes_or_quoted_titles() -> None:
    text = (
        "'I can't wait to see the Defenders back,' the Daredevil star said. He called 'The Defenders' great."
    )
    assert who(text) == [("Charlie Cox", "positive")]
    assert statements("The Defenders' return isn't 'confirmed' yet, fans say.") == []


def test_a_long_attribution_between_two_parts_keeps_them_one_statement() -> None:
    text = (
        "Asked about The Defenders, the cast was upbeat.\n\n"
        "\u201cThey would be there in a heartbeat,\u201d insisted Alan Reyes, who plays the hero's "
        "best friend, when asked whether his character would welcome the team back. "
        "\u201cMatt needs them. He always did.\u201d"
    )
    got = statements(text)
    assert [s.speaker for s in got] == ["Alan Reyes"]
    assert got[0].text.endswith("He always did.")


def test_dialogue_dashes_are_quotes_with_their_attribution_after() -> None:
    text = (
        "Finn Jones, the Iron Fist star, spoke to the fans in Madrid about the Defenders.\n\n"
        "\u2014I would love to put the suit on again \u2014the actor confessed, to applause.\n\n"
        "\u2014If they call me, I am on the first plane \u2014he added."
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Finn Jones", "positive"), ("Finn Jones", "positive")]
    assert got[0].text == "I would love to put the suit on again"


def test_a_signature_line_under_a_post_is_no_dialogue_dash() -> None:
    quotes = layout("I have not been cast.\n\n\u2014 Mike Colter (@MikeColter) May 3, 2025").quotes
    assert quotes == ()


def test_nested_double_quotes_inside_single_quotes_are_one_quote() -> None:
    text = (
        "Charlie Cox, the Daredevil star, is asked about the Defenders every week.\n\n"
        "'I'm not the one who decides. But Kevin has heard me say it a hundred times: "
        '"Put us back together."\''
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_dialogue_dash_quote_goes_on_after_its_attribution() -> None:
    text = (
        "Finn Jones spoke about the Defenders.\n\n"
        "\u2014I would love to come back \u2014he said\u2014. Danny deserves a better ending."
    )
    got = statements(text)
    assert [(s.speaker, s.text) for s in got] == [
        ("Finn Jones", "I would love to come back Danny deserves a better ending.")
    ]


def test_a_single_quoted_reply_resumed_after_its_attribution_is_one_quotation() -> None:
    text = (
        "Jones told a radio show that Marvel has not been in touch about the Defenders. "
        "'If it happens, I'd want to be there,' he said, 'but nobody has called me about it.'"
    )
    found = statements(text)
    assert any(
        s.speaker == "Finn Jones" and s.stance == "uncertain" and "nobody has called" in s.text for s in found
    )


# ------------------------------------------------------------------ a title inside a sentence


def test_a_title_inside_a_sentence_takes_no_attribution() -> None:
    text = (
        'At the premiere of her new film "Salt Marsh Road," the actress said she was "open to" a '
        'Defenders reunion as long as Jessica gets to "be mean again."'
    )
    found = statements("Krysten Ritter went to Austin this week.\n\n" + text)
    assert [(s.speaker, s.kind) for s in found] == [("Krysten Ritter", "reported")]
    assert found[0].text.startswith("she was")


# ------------------------------------------------------------------ quote marks


def test_the_german_closing_mark_closes_a_low_opening_mark() -> None:
    text = (
        "Ritter was in Hamburg for a festival. „I would go back tomorrow“, she told the audience. "
        "„Call me.“ Then she left."
    )
    lay = layout(text)
    assert [q.text for q in lay.quotes] == ["I would go back tomorrow", "Call me."]
    assert all(q.balanced for q in lay.quotes)
    # a sentence starts at the low opening mark
    second = lay.quotes[1]
    assert lay.sentence_start(second.open) == second.open


def test_corner_brackets_are_quote_marks() -> None:
    text = "Colter spoke from home. \u300cIf the Defenders call, I will answer the phone.\u300d He laughed."
    lay = layout(text)
    assert [q.text for q in lay.quotes] == ["If the Defenders call, I will answer the phone."]
    assert who(text) == [("Mike Colter", "positive")]


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


def test_a_lone_lower_case_i_is_no_abbreviation() -> None:
    from monitor.understand.statements.interviews import _first_person

    assert _first_person("honestly? i was tired.")
    assert _first_person("i'm not going to say.")
    assert not _first_person("the cast, i.e. the four leads, met up.")
    assert not _first_person("see part (i) of the report.")


# Round 22: a character called by first name alone names the story


def test_a_quote_naming_another_actors_character_by_first_name() -> None:
    got = statements(
        "Scardapane spent the morning on set in Brooklyn.\n\n"
        '"Jessica was only the beginning. I would love to get Luke in here too," Dario Scardapane said.'
    )
    assert [(s.speaker, s.stance) for s in got] == [("Dario Scardapane", "positive")]


def test_a_quote_about_the_speakers_own_character_without_a_return_is_no_statement() -> None:
    text = (
        "The actress spent the evening signing posters.\n\n"
        '"Whatever happens to Jessica next, I would love to keep doing this," Ritter said.'
    )
    assert statements(text, watchlist=ROLES) == []
