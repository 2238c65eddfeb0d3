"""The rules the third held-out set exposed: words the article itself uses as common nouns, sports
vocabulary, a quote after a sentence about its speaker, descriptions narrowed by their words and by
the sentence subjects, "said of" another thing, claims of anonymous sources and outlets, the lede
without bylines, the set-up paragraph before a quote, and stance (negation raising, "crazy not to",
surprise at a "no", promises, negators that belong to the part before a comma, a denied core term)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from monitor.types import Person
from monitor.understand.relevance import assess
from monitor.understand.stance import stance_of
from tests.understand_fixtures import WATCHLIST, statements, who

# ---------------------------------------------------------------------------------------- relevance


def test_a_capitalised_term_the_text_writes_in_lower_case_is_a_common_noun() -> None:
    title = "Public Defenders in Hell's Kitchen Warn of a Crisis as Caseloads Climb"
    text = (
        "The public defenders who work in the city's busiest office say their caseloads have doubled.\n\n"
        "The Defenders Association, a union of 1,200 public defenders, is asking the council for money."
    )
    got = assess(title, text, replace(WATCHLIST, topic_terms=(*WATCHLIST.topic_terms, "Hell's Kitchen")))
    assert not got.relevant
    assert any("in lower case" in r for r in got.reasons)


def test_the_story_using_its_names_is_not_touched_by_the_common_noun_rule() -> None:
    title = "The Defenders Could Reunite in Daredevil: Born Again"
    text = (
        "Daredevil: Born Again may bring the Defenders back, with Luke Cage and Jessica Jones rumoured.\n\n"
        "The daredevil stunt work of the first season impressed critics."
    )
    got = assess(title, text, WATCHLIST)
    assert got.relevant
    assert not any("in lower case" in r for r in got.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Steelers Bring Back Two Veteran Defenders for a Secondary Reunion",
            "Pittsburgh re-signed two defenders, a reunion of its 2021 secondary. The head coach said "
            "free agency went to plan, and the team still has cap space.",
        ),
        (
            "'Iron Fist' Ruiz Defends Title With Third-Round Stoppage",
            "Danny 'Iron Fist' Ruiz made his fourth title defense on Saturday. A reunion with his old "
            "coach is next, he said.",
        ),
    ],
)
def test_sports_articles_are_about_something_else(title: str, text: str) -> None:
    assert not assess(title, text, WATCHLIST).relevant


# ---------------------------------------------------------------------------------------- statements


def test_a_quote_after_a_sentence_about_its_speaker_is_theirs() -> None:
    text = (
        "Mike Colter was asked about Luke Cage joining Daredevil: Born Again.\n\n"
        "The host pushed back on the Defenders question. Colter laughed. "
        "“Never say never, though. Who knows what Marvel has planned.”"
    )
    assert who(text) == [("Mike Colter", "uncertain")]


def test_a_description_is_narrowed_by_its_words_and_by_the_sentence_subjects() -> None:
    wl = replace(
        WATCHLIST,
        people=(
            *WATCHLIST.people,
            Person("Marco Ramirez", (), "showrunner of The Defenders"),
        ),
    )
    text = "The Defenders showrunner was blunt: “There are no plans for a Defenders season two.”"
    assert [(s.speaker, s.stance) for s in statements(text, watchlist=wl)] == [("Marco Ramirez", "negative")]
    text = (
        "The Iron Fist star was at a convention, where the panel turned to Daredevil, which returns "
        "with Charlie Cox.\n\n“I don't think a Defenders reunion is happening for me,” the actor told "
        "the crowd."
    )
    assert who(text) == [("Finn Jones", "negative")]


def test_a_description_whose_one_owner_is_never_named_stands_for_the_subject() -> None:
    text = (
        "Brad Winderbaum, who runs Marvel's streaming slate, spoke on a podcast about Daredevil.\n\n"
        "“There are no plans at this time for a Defenders series,” the executive said."
    )
    wl = replace(WATCHLIST, people=(*WATCHLIST.people, Person("Brad Winderbaum", (), "head of streaming")))
    wl = replace(wl, people=(*wl.people, Person("Dario Scardapane", (), "showrunner and executive producer")))
    assert [(s.speaker, s.stance) for s in statements(text, watchlist=wl)] == [
        ("Brad Winderbaum", "negative")
    ]


def test_a_quote_said_of_another_thing_is_not_about_the_question() -> None:
    text = (
        "Krysten Ritter talked about the end of Jessica Jones and the Defenders.\n\n"
        "“Directing was the scariest thing I've done, and I'd do it again,” Ritter said of the episode "
        "she directed."
    )
    assert statements(text) == []


def test_claims_of_anonymous_sources_and_outlets_have_no_speaker() -> None:
    text = (
        "Krysten Ritter will appear in Daredevil: Born Again season 2, according to two sources.\n\n"
        "According to Deadline, Krysten Ritter will reprise her role as Jessica Jones."
    )
    assert who(text) == [(None, "positive"), (None, "positive")]


def test_a_byline_does_not_push_a_quote_out_of_the_lede() -> None:
    title = "Mike Colter Wants a Defenders Reunion"
    text = (
        "By A. Writer\n\nMay 20, 2019\n\nThe actor met fans on Saturday.\n\n"
        "“I'd put the hoodie back on tomorrow,” Colter said."
    )
    assert who(text, title) == [("Mike Colter", "positive")]


def test_a_set_up_paragraph_lets_the_topic_reach_the_quote() -> None:
    text = (
        "Rosario Dawson played Claire in Daredevil, Luke Cage and The Defenders.\n\n"
        "Asked by a fan about Claire, Dawson didn't hesitate.\n\n"
        "“Claire would absolutely come back. I'm in if they want me,” she said."
    )
    assert who(text) == [("Rosario Dawson", "positive")]


def test_a_denied_core_term_is_negative() -> None:
    text = "“This is not a Defenders show,” Dario Scardapane said of Daredevil: Born Again season 2."
    assert who(text) == [("Dario Scardapane", "negative")]


# ---------------------------------------------------------------------------------------- stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I don't think Luke Cage is coming back.", "negative"),
        ("He doesn't expect to play Danny Rand again.", "negative"),
        ("I think that ship has sailed.", "negative"),
        ("Netflix would be crazy not to put them back in a room together.", "positive"),
        ("I'd be shocked if we didn't see at least one more of them.", "positive"),
        (
            "Could Luke walk through that door one day? I'd love that. But I'm not making any promises.",
            "uncertain",
        ),
        ("No, I'd love to come back.", "positive"),
        ("Danny's story isn't finished, and I'd jump at the chance.", "positive"),
        ("Claire would absolutely come back.", "positive"),
        ("Krysten Ritter will reprise her role.", "positive"),
    ],
)
def test_stance_rules(text: str, stance: str) -> None:
    assert stance_of(text) == stance
