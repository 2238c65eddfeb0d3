"""Round 21 relevance rules: a question's answer names the story too (a passage's names); the
question's own subject with a word of the topic, in an article that writes it as a show's name, is
a passage's names; one name of the story and the group named by its characters' first names
co-occur; "Born Again" gives no first name."""

from __future__ import annotations

import dataclasses

from monitor.understand.lexicon import lexicon
from monitor.understand.relevance import assess
from monitor.understand.relevance.people import _character_names
from tests.test_relevance_r19 import ROLES, paras

# the story's characters as topic terms too, and a word of the topic
CHARS = dataclasses.replace(
    ROLES,
    topic_terms=(*ROLES.topic_terms, "Matt Murdock", "Danny Rand", "crossover"),
)

# --- the answer after a question names the story ----------------------------------------------------

QA = paras(
    "Pell Okafor played a hospital porter in six episodes of Daredevil, and he now runs a bakery in "
    "Queens. We caught him between batches at a fan fair in Hartford.",
    "FAN FAIR: What do people ask you for?",
    "OKAFOR: Selfies with the flour sacks, mostly. The sourdough has its own fans now.",
    "FAN FAIR: And the bakery?",
    "OKAFOR: Up at four, done by noon. It suits me.",
    "FAN FAIR: Would you come back for another Defenders?",
    "OKAFOR: If Matt's in it, I'm in it. I'd love to see the four of them get one more go.",
    "FAN FAIR: Last one: rye or wholewheat?",
    "OKAFOR: Rye. Always rye.",
)


def test_the_answer_to_a_question_names_the_story_too() -> None:
    r = assess("Pell Okafor on bread, fans and early mornings", QA, CHARS)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


def test_an_answer_that_names_no_one_is_one_name_alone() -> None:
    bare = QA.replace("If Matt's in it, I'm in it.", "If they call, I'll pick up.")
    assert not assess("Pell Okafor on bread, fans and early mornings", bare, CHARS).relevant


BAKERY = paras(
    "Two dozen former staff of a Queens bakery met on Saturday for a party in the back room of the "
    "shop, twenty years after it first opened its doors.",
    "\u201cIt\u2019s a family reunion, honestly,\u201d owner Pell Okafor said. "
    "\u201cHalf of us haven\u2019t been in the same room since the old oven died.\u201d She would "
    "\u201clove to do this every year.\u201d",
    "Okafor, who once played a porter opposite Matt Murdock in Daredevil, baked the cake himself.",
    "The evening ended with a raffle for a bread machine.",
)


def test_the_paragraph_after_a_statement_that_asks_nothing_adds_no_names() -> None:
    # the next paragraph is no answer: its credit is about the speaker, not the reunion
    assert not assess("Bakery staff gather for a twentieth birthday", BAKERY, CHARS).relevant


# --- the question's own subject, a word of the topic, and a show's name --------------------------------

CARPET = paras(
    "BROOKLYN \u2014 The stars drew the screams on Tuesday night, but the supporting players had plenty "
    "to say as The Defenders finally screened for an invited crowd at a converted warehouse.",
    "Talia Brooks, who plays a night-shift paramedic in three of the solo shows, said the crossover "
    "felt like a wedding she had waited years to be invited to.",
    '"This is kind of her payoff too," Brooks said. Asked whether she expected the group to come back '
    "for a second round, she did not hesitate. \u201cI\u2019d love to see them all in one room again. "
    "I think this is the first of many.\u201d",
    "Another guest wanted to talk only about the catering, which he called \u201cgenerous\u201d.",
)
CARPET_TITLE = "The Defenders Premiere: Supporting Players Talk Wardrobe and Season Two"


def test_a_premiere_report_with_a_supporting_player_on_a_return_is_kept() -> None:
    r = assess(CARPET_TITLE, CARPET, CHARS)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


def test_without_the_show_word_the_name_could_be_a_band() -> None:
    r = assess("The Defenders: Supporting Players Talk Wardrobe and Whatever Comes Next", CARPET, CHARS)
    assert not r.relevant


def test_a_band_reunion_is_still_dropped() -> None:
    band = paras(
        "Twenty years after their last gig, the Defenders are plugging in again, the four-piece "
        "announcing a reunion tour of small clubs up the coast.",
        "Singer Ros Delaney said the band got back together at a wedding. \u201cWe swore we\u2019d never "
        "play together again,\u201d she said. \u201cWe lied.\u201d",
        "Tickets go on sale on Friday.",
    )
    assert not assess("The Defenders announce a reunion tour", band, CHARS).relevant


# --- the group by its characters' first names ---------------------------------------------------------

PANEL = paras(
    "A convention in Milwaukee put two of the villains on one stage for the first time since Born "
    "Again finished its reshoots, and they traded jabs like old sparring partners.",
    "One promised a character \u201cmeaner and quieter\u201d on his return; the other mostly talked "
    "about his dog.",
    "The moderator eventually asked what every fan in the hall wanted to know: what about Jessica, "
    "Luke and Danny?",
    "\u201cI honestly don\u2019t know if the other three are coming,\u201d one of them said.",
)


def test_one_name_and_the_group_by_first_names_co_occur() -> None:
    r = assess("Villains Tease Born Again, Stay Coy on the Other Heroes", PANEL, CHARS)
    assert r.relevant
    assert any("the group" in x for x in r.reasons)


def test_one_first_name_is_no_group() -> None:
    one = PANEL.replace("what about Jessica, Luke and Danny?", "what about Jessica?")
    assert not assess("Villains Tease Born Again, Stay Coy on the Other Heroes", one, CHARS).relevant


def test_first_names_of_other_people_are_no_group() -> None:
    other = PANEL.replace("his dog.", "his dog, which Luke Tillman and Danny Osei walk for him.")
    assert not assess("Villains Tease Born Again, Stay Coy on the Other Heroes", other, CHARS).relevant


def test_born_again_gives_no_first_name() -> None:
    chars = _character_names(lexicon(CHARS))
    assert "Born" not in chars
    assert {"Luke", "Jessica", "Matt", "Danny"} <= chars
