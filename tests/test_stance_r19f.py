"""Nineteenth round, second wave: answers to "will it happen" with no yes or no (invented sentences)."""

from monitor.understand.stance import stance_of


def test_who_plays_them_if_they_return_is_a_yes() -> None:
    assert (
        stance_of("If the Sentinel ever comes back, it's going to be Maya Ortiz in the mask.") == "positive"
    )
    assert stance_of("If Tobias returns, Vera returns. Simple as that.") == "positive"
    assert (
        stance_of("If you were to see the Sentinel again, yes, Maya Ortiz would be the actor.") == "positive"
    )
    # what follows the condition is no name: no yes of its own
    assert stance_of("If the show returns, it'll be without me.") != "positive"


def test_the_rest_wanted_or_anger_promised_is_a_yes() -> None:
    assert stance_of("Tobias got his film back. Now we want the whole gang.") == "positive"
    assert stance_of("Two of them are back. I'm greedy. I want the rest.") == "positive"
    assert stance_of("If they don't put the trio on screen by 2030, I'll be livid.") == "positive"


def test_a_place_or_a_future_for_the_character_is_a_yes() -> None:
    assert stance_of("Vera is home at the studio now, and she's staying.") == "positive"
    assert stance_of("I watch from the sofa these days, but I cheer. Tobias has more to say.") == "positive"
    assert stance_of("Honestly, I think there's more story there.") == "positive"


def test_a_hint_left_to_the_listener_is_a_yes() -> None:
    assert stance_of("We mention Vera in the writers' room a lot. Make of that what you will.") == "positive"
    assert stance_of("I had lunch with the producers last week. Draw your own conclusions.") == "positive"


def test_open_to_it_no_more_is_doubt() -> None:
    assert stance_of("I'd listen to them out. I'm not precious about it.") == "uncertain"
    assert stance_of("If the studio rings, I'd hear them out.") == "uncertain"


def test_the_line_kept_open_is_a_yes() -> None:
    assert stance_of("Tell them my phone's always on.") == "positive"


def test_a_goodbye_said_is_an_end() -> None:
    assert stance_of("We said our goodbye to Vera in the finale. I don't need more.") == "negative"
    assert stance_of("I think that's the farewell, and I'm at peace with it.") == "negative"


def test_one_season_for_one_hero_is_a_no() -> None:
    assert stance_of("Next season is Tobias's story. The others sit it out.") == "negative"
    assert stance_of("The crew will have to wait their turn.") == "negative"
    assert stance_of("A team-up isn't something we're doing this season.") == "negative"


def test_moving_on_from_a_kind_of_thing_is_no_end() -> None:
    assert stance_of("I've moved on from watercolours. I do charcoal now.") is None
    # a role or a show is still an end
    assert stance_of("I've moved on from Vera.") == "negative"
    assert stance_of("Honestly, I've moved on from the show.") == "negative"
