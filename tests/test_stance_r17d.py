"""Seventeenth round, fourth wave: stance rules (invented sentences)."""

from monitor.understand.stance import assess_stance, stance_of


def test_if_it_were_up_to_me_is_a_wish_not_a_condition() -> None:
    # the yes is not halved as a condition, so it outweighs the "not up to me" after it
    text = "If it were up to me, we'd be filming it tomorrow. It's not up to me."
    assert stance_of(text) == "positive"
    text = "If it was my call, we'd be filming it tomorrow, it's not my call."
    assert stance_of(text) == "positive"


def test_a_real_condition_still_halves_the_yes() -> None:
    # (control) a condition on the event keeps the yes weak against "not up to me"
    text = "If the studio agreed, we'd be filming it tomorrow. It's not up to me."
    assert stance_of(text) == "uncertain"


def test_dont_think_its_up_to_me_is_who_decides_not_a_no() -> None:
    result = assess_stance("I honestly don't think it's up to me.")
    assert result.stance == "uncertain"
    assert stance_of("I'd sign on tomorrow. I just don't think it's up to me.") != "negative"


def test_if_they_asked_is_willingness_like_if_they_called() -> None:
    result = assess_stance("If the producers asked, sure.")
    assert any(cue.startswith("if the producers asked") for cue in result.cues)
    # "if you asked me" is a way of speaking, no condition and no yes
    assert not any(
        cue.startswith("if you asked") for cue in assess_stance("If you asked me, it's over.").cues
    )


def test_a_door_named_and_open_is_a_door_open() -> None:
    assert stance_of("The door to the old precinct is open.") == "positive"


def test_doors_left_open_are_doubt_however_many() -> None:
    assert stance_of("We've left a couple of doors open in the harbour district.") == "uncertain"
    assert stance_of("Fine. We kept some doors open.") == "uncertain"


def test_doubt_about_how_many_is_no_doubt_about_whether() -> None:
    text = "I'm not sure whether it'll be all three, but I'd be stunned if Priya stays on her own."
    assert stance_of(text) == "positive"


def test_surprise_at_one_left_alone_is_a_yes() -> None:
    assert stance_of("I'd be shocked if Okafor remains solo much longer.") == "positive"
