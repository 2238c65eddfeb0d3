"""Statement precision, nineteenth round (the texts here are written for these tests): "On the
question of X," says what the talk is about, and a relative clause does not extend it."""

from __future__ import annotations

from tests.understand_fixtures import statements

LEAD = (
    "Dario Scardapane spent most of the session on Born Again and on whether the Defenders would "
    "ever share a frame again.\n\n"
)


def _texts(text: str) -> list[str]:
    return [s.text for s in statements(text)]


def test_on_the_question_of_another_subject_frames_the_quote() -> None:
    text = LEAD + (
        "On the question of the network's pact with a rival studio, Scardapane was diplomatic. "
        "\u201cThey have been a wonderful partner to us,\u201d he said."
    )
    assert not any("wonderful partner" in t for t in _texts(text)), _texts(text)


def test_a_relative_clause_does_not_extend_what_the_talk_is_about() -> None:
    # ("which said that it …": the "it" is the studio's, no pointer back to the story)
    text = LEAD + (
        "Scardapane was asked about the network's pact with a rival studio, which said last week that "
        "it would open its own service. He was diplomatic. \u201cThey have been a wonderful partner "
        "to us,\u201d he said."
    )
    assert not any("wonderful partner" in t for t in _texts(text)), _texts(text)


def test_the_question_on_the_story_still_frames_the_quote() -> None:
    text = LEAD + (
        "On the question of a Defenders reunion, Scardapane was diplomatic. "
        "\u201cThey have been wonderful partners to us,\u201d he said."
    )
    assert any("wonderful partners" in t for t in _texts(text)), _texts(text)
