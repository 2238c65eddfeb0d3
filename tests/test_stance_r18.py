"""Eighteenth round: stance rules (invented sentences)."""

from monitor.understand.stance import assess_stance, stance_of


def test_a_no_denied_twice_is_a_yes() -> None:
    assert stance_of("If the ratings hold, I can't see why they wouldn't film another run.") == "positive"
    assert stance_of("There's no reason the three of them can't share a stage again.") == "positive"


def test_a_shelf_for_good_denied_is_a_yes() -> None:
    assert stance_of("The crew isn't going to stay in storage forever.") == "positive"
    assert stance_of("Maybe. Those heroes aren't going to gather dust forever.") == "positive"


def test_not_the_last_is_more_to_come() -> None:
    assert stance_of("Okonkwo is on the call sheet, and he won't be the last old ally you meet.") == (
        "positive"
    )
    # (control) the last one, said plainly, is still an end
    assert stance_of("She'll be the last one through that door.") == "negative"


def test_an_end_refused_is_a_yes() -> None:
    assert stance_of("I'm crushed, but I refuse to believe we've seen the last of Vera Lund.") == ("positive")
    assert stance_of("Trust me, you haven't seen the last of the Harbour crew.") == "positive"


def test_one_named_played_out_is_an_end() -> None:
    assert stance_of("Truthfully? I think Tobias's done.") == "negative"
    assert stance_of("She's finished, and everybody knows it.") == "negative"
    # (control) what somebody has done is no end
    assert stance_of("Tobias's done a lot of press this month.") is None


def test_no_plans_had_is_a_no() -> None:
    assert stance_of("We don't have any plans at the moment for a sequel to the heist show.") == ("negative")


def test_old_friends_coming_is_a_yes() -> None:
    assert stance_of("Let's just say a few old friends are dropping in.") == "positive"


def test_who_it_may_be_left_open_is_doubt() -> None:
    assert stance_of("Familiar faces could mean anyone. It could be the bartender.") == "uncertain"
    assert stance_of("Faces you already know could mean anybody, honestly.") == "uncertain"


def test_hope_given_up_is_a_no() -> None:
    assert stance_of("Frankly, we gave up hoping years ago.") == "negative"
    assert stance_of("I stopped waiting by the phone.") == "negative"


def test_who_decides_passed_on_is_doubt() -> None:
    result = assess_stance("Glad for Tamsin. As for Rook, ask the studio, not me.")
    assert result.stance == "uncertain"
    assert stance_of("Ask Halvorsen, not me.") == "uncertain"


def test_a_beginning_is_a_yes() -> None:
    assert stance_of("Standing there, it felt like the beginning of something.") == "positive"
