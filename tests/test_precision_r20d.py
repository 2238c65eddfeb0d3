"""Statement precision, 20th round (the texts here are written for these tests): a question about
a return to something that is not a role (a year, the stage, a genre, a medium) asks about another
subject, so its answer is no statement about the story."""

from __future__ import annotations

from tests.understand_fixtures import statements


def _texts(text: str) -> list[str]:
    return [s.text for s in statements(text, "")]


def _interview(question: str, answer: str) -> str:
    return (
        "Charlie Cox talked to us about the Defenders and the theatre.\n\n"
        "Q: Would the Defenders ever come back together?\n\n"
        "A: I would love it if all four of us were back in the same room one day.\n\n"
        f"Q: {question}\n\n"
        f"A: {answer}"
    )


def test_a_return_to_the_stage_is_another_subject() -> None:
    texts = _texts(
        _interview("You did a play in Dublin this winter. Will you go back to the stage?", "I hope so, soon.")
    )
    assert not any("I hope so" in t for t in texts), texts
    assert any("same room" in t for t in texts), texts


def test_a_return_to_the_role_is_still_the_story() -> None:
    # (the guard: a return to a place of the story is no return elsewhere)
    texts = _texts(
        _interview(
            "Would you go back to Hell's Kitchen if they asked?",
            "I would go back in a heartbeat, no question about it.",
        )
    )
    assert any("heartbeat" in t for t in texts), texts
