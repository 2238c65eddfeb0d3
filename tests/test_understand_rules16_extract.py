"""Statements and speakers, sixteenth round (the texts here are written for these tests): German „…“
and corner-bracket 「…」 quotations; whom a line was said to is never its speaker; an attribution
after a quote that introduces the next one; a dash, like a colon, gives a quote to the sentence's
subject; names listed in an opening clause; "X's answer was …" and ", and X answered" make X the one
who speaks next; a question put to someone ("do you think …?") and a forum user's words are no
statement of the one asked; an unlabelled answer may end with a question; "about …" in a sentence on
someone else does not say what the next quote is about; "so important" points back to nothing; a
backshifted "was “quietly …”"; a claim that leads into the same speaker's quote gives way to it; a
claim cut at a semicolon ends there; a watchlist person called by first name links a quote."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.quotes import layout
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST, statements, who


def _speakers(text: str, title: str = "") -> list[tuple[str | None, str]]:
    """(speaker, words) of every quote and answer the extractor finds, kept or not."""
    return [(i.speaker, i.quote.text) for i in _Extractor(text, lexicon(WATCHLIST), title)._infos()]


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


# ------------------------------------------------------------------ who speaks


def test_whom_a_line_was_said_to_is_never_its_speaker() -> None:
    text = (
        "Ritter has softened on the Defenders over the past year.\n\n"
        "Her favourite answer, first said to Velvet Couch in April: "
        "\u201cI'd go back for a Defenders reunion in a heartbeat.\u201d"
    )
    assert who(text) == [("Krysten Ritter", "positive")]


def test_an_attribution_running_into_the_next_quote_introduces_it() -> None:
    text = (
        "Loeb was blunt at the time: \u201cThere will be no more Defenders.\u201d "
        "A year later, Scardapane told a podcast: \u201cI'd love a Defenders reunion one day.\u201d"
    )
    found = _speakers(text)
    assert found[0] == ("Jeph Loeb", "There will be no more Defenders.")
    assert found[1][0] == "Dario Scardapane"


def test_a_dash_gives_the_quote_to_the_sentence_subject() -> None:
    text = (
        "At a fan event in Leeds, Jeph Loeb gave us the gentlest possible yes \u2014 "
        "\u201cI'd love to see the Defenders together again\u201d \u2014 before leaving the stage."
    )
    assert _speakers(text)[0][0] == "Jeph Loeb"


def test_names_listed_in_an_opening_clause_are_not_its_subject() -> None:
    text = (
        "Asked on Tuesday whether she would share the screen with Charlie Cox, Mike Colter and Finn Jones "
        "again, Ritter was candid. \u201cI have no idea if the Defenders will ever reunite,\u201d she said."
    )
    assert who(text) == [("Krysten Ritter", "uncertain")]


def test_the_one_whose_answer_a_clause_is_about_speaks_next() -> None:
    text = (
        "Tomas Wreay saved the big question for the last minutes of the episode, and Colter's answer was "
        "glum. \u201cI think the window has closed for a Defenders reunion,\u201d he said."
    )
    assert who(text) == [("Mike Colter", "negative")]


def test_the_subject_of_a_joined_clause_that_speaks_is_the_latest_subject() -> None:
    text = (
        "Cox had already left the stage. A fan in a cowl shouted a question about the Defenders, and "
        "Loeb, to his credit, answered it. \u201cThe Defenders will be back one day,\u201d he said."
    )
    assert who(text) == [("Jeph Loeb", "positive")]


def test_a_question_put_to_someone_is_no_statement() -> None:
    text = (
        "Ritter took questions from readers for an hour.\n\n"
        "One reader, Pell Dastry, pushed further: \u201cBe straight with us, do you think the Defenders "
        "ever get back together?\u201d"
    )
    assert who(text) == []


def test_a_forum_users_words_are_nobodys_statement() -> None:
    text = (
        "Ritter answered questions on the forum for an hour.\n\n"
        "u/alley_cat_77 wrote: \u201cI'd love a Defenders reunion. Bring them back.\u201d"
    )
    assert who(text) == []


def test_an_unlabelled_answer_may_end_with_a_question() -> None:
    text = (
        "Krysten Ritter meets us on a hotel terrace in Lisbon, coffee in hand.\n\n"
        "\u2014 Do you still miss Jessica?\n\n"
        "\u2014 Every day. I think about her when I walk past a bar.\n\n"
        "\u2014 Would you go back for a Defenders reunion?\n\n"
        "\u2014 Of course I would go back. Who says no to family?\n\n"
        "\u2014 And your new film?\n\n"
        "\u2014 It is about two sisters and a lake. I love it."
    )
    assert ("Krysten Ritter", "positive") in who(text)


# ------------------------------------------------------------------ what a quote is about


def test_about_in_a_sentence_on_someone_else_does_not_frame_the_next_quote() -> None:
    text = (
        "Daredevil is back in Hell's Kitchen this week.\n\n"
        "Cox said he had lied to his sister about the trip to Atlanta. Ritter was less restrained. "
        "\u201cI'm ready whenever they call. Just saying.\u201d"
    )
    assert ("Krysten Ritter", "positive") in who(text)


def test_so_before_a_word_points_back_to_nothing() -> None:
    text = (
        "Ritter came to Lucca for the board games.\n\n"
        "Lucca Weekly: Would you come back for a Defenders reunion?\n\n"
        "Krysten Ritter: I would sign tomorrow, without reading the contract.\n\n"
        "Lucca Weekly: Why are board games so important to you?\n\n"
        "Krysten Ritter: Because everyone is the author at a table. I'd love more people to try it."
    )
    found = who(text)
    assert found == [("Krysten Ritter", "positive")]


# ------------------------------------------------------------------ reported claims


def test_a_quotation_may_open_before_a_backshifted_adverb() -> None:
    text = (
        "Ansel Prye, who runs a rumour newsletter, wrote on Friday that the studio was "
        '"actively developing a Defenders reunion" for next year.'
    )
    assert ("Ansel Prye", "positive") in who(text)


def test_a_claim_leading_into_the_same_speakers_quote_gives_way_to_it() -> None:
    text = (
        "Scardapane said on Tuesday that the Defenders would be back in Hell's Kitchen one day. "
        "\u201cI'd love a Defenders reunion, and we're building toward it,\u201d he told reporters."
    )
    found = statements(text)
    assert [(s.speaker, s.kind) for s in found] == [("Dario Scardapane", "quote")]


def test_a_claim_in_a_relative_clause_is_of_another_occasion() -> None:
    text = (
        "Colter, who told a podcast in March that a Defenders reunion would happen, did not back away. "
        "\u201cI said it would happen, and I'll stand by that,\u201d he said."
    )
    kinds = [(s.speaker, s.kind) for s in statements(text)]
    assert ("Mike Colter", "reported") in kinds


def test_a_claim_cut_at_a_semicolon_ends_there() -> None:
    text = (
        "Scardapane has changed his tune. In January he said the Defenders would not return; by the "
        "premiere he was saying: \u201cNever say never. The door is open.\u201d"
    )
    kinds = sorted((s.kind, s.stance) for s in statements(text))
    assert kinds == [("quote", "uncertain"), ("reported", "negative")]


# ------------------------------------------------------------------ first names


def test_a_watchlist_person_called_by_first_name_links_the_quote() -> None:
    text = (
        "Cox spoke to us from the set of his new thriller in Belfast.\n\n"
        "He has kept in touch with his old castmates. \u201cI've texted Krysten. I've texted Finn. "
        "Nobody knows anything, so maybe it happens, maybe not,\u201d he said."
    )
    assert who(text) == [("Charlie Cox", "uncertain")]


def test_words_woven_into_a_report_mean_what_the_report_says_of_them() -> None:
    text = (
        "At the gala on Friday, Cox said he\u2019d \u201clove for Ritter and Colter to walk through that "
        "door one day.\u201d"
    )
    assert who(text) == [("Charlie Cox", "positive")]
