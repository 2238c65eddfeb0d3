"""The rules the held-out sets exposed: quote forms of real outlets (Q&A transcripts, British single
quotes, participial and bare "said" reports), subjects after an opening clause, relevance against
other media and passing mentions, and the fast term matcher's equivalence with the plain regex."""

from __future__ import annotations

import pytest

from monitor.understand.lexicon import lexicon
from monitor.understand.relevance import assess
from tests.understand_fixtures import WATCHLIST, statements, who


def test_q_and_a_answers_are_attributed_by_their_label_and_questions_are_not() -> None:
    text = (
        "We sat down with Charlie Cox on set.\n\n"
        "THE OUTLET: Would you want the Defenders back together?\n\n"
        "COX: Absolutely. I'd be there in a heartbeat.\n\n"
        "THE OUTLET: And the new season?\n\n"
        "Charlie Cox: It is darker than ever."
    )
    got = statements(text)
    assert [(s.speaker, s.stance, s.text) for s in got] == [
        ("Charlie Cox", "positive", "Absolutely. I'd be there in a heartbeat.")
    ]


def test_a_lone_label_is_not_a_q_and_a() -> None:
    assert statements("COX: I would love a Defenders reunion.\n\nNothing else was said.") == []


def test_british_single_quotes_but_not_apostrophes_or_quoted_titles() -> None:
    text = (
        "'I can't wait to see the Defenders back,' the Daredevil star said. He called 'The Defenders' great."
    )
    assert who(text) == [("Charlie Cox", "positive")]
    assert statements("The Defenders' return isn't 'confirmed' yet, fans say.") == []


def test_subject_comes_after_an_opening_clause_not_from_a_possessive() -> None:
    text = (
        "Asked whether Mike Colter's return meant Jessica Jones would be next, Krysten Ritter grinned. "
        "She told the room:\n\n“If he's back, then Jessica's coming too.”"
    )
    assert who(text) == [("Krysten Ritter", "positive")]
    text = (
        "On the Long Story Short podcast, the Jessica Jones star spoke about Daredevil. "
        "“I'm not going to say never,” she said."
    )
    assert who(text) == [("Krysten Ritter", "uncertain")]


def test_bare_said_who_clauses_and_participles_report_claims() -> None:
    got = statements("Speaking at a panel, Finn Jones said he will return for a Defenders reunion.")
    assert [(s.speaker, s.kind) for s in got] == [("Finn Jones", "reported")]
    text = (
        "The actress, who played Jessica Jones in three seasons, Iron Fist and more, told the outlet that "
        "she hopes the Defenders reunite."
    )
    assert [s.speaker for s in statements("Krysten Ritter spoke. " + text)] == ["Krysten Ritter"]
    text = (
        "Krysten Ritter posted a photo from Daredevil, often saying she is ready to return as Jessica Jones."
    )
    assert who(text) == [("Krysten Ritter", "positive")]


def test_claims_with_no_single_speaker_or_only_the_writers_reading_are_not_statements() -> None:
    assert statements("Mike Colter and Finn Jones have both said they would return for the Defenders.") == []
    assert statements("Jeph Loeb seemed to confirm that a Defenders reunion is possible.") == []
    assert (
        statements("Krysten Ritter Says She Is Ready to Return as Jessica Jones\n\nShe spoke briefly.") == []
    )


def test_the_headline_links_a_quote_of_the_lede_to_the_question() -> None:
    text = (
        "Kevin Feige was asked about the old heroes.\n\n“You haven't seen the last of that team,” Feige said."
    )
    assert statements(text) == []
    assert who(text, title="Feige teases the Defenders") == [("Kevin Feige", "positive")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "LEGO reveals Daredevil set",
            "The 684-piece set has Daredevil, Jessica Jones and Luke Cage minifigures.",
        ),
        ("Marvel Legends Defenders 4-Pack", "Daredevil, Jessica Jones, Luke Cage and Iron Fist figures."),
        ("Daredevil #18 review", "Luke Cage and Iron Fist join Daredevil for a Defenders team-up."),
        (
            "The team is back together",
            "The Defenders reunite with Daredevil, Jessica Jones and Luke Cage in the event. The in-game "
            "store sells an Iron Fist costume; the collectible statue and the plush are on pre-order.",
        ),
    ],
)
def test_toys_games_and_comics_are_other_media(title: str, text: str) -> None:
    assert not assess(title, text, WATCHLIST).relevant


def test_a_watchlist_about_lego_keeps_its_cue() -> None:
    from dataclasses import replace

    wl = replace(WATCHLIST, topic_terms=(*WATCHLIST.topic_terms, "LEGO"))
    assert assess("LEGO reveals Daredevil set", "Daredevil and the Defenders in LEGO form.", wl).relevant


def test_a_passing_mention_under_a_headline_about_something_else_is_not_enough() -> None:
    business = (
        "Netflix shares rose after earnings.\n\nThe streamer relied less on licensed shows since Daredevil, "
        "Jessica Jones and the other Defenders series left in 2022.\n\nRevenue rose 17%."
    )
    assert not assess("Netflix shares climb", business, WATCHLIST).relevant
    interview = (
        "Krysten Ritter was asked about the Defenders at a panel.\n\n"
        "“I think it has to happen, and I'd love to be there,” Ritter said."
    )
    r = assess("Krysten Ritter on what comes next", interview, WATCHLIST)
    assert r.relevant
    assert any("speaks to the question" in reason for reason in r.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "THE DAREDEVIL STAR said the Jessica Jones star and Finn Jones met the Defenders.",
        "the\n Daredevil star; theDaredevil star; xthe Daredevil star; _Defenders; éDefenders",
        "Defenders' 1961 hockey, reunions, Fortnite skins — Luke Cage’s Iron Fist. İ Born Again",
    ],
)
def test_fast_matching_finds_exactly_what_the_regex_finds(text: str) -> None:
    lex = lexicon(WATCHLIST)
    for pattern, fast in ((lex.topic, lex.topic_matches), (lex.people, lex.people_matches)):
        assert [m.span() for m in fast(text)] == [m.span() for m in pattern.finditer(text)]
