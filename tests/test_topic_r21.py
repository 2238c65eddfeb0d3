"""Statement precision, 21st round (the texts here are written for these tests): the narrative says a
speaker kept the talk to another subject ("kept her comments to her own show", "steered back to the
music"), so the question on the floor does not make the quote about the story; a printed question
that asks what happened then ("How did you feel at the time?") is no question about the story."""

from __future__ import annotations

from tests.understand_fixtures import statements


def _texts(text: str) -> list[str]:
    return [s.text for s in statements(text, "")]


def _carpet(lead: str) -> str:
    return (
        "LOS ANGELES — The Defenders cast drew the loudest cheers at the gala on Tuesday night.\n\n"
        "Asked whether she expected the four heroes to team up again, Rosario Dawson beamed. "
        '"I would love to see all four of them in one room again," she said.\n\n'
        'Priya Lindqvist, who plays a lawyer, laughed. "My character is mostly paperwork," she said.\n\n'
        f"{lead} "
        '"We have a lighthouse and a very angry goose. That is all I am allowed to say," she told reporters.'
    )


def test_kept_her_comments_to_her_own_show() -> None:
    texts = _texts(
        _carpet(
            "Nadia Ferro, whose Glass Orchard opens next month, posed for photos but kept her comments "
            "to her own show."
        )
    )
    assert any("one room again" in t for t in texts), texts
    assert not any("angry goose" in t for t in texts), texts


def test_without_the_turn_the_question_on_the_floor_still_frames_it() -> None:
    # (the guard: the rule above is what drops the quote)
    texts = _texts(_carpet("Nadia Ferro posed for photos."))
    assert any("angry goose" in t for t in texts), texts


def test_steered_back_to_the_music() -> None:
    texts = _texts(_carpet("Nadia Ferro steered the conversation back to her new album."))
    assert not any("angry goose" in t for t in texts), texts


def test_sticking_to_a_line_is_no_new_subject() -> None:
    texts = _texts(
        "Marvel's streaming chief is still sticking to the line he gave last year about the Defenders: "
        '"We have nothing to announce about the other heroes at the moment," Brad Winderbaum said.'
    )
    assert any("nothing to announce" in t for t in texts), texts


def _interview(question: str, answer: str) -> str:
    return (
        "Charlie Cox talked to us about the Defenders and his new film.\n\n"
        "Q: Would the Defenders ever come back together?\n\n"
        "A: I would love it if all four of us were back in the same room one day.\n\n"
        f"Q: {question}\n\n"
        f"A: {answer}"
    )


def test_a_question_about_the_time_then_asks_what_happened() -> None:
    texts = _texts(
        _interview(
            "And when the show ended, how did you take it at the time?",
            "Badly. I stared at the ceiling for a week. But I am very proud of what we made, and that "
            "does not go away.",
        )
    )
    assert not any("ceiling" in t for t in texts), texts
    assert any("same room" in t for t in texts), texts


def test_a_past_question_with_its_own_frame() -> None:
    texts = _texts(
        _interview(
            "The Defenders came out last summer. Did working with Krysten change the way you play Matt?",
            "A little. I think he listens more now, and I would love to keep playing him that way.",
        )
    )
    assert not any("listens more" in t for t in texts), texts


def test_a_past_question_about_a_return_is_still_the_story() -> None:
    # (the guard: a question about a return is about the story, whatever its tense)
    texts = _texts(
        _interview(
            "Years ago you said you would come back if they asked. Did you mean it?",
            "I did, and I would love to do it with all four of us.",
        )
    )
    assert any("all four of us" in t for t in texts), texts


def test_a_past_question_without_a_time_still_follows_on() -> None:
    # (the guard: "Did Marvel call you?" asks about the story, not about a time gone by)
    texts = _texts(_interview("Did Marvel call you?", "Nobody called me, and I would love it if they did."))
    assert any("Nobody called me" in t for t in texts), texts


def test_a_question_whether_something_exists_brings_in_a_new_object() -> None:
    # (a title of the story modifying the new object does not make it the story)
    texts = _texts(
        _interview(
            "Last one. Is there an Iron Fist scene you wish you could reshoot?",
            "Oh, I would love to have another go at the hallway fight, honestly.",
        )
    )
    assert not any("hallway fight" in t for t in texts), texts
    assert any("same room" in t for t in texts), texts


def test_a_question_whether_a_reunion_exists_is_the_story() -> None:
    # (the guard: "Is there a …" naming the question's own words still asks about the story)
    texts = _texts(
        _interview("Is there a Defenders reunion in the works?", "I would love it, but nobody has told me.")
    )
    assert any("nobody has told me" in t for t in texts), texts
