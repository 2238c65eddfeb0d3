"""The general rules of the eighth round (taught by holdout10's transcripts; the texts here are
written for these tests): transcript turns with time stamps, an interview answer is about the
question when the question asked (or the answer) is, a short follow-up goes on with the exchange
before it, and a long answer comes down to the sentences that take a stance."""

from __future__ import annotations

import pytest

from tests.understand_fixtures import statements, who

INTRO = (
    "Charlie Cox sat down with the Stagecraft podcast to talk about his new play, his knees and, yes, "
    "Daredevil and the Defenders. An edited transcript follows."
)


@pytest.mark.parametrize(
    ("host", "guest"),
    [
        ("[00:31:18] NELL HARPER:", "[00:31:21] CHARLIE COX:"),
        ("00:31:18 Nell Harper:", "00:31:21 Charlie Cox:"),
        ("Nell Harper (31:18):", "Charlie Cox (31:21):"),
        ("NELL HARPER [31:18]:", "CHARLIE COX [31:21]:"),
    ],
)
def test_time_stamped_transcript_turns_are_answers_of_the_named_person(host: str, guest: str) -> None:
    text = (
        f"{INTRO}\n\n{host} Would the Defenders ever reunite on screen?\n\n"
        f"{guest} I'd do it tomorrow. I would love to see all four of us back together.\n\n"
        f"{host} And the play?\n\n{guest} It opens in May."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Charlie Cox", "positive")]
    assert found[0].text.startswith("I'd do it tomorrow")  # no time stamp or label in the words


def test_an_answer_to_a_question_about_something_else_is_no_statement() -> None:
    text = (
        f"{INTRO}\n\nNell Harper: How does the stage compare with film work?\n\n"
        "Charlie Cox: I'd do theatre every night if they let me. I love it and I'm in for the long run.\n\n"
        "Nell Harper: Would the Defenders ever reunite?\n\n"
        "Charlie Cox: I honestly don't know. Nobody has called me about it."
    )
    assert who(text) == [("Charlie Cox", "uncertain")]


def test_a_short_follow_up_goes_on_with_the_exchange_before_it() -> None:
    text = (
        f"{INTRO}\n\nNell Harper: Would the Defenders ever reunite?\n\n"
        "Charlie Cox: I honestly don't know. Nobody has called me about it.\n\n"
        "Nell Harper: Would you want it?\n\n"
        "Charlie Cox: I'd be there in a heartbeat.\n\n"
        "Nell Harper: What did you think of Vincent's new film?\n\n"
        "Charlie Cox: Oh, I'd love to work with him again on anything at all, he is the best."
    )
    assert who(text) == [("Charlie Cox", "uncertain"), ("Charlie Cox", "positive")]


def test_a_question_about_returning_makes_the_answer_about_the_story() -> None:
    text = (
        f"{INTRO}\n\nNell Harper: Many fans still ask about Matt. Does that surprise you?\n\n"
        "Charlie Cox: It does, in a good way. I never expected people to care this much.\n\n"
        "Nell Harper: Would you play him again?\n\n"
        "Charlie Cox: If Marvel calls, I'm there the same day."
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_long_answer_comes_down_to_the_sentences_that_take_a_stance() -> None:
    answer = (
        "Season two was hard on my knees, I'll tell you that. I'm forty-three and I am doing backflips "
        "off a fire escape and icing things I never iced before, every single night of the week. "
        "But would I want it? The four of us again? I'd do it with two bad knees."
    )
    text = f"{INTRO}\n\nNell Harper: Do you want the Defenders back together?\n\nCharlie Cox: {answer}"
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Charlie Cox", "positive")]
    assert found[0].text == "But would I want it? The four of us again? I'd do it with two bad knees."
