"""Reported claims and their attribution, fourteenth round (the texts here are written for these
tests): a name inside a relative clause is not the speaker ("X, who ran it with Y, said"); whom a
source told is not the speaker; a watchlist person called by first name only is whom a later "he"
stands for; an anonymous source may carry a relative clause or be a spokesperson; the same
speaker's second claim ("…, adding that “…”") ends the first; a writer's summing-up (", a detail that …")
is no part of it; and the cues reported claims lean on ("no longer off the table", "not a one-off",
"the special is real", "if it happens at all")."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of
from tests.understand_fixtures import statements, who


def test_a_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        "Tom Baker, who ran the miniseries with Jeph Loeb, said the Defenders had been "
        '"built as a first chapter, not a one-off," and left it there.'
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Tom Baker", "positive")]


def test_whom_a_source_told_is_not_the_speaker() -> None:
    text = (
        "The Defenders reunion talk is back. A source close to the production told Comic Weekly "
        "that \u201cconversations are happening, and they\u2019re serious ones.\u201d"
    )
    assert who(text) == [(None, "positive")]


def test_a_first_name_mention_is_whom_he_stands_for() -> None:
    text = (
        "Hello from the train. I have been to every panel Finn has done since the Defenders came out.\n\n"
        'Last month he said he\'d "made peace" with Danny never coming back and '
        "I was not okay for a week."
    )
    found = statements(text)
    assert [(s.speaker, s.stance, s.kind) for s in found] == [("Finn Jones", "negative", "reported")]
    assert "not okay" not in found[0].text  # the writer goes on in the first person: not the claim


def test_an_anonymous_source_with_a_relative_clause() -> None:
    text = (
        "Charlie Cox has nothing to add about the Defenders. A person familiar with the studio's plans, "
        "who was not authorised to speak publicly, said a Defenders team-up had been discussed "
        "but that nothing had been scheduled."
    )
    assert who(text) == [(None, "uncertain")]


def test_a_spokesperson_is_an_anonymous_source() -> None:
    text = (
        "Update: A studio spokesperson told Comic Weekly on Wednesday that the report is "
        "\u201cnot accurate\u201d and that there is \u201cno Defenders project in development.\u201d"
    )
    found = statements(text)
    assert [(s.speaker, s.stance, s.kind) for s in found] == [(None, "negative", "reported")]


def test_adding_that_ends_the_claim_and_its_quote_stands_alone() -> None:
    text = (
        "Jeph Loeb told Comic Weekly that the studio is \u201cbuilding toward\u201d a Defenders reunion, "
        "adding that \u201cwhen the time is right, fans are going to get the reunion they have been "
        "asking for.\u201d"
    )
    found = statements(text)
    assert [(s.speaker, s.kind, s.stance) for s in found] == [
        ("Jeph Loeb", "reported", "positive"),
        ("Jeph Loeb", "quote", "positive"),
    ]
    assert found[0].text.endswith("a Defenders reunion")


def test_a_summing_up_of_the_writer_is_no_part_of_the_claim() -> None:
    text = (
        "Sources told Comic Weekly that the Born Again writers' room includes three Netflix veterans, "
        "a detail that has fans hoping the Defenders will reunite."
    )
    assert who(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("A Defenders reunion is no longer off the table.", "positive"),
        ("It was built as a first chapter, not a one-off.", "positive"),
        ("This isn't a one-time thing.", "positive"),
        ("That show was a one-off.", "negative"),
        ("The Defenders special is real.", "positive"),
        ("Any Defenders project is a long way off, if it happens at all.", "uncertain"),
        ("A team-up was discussed, but nothing had been scheduled.", "uncertain"),
        ("Fans are going to get the reunion they have been asking for.", "positive"),
        ("Conversations are happening, and they're serious ones.", "positive"),
    ],
)
def test_claim_cues(text: str, stance: str) -> None:
    assert stance_of(text) == stance
