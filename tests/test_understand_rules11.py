"""The general rules of the eleventh round (the texts here are written for these tests). Extraction: the
question on the floor at a panel or a press line makes the answers that follow it about the story,
while every paragraph since carries an answer and nothing turns to another subject. Stance: "if it
happens, it happens", "not allowed to answer", "not going to answer" and "rule it in" are no answer,
"too early to say whether" governs its clause, "it's whether …" names the open point, who decides ("not
up to me") weighs less than whether, a cue inside an if-clause supposes, not expects, "I'd pick up on
the first ring" is a yes, a story's past "then one day" is no hedge, and a refusal of one reason only
("not gonna do it just so …") is no "no"."""

from __future__ import annotations

import pytest

from monitor.understand.evaluate import similarity
from monitor.understand.lexicon import RETURN
from monitor.understand.stance import assess_stance, stance_of
from tests.understand_fixtures import who

# ------------------------------------------------------------------ the question on the floor

# the panelists are not on the test watchlist and the question names no topic term: only the
# question on the floor makes their answers about the story
PANEL = (
    "The moderator, a local radio host, kept the first half on stunts and wigs.\n\n"
    "Then she read a question from the audience: with the Netflix heroes all over the trailer, are "
    "the other three ever coming back?\n\n"
    "Dawson went first. \u201cIf it happens, it happens. I've stopped refreshing the rumor sites,\u201d "
    "she said.\n\n"
    "Bernthal was blunter. \u201cNah. I don't see it, man,\u201d he said.\n\n"
    "Missick shrugged. \u201cI'm not allowed to answer that,\u201d she said."
)
PANELISTS = "Rosario Dawson, Jon Bernthal and Simone Missick took the stage at noon.\n\n"


def test_answers_going_round_a_panel_follow_the_question() -> None:
    assert who(PANELISTS + PANEL) == [
        ("Rosario Dawson", "uncertain"),
        ("Jon Bernthal", "negative"),
        ("Simone Missick", "uncertain"),
    ]


def test_a_quoted_question_from_the_moderator_is_on_the_floor() -> None:
    text = (
        "Host Dana Reyes turned to Loeb, who ran the television division for a decade. \u201cYou were the "
        "guy,\u201d she said. \u201cAre they ever coming back?\u201d\n\n"
        "\u201cI'm not the one who makes those calls anymore, so I honestly couldn't tell you,\u201d"
        " Loeb said."
    )
    assert who(text) == [("Jeph Loeb", "uncertain")]


def test_the_floor_ends_with_a_paragraph_without_an_answer() -> None:
    text = (PANELISTS + PANEL).replace(
        "Bernthal was blunter.",
        "The fan line was long and loud, and the room was warm.\n\nBernthal was blunter.",
    )
    assert ("Jon Bernthal", "negative") not in who(text)
    assert ("Rosario Dawson", "uncertain") in who(text)


def test_a_later_question_about_something_else_takes_the_floor() -> None:
    text = (PANELISTS + PANEL).replace("Bernthal was blunter.", "One fan asked Bernthal about his dogs.")
    assert ("Jon Bernthal", "negative") not in who(text)


def test_a_question_inside_an_answer_does_not_take_the_floor() -> None:
    # "Do I look nervous?" is Dawson's, and she goes on: the audience's question stays on the floor
    text = (PANELISTS + PANEL).replace("\u201cIf it happens,", "\u201cDo I look nervous? If it happens,")
    assert who(text)[:2] == [("Rosario Dawson", "uncertain"), ("Jon Bernthal", "negative")]


def test_the_quotes_own_sentence_can_turn_to_something_else() -> None:
    reported = (PANELISTS + PANEL).replace(
        "Bernthal was blunter. \u201cNah.",
        "Bernthal said that the food in town was the best part. \u201cNah.",
    )
    about = (PANELISTS + PANEL).replace("Bernthal was blunter.", "Bernthal was less forthcoming about Blade.")
    for text in (reported, about):
        assert ("Jon Bernthal", "negative") not in who(text)


def test_a_question_not_about_the_story_links_nothing() -> None:
    text = (
        "Then she read a question from the audience: what was the hardest stunt you ever did?\n\n"
        "Bernthal was blunter. \u201cNah. I don't see it, man,\u201d he said."
    )
    assert who(text) == []


def test_a_follow_up_is_read_from_its_question_not_its_lead_up() -> None:
    # "Last one" is no pointer back: "what's on your nightstand?" asks about something new
    text = (
        "Q: Would you do another Defenders series?\n\n"
        "COX: I don't think so. There's nothing in the works that I know of.\n\n"
        "Q: Fair enough. Last one: what's on your nightstand?\n\n"
        "COX: A very long biography that I'm never going to finish."
    )
    assert who(text) == [("Charlie Cox", "negative")]


# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("If it happens, it happens.", "uncertain"),
        ("Whatever happens happens, I've got other things to worry about.", "uncertain"),
        ("I'm not allowed to answer that one.", "uncertain"),
        ("If they called, I'd pick up on the first ring.", "positive"),
        ("I'd answer the phone before it finished ringing.", "positive"),
        ('He said it was "too early to say" whether the rest of them would return.', "uncertain"),
        ("It's hard to say if they will ever come back.", "uncertain"),
        ("I'm not gonna put the suit on just so somebody can cut a trailer out of it.", "uncertain"),
        ("I won't do it just for the money.", "uncertain"),
        ("It's not that we don't want to. It's whether the studio wants to pay for it.", "uncertain"),
        ("Everyone's keen. The real question is whether anyone will pay for it.", "uncertain"),
        ("I'm not going to rule it out, and I'm not going to rule it in.", "uncertain"),
        ("I'm not going to answer that one. Nice try.", "uncertain"),
        ("Would I love it? Of course I would. It's just not up to me.", "positive"),
        ("That's not up to me.", "uncertain"),
        ("Not yet. If and when they come back together, it has to feel earned.", "uncertain"),
        ("If they bring them back, I'm in.", "positive"),
    ],
)
def test_stance_cues_of_round_eleven(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "I'll answer any question you like about the film.",
        "I was terrible at it. Then one day it just clicked.",
        "One day it finally rained, and we shot the scene.",
    ],
)
def test_no_stance_where_nothing_is_said_of_the_story(text: str) -> None:
    assert stance_of(text) is None


def test_one_day_ahead_is_still_a_hedge() -> None:
    assert "one day:uncertain" in assess_stance("I'd love to do it again one day.").cues
    assert stance_of("I won't do it. Just so you know.") == "negative"


# ------------------------------------------------------------------ a return in other words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We want those people back.", True),
        ("The fans got the whole team back, in the end.", True),
        ("I can't wait to get back to work.", False),
        ("She wanted to get home back in Ohio.", False),
        ("I want it back to how it was.", False),
    ],
)
def test_wanting_someone_back_speaks_of_a_return(text: str, found: bool) -> None:
    assert (RETURN.search(text) is not None) is found


# ------------------------------------------------------------------ scoring: quoted words in a claim


def test_a_claim_and_the_words_it_quotes_stand_for_each_other() -> None:
    claim = 'he "wouldn\'t bet on" the four of them sharing a screen again'
    assert similarity("wouldn't bet on", claim) >= 0.6
    assert similarity(claim, "wouldn't bet on") >= 0.6
    # a quotation is not its own quoted part, and other words still do not match
    assert similarity("nothing to do with it", claim) < 0.6
    assert similarity("I'm in", '"I\'m in," he said, "but the script has to be right first, always."') < 0.6
