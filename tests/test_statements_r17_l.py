"""Where a quote's claim starts, seventeenth round (the texts here are written for these tests): a
quote that turns to the question with a short "But …?" of its own starts there ("… Not my finest
hour. But the team-up? I'd sign tomorrow."), unless what came before already spoke of the group or
of a return."""

from __future__ import annotations

from monitor.understand.statements.assembly import _after_pivot
from tests.understand_fixtures import statements

PIVOT = (
    "Finn Jones spent an evening answering fans' questions at a convention in Leeds.\n\n"
    "Asked whether he would return to the Defenders, Jones laughed. \u201cThe second season of my "
    "cooking show? Not my finest hour, I'll admit that, and the soufflé still haunts me. But the "
    "Defenders? I'd sign tomorrow. Tomorrow. Somebody ring my agent, she's my sister.\u201d"
)


def _names_it(sentence: str) -> bool:
    return "Avengers" in sentence or "four of us" in sentence


def test_a_short_but_question_turning_to_the_question_starts_the_claim() -> None:
    said = [(s.speaker, s.text) for s in statements(PIVOT)]
    assert any(who == "Finn Jones" and text.startswith("But the Defenders?") for who, text in said), said


def test_the_turn_needs_a_short_question_opening_with_but() -> None:
    body = "I loved my years in the lab scenes. But I would sign for the Avengers again tomorrow, honestly."
    assert _after_pivot(body, _names_it) == body


def test_a_turn_after_the_group_came_up_keeps_the_whole_answer() -> None:
    body = (
        "I think the moment has passed for the four of us, to be honest. Everyone is busy now. "
        "But the Avengers, all together again? I don't see it."
    )
    assert _after_pivot(body, _names_it) == body


def test_a_turn_after_something_else_drops_it() -> None:
    body = "My cooking show? Not my finest hour. But the Avengers? I would sign tomorrow."
    assert _after_pivot(body, _names_it) == "But the Avengers? I would sign tomorrow."
