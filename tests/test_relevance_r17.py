"""Round 17 relevance rules: a name the article gives to something else ("a filly called Luke Cage",
"a quiz team calling themselves the Defenders of …") earns the story no points, and seeing a thing
happen again ("will we see that again?") is a word of a return."""

from __future__ import annotations

from monitor.understand.relevance import assess
from tests.understand_fixtures import WATCHLIST


def relevant(title: str, text: str) -> bool:
    return assess(title, text, WATCHLIST).relevant


def paras(*parts: str) -> str:
    return "\n\n".join(parts)


# --- a name given to something else ----------------------------------------------------------------

TRACK = paras(
    "NEWMARKET — A filly called Luke Cage led from the gate to take the Maple Cup by a neck on "
    "Sunday, holding off Iron Fist in a driving finish.",
    "Her trainer said the filly had been working well all spring. Iron Fist's rider said the ground "
    "had been too soft for him.",
    "Both horses are entered for the summer meeting.",
)


def test_a_thing_called_by_a_name_of_the_story_is_that_thing() -> None:
    r = assess("Luke Cage holds off Iron Fist in the Maple Cup", TRACK, WATCHLIST)
    assert not r.relevant
    assert any("'Luke Cage' is the name of something else here" in x for x in r.reasons)


def test_we_named_him_gives_the_name_too() -> None:
    text = TRACK.replace("A filly called Luke Cage", "Luke Cage").replace(
        "Both horses", '"We named her Luke Cage because nothing stops her," the owner said. Both horses'
    )
    assert not relevant("Luke Cage holds off Iron Fist in the Maple Cup", text)


def test_the_story_itself_so_called_keeps_its_points() -> None:
    # "a series called …" names the show itself; "was named" appoints
    text = paras(
        "In 2015 Netflix launched a series called Daredevil. Two years on, its hero joined The "
        "Defenders, and the cast has been asked about another round ever since.",
        "The streamer has not said whether it would return to the team.",
    )
    assert relevant("Daredevil and The Defenders, a short history", text)


def test_a_verdict_on_the_story_is_no_name_given() -> None:
    # "X named / called <term> <something>" after a name or a subject pronoun judges the show
    title = "Daredevil and The Defenders, ten years on"
    tail = " Two years later its hero joined The Defenders, and the cast is still asked about another round."
    assert relevant(title, "Variety named Daredevil the best new series of 2015." + tail)
    assert relevant(title, "Years later he called Daredevil the role of his life." + tail)


def test_the_character_an_actor_plays_keeps_its_points() -> None:
    text = paras(
        "In the show the actress plays a private investigator named Jessica Jones, who later joined The "
        "Defenders, and she has been asked about another round ever since.",
        "She has not said whether she would return to the team.",
    )
    assert relevant("Jessica Jones and The Defenders, a short history", text)


QUIZ = paras(
    "Charlie Cox swapped the Daredevil suit for a microphone on Thursday, hosting a charity quiz at a "
    "village hall outside Guildford.",
    "The winners, four nurses calling themselves the Defenders of Ward Nine, took home a hamper and "
    "a signed script. Cox read every question himself and got one answer wrong.",
    "The night raised more than four thousand pounds for the local hospice.",
)


def test_the_start_of_a_longer_name_so_given_is_no_name_of_the_story() -> None:
    r = assess("The Daredevil star turns quizmaster for the night", QUIZ, WATCHLIST)
    assert not r.relevant
    assert any("'Defenders' only inside another name" in x for x in r.reasons)


# --- seeing it again is a return --------------------------------------------------------------------

_FILLER = (
    "The rest of the hour was about the workshop: how to fall, how to slap without slapping, how to "
    "listen to a partner. Stage combat, she said, is mostly listening, and the students who listen "
    "best are rarely the ones who arrive thinking they know how to fight."
)
DOJO = paras(
    "Our alumni series continues with Priya Okonjo ('09), a fight rehearsal coordinator who spent "
    "last spring on The Defenders, working with Charlie Cox, Mike Colter and Finn Jones and their doubles.",
    "She was back on campus for a workshop on Tuesday. We talked afterwards in the hall.",
    "How did you start? I took every stage-combat class the department had, then drove a van for a "
    "stunt team for two summers. Nobody hands you this job; you carry the mats until someone notices.",
    "The staircase fight in Iron Fist was yours. Will we ever see that again?",
    "Nobody tells a rehearsal coordinator anything. But the four of them moved like a team by the "
    "last week of the shoot, and that doesn't happen by accident.",
    _FILLER,
    _FILLER.replace("The rest of the hour", "Most of the afternoon"),
    "Her workshop is part of the department's Alumni in Practice series, which resumes in October.",
)


def test_seeing_it_again_is_a_return_in_a_full_article() -> None:
    r = assess("Alumni in Practice: fighting for The Defenders", DOJO, WATCHLIST)
    assert len(DOJO) >= 1200
    assert r.relevant
    # without the words of a return (and nobody quoted on it), a full article is about something else
    flat = DOJO.replace("Will we ever see that again?", "How long did it take?")
    r = assess("Alumni in Practice: fighting for The Defenders", flat, WATCHLIST)
    assert not r.relevant
    assert any("no word of the question" in x for x in r.reasons)
