"""The rules the fourth held-out set exposed: attribution (a coordinated clause after a quote, a
speaker named after the opening quote or in the narrative paragraph before, a longer attribution
between two parts of a quote, a colon after a sentence about the speaker, Q&A interviewers and
unlabelled Q&As, outlets after "the"), reported speech ("denied reports that", "telling reporters
that", "according to X, Y said that", a claim that starts with a quotation), a speaker who goes on
about the question, stance cues (hedges, bets, conditions, declining to predict, quote marks inside
a claim) and tabletop games as another medium. The texts are written for these tests."""

from __future__ import annotations

import pytest

from monitor.understand.relevance import assess
from monitor.understand.stance import stance_of
from tests.understand_fixtures import WATCHLIST, statements, who

# ---------------------------------------------------------------------------------------- stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We're not there yet, honestly.", "uncertain"),
        ("Not yet. Ask me again next year.", "uncertain"),
        ("It's something we talk about all the time.", "uncertain"),
        ("I wouldn't bet against it.", "positive"),
        ("I wouldn't bet on it.", "negative"),
        ("If the studio calls, I pick up the phone.", "positive"),
        ("I've learned to stop predicting these things.", "uncertain"),
        ("I won't speculate about that.", "uncertain"),
        ("Never is a long time in this business.", "uncertain"),
        ("Somebody needs to get the gang back together.", "positive"),
        ("They should bring Jessica, Luke, Danny and Matt back.", "positive"),
        ("The studio is quietly developing a special.", "positive"),
        ("Ready when you are.", "positive"),
        ("Nobody's been approached about it.", "uncertain"),
        ("I want to be clear: nobody has called.", "uncertain"),
        ('The old team was "finished as a group," he said.', "negative"),
        ("He told me to 'get the band back together' and he meant it.", "positive"),
        ("I'd love to see them again one day.", "positive"),
    ],
)
def test_stance_cues(text: str, stance: str) -> None:
    assert stance_of(text) == stance


# ---------------------------------------------------------------------------------------- who speaks


def test_a_coordinated_clause_after_a_quote_is_another_persons_attribution() -> None:
    text = (
        "The Defenders panel ended with a surprise.\n\n"
        'Cox says he\'d "love to work with Luke Cage again" someday, and Alan Smith jokes that the '
        'villain "would lock them all up."'
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive")]
    assert "lock them" not in got[0].text


def test_the_opening_quote_is_given_to_the_person_the_next_paragraph_names() -> None:
    text = (
        "\u201cThe Defenders will be back, and sooner than you think.\u201d\n\n"
        "That was the promise from a man who rarely makes them. Jeph Loeb, speaking at a "
        "fan event on Friday, would not give a date."
    )
    assert who(text) == [("Jeph Loeb", "positive")]


def test_a_quote_paragraph_after_a_narrative_paragraph_about_a_person_is_theirs() -> None:
    text = (
        "Talk turns to the Netflix shows. Alan Reyes played a villain in Daredevil, and he still "
        "keeps in touch with the cast of The Defenders.\n\n"
        "\u201cIf they ever put that team back together, I'd be there in a second.\u201d"
    )
    assert who(text) == [("Alan Reyes", "positive")]


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


def test_a_colon_after_a_heading_about_a_person_gives_the_quote_to_them() -> None:
    text = (
        "Will the Defenders reunite? Here is what the cast said.\n\n"
        "3. Krysten Ritter keeps everyone guessing\n\n"
        'One cryptic caption set off the fandom in May: "Never say never."'
    )
    assert who(text) == [("Krysten Ritter", "uncertain")]


def test_q_and_a_questions_by_the_outlet_are_not_statements_and_a_answers_are_the_interviewees() -> None:
    labelled = (
        "Charlie Cox talks about Daredevil and The Defenders.\n\n"
        "Screen Weekly: Will the Defenders come back?\n\n"
        "Charlie Cox: I think it's going to happen. The door is open.\n\n"
        "Screen Weekly: Really?\n\n"
        "Charlie Cox: Really."
    )
    assert who(labelled) == [("Charlie Cox", "positive")]
    anonymous = (
        "Alan Reyes played a cop in Luke Cage. We asked him about The Defenders.\n\n"
        "Q: Would you come back?\n\n"
        "A: Absolutely. I'd love to come back.\n\n"
        "Q: Has Marvel called?\n\n"
        'A: Not yet. But "not yet" is not "no."'
    )
    assert who(anonymous) == [("Alan Reyes", "positive"), ("Alan Reyes", "uncertain")]


def test_answers_of_a_q_and_a_printed_without_labels_are_the_interviewees() -> None:
    text = (
        "Finn Jones is in Madrid for a play, but the talk turns to Iron Fist and The Defenders.\n\n"
        "Do fans still ask about Danny?\n\n"
        "All the time. I am always surprised.\n\n"
        "Will you play him again?\n\n"
        "I think Danny still has a lot to say. If Marvel calls, I answer the same day."
    )
    assert who(text) == [("Finn Jones", "positive")]


def test_an_outlet_after_the_is_not_a_speaker() -> None:
    text = "According to The Daily Scoop, Marvel is quietly developing a Defenders special."
    assert who(text) == [(None, "positive")]


# ---------------------------------------------------------------------------------------- reported


def test_a_denial_of_reports_is_negative() -> None:
    text = "Jeph Loeb has denied reports that a Defenders revival is in development at Marvel."
    assert who(text) == [("Jeph Loeb", "negative")]


def test_telling_reporters_that_and_a_claim_that_starts_with_a_quotation() -> None:
    text = (
        "Jeph Loeb saw it coming.\n\n"
        "The former Marvel Television chief was bullish in 2017, telling reporters at the Defenders "
        'premiere that "this is not the last time you\'ll see these four together."'
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Jeph Loeb", "positive")]
    assert "last time" in got[0].text


def test_according_to_an_outlet_the_person_inside_speaks() -> None:
    text = "According to a report from The Daily Scoop, Cox said that the Defenders will return."
    assert who(text) == [("Charlie Cox", "positive")]


# ---------------------------------------------------------------------------------------- on topic


def test_a_speaker_goes_on_about_the_question_but_not_after_a_new_name() -> None:
    opening = (
        "\u201cI'd love to put the hoodie back on for a Defenders reunion,\u201d Colter said.\n\n"
        "\u201cThe last shoot was long and cold,\u201d he said.\n\n"
    )
    going_on = opening + "He was quick to add: \u201cNobody has called me, though.\u201d"
    assert who(going_on) == [("Mike Colter", "positive"), ("Mike Colter", "uncertain")]
    elsewhere = opening + (
        "He had less to say about Harbor Lights, his new drama. \u201cNobody has called me about a "
        "second season, though.\u201d"
    )
    assert who(elsewhere) == [("Mike Colter", "positive")]


# ---------------------------------------------------------------------------------------- relevance


def test_a_card_game_hero_pack_is_another_medium() -> None:
    title = "New Hero Packs Bring Luke Cage and Iron Fist to the Card Game"
    text = (
        "The card game adds Luke Cage and Iron Fist this winter, each with a 40-card deck.\n\n"
        "A Daredevil pack came out earlier, and a Jessica Jones pack may follow."
    )
    assert not assess(title, text, WATCHLIST).relevant
