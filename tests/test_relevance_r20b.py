"""20th round relevance rule: an article mostly about other work (a play, a film, another show) that
holds a passage about the question (a return's words next to two names of the story, and someone's
statement there) is kept, with the reason; a football report's defenders who return and an actor's
other show are not."""

from __future__ import annotations

import dataclasses

from monitor.types import Person
from monitor.understand.relevance import assess
from tests.test_relevance_r19 import ROLES, paras

# a supporting player, whose character is no topic term, only their role's
CAST = dataclasses.replace(
    ROLES,
    people=(*ROLES.people, Person("Oona Brightwater", (), "actress, Nell Harrow")),
)

PLAY = paras(
    "Oona Brightwater is four weeks into a revival of an old farce at a small theatre by the river, "
    "and she has learned to eat her lunch standing up. The run has been extended twice.",
    "She talks about the director, the set that collapsed in previews and the understudy who saved a "
    "matinee with ten minutes' notice. None of it is glamorous, she insists, and all of it is fun.",
    "Do people still ask about Nell Harrow?",
    '"All the time. And if Charlie rings, I will answer. I would go back to that world tomorrow, with '
    'every one of them," Brightwater said, laughing.',
    "Then she is called to the stage for the half, and the interview is over.",
)


def test_an_interview_about_a_play_with_a_reunion_passage_is_kept() -> None:
    r = assess("Oona Brightwater on farce, fear and lunch on her feet", PLAY, CAST)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


def test_the_same_interview_without_the_return_is_dropped() -> None:
    quiet = PLAY.replace("I would go back to that world tomorrow", "I would have a cup of tea first")
    r = assess("Oona Brightwater on farce, fear and lunch on her feet", quiet, CAST)
    assert not r.relevant


PROFILE = paras(
    "The character actor Tobias Wren has spent the winter filming a quiet thriller about a lighthouse, "
    "and he is happy to talk about it for most of our lunch: the cold, the boats, the gulls.",
    "He also had a small part in Daredevil a decade ago, and he still gets recognised for it in "
    "airports, mostly by people who think he was someone else.",
    "\u201cMatt, Jessica, Luke, Danny \u2014 those were good sets to visit,\u201d he says. \u201cIf they "
    "ever put that team back together, I would be first in the queue for a walk-on.\u201d",
    "Then he is back to the lighthouse, and the gulls, and the cold.",
)


def test_a_profile_with_one_paragraph_about_the_group_returning_is_kept() -> None:
    r = assess("Tobias Wren is happiest in the cold", PROFILE, ROLES)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


FOOTBALL = paras(
    "Rovers kept a third straight clean sheet on Saturday, with the captain Okoro marshalling a back "
    "four that never looked troubled.",
    "Okoro and Brandt both return to the starting line-up next week after suspension. \u201cGetting "
    "the Defenders back together is huge for us, and Luke looks sharp,\u201d said the manager, Tom "
    "Hale, after the football match.",
    "The club sit third, two points off the top.",
)


def test_a_football_report_with_defenders_and_a_return_is_kept_out() -> None:
    r = assess("Rovers keep it tight again", FOOTBALL, ROLES)
    assert not r.relevant
    assert not any(x.startswith("a passage about the question") for x in r.reasons)


OTHER_SHOW = paras(
    "Mike Colter was the surprise guest at a reunion panel for a long-running legal drama on Sunday, "
    "where he played a soft-spoken villain for four seasons.",
    "Colter, best known to some viewers as Luke Cage, got the loudest cheer of the night.",
    '"People stop me and they don\'t say Luke, they say the villain\'s name," he said. "I would come '
    'back for that show in a heartbeat."',
    "The panel closed with a clip reel of the drama's best courtroom scenes.",
)


def test_an_actors_other_show_returning_is_kept_out() -> None:
    # one name of the story (Luke Cage, and Luke by first name: the same name) next to a return
    r = assess("Legal drama cast reunites for anniversary panel", OTHER_SHOW, ROLES)
    assert not r.relevant
