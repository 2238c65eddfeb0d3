"""Nineteenth round: stance rules (invented sentences)."""

from monitor.understand.stance import stance_of


def test_not_ruling_anybody_out_is_doubt() -> None:
    assert stance_of("Next year is another beast. I won't rule anybody out.") == "uncertain"
    assert stance_of("We wouldn't rule any of them out at this point.") == "uncertain"


def test_kept_in_the_dark_is_doubt() -> None:
    # a hope, then no news: the speaker does not know
    assert stance_of("I'd like to think the crew rides again, but I honestly don't get told anything.") == (
        "uncertain"
    )
    assert stance_of("Is Vera coming? No one tells the actors anything. I'm always the last to know.") == (
        "uncertain"
    )
    assert stance_of("That's news to me, somebody ring my manager.") == "uncertain"
    # asking on regardless keeps the wish
    assert stance_of("I'd adore that. No one tells me anything, but I keep asking.") == "positive"


def test_a_shrug_both_ways_is_doubt() -> None:
    text = "I'm relaxed about Tobias. If the call comes, lovely. If not, that's fine."
    assert stance_of(text) == "uncertain"
    assert stance_of("I've moved on in a good way. If Vera comes back, brilliant.") == "uncertain"


def test_company_coming_is_a_yes() -> None:
    assert stance_of("I can't say much, but Vera is going to have company.") == "positive"


def test_a_thing_named_not_pretended_absent_is_a_yes() -> None:
    assert stance_of("Tobias is back, and I won't pretend those meetings aren't happening.") == "positive"


def test_the_end_of_the_road_is_an_end() -> None:
    assert stance_of("I think this is the end of the road for the Harbour crew.") == "negative"
    assert stance_of("We had a lovely run, and I'm ready to let it rest.") == "negative"
    # denied, a yes
    assert stance_of("Trust me, this isn't the end of the road for them.") == "positive"


def test_the_happiest_man_is_a_yes() -> None:
    assert stance_of("Honestly? I'd be the happiest woman in Leeds.") == "positive"


def test_answers_put_off_or_refused_are_doubt() -> None:
    assert stance_of("Ask me once somebody calls. I'm a one-day-at-a-time person.") == "uncertain"
    assert stance_of("Tobias and Vera? I've learned not to answer that.") == "uncertain"
    assert stance_of("I'd be lying if I told you the door was closed.") == "uncertain"
