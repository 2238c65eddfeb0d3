"""Round 16 stance cues for statements that had none (the texts here are written for these tests):
eagerness ("I'd paint it tomorrow", "want it badly", "Desperately."), being in ("Priya's in"),
permanence against an ending ("isn't going anywhere", "nobody is ever really gone", "farewells are
never final"; "rarely final" is doubt), waiting for the call and readiness for it, growth and
nearness ("only going to grow", "halfway there", "getting there"), insiders' claims ("not a cameo",
"actively developing", "fitted for the suit", "I stand by what I heard"), fans' asks ("they owe us",
"I'll take one scene", "somebody should make it", "bring them on"), and doubt in a shrug ("if it
happens, great", "your guess is as good as mine", "stopping short of promising", "one season at a
time", "let's see where it goes"). Each is kept narrow: the decoys below take no stance."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eagerness: any verb with "tomorrow" ending the phrase, a want stressed, a one-word answer
        ("I'd direct it tomorrow, no questions.", "positive"),
        ("Honestly? We want it so badly.", "positive"),
        ("So yes, we'd want it.", "positive"),
        ("Desperately. I think about it every week.", "positive"),
        ("The producers would have to drag me off the lot.", "positive"),
        ("Give me one rooftop fight with the old crew and I'd die happy.", "positive"),
        ("Always ready. Tell the others to stretch.", "positive"),
        ("Still boxing every morning. In case Matt gets the call.", "positive"),
        ("We'd all do it.", "positive"),
        # being in: a name (or he/she) "in", ending its phrase
        ("Priya's in, Omar's in, and the rest will follow.", "positive"),
        # the rest bet on
        ("I'd stake my house on the last two.", "positive"),
        # permanence against an ending
        ("Trish isn't going anywhere.", "positive"),
        ("Out here, no one is ever truly gone.", "positive"),
        ("Heroes like that don't just vanish.", "positive"),
        ("These characters live on in the comics and the fans.", "positive"),
        ("You can count on seeing the hallway gang again.", "positive"),
        ("Farewells are never final in comics.", "positive"),
        ("I said farewell to the role. But in comics, farewells are seldom final.", "uncertain"),
        # waiting for the call is doubt
        ("I'm still waiting for that phone call.", "uncertain"),
        # growth, nearness and appetite
        ("This corner of the universe is only going to grow.", "positive"),
        ("Next year you'll recognise a few old faces.", "positive"),
        ("There are faces fans already know in the new batch.", "positive"),
        ("Two of them are signed. We're halfway there.", "positive"),
        ("I think we're getting closer.", "positive"),
        ("There's real appetite for it upstairs.", "positive"),
        ("Colleen's story is unfinished.", "positive"),
        ("Give Colleen the ending she deserves.", "positive"),
        ("We picked up right where we left off.", "positive"),
        ("The odds of a team-up have improved.", "positive"),
        ("This season is going to make fans very happy.", "positive"),
        ("Nobody's given up on the idea.", "positive"),
        ("A reunion? Inevitable.", "positive"),
        ("The script is ready.", "positive"),
        # insiders' claims
        ("Trust me, it isn't just a cameo.", "positive"),
        ("Quietly exploring a return for the cast, per two insiders.", "positive"),
        ("The studio pitched a four-part revival last spring.", "positive"),
        ("The actor has been fitted for the costume.", "positive"),
        ("She shared scenes with the lead actor in the finale.", "positive"),
        ("I stand by my sources.", "positive"),
        # not even raised
        ("He says he has never set foot on the new set.", "negative"),
        ("A return is not something anyone has discussed with me.", "negative"),
        # peace with the idea of an end
        ("I've made my peace with the idea that it stays in the past.", "negative"),
        # a bet against
        ("I'd put good money against it.", "negative"),
        # fans' asks and demands
        ("The studio owes the fans one proper finale.", "positive"),
        ("I'll take one scene. I'll take five minutes.", "positive"),
        ("That's the only ask.", "positive"),
        ("All we're asking for is one night with the four of them.", "positive"),
        ("Somebody needs to make this.", "positive"),
        ("The suit is pressed. Someone just has to call.", "positive"),
        ("Seriously, call me!", "positive"),
        ("The villain would flatten them. Bring 'em on.", "positive"),
        ("Put that on screen already.", "positive"),
        ("I'll keep pushing until they're on screen together.", "positive"),
        ("Give the four of them one more season.", "positive"),
        ("Colleen and I have a whole pitch for it.", "positive"),
        # doubt: a shrug both ways, no idea, as much as will be said, a promise held back
        ("I've moved on, mostly. If it happens, great.", "uncertain"),
        ("If that's a crossover, fantastic.", "uncertain"),
        ("After that? Your guess is as good as mine.", "uncertain"),
        ("Trish is not in the premiere, I can tell you that much.", "uncertain"),
        ("The director praised the cast while stopping short of promising anything.", "uncertain"),
        ("I've learnt not to predict these things.", "uncertain"),
        # (a lesson of caution after a wish hedges it, no more)
        ("I'd love to go back. But I've learned never to promise anything.", "positive"),
        ("Honestly, I've heard nothing.", "uncertain"),
        ("We're taking it one season at a time.", "uncertain"),
        ("We've left the door open.", "uncertain"),
        ("The finale opens a lot of doors.", "uncertain"),
        ("Let's see if the first one lands.", "uncertain"),
        ("Let's begin with Matt and see where it leads.", "uncertain"),
        # and a wish before "let's see what happens" stays a wish
        ("Put us in a studio together and let's see what happens.", "positive"),
        # cues extended: "that's all I'll promise", "above his pay grade", "I want all three", "I'm in
        # for the next one"
        ("I'd read it. That's all I'll promise.", "uncertain"),
        ("The showrunner said the casting was above his pay grade.", "uncertain"),
        ("I want all four.", "positive"),
        ("I'm in for the next one, whenever it is.", "positive"),
    ],
)
def test_round16_cues(text: str, expected: str) -> None:
    assert stance_of(text) == expected, assess_stance(text)


@pytest.mark.parametrize(
    "text",
    [
        # decoys: the words of a cue, not the cue
        "It's in the script.",
        "Matt's in trouble again this week.",
        "I'm in a trailer in Queens.",
        "The fight ended badly.",
        "I needed the money desperately back then.",
        "We shot on streets people actually live on.",
        "He made his peace with the diner scene.",
        "It felt like no time had passed.",
        "I'd rather talk about it tomorrow.",
        "The network is the inevitable winner of the night.",
        "I want it done right.",
    ],
)
def test_round16_decoys_take_no_stance(text: str) -> None:
    assert stance_of(text) is None, assess_stance(text)
