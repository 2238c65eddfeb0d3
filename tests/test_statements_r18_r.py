"""Who speaks, eighteenth round (the texts here are written for these tests): the writer named in a
byline ("By Jane Doe, Arts Reporter") is nobody a description ("The head of the studio says …") or a
pronoun after it stands for."""

from __future__ import annotations

from tests.understand_fixtures import statements

BYLINE = (
    "By Tamsin Okonkwo, Arts Reporter\n\n"
    "The head of the studio says the Defenders will be back together on screen next year, and "
    "that the scripts are written.\n\n"
    "The network declined to comment further."
)


def test_the_byline_writer_is_no_speaker_of_a_description() -> None:
    said = [(s.speaker, s.text) for s in statements(BYLINE)]
    assert any("back together on screen" in text for _, text in said), said
    assert not any(who == "Tamsin Okonkwo" for who, _ in said), said


def test_a_bare_name_line_is_a_byline_too() -> None:
    text = BYLINE.replace("By Tamsin Okonkwo, Arts Reporter", "Tamsin Okonkwo | The Evening Ledger")
    said = [(s.speaker, s.text) for s in statements(text)]
    assert not any(who == "Tamsin Okonkwo" for who, _ in said), said
