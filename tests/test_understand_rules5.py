"""The mechanisms the fifth held-out set measured: the common reporting verbs of news writing as
attribution, a social-media post embedded in a page (its words, then "— Name (@handle) date"), and
the same words printed twice in one article counted once. The texts are written for these tests."""

from __future__ import annotations

from tests.understand_fixtures import statements


def test_a_less_common_reporting_verb_attributes_the_quote() -> None:
    text = (
        "Krysten Ritter opened the panel with a story about the Defenders.\n\n"
        "Later the talk turned to the reunion. \u201cI would love to do another Defenders season,\u201d "
        "confided Charlie Cox."
    )
    assert [(s.speaker, s.stance) for s in statements(text)] == [("Charlie Cox", "positive")]


def test_a_verb_outside_the_lexicon_leaves_the_quote_without_speaker() -> None:
    text = (
        "At the panel, the cast took questions about the Defenders.\n\n"
        "\u201cI would love to do another Defenders season,\u201d glimmered the screen."
    )
    assert [s.speaker for s in statements(text)] == [None]


def test_an_embedded_post_belongs_to_the_signature() -> None:
    text = (
        "Krysten Ritter posted about Jessica Jones on Tuesday.\n\n"
        "I would love to be back with the Defenders one day. pic.twitter.com/AbC123\n\n"
        "\u2014 Krysten Ritter (@KrystenRitter) May 3, 2025\n\n"
        "Fans replied within minutes."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Krysten Ritter", "positive")]
    assert "pic.twitter" not in found[0].text


def test_a_post_quoted_in_the_text_and_embedded_below_is_one_statement() -> None:
    text = (
        "Finn Jones wrote on Twitter: \u201cI would jump at the chance to fight alongside the Defenders "
        "again.\u201d\n\n"
        "I would jump at the chance to fight alongside the Defenders again. \U0001f409 https://t.example/x\n\n"
        "\u2014 Finn Jones (@finnjones) October 13, 2018"
    )
    assert [s.speaker for s in statements(text)] == ["Finn Jones"]
