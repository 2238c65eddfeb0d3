"""The general linking rules of the twelfth round (the texts here are written for these tests): a quote
whose paragraph speaks of the group as a whole ("the four of us", "back in a room with these three")
is about a reunion though it names neither the story nor anyone in it; the paragraphs an interview
answer runs on over are more answers to the same question; a speaker who puts questions to themselves
and answers each its own way ("Would I? … Will I? …") makes one statement per answer; and a headline
that lists what an interview covers frames no quote of the lede."""

from __future__ import annotations

from tests.understand_fixtures import statements, who

# ------------------------------------------------------------------ the group as a whole

PROFILE = (
    "Cox arrives at the diner early and orders for the table before anyone else has sat down.\n\n"
    "He grows careful when the talk turns to what might come next, and he chooses his words slowly. "
    "\u201cI'd love to be back in a room with {group}. I'd do it every summer if they let me,\u201d "
    "he says."
)


def test_a_quote_of_the_group_as_a_whole_is_about_the_reunion() -> None:
    for group in ("these three", "all four of us", "the four of them"):
        assert who(PROFILE.format(group=group)) == [("Charlie Cox", "positive")], group


def test_without_the_group_the_quote_is_about_something_else() -> None:
    assert who(PROFILE.format(group="my family")) == []
    # a count before a noun is no group
    assert who(PROFILE.format(group="the three dogs")) == []


def test_the_group_in_the_paragraph_before_links_the_answer() -> None:
    text = (
        "Deborah Woll has one wish. \u201cI want the four of us in one frame before I retire,\u201d she "
        "says.\n\n"
        "Cox, reached by phone, laughs when I read him the line. \u201cShe's the reason I think it'll "
        "happen,\u201d he says."
    )
    assert ("Charlie Cox", "positive") in who(text)


def test_an_exclusion_term_outweighs_the_group() -> None:
    text = PROFILE.format(group="these three").replace(
        "orders for the table", "talks about his football team and orders for the table"
    )
    text = text.replace("He grows careful", "He follows football closely. He grows careful")
    assert who(text) == []


# ------------------------------------------------------------------ an answer running on

QA = (
    "Krysten Ritter spoke to us from her kitchen on her one day off. Krysten Ritter was, as ever, "
    "candid.\n\n"
    "Q: Ten years with one character. Does she still surprise you?\n\n"
    "A: All the time. I keep finding out I knew nothing about her.\n\n"
    "I'd love to keep finding out, honestly. I hope that never stops.\n\n"
    "Q: The new season is bringing back old faces. Does it feel like the gang getting back together?\n\n"
    "A: It does, and it's lovely.\n\n"
    "I'd love to see the others in the room too. I'd like all of them, honestly.\n\n"
    "Q: Last one. Favourite snack?\n\n"
    "A: Crisps. Always crisps."
)


def test_a_paragraph_an_answer_runs_on_over_answers_the_same_question() -> None:
    found = [(s.speaker, s.stance, s.text) for s in statements(QA)]
    assert (
        "Krysten Ritter",
        "positive",
        "I'd love to see the others in the room too. I'd like all of them, honestly.",
    ) in found
    # the answer to a question about something else runs on about something else too
    assert not any("never stops" in text for _, _, text in found)


def test_a_footer_after_the_last_answer_is_no_answer() -> None:
    text = QA.replace(
        "A: Crisps. Always crisps.",
        "A: It does, and I'd love that.\n\nThe Defenders streams on Fridays, and it is lovely.",
    )
    assert not any("streams" in s.text for s in statements(text))


# ------------------------------------------------------------------ questions put to oneself


def test_each_question_a_speaker_puts_to_themselves_is_its_own_statement() -> None:
    text = (
        "Ritter took questions from fans on Friday night.\n\n"
        "Asked about a Defenders reunion, she did not hesitate. \u201cWould I? In a heartbeat. Will I? "
        "That's not up to me,\u201d she wrote."
    )
    found = [(s.speaker, s.stance, s.text) for s in statements(text)]
    assert found == [
        ("Krysten Ritter", "positive", "Would I? In a heartbeat."),
        ("Krysten Ritter", "uncertain", "Will I? That's not up to me,"),
    ]


def test_answers_of_one_mind_stay_one_statement() -> None:
    text = (
        "Asked about a Defenders reunion, Ritter did not hesitate. \u201cWould I? In a heartbeat. Will I "
        "love it? In a heartbeat,\u201d she wrote."
    )
    assert who(text) == [("Krysten Ritter", "positive")]


# ------------------------------------------------------------------ a headline listing subjects

LEDE = (
    "Mike Colter plays a ferry captain in Harbour Lights, the thriller that opens on Friday.\n\n"
    "Colter spent a month learning to steer a tug for the part. \u201cI will not be doing it for a "
    "living,\u201d he jokes."
)


def test_a_headline_listing_subjects_frames_no_quote_of_the_lede() -> None:
    assert who(LEDE, title="Mike Colter on 'Harbour Lights,' Fatherhood and the Defenders Question") == []


def test_a_headline_with_one_subject_frames_the_lede() -> None:
    assert who(LEDE, title="Mike Colter on the Defenders Question") == [("Mike Colter", "negative")]
