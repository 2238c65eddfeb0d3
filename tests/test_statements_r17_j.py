"""Unlabelled Q&A answers, seventeenth round (the texts here are written for these tests): an answer
runs on over a paragraph in which the answerer quotes words nobody is said to say ("We never sit
down and say, “…”"), and a long answer comes down to the sentence announcing the answer after its
run-up ("So the short answer is yes.")."""

from __future__ import annotations

from monitor.understand.statements.assembly import _focus
from tests.understand_fixtures import statements

QA = (
    "Dario Scardapane runs the writers' room of the street-level series. We met him in a diner near the "
    "set in Queens. This conversation has been condensed.\n\n"
    "How long does a season take to break?\n\n"
    "About four months. I like a slow room, and we keep the whiteboards up until the very last day of "
    "shooting because things change.\n\n"
    "Do you think the Defenders will ever share the screen again?\n\n"
    "Look, I get asked this in every elevator. I try to be straight with people about how a room works.\n\n"
    "We never sit down at the start and say, \u201cThis is the year we do the team-up.\u201d We follow "
    "the characters and see where they want to go.\n\n"
    "I think they'll be back together, and I'd put money on it.\n\n"
    "What are you watching at the moment?\n\n"
    "Old westerns, mostly. My kids think I'm ninety."
)


def test_an_unlabelled_answer_runs_on_over_words_the_answerer_quotes_inside_it() -> None:
    said = [(s.speaker, s.stance, s.text) for s in statements(QA)]
    assert any(
        who == "Dario Scardapane" and stance == "positive" and "I'd put money on it" in text
        for who, stance, text in said
    ), said


def test_a_long_answer_comes_down_to_the_sentence_announcing_the_answer() -> None:
    answer = (
        "Nothing is decided until the cameras roll, and I have learned that the hard way over the years. "
        "We make one show, we see what people respond to, we see who is free and what the scripts want, "
        "and then we talk about the next thing. So the short answer is yes. I want the four of them back "
        "together, and I think it will happen."
    )
    assert _focus(answer).startswith("So the short answer is yes.")


def test_a_who_clause_before_has_said_keeps_its_subject_as_the_speaker() -> None:
    text = (
        "Mike Colter has spent the week promoting his new thriller in Chicago, and the Defenders came "
        "up at every stop.\n\n"
        "Rosa Delacroix, who played a detective opposite Colter for two seasons, has said she would "
        "gladly return if the Defenders were brought back together."
    )
    said = [(s.speaker, s.text) for s in statements(text)]
    assert [who for who, _ in said] == ["Rosa Delacroix"], said
