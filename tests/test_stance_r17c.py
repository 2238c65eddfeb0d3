"""Seventeenth round, third wave: stance rules (invented sentences)."""

from monitor.understand.stance import assess_stance, stance_of


def test_mock_yes_before_right_after_is_a_no() -> None:
    assert stance_of("A revival? Oh, sure. Right after the moon turns to cheese.") == "negative"
    assert stance_of("Absolutely. Just after my cat learns to drive.") == "negative"


def test_yes_before_a_real_right_after_phrase_is_no_mock() -> None:
    # a "right after" with more to its sentence is a time, not a mock
    assert stance_of("Sure. Right after the finale, we sat down and planned it.") != "negative"


def test_which_of_them_left_open_is_doubt() -> None:
    text = (
        "Those heroes have fans everywhere, and you should expect to see more of them. "
        "In what combination, I'll leave to the producers."
    )
    assert stance_of(text) == "uncertain"


def test_refusal_to_talk_about_another_teams_work_weighs_nothing() -> None:
    result = assess_stance("I'm not going to talk about another studio's show.")
    assert result.stance is None


def test_refusal_to_talk_about_the_question_is_doubt() -> None:
    assert stance_of("We're not going to discuss the team-up today.") == "uncertain"


def test_a_no_denied_in_the_present_is_a_yes() -> None:
    assert (
        stance_of("I'm not saying no to anything right now, and I'm not saying no to Harlem.") == "positive"
    )
    assert stance_of("Honestly, she wasn't saying no to it.") == "positive"
