"""Which interview answers are about the question, nineteenth round (the texts here are written for
these tests): a question that asks about a role put back on, the phone ringing or the call coming is
about a return; a question about the group as a whole ("all four of you") is about the story; and a
reply to an interviewer's remark (no question) does not end an exchange about the story."""

from __future__ import annotations

from tests.understand_fixtures import who

ROLE_BACK_ON = (
    "After the screening, Mike Colter sat down with the host of the festival's late show.\n\n"
    "HOST: Mike, {question}\n\n"
    "MIKE COLTER: It felt wonderful. I hope there is more.\n\n"
    "HOST: Thank you, Mike."
)


def test_a_question_about_putting_a_role_back_on_is_about_a_return() -> None:
    text = ROLE_BACK_ON.format(question="what was it like putting the old hoodie back on?")
    assert who(text) == [("Mike Colter", "positive")]


def test_a_question_about_the_phone_ringing_is_about_a_return() -> None:
    text = ROLE_BACK_ON.format(question="what will you say when the phone rings?")
    assert who(text) == [("Mike Colter", "positive")]


def test_a_question_about_something_else_is_still_not_about_the_story() -> None:
    text = ROLE_BACK_ON.format(question="what was it like shooting in the snow?")
    assert who(text) == []


GROUP = (
    "Partial transcript of a radio interview with Finn Jones.\n\n"
    "HOST: {question}\n\n"
    "FINN JONES: I'd love that. It would be brilliant.\n\n"
    "HOST: Finn Jones, thank you."
)


def test_a_question_about_the_group_as_a_whole_is_about_the_story() -> None:
    text = GROUP.format(question="Do you think all four of you end up in a room one day?")
    assert who(text) == [("Finn Jones", "positive")]


def test_a_question_about_a_family_of_four_is_not_about_the_story() -> None:
    text = GROUP.format(question="Do you think your kids will take up acting one day?")
    assert who(text) == []


REMARK = (
    "Partial transcript of a podcast with Krysten Ritter.\n\n"
    "HOST: Okay, the big one. Would Jessica Jones come back one more time?\n\n"
    "KRYSTEN RITTER: I have no idea. Nobody tells me anything.\n\n"
    "HOST: {remark}\n\n"
    "KRYSTEN RITTER: (laughs) Sure you wouldn't.\n\n"
    "HOST: But would you want it?\n\n"
    "KRYSTEN RITTER: Of course. I'd be there in a heartbeat.\n\n"
    "HOST: Krysten Ritter, thank you."
)


def test_a_reply_to_a_remark_does_not_end_the_exchange() -> None:
    found = who(REMARK.format(remark="Ha. We would never."))
    assert ("Krysten Ritter", "positive") in found


def test_a_new_question_between_them_still_changes_the_subject() -> None:
    found = who(REMARK.format(remark="How is the dog?"))
    assert ("Krysten Ritter", "positive") not in found


def test_what_is_next_for_the_speaker_is_a_new_subject_even_after_the_story() -> None:
    text = REMARK.format(remark="Ha. We would never.").replace(
        "HOST: Krysten Ritter, thank you.",
        "HOST: What's next for you after this?\n\nKRYSTEN RITTER: A long holiday, I hope. I love the sea.",
    )
    assert who(text) == [("Krysten Ritter", "uncertain"), ("Krysten Ritter", "positive")]
