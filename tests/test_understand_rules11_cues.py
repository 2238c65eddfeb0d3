"""More general rules of the eleventh round (the texts here are written for these tests).

Stance: "working on it" is a yes; "that's all I'm allowed to say", "I was told to say nothing" and
"nothing to tell you" are no answer, while "(there's) nothing to tell" says nothing is going on; the
advice "don't hold your breath" is a no, the speaker's own "I'm not holding my breath" a wait (like
"not getting my hopes up"); "my money's on …", "I'd bet my
house on it" and "I'd pay good money to see that" are a yes, and so is a third person's "she'd be
filming it tomorrow"; "if you ask me" is a way of speaking, not a condition. Reported speech: "was /
were" before an -ing form is read as the present ("said the heroes were coming together"). Speakers:
a description that fits several watchlist people, none named before it, stands for the one named
next, in its paragraph or the next; words quoted inside a fan account's post are nobody's statement.
"""

from __future__ import annotations

import pytest

from monitor.understand import reporting
from monitor.understand.stance import stance_of
from tests.understand_fixtures import who

# ------------------------------------------------------------------ stance cues


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Working on it, honestly.", "positive"),
        ("Nope, not working on it.", "negative"),
        ("She's a great scene partner (that's all I'm allowed to say).", "uncertain"),
        ("Honestly, I was told to say nothing.", "uncertain"),
        ("We've been told to keep our mouths shut.", "uncertain"),
        ("Look, there's nothing to tell.", "negative"),
        ("Nothing to tell, sorry.", "negative"),
        ("I've got nothing to tell you today.", "uncertain"),
        ("Don't hold your breath.", "negative"),
        ("Fans shouldn't hold their breath.", "negative"),
        ("We're not holding our breath.", "uncertain"),
        ("My money's on a full team-up next summer.", "positive"),
        ("My money's on them never coming back.", "negative"),
        ("I'd bet my house on it.", "positive"),
        ("I'd pay good money to see that.", "positive"),
        ("Audiences would pay to watch those four again.", "positive"),
        ("She'd be filming it tomorrow.", "positive"),
        ("They'd be shooting the thing tomorrow.", "positive"),
    ],
)
def test_idioms_take_the_stance_a_reader_gives_them(text: str, stance: str) -> None:
    assert stance_of(text) == stance


def test_if_you_ask_me_is_no_condition() -> None:
    # "if you ask me" is a way of speaking: the rest of the sentence holds no cue
    assert stance_of("If you ask me, the fans deserve an answer.") is None
    # while a condition on being asked stays willingness
    assert stance_of("If they ask me, I'm there.") == "positive"
    assert stance_of("If you ask me to come back, I'm there.") == "positive"


# ------------------------------------------------------------------ reported speech, tense shifted back


def test_was_and_were_before_an_ing_form_are_read_as_the_present() -> None:
    def present(text: str) -> str:
        return reporting.BACKSHIFTED.sub(reporting.unshift, text)

    assert present("the heroes were coming together") == "the heroes are coming together"
    assert present('the studio was "developing something"') == 'the studio is "developing something"'
    assert present("she would return") == "she will return"
    # a noun in -ing is no tense: "there was something", "it was during the panel"
    assert present("there was something in it") == "there was something in it"
    assert present("it was during the panel") == "it was during the panel"


def test_a_reported_progressive_claim_takes_the_present_stance() -> None:
    text = (
        "Jeph Loeb spoke at a fan convention in Ohio on Saturday about his years running Marvel's "
        "television shows.\n\n"
        "Loeb said that the Defenders were coming together for one more outing."
    )
    assert who(text) == [("Jeph Loeb", "positive")]


# ------------------------------------------------------------------ a description before the name


def test_a_description_fitting_several_goes_to_the_one_named_next() -> None:
    # "the actor" fits Cox, Colter and Jones on the test watchlist; none is named before it
    text = (
        "A Defenders reunion is in development for next year, the actor said on Tuesday.\n\n"
        "\u201cI have read some pages,\u201d Mike Colter said at the premiere of his new film."
    )
    assert who(text) == [("Mike Colter", "positive")]


def test_a_name_two_paragraphs_on_does_not_own_the_description() -> None:
    text = (
        "A Defenders reunion is in development for next year, the actor said on Tuesday.\n\n"
        "The premiere ran late and the rain held off.\n\n"
        "Mike Colter signed autographs for an hour."
    )
    assert ("Mike Colter", "positive") not in who(text)


# ------------------------------------------------------------------ quotes inside a fan's post


def test_words_quoted_in_a_fan_accounts_post_are_nobodys() -> None:
    text = (
        "Finn Jones answered one fan about the Defenders under his latest photo.\n\n"
        "@finnjonesofficial: Working on it. Promise.\n\n"
        "@ironfistdaily: \u201cthat's all I'm allowed to say\u201d is the new Finn catchphrase"
    )
    assert who(text) == [("Finn Jones", "positive")]
