"""Reported claims, attribution and stance, fifteenth round (the texts here are written for these
tests): cues for nearness ("closer than ever"), expectation, strong wishes, teases, steps taken and
the open point handed to someone else; a speaker's own earlier words told again; a hope negated
inside a condition; another's words relayed in direct speech; claims said "more than once", cut at a
semicolon or a writer's "which" comment, carried by "telling" or an -ing clause, a second claim
after a semicolon or ", telling Variety that"; habits of speech summed up by the writer; "you told"
and "you said" in an interviewer's mouth."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of
from tests.understand_fixtures import statements, who

# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nearness: a yes, and a refusal to say more after it does not undo it
        ("We are closer than we have ever been. That's all I'm allowed to say.", "positive"),
        ("It's closer than it's ever been. I won't say more than that.", "positive"),
        ("Honestly, it's closer than people think.", "positive"),
        # an expectation
        ("I fully expect to see the whole gang in one room again.", "positive"),
        # a strong wish outweighs "not my call" after it
        (
            "I'd love to see all of them walk back in. Nothing would make me happier. "
            "But it's not my call, and I've learned not to promise things.",
            "positive",
        ),
        # a tease
        ("My people know things. I'd say watch this space.", "positive"),
        # the decision elsewhere, nothing known
        ("Nothing I know of, sadly. The ball's in the studio's court.", "uncertain"),
        # a story left where it stopped
        ("I'm starting to think his story ends where it ended, and maybe that's fine.", "negative"),
        # "would never rule it out": no yes
        ("I would never rule it out. The city has room for a lot of people.", "uncertain"),
        # "I'd still take the call": "still" inside a clause is no contrast
        ("I'd still take the call.", "positive"),
        ("I've been burned before. This time I actually believe it.", "positive"),
        # willingness and wishes
        ("He would welcome them all back.", "positive"),
        ("Having her back on set felt like coming home. Now we just need the other two.", "positive"),
        ("If the studio called me tomorrow, I'd write it.", "positive"),
        # doubt and conditions
        ("Never is a long word. I'd bet on these characters finding each other.", "positive"),
        ("I'll believe it when I'm standing on set next to her.", "uncertain"),
        ("If they asked us back, I'd want to know why before I said yes.", "uncertain"),
        # denial of a rumour
        ("There's nothing to it. There's no special.", "negative"),
    ],
)
def test_new_cues(text: str, expected: str) -> None:
    assert stance_of(text) == expected


def test_i_would_is_no_yes_before_never() -> None:
    assert stance_of("I would never do that to him.") is None


def test_a_speakers_own_earlier_words_weigh_less_than_what_follows() -> None:
    told_again = (
        "I said the team wasn't part of our plans for this season, and that was true. "
        "Season two is a different conversation."
    )
    assert stance_of(told_again) == "uncertain"
    # said now, the same "no" wins
    assert stance_of(
        "The team isn't part of our plans for this season. Season two is a different conversation."
    ) == ("negative")


def test_a_hope_negated_inside_a_condition_is_a_demand() -> None:
    assert stance_of("If they don't bring all four of them back together, I'm writing letters.") == "positive"
    assert stance_of("They don't want to bring them back.") == "negative"


def test_a_refusal_with_without_after_it_is_a_condition() -> None:
    assert stance_of("Well, we wouldn't do it without them. The door is open.") == "positive"
    assert stance_of("Well, we wouldn't do it. The door is open.") == "negative"


def test_words_relayed_in_direct_speech_are_not_the_speakers() -> None:
    assert stance_of("He texted me that night. He said, we'll be back, you watch.") is None


def test_a_show_cancelled_long_ago_is_no_stance() -> None:
    assert stance_of("He texted me the night the show got cancelled.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She shot scenes opposite him in June, and her role is more than a cameo.", "positive"),
        ("The studio has held early conversations about reuniting the four leads.", "positive"),
        ("The new season was not built around a team-up.", "negative"),
    ],
)
def test_steps_taken(text: str, expected: str) -> None:
    assert stance_of(text) == expected


# ------------------------------------------------------------------ reported claims


def test_a_claim_said_more_than_once_ends_at_a_semicolon() -> None:
    text = (
        "The Defenders are still a sore subject. Cox has said more than once that he would welcome "
        "his old co-stars back; whether the studio agrees is another matter."
    )
    found = statements(text)
    assert [(s.speaker, s.stance, s.text) for s in found] == [
        ("Charlie Cox", "positive", "he would welcome his old co-stars back")
    ]


def test_a_which_comment_with_a_but_is_the_writers() -> None:
    text = (
        "The Defenders question came up again. Mike Colter told a festival audience that he is "
        "in talks to return, which is not a yes, but is not a no either."
    )
    found = statements(text)
    assert [(s.speaker, s.text) for s in found] == [("Mike Colter", "he is in talks to return")]


def test_telling_and_a_second_report_after_a_semicolon() -> None:
    text = (
        "Krysten Ritter made a surprise appearance at the Daredevil panel, telling fans Jessica Jones "
        'is "not done"; Charlie Cox said having her back on set felt like coming home.'
    )
    assert who(text) == [("Krysten Ritter", "positive"), ("Charlie Cox", "positive")]


def test_the_same_speakers_second_claim_to_an_outlet() -> None:
    text = (
        'Krysten Ritter says she would return as Jessica Jones "without reading the script," telling '
        'Lumen Magazine in a new profile that she wants "the four of us together again."'
    )
    found = statements(text)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Krysten Ritter", "reported"),
        ("Krysten Ritter", "reported"),
    ]
    assert found[0].text.startswith("she would return")
    assert found[1].text.startswith("she wants")


def test_a_habit_of_speech_summed_up_is_no_statement() -> None:
    spent = (
        "The Daredevil panel ran long. Cox, who has spent much of the year saying he has stopped "
        "guessing about reunions, was beaming."
    )
    assert statements(spent) == []
    kept = "For years he was the actor who kept saying he'd like to come back to Daredevil. Cox laughs now."
    assert statements(kept) == []
    # the present goes on: a statement
    goes_on = "Finn Jones keeps telling anyone who'll listen that he wants back in the Defenders."
    assert who(goes_on) == [("Finn Jones", "positive")]


def test_you_told_is_not_the_named_persons_claim() -> None:
    text = (
        "Dario Scardapane sat down with Tess Marlowe to talk about Daredevil.\n\n"
        "Tess Marlowe: In January you told a trade paper the Defenders weren't part of your plans."
    )
    assert [s.speaker for s in statements(text)] == []


def test_words_quoted_back_by_an_interviewer_are_no_statement() -> None:
    text = (
        "Dario Scardapane talked about Daredevil and the Defenders.\n\n"
        'Q: Then you said a reunion was "very much alive." Where is that now?\n\n'
        "A: I can't tell you who. We're building toward a team, and everybody knows it."
    )
    assert [s.speaker for s in statements(text)] == ["Dario Scardapane"]
