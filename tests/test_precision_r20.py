"""Statement precision, 20th round (the texts here are written for these tests): a quick-hits item is
a subject of its own; "the interview concerned …" and "about what comes next for …" say what the talk
is about; a printed question that turns to a new subject stops a speaker going on about the story;
"Is there …?" points back to nothing."""

from __future__ import annotations

from tests.understand_fixtures import statements


def _texts(text: str, title: str = "") -> list[str]:
    return [s.text for s in statements(text, title)]


QUICK_HITS = (
    "BURBANK \u2014 Odds and ends from a long day of network presentations.\n\n"
    "GAME SHOWS: The quiz revival has been given a spring date and a new host.\n\n"
    "STREAMING: Jeph Loeb was asked again whether the Defenders would share a screen. "
    "\u201cNothing would make me happier, but nothing is scheduled,\u201d Loeb said.\n\n"
    "NATURE: A four-part series about coral reefs is in production off the coast of Belize.\n\n"
    "DRAMA: Executives would not say when the hospital series ends. "
    "\u201cCome back and ask me in five years,\u201d one of them said."
)


def test_a_quick_hits_item_is_a_subject_of_its_own() -> None:
    texts = _texts(QUICK_HITS)
    assert not any("five years" in t for t in texts), texts


def test_the_item_about_the_story_is_still_a_statement() -> None:
    texts = _texts(QUICK_HITS)
    assert any("nothing is scheduled" in t for t in texts), texts


def test_a_transcript_turn_is_no_item_label() -> None:
    # (an upper-case label naming a person is a turn of a transcript, whatever follows it)
    text = (
        "Jeph Loeb sat down with us to talk about the Defenders.\n\n"
        "LOEB: I sat in the green room with the cast for an hour. "
        "\u201cI would love to see them again someday, honestly,\u201d he said.\n\n"
    )
    assert any("love to see them again" in t for t in _texts(text)), _texts(text)


def test_the_interview_concerned_another_subject() -> None:
    text = (
        "Krysten Ritter gave her plainest answer yet about whether the Defenders could return.\n\n"
        "\u201cI doubt we will ever go back to that world,\u201d Ritter told the paper.\n\n"
        "Most of the interview concerned her garden in the hills. "
        "\u201cPlanting is the thing I want to do more than anything, every single day,\u201d she said."
    )
    texts = _texts(text)
    assert not any("Planting" in t for t in texts), texts
    assert any("go back to that world" in t for t in texts), texts


def test_a_season_focused_on_others_is_no_talk() -> None:
    # (only the talk's own verbs say what it is about: "a season focused on …" is not one)
    text = (
        "Jeph Loeb, who kept the last season focused on the lawyers, was asked about the Defenders.\n\n"
        "\u201cBringing them back is something we have been hoping to do for years,\u201d he said."
    )
    assert any("Bringing them back" in t for t in _texts(text)), _texts(text)


def test_about_what_comes_next_for_one_character() -> None:
    text = (
        "Charlie Cox was glad to see the Defenders talked about again. \u201cI would love to see "
        "Luke Cage and Iron Fist back one day,\u201d he said.\n\n"
        "He was less forthcoming about what comes next for his character. "
        "\u201cI can tell you nothing at all,\u201d Cox said, laughing. "
        "\u201cThey would have me followed home.\u201d"
    )
    texts = _texts(text)
    assert not any("tell you nothing" in t for t in texts), texts


def test_what_comes_next_is_the_story_when_the_narrative_says_so() -> None:
    text = (
        "Charlie Cox was glad to see the Defenders talked about again. \u201cI would love to see "
        "the four of us back together one day,\u201d he said.\n\n"
        "He was careful about what comes next. Fans want Luke Cage and Iron Fist on screen again. "
        "\u201cI can tell you nothing at all,\u201d Cox said, laughing."
    )
    assert any("tell you nothing" in t for t in _texts(text)), _texts(text)


def test_a_printed_question_on_a_new_subject_stops_the_speaker_going_on() -> None:
    text = (
        "Brad Winderbaum spoke to us at a festival in the north.\n\n"
        "Will the Defenders be together again?\n\n"
        "\u00abI cannot give you dates, but you will see these heroes together again.\u00bb\n\n"
        "One more question: soup or salad?\n\n"
        "\u00abSoup? Always. I had two bowls last night, I might never leave.\u00bb"
    )
    texts = _texts(text)
    assert any("these heroes together" in t for t in texts), texts
    assert not any("two bowls" in t for t in texts), texts


def test_is_there_points_back_to_nothing() -> None:
    text = (
        "Jeph Loeb answered our questions by email.\n\n"
        "Q: Would you go back and make another season of the Defenders?\n\n"
        "A: I would do it tomorrow. The door is open and I hope they walk through it.\n\n"
        "Q: Is there a comic you wish you had written and did not?\n\n"
        "A: Hope I get to write it in ten years, honestly, if anybody still reads."
    )
    texts = _texts(text)
    assert any("door is open" in t for t in texts), texts
    assert not any("ten years" in t for t in texts), texts


def test_what_is_there_points_back_to_nothing() -> None:
    # ("is there" asks whether something exists: that "there" is no pointer back to the answer before)
    text = (
        "Jeph Loeb answered our questions by email.\n\n"
        "Q: Would you go back and make another season of the Defenders?\n\n"
        "A: I would do it tomorrow. The door is open and I hope they walk through it.\n\n"
        "Q: What else is there in your diary this year?\n\n"
        "A: Hope I get to write a novel in ten years, honestly, if anybody still reads."
    )
    texts = _texts(text)
    assert any("door is open" in t for t in texts), texts
    assert not any("ten years" in t for t in texts), texts
