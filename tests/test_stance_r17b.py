"""Round 17, second wave, stance rules (the texts here are written for these tests).

Cues for statements that had none: a goodbye, an end, a leaving out or a throwing away denied ("this
isn't goodbye", "that doesn't stop here", "they don't leave her in Boston", "you don't throw that
away"); "somebody's next"; surprise at an end ("I'd be surprised if that's the last time"); "give it
five years"; a door built open ("so the door was open", "the door was always open for"); a wish for the
group ("we want those heroes back", "wants another go") and the group in one room again ("putting them
in a room again"); a hint ("just saying"); "I'm home"; one story only ("Karen's story, full stop");
"it's done for me" and a project dead ("dead at the network"); under consideration ("weighing
whether": doubt, and what is weighed is not asserted; "weighing a revival": a yes); "ask me again
when"; "nothing's happening" is a no; "beyond me" is doubt; "the ship may have sailed" is a no.

Weak cues that fire on text that says nothing of what comes: "could" of the past ("could have
happened", "could feel", a "could" in a scene of the past), an estimate after "maybe" ("maybe twelve
times", "maybe too much"), "Don't tell my agent", "happy to be here", the life of people ("the most
alive I feel"), "wouldn't let me pay", "not going to waste it", "want to be the guy who", a past fact
not denied with its predicate left out ("I won't pretend it wasn't"), "a plot nobody asked for",
"had never done anything like it", "I didn't know how much I missed it"."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # denied endings and leavings are a yes
        ("It's not goodbye for the three of us, not for good.", "positive"),
        ("The party was lovely. Nobody should read this as a farewell.", None),
        ("These three keep circling back to each other, and that won't end here.", "positive"),
        ("I won't stop asking the studio about it.", "positive"),
        ("Trust me, they don't leave Colleen in Tokyo.", "positive"),
        ("You don't leave a hero like that on the shelf.", "positive"),
        ("You don't find a trio like that and throw it away.", "positive"),
        ("Is the show finished? It's not dead.", "positive"),
        # more to come, and surprise at an end
        ("Everyone on the crew keeps guessing, because someone's next.", "positive"),
        ("I'd be shocked if that rooftop was the last time the trio fought together.", "positive"),
        ("Give it three years and they'll share a rooftop again.", "positive"),
        # a door built open for more
        ("We wrote the finale so that the door was always open for a fourth season.", "positive"),
        ("We built the ending so the door stayed open.", "positive"),
        ("The door has always been open for another run, that's all I'll say about the writing.", "positive"),
        # a wish for the group, and the group in one room again
        ("The studio wants the old heroes back together on screen.", "positive"),
        ("Honestly, we all want another go at it.", "positive"),
        ("Getting those three in the same shot again would be a gift.", "positive"),
        ("Face it, they are never putting that trio in a room together again.", "negative"),
        # a hint; home again
        ("Colleen's sword is still in my garage. Just saying.", "positive"),
        ("Chinatown, I'm home.", "positive"),
        # one story only
        ("The new season is Karen's story, full stop.", "negative"),
        ("Next year is purely about Karen's story.", "negative"),
        # an end
        ("Everyone keeps asking. I'm telling you it's done for me.", "negative"),
        ("According to two people close to it, the spin-off is dead at Starline.", "negative"),
        ("A sequel? Honestly, it's dead.", "negative"),
        # under consideration
        ("The studio is weighing whether to bring the trio back.", "uncertain"),
        ("The network is considering a reunion special for the autumn.", "positive"),
        # a deferral, a no, doubt
        ("Ask me again once the first season is out.", "uncertain"),
        ("Ha. Ask me again.", "uncertain"),
        ("I told my brother no, nothing's happening.", "negative"),
        ("Whether the trio ever shares a scene again is frankly beyond me.", "uncertain"),
        ("I think that ship may have sailed for the three of us.", "negative"),
    ],
)
def test_second_wave_cues(text: str, expected: str | None) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "could" of the past and of the senses is no modal of what may come
        "That's the best thing that could have happened to the character.",
        "On that roof nobody could feel their fingers.",
        "By the fourth take nobody could hold a sword straight.",
        "We filmed on that pier for a week and you could smell the fish from the trailers.",
        "Back then you could walk from one set to the next without going outside.",
        # an estimate after "maybe"
        "We reshot the ending maybe twelve times.",
        "Maybe too much coffee, honestly.",
        # asides
        "Worth every bruise. Don't tell my agent.",
        "So happy to be here.",
        "Honestly, it's the most alive I feel all year.",
        "I feel so alive on a stage.",
        "The stunt team kept all of us alive for three seasons.",
        "The security guard wouldn't let me keep the mask.",
        "I finally got the mic at a con this size, and I'm not going to waste it.",
        "I didn't want to be the guy who spoils the finale.",
        "It was a rough year. I'm not going to pretend it wasn't.",
        "The second half drags under a romance nobody asked for.",
        "They made a series that had never done anything like it on that channel.",
        "I didn't know how much I missed that set until I walked back on it.",
        "I didn't know what to do with the prop, so I kept it.",
    ],
)
def test_weak_cues_take_no_stance(text: str) -> None:
    assert stance_of(text) is None


def test_could_of_possibility_stays_doubt() -> None:
    # a "could" about what may come, or governed by a verb of thought or a condition, stays doubt
    assert stance_of("The trio could turn up in the third season.") == "uncertain"
    assert stance_of("Back then I always thought we could do another one.") == "uncertain"
    assert stance_of("If we had the time last year, we could have a scene together now.") == "uncertain"


def test_estimate_keeps_maybe_of_whether() -> None:
    assert stance_of("Maybe one day they come back.") == "uncertain"
    assert stance_of("Maybe. Ask me next spring.") == "uncertain"


def test_denied_present_no_stays_yes() -> None:
    # only a past fact, its predicate left out, is no stance; a present one is a denied "no"
    assert stance_of("I'm not going to pretend it doesn't.") == "positive"
    assert stance_of("I can't say we didn't talk about a reunion.") == "positive"


def test_not_just_saying_is_no_hint() -> None:
    # "I'm not just saying that" is no hint of a yes; the doubt before it stands
    assert stance_of("I really don't know, and I'm not just saying that to be polite.") == "uncertain"


def test_weighing_whether_is_not_asserted() -> None:
    result = assess_stance("The network is weighing whether the three will be back next year.")
    assert result.stance == "uncertain"
    assert "positive" not in " ".join(result.cues)


def test_another_refusal_still_negates_what_it_refuses() -> None:
    # "wouldn't let us" weighs nothing, but what it does not let is still denied
    assert stance_of("The network wouldn't let us bring them back.") == "negative"


def test_a_person_dead_is_no_end() -> None:
    # a character's death in the story is no end of a project
    assert stance_of("In the second episode everyone thinks he is dead.") is None
