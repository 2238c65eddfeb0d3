"""Paraphrase and reported speech, 20th round (texts written for these tests): more verbs of saying
("conceded that", "stressed the …" without "that", "has said before that", "to tell reporters that",
"…, and warns that …"), a position told
by a verb and its object ("declined to rule out", "ruled out", "would not confirm", "expressed
interest in"), an indirect question and its answer ("Asked whether …, X said no."), a one- or
two-word answer to a question about the story ("Never."), and a person's camp speaking for them."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.types import Statement
from monitor.understand import extract_statements
from tests.understand_fixtures import WATCHLIST

LEAD = "The studio has kept quiet about its plans for the street-level heroes.\n\n"


def statements(text: str) -> list[Statement]:
    return list(extract_statements(text, WATCHLIST, published=dt.date(2026, 11, 18), source="S", url=None))


def found(sentence: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.stance) for s in statements(LEAD + sentence)]


# ------------------------------------------------------------------ verbs of saying


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mike Colter conceded that a Defenders reunion looks unlikely now.", ("Mike Colter", "negative")),
        ("Charlie Cox has said before that the Defenders will reunite one day.", ("Charlie Cox", "positive")),
        ("Finn Jones stressed the Defenders will reunite within two years.", ("Finn Jones", "positive")),
        (
            "Weeks later Krysten Ritter went on to tell reporters in Toronto that a Defenders reunion "
            "will not happen.",
            ("Krysten Ritter", "negative"),
        ),
    ],
)
def test_more_verbs_of_saying_report_a_claim(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [expected]


def test_a_second_verb_after_and_starts_a_claim_of_its_own() -> None:
    text = LEAD + (
        "Charlie Cox says he would sign on the spot if the Defenders were coming back, and warns that "
        "a Defenders reunion will not happen this decade."
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive"), ("Charlie Cox", "negative")]
    assert "warns" not in got[0].text


# ------------------------------------------------------------------ a verb and its object


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Charlie Cox declined to rule out a Defenders reunion at the panel.", "uncertain"),
        ("Charlie Cox refused to rule out a Defenders reunion on Sunday.", "uncertain"),
        ("Charlie Cox has ruled out a Defenders reunion for good.", "negative"),
        ("Charlie Cox would not confirm a Defenders reunion when pressed.", "uncertain"),
        ("Charlie Cox expressed interest in a Defenders reunion during the panel.", "positive"),
    ],
)
def test_a_position_told_by_a_verb_and_its_object(sentence: str, stance: str) -> None:
    assert found(sentence) == [("Charlie Cox", stance)]


def test_a_verb_and_its_object_needs_a_person_as_subject() -> None:
    # the writer's (or the critics') position is no statement
    assert found("Most critics have ruled out a Defenders reunion for good.") == []


# ------------------------------------------------------------------ indirect questions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Asked whether she would return for a Defenders reunion, Krysten Ritter said no.",
            ("Krysten Ritter", "negative"),
        ),
        (
            "When asked if he would join a Defenders reunion, Mike Colter said he'd love to.",
            ("Mike Colter", "positive"),
        ),
        (
            "Asked about a Defenders reunion, Mike Colter laughed: \u201cNever.\u201d",
            ("Mike Colter", "negative"),
        ),
        (
            "Asked whether the Defenders would reunite, Mike Colter said: \u201cAbsolutely.\u201d",
            ("Mike Colter", "positive"),
        ),
        (
            "Asked whether the Defenders would reunite, Mike Colter said maybe.",
            ("Mike Colter", "uncertain"),
        ),
        (  # "of course not" is a no, not the "of course" of a yes
            "Asked whether the Defenders would reunite, Mike Colter said of course not.",
            ("Mike Colter", "negative"),
        ),
    ],
)
def test_an_answer_to_an_indirect_question_is_about_the_question(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert found(sentence) == [expected]


def test_a_no_to_an_indirect_question_denies_it() -> None:
    got = statements(LEAD + "Asked whether he would return for a Defenders reunion, Mike Colter said no.")
    assert got[0].text == "denies that he would return for a Defenders reunion"


def test_an_answer_to_a_question_about_something_else_is_no_statement() -> None:
    assert found("Asked whether she liked the new film, Krysten Ritter said no.") == []


def test_a_short_quote_answering_the_question_just_put_is_a_statement() -> None:
    text = LEAD + (
        "Asked whether he would return for a Defenders reunion, Mike Colter paused for a moment. "
        "\u201cNever.\u201d"
    )
    assert [(s.speaker, s.stance) for s in statements(text)] == [("Mike Colter", "negative")]


# ------------------------------------------------------------------ short answers to a printed question

INTERVIEW = (
    "Mike Colter sat down with us before the premiere of his new film.\n\n"
    "Q: How was the shoot?\n\nA: Cold, wet and long, but we got there in the end.\n\n"
    "Q: {q}\n\nA: {a}\n\n"
    "Q: What is next for you?\n\nA: A long holiday somewhere warm, I hope."
)


@pytest.mark.parametrize(
    ("answer", "stance"),
    [("Never.", "negative"), ("No.", "negative"), ("Maybe.", "uncertain"), ("Absolutely.", "positive")],
)
def test_a_one_word_answer_to_a_printed_question_about_the_story(answer: str, stance: str) -> None:
    text = INTERVIEW.format(q="Would you come back for a Defenders reunion?", a=answer)
    assert [(s.speaker, s.stance) for s in statements(text)] == [("Mike Colter", stance)]


def test_a_one_word_answer_to_another_question_is_no_statement() -> None:
    assert statements(INTERVIEW.format(q="Do you still like pizza?", a="Never.")) == []


# ------------------------------------------------------------------ spoken for


def test_a_persons_camp_speaks_for_them_not_as_them() -> None:
    assert found("Krysten Ritter's camp says a Defenders reunion is not happening.") == [(None, "negative")]
