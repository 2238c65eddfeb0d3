"""Round 18 speaker and quote rules: a transcript printing its turns a line each in one block, and a
post printed under a header line naming its author and platform."""

from __future__ import annotations

from monitor.understand.quotes import layout
from tests.understand_fixtures import statements


def test_turns_printed_a_line_each_are_paragraphs_of_their_own() -> None:
    text = (
        "[00:12:40]\n"
        "PRIYA NANDA: Would you sign up for a Defenders reunion?\n"
        "COLTER: I would do a Defenders reunion tomorrow, no question.\n\n"
        "[00:14:02]\n"
        "NANDA: And the others?\n"
        "COLTER: I think the whole gang would come back for the Defenders."
    )
    paras = [" ".join(text[a:b].split()) for a, b in layout(text).paras]
    assert paras == [
        "[00:12:40]",
        "PRIYA NANDA: Would you sign up for a Defenders reunion?",
        "COLTER: I would do a Defenders reunion tomorrow, no question.",
        "[00:14:02]",
        "NANDA: And the others?",
        "COLTER: I think the whole gang would come back for the Defenders.",
    ]


def test_an_answer_on_the_line_below_its_question_is_the_answerers() -> None:
    text = (
        "Mike Colter sat down with host Priya Nanda for the episode.\n\n"
        "[00:12:40]\n"
        "PRIYA NANDA: Would you sign up for a Defenders reunion?\n"
        "COLTER: I would do a Defenders reunion tomorrow, no question.\n\n"
        "[00:14:02]\n"
        "NANDA: And the others?\n"
        "COLTER: I think the whole gang would come back for the Defenders."
    )
    found = statements(text)
    assert found
    assert {s.speaker for s in found} == {"Mike Colter"}
    assert any(s.text.startswith("I would do a Defenders reunion") for s in found)


def test_one_labelled_line_in_a_block_is_no_transcript() -> None:
    text = "NOTE: this page was updated.\nThe Defenders cast met on Friday."
    assert len(layout(text).paras) == 1


def test_a_post_under_its_authors_header_line_is_theirs() -> None:
    text = (
        "The cast reacted to the Defenders trailer within the hour.\n\n"
        "FINN JONES (@finnjones \u00b7 Threads \u00b7 Sat 9:12 a.m.)\n"
        "A clip of the Iron Fist glowing.\n"
        "\u201cIron Fist is ready for the Defenders again. Call me.\u201d\n"
        "3,400 likes\n\n"
        "Fans were thrilled."
    )
    found = statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Finn Jones", "Iron Fist is ready for the Defenders again. Call me.")
    ]


def test_one_asked_with_an_adverb_before_the_participle_is_the_one_who_answers() -> None:
    text = (
        "Mike Colter was at the premiere on Thursday, and he stopped to talk to reporters.\n\n"
        "He talked about the new season first. He was also asked whether the Defenders would return "
        "with Daredevil, the hero played by Charlie Cox, after the pair shared a scene last year.\n\n"
        "\u201cThe Defenders will get back together, I'm sure of it,\u201d he said."
    )
    assert [s.speaker for s in statements(text)] == ["Mike Colter"]
