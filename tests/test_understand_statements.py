"""Who said what: quote forms, attribution, reported claims, and what is not a statement."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.understand_fixtures import statements


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in statements(text)]


def test_curly_quote_with_attribution_after() -> None:
    got = statements("“If they want to do a Defenders reunion, I'm in,” Ritter said.")
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Krysten Ritter", "positive", "quote")]
    assert got[0].text == "If they want to do a Defenders reunion, I'm in,"
    assert got[0].date == dt.date(2025, 6, 1)
    assert got[0].source == "S"


def test_straight_quotes_and_inverted_attribution() -> None:
    assert pairs('"I would love to see the Defenders again," said Charlie Cox.') == [
        ("Charlie Cox", "I would love to see the Defenders again,")
    ]


def test_colon_introduced_quote_paragraph() -> None:
    text = "Asked about the Defenders, Cox shared:\n\n“I have no idea. Nobody has told me anything.”"
    assert pairs(text) == [("Charlie Cox", "I have no idea. Nobody has told me anything.")]


def test_quote_split_by_the_attribution_is_one_statement() -> None:
    text = "“The Defenders was special,” he said, “and if Marvel wants us back, I'm in.”"
    text = "Charlie Cox was asked about a reunion. " + text
    got = statements(text)
    assert len(got) == 1
    assert got[0].speaker == "Charlie Cox"
    assert got[0].text == "The Defenders was special, and if Marvel wants us back, I'm in."


def test_quote_spanning_paragraphs() -> None:
    text = (
        "Finn Jones spoke about the Defenders:\n\n"
        "“I know the first season didn't land.\n\n"
        "“What I want now is a second chance, and I'd return tomorrow.”\n\nThe end."
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Finn Jones", "positive")]
    assert got[0].text.startswith("I know the first season")
    assert got[0].text.endswith("return tomorrow.")


def test_unbalanced_quote_does_not_lose_the_rest_of_the_article() -> None:
    text = (
        "Jones told the crowd, “I'd jump at the chance to play Danny in the Defenders again.\n\n"
        "Colter said that he expects the Defenders will reunite within two years.\n\n"
        "“I'm ready whenever they are,” the Jessica Jones star said of a Defenders reunion."
    )
    assert [(s.speaker, s.kind) for s in statements(text)] == [
        ("Finn Jones", "quote"),
        ("Mike Colter", "reported"),
        ("Krysten Ritter", "quote"),
    ]


def test_pronoun_resolves_to_the_person_the_sentences_are_about() -> None:
    text = (
        "Mike Colter spoke at a gala. He added that he still talks to Charlie Cox and Finn Jones.\n\n"
        "“We built something real with the Defenders, and I'd love to finish it,” he said."
    )
    assert pairs(text)[0][0] == "Mike Colter"


def test_unknown_people_keep_their_name_and_surname_alone_finds_it() -> None:
    text = (
        "Simone Missick played Misty Knight in Luke Cage.\n\n"
        "“If there's a Defenders reunion, Misty has to be there. I'd show up for that,” Missick said."
    )
    assert pairs(text)[0][0] == "Simone Missick"


def test_nobody_to_attribute_gives_none() -> None:
    text = "“The Defenders reunion is happening, trust me,” an insider told the site."
    assert [s.speaker for s in statements(text)] == [None]


def test_reported_claims() -> None:
    text = (
        "Dario Scardapane confirmed Season 2 will not include a reunion for the Defenders.\n\n"
        "According to Jeph Loeb, a Defenders reunion is not in the plans right now.\n\n"
        "Mike Colter, who arrived late, said that he expects the Defenders will reunite soon."
    )
    assert [(s.speaker, s.kind, s.stance) for s in statements(text)] == [
        ("Dario Scardapane", "reported", "negative"),
        ("Jeph Loeb", "reported", "negative"),
        ("Mike Colter", "reported", "positive"),
    ]


def test_quotes_not_about_the_question_are_not_statements() -> None:
    text = (
        "Born Again filmed in Hell's Kitchen on Monday.\n\n"
        "Meanwhile, across town, the match went on.\n\n"
        "“I don't think we'll ever see a better back four,” coach Mike Smith said of his hockey team.\n\n"
        "“The Defenders” is a title, and “yes” is too short."
    )
    assert statements(text) == []


def test_quoted_titles_and_short_phrases_are_not_statements() -> None:
    assert statements("Cox starred in “The Defenders” and said “maybe” about Daredevil.") == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["“", "”", '"', "\n\n", "Cox said", "I'm in", "Defenders", ", ", ". ", "he"]))
)
def test_extraction_never_raises(parts: list[str]) -> None:
    statements("".join(parts))
