"""The general rules of the tenth round (the texts here are written for these tests). Stance: "not
going to rule it out" is no answer, a denied unwillingness ("it's not that we don't want to") is a
yes, a yes/no question asserts nothing until the next words answer it, doubt about the details only
weighs less than a yes, eagerness said with a negator ("wouldn't hesitate") is a yes, a refusal to
give details is no answer, somebody else's "can't say" is no refusal of the speaker's, and
optimism or "I'd … tomorrow" is a yes. Extraction: a follow-up question in a printed interview keeps
the next answer on the story only when it points back or asks yes or no about nothing new, a named
apposition closing an opening clause is not the speaker, and a reported claim must be about the
story in its own words."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of
from tests.understand_fixtures import statements, who

# ------------------------------------------------------------------ stance: not ruling it out


@pytest.mark.parametrize(
    "text",
    [
        "Look, we're not going to rule it out.",
        "I'm not gonna rule anything out at this stage.",
        "The studio won't be ruling it out any time soon.",
        "Nobody at Marvel is going to rule them out, and I'm not going to rule it out either.",
    ],
)
def test_not_going_to_rule_it_out_is_no_answer(text: str) -> None:
    assert stance_of(text) == "uncertain"


# ------------------------------------------------------------------ stance: a denied unwillingness


@pytest.mark.parametrize(
    "text",
    [
        "It's not that we don't want to make it.",
        "It's not that I don't want to go back to Hell's Kitchen, it's the calendar.",
        "Honestly, it's not that they didn't love doing it.",
    ],
)
def test_a_denied_unwillingness_is_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


def test_an_unwillingness_that_is_not_denied_stays_a_no() -> None:
    assert stance_of("It's that we don't want to do it.") == "negative"


# ------------------------------------------------------------------ stance: yes/no questions


@pytest.mark.parametrize(
    "text",
    [
        "Will it happen? Go and ask the studio.",
        "Would I love to come back? You would have to ask Marvel.",
        "Will they come back to the show? Let's see what the fans say.",
    ],
)
def test_an_open_question_says_nothing(text: str) -> None:
    assert stance_of(text) is None


def test_what_follows_an_open_question_still_counts() -> None:
    # the question drops out, the doubt after it is the answer
    assert stance_of("Will it happen? Ask the studio. I really have no idea.") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "Will it happen? Sure.",
        "Will they come back? Well, yes.",
        "Would I love to come back? God, yes.",
        "But would I love to go back? Hell, yes.",
        "Do I want to come back? Of course.",
    ],
)
def test_a_question_answered_yes_counts_as_asked(text: str) -> None:
    assert stance_of(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Will they come back? No.",
        "Will they come back? Nope.",
        "Would I love to come back? Nope, not at this point in my life.",
        "Do I want to come back? Not really.",
    ],
)
def test_a_question_answered_no_is_turned_round(text: str) -> None:
    assert stance_of(text) == "negative"


def test_a_no_to_a_negative_question_is_a_yes() -> None:
    assert stance_of("Is it dead in the water? No.") == "positive"
    assert stance_of("Is it dead in the water? Yes.") == "negative"


def test_a_no_does_not_turn_doubt_round() -> None:
    assert assess_stance("Is it unclear? No.").stance != "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't it be great?",
        "Wouldn't it be great to see all four of them together again? Ask the studio.",
    ],
)
def test_a_negative_question_is_an_assertion(text: str) -> None:
    assert stance_of(text) == "positive"


def test_a_question_after_a_comma_where_quoted_parts_were_joined_is_a_question() -> None:
    # "…a great run," he said, "Would I love …?" joined into one text
    assert stance_of("We had a great run, Would I love to come back? Ask the studio.") is None
    assert stance_of("We had a great run, Would I love to come back? Sure.") == "positive"


@pytest.mark.parametrize("answer", ["Absolutely not.", "Of course not."])
def test_an_emphatic_no_turns_the_question_round(answer: str) -> None:
    assert stance_of(f"Will they come back? {answer}") == "negative"


# ------------------------------------------------------------------ stance: doubt about details only


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to do it. I don't know when.",
        "I'm optimistic. I just don't know when.",
        "I'd love to go back. I don't know whose show it would be.",
        "I'm hopeful. I don't know where.",
        "I'd love to do it. I just don't know in what form.",
        "I'd love to do it. I don't know which show.",
    ],
)
def test_doubt_about_the_details_weighs_less_than_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "I don't know when.",
        "I don't know whose show it would be.",
        "I really don't know in what form.",
    ],
)
def test_doubt_about_the_details_alone_is_still_doubt(text: str) -> None:
    assert stance_of(text) == "uncertain"


def test_doubt_about_whether_still_outweighs_a_yes() -> None:
    assert stance_of("I'd love to do it. I don't know if it will happen.") == "uncertain"


# ------------------------------------------------------------------ stance: eagerness with a negator


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't hesitate.",
        "If they asked, I wouldn't think twice.",
        "I wouldn't even ask who else was in it.",
        "I wouldn't miss it.",
        "Me? I wouldn't need to think about it.",
    ],
)
def test_eagerness_with_a_negator_is_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


def test_a_plain_refusal_is_still_a_no() -> None:
    assert stance_of("I wouldn't go back.") == "negative"


# ------------------------------------------------------------------ stance: refusals and other people's words


@pytest.mark.parametrize(
    "text",
    [
        "I won't give you a timeline.",
        "I can't give away anything about it.",
        "We won't give out any details.",
    ],
)
def test_refusing_details_is_no_answer(text: str) -> None:
    assert stance_of(text) == "uncertain"


def test_someone_elses_cant_say_is_no_refusal_of_the_speakers() -> None:
    text = "I'll keep pushing for it so they can't say I didn't try."
    result = assess_stance(text)
    assert result.stance == "positive"
    assert result.scores["uncertain"] == 0.0


def test_the_speakers_own_cant_say_is_still_a_refusal() -> None:
    assert stance_of("I'd love it, but I can't say.") == "uncertain"


# ------------------------------------------------------------------ stance: optimism, "I'd … tomorrow"


@pytest.mark.parametrize(
    "text",
    [
        "I'm more optimistic now than I was a year ago.",
        "Let's say I'm cautiously optimistic.",
        "I'm very hopeful.",
        "I'm optimistic.",
        "I'm more excited than ever.",
        "We'd be shooting it tomorrow.",
        "I'd fly out tomorrow.",
        "Honestly, I'd start tomorrow.",
    ],
)
def test_optimism_and_tomorrow_are_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


@pytest.mark.parametrize("text", ["I'm not optimistic.", "I'm not very hopeful about it."])
def test_negated_optimism_is_a_no(text: str) -> None:
    assert stance_of(text) == "negative"


def test_tomorrow_without_a_speaker_is_no_cue() -> None:
    assert stance_of("The studio will decide tomorrow.") is None


# ------------------------------------------------------------------ extraction: follow-up questions

INTRO = (
    "Mike Colter sat down with the Corner Booth podcast to talk about his new legal drama, boxing and "
    "the Defenders. An edited transcript follows."
)
OPENING = (
    f"{INTRO}\n\nTess Marlow: Would the Defenders ever reunite on screen?\n\n"
    "Mike Colter: I'd love it. I'd be there in a heartbeat if they called."
)


@pytest.mark.parametrize(
    "question",
    ["And what comes next for you?", "How did the boxing training go?", "Are you worried about your knees?"],
)
def test_a_follow_up_on_something_new_ends_the_exchange(question: str) -> None:
    text = (
        f"{OPENING}\n\nTess Marlow: {question}\n\n"
        "Mike Colter: I'd love to do more theatre after the boxing film. I'm very excited."
    )
    assert who(text) == [("Mike Colter", "positive")]


@pytest.mark.parametrize(
    "question",
    ["Would you sign up yourself?", "Could you see yourself doing that?", "Do you still get asked about it?"],
)
def test_a_follow_up_that_asks_yes_or_no_or_points_back_goes_on(question: str) -> None:
    text = (
        f"{OPENING}\n\nTess Marlow: {question}\n\n"
        "Mike Colter: Absolutely, I'd sign up tomorrow. I'm very excited about the idea."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", "positive")] * 2
    assert found[1].text.startswith("Absolutely, I'd sign up tomorrow")


# ------------------------------------------------------------------ extraction: a named apposition


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "Talking to the Evening Courier ahead of the opening of his new play, Salt Harbour, Colter was "
            "candid about the Defenders: \u201cI'd go back tomorrow. I miss those guys.\u201d",
            "Mike Colter",
            "positive",
        ),
        (
            "Chatting with a radio host before the premiere of her new film, Quiet Rooms, Ritter was blunt "
            "about a Defenders reunion: \u201cNobody has called me. I think that ship has sailed.\u201d",
            "Krysten Ritter",
            "negative",
        ),
    ],
)
def test_a_named_apposition_closing_an_opening_clause_is_not_the_speaker(
    text: str, speaker: str, stance: str
) -> None:
    assert who(text) == [(speaker, stance)]


def test_a_subject_with_an_age_after_an_opening_clause_is_still_the_speaker() -> None:
    text = (
        "Speaking to reporters after the premiere, Colter, 48, was candid about the Defenders: "
        "\u201cI'd go back tomorrow. I miss those guys.\u201d"
    )
    assert who(text) == [("Mike Colter", "positive")]


def test_a_subject_followed_by_a_possessive_appositive_is_still_the_speaker() -> None:
    text = (
        "Speaking on the red carpet in London, Ritter, Colter's former co-star, was blunt about the "
        "Defenders: \u201cNobody has called me. I think that ship has sailed.\u201d"
    )
    assert who(text) == [("Krysten Ritter", "negative")]


# ------------------------------------------------------------------ extraction: reported claims

REUNION_PARAGRAPH = "Fans have campaigned for a Defenders reunion ever since the show ended."


@pytest.mark.parametrize(
    "claim",
    [
        "Ritter said she hopes to direct an episode of television next year.",
        "Colter said he hopes to write a novel next year.",
        "Colter said he would jump at the chance to write a novel.",
    ],
)
def test_a_reported_claim_about_something_else_is_no_statement(claim: str) -> None:
    assert statements(f"{REUNION_PARAGRAPH}\n\n{claim}") == []


@pytest.mark.parametrize(
    ("claim", "stance", "words"),
    [
        (
            "Colter said he would jump at the chance to get back in the suit.",
            "positive",
            "he would jump at the chance to get back in",
        ),
        ("Colter said he would love to do it.", "positive", "he would love to do it"),
        (
            "Colter said a cameo appearance would depend on his filming dates.",
            "uncertain",
            "a cameo appearance",
        ),
        ("Colter said he would love to reprise the role.", "positive", "he would love to reprise the role"),
        (
            "Colter said he hopes the Defenders reunite next year.",
            "positive",
            "he hopes the Defenders reunite",
        ),
    ],
)
def test_a_reported_claim_about_the_story_in_its_own_words_is_a_statement(
    claim: str, stance: str, words: str
) -> None:
    found = statements(f"{REUNION_PARAGRAPH}\n\n{claim}")
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", stance)]
    assert found[0].text.startswith(words)
