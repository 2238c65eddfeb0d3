"""Stance cue tables: invented sentences, each with the stance its cue gives (positive, negative,
uncertain or none) (monitor.understand.stance.cues). Rounds 3-20."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I don't think we are doing it again.", "negative"),
        ("You never know.", "uncertain"),
        ("It's not in the plans right now, but you never know!", "uncertain"),  # documented decision
        ("If they want to do a Defenders 2, I'm in.", "positive"),
        ("I'd love to come back.", "positive"),
        ("I don't want to come back.", "negative"),
        ("Season 2 will not include a reunion.", "negative"),
        ("We are not bringing the Defenders back this season.", "negative"),
        ("I have no idea about Defenders.", "uncertain"),
        ("He did not know if a reunion was in the cards.", "uncertain"),
        ("I wouldn't rule it out.", "uncertain"),
        ("It's the role of my life, and I'm not done with it.", "positive"),
        ("Maybe. Can't say more than that.", "uncertain"),
        ("It's going to happen, maybe sooner than people think.", "positive"),
        ("There are no plans for a Defenders series.", "negative"),
        ("There are no current plans for a Defenders project.", "negative"),
        ("I'm not going to say never, but nobody has picked up the phone.", "uncertain"),
        ("Nobody from Marvel has called me.", "uncertain"),
        ("It's only the beginning.", "positive"),
        ("If Mike's back, then Jessica's coming too.", "positive"),
        ("The growth is coming from things we own.", None),
        ("They are very much in the mix, though nothing has been locked.", "uncertain"),
        ("Fans have not stopped campaigning for a Heroes for Hire series.", "positive"),
        ("Put me in the room with all four of them.", "positive"),
        # not telling is no answer, not a no
        ("It's alive at the studio. I won't say more than that.", "positive"),
        ("I can't tell you who's behind me.", "uncertain"),
        ("That chapter is behind me now.", "negative"),
        ("I put all that behind me.", "negative"),
        # doubt about when is weaker than doubt about whether
        ("I don't know when it will happen.", "positive"),
        ("I don't know if it will happen.", "uncertain"),
        ("Wouldn't it be cool to see them together again?", "positive"),
        (
            "I had a great time and I would even do it again. I don't think we are doing it again. "
            "It was never intentioned, but if I was given another opportunity, I would.",
            "negative",
        ),
    ],
)
def test_stance(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance


# ---------------------------------------------------------------------------------------- stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I don't think Luke Cage is coming back.", "negative"),
        ("He doesn't expect to play Danny Rand again.", "negative"),
        ("I think that ship has sailed.", "negative"),
        ("Netflix would be crazy not to put them back in a room together.", "positive"),
        ("I'd be shocked if we didn't see at least one more of them.", "positive"),
        (
            "Could Luke walk through that door one day? I'd love that. But I'm not making any promises.",
            "uncertain",
        ),
        ("No, I'd love to come back.", "positive"),
        ("Danny's story isn't finished, and I'd jump at the chance.", "positive"),
        ("Claire would absolutely come back.", "positive"),
        ("Krysten Ritter will reprise her role.", "positive"),
    ],
)
def test_stance_rules(text: str, stance: str) -> None:
    assert stance_of(text) == stance


# ---------------------------------------------------------------------------------------- stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We're not there yet, honestly.", "uncertain"),
        ("Not yet. Ask me again next year.", "uncertain"),
        ("It's something we talk about all the time.", "uncertain"),
        ("I wouldn't bet against it.", "positive"),
        ("I wouldn't bet on it.", "negative"),
        ("If the studio calls, I pick up the phone.", "positive"),
        ("I've learned to stop predicting these things.", "uncertain"),
        ("I won't speculate about that.", "uncertain"),
        ("Never is a long time in this business.", "uncertain"),
        ("Somebody needs to get the gang back together.", "positive"),
        ("They should bring Jessica, Luke, Danny and Matt back.", "positive"),
        ("The studio is quietly developing a special.", "positive"),
        ("Ready when you are.", "positive"),
        ("Nobody's been approached about it.", "uncertain"),
        ("I want to be clear: nobody has called.", "uncertain"),
        ('The old team was "finished as a group," he said.', "negative"),
        ("He told me to 'get the band back together' and he meant it.", "positive"),
        ("I'd love to see them again one day.", "positive"),
    ],
)
def test_stance_cues(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # declining to answer, neither yes nor no, the studio line
        ("I can't answer that. I'd get in trouble.", "uncertain"),
        ("It's not a yes. Next question.", "uncertain"),
        ("We have nothing to announce at this time.", "uncertain"),
        ("Keep asking. We're listening.", "uncertain"),
        # nobody knows, nobody promised, nothing signed, a condition
        ("Every time we meet somebody asks, and none of us knows.", "uncertain"),
        ("Nobody has promised us anything.", "uncertain"),
        ("Nothing has been signed.", "uncertain"),
        ("Any appearance would depend on the schedules of the cast.", "uncertain"),
        ("It would have to be the right script.", "uncertain"),
        ("We've talked about Jessica a lot in the writers' room.", "uncertain"),
        # plans, predictions and wishes
        ("Both of them are set to shoot scenes next spring.", "positive"),
        ("The idea is still very much alive.", "positive"),
        ("The old gang turns up eventually.", "positive"),
        ("I want Karen and Jessica in one scene.", "positive"),
        ("Danny deserves another shot.", "positive"),
        ("I think we'll get there.", "positive"),
        # an end denied is a yes; a "can't … without" is a condition, not a no
        ("Never say it's over.", "positive"),
        ("It's over.", "negative"),
        ("I'd return tomorrow. You can't bring the team back without the whole cast.", "positive"),
        # "you'll get" is no plan
        ("That's the best answer you'll get from me.", None),
    ],
)
def test_stance_lexicon(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # contact made, plans laid, a tease
        ("I'll say this: the phone has rung.", "positive"),
        ("I got the call last spring.", "positive"),
        ("There's a plan for those characters.", "positive"),
        ("You're going to like it.", "positive"),
        ("People are going to be pleasantly surprised.", "positive"),
        ("The four of them will stand together again.", "positive"),
        # only the timing is open
        ("For us it's a when, not an if.", "positive"),
        ("The question was never if. It was always when.", "positive"),
        # willingness in other words
        ("I've been saying yes since 2018.", "positive"),
        ("He wants back in.", "positive"),
        ("When they're ready, we're ready.", "positive"),
        ("He is in negotiations to reprise the role.", "positive"),
        # closure and "not now"
        ("That chapter is closed for me.", "negative"),
        ("Not this season.", "negative"),
        ("Absolutely not.", "negative"),
        # waiting, caution, declining to announce: neither yes nor no
        ("I have not been cast in anything.", "uncertain"),
        ("The phone hasn't rung.", "uncertain"),
        ("It's not my call, and I've learned not to get my hopes up.", "uncertain"),
        ("I don't have an answer for you today. But I'm not going to announce anything here.", "uncertain"),
        ("They talked about it, but nothing had been decided.", "uncertain"),
    ],
)
def test_stance_lexicon_of_the_seventh_round(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I'm done. Truly.", "negative"),
        ("I'd never say no to that.", "positive"),
        ("It would be a dream to do it again.", "positive"),
        ("It's all up in the air.", "uncertain"),
        ("There's nothing concrete yet.", "uncertain"),
        ("That's a closed chapter.", "negative"),
        ("I put it to bed years ago.", "negative"),
        ("I'm not interested in going back.", "negative"),
        ("I'm crossing my fingers.", "positive"),
        ("Charlie Cox? Ask me again in a year.", "uncertain"),
        ("She has been cast in the third season.", "positive"),
        ("Ritter is attached to star.", "positive"),
        ("I'd bet on it.", "positive"),
        ("It's not on our radar.", "negative"),
        ("Who's to say?", "uncertain"),
    ],
)
def test_more_words_of_willingness_closure_and_waiting(text: str, stance: str) -> None:
    assert stance_of(text) == stance


# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a refusal to say governs what follows it in its clause
        ("I'm not saying it's coming back. I'm saying I was too quick to rule it out.", "uncertain"),
        ("I wouldn't say it's finished. I also wouldn't say it's alive.", "uncertain"),
        ("We're not telling anyone it will happen.", "uncertain"),
        # "not yet" is no refusal: the cue after it counts as before
        ("Not yet, but we will return to it.", "positive"),
        # what was said then no longer binds, and no answer now
        ("I said that and I meant it. Plans change. I won't stand here and tell you anything.", "uncertain"),
        # a denied "no" is a yes
        ("I'd be lying if I said we weren't talking about how to do it.", "positive"),
        ("Honestly, I'd be lying if I told you no.", "positive"),
        ("I can't say we aren't planning something.", "positive"),
        # ... but lying about knowing is no yes
        ("I'd be lying if I said I knew anything.", None),
        # plans under way
        ("The studio is mapping out a way to bring the four back.", "positive"),
        # "the one-off Special Name" names an example, it is no "one-off"
        ("The studio is developing a special modelled on the one-off Moon Night.", "positive"),
        ("It was a one-off.", "negative"),
        # willingness, in the past of reported speech too
        ("He'd suit up tomorrow if the studio came calling.", "positive"),
    ],
)
def test_ninth_round_stance_cues(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance


# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("If it happens, it happens.", "uncertain"),
        ("Whatever happens happens, I've got other things to worry about.", "uncertain"),
        ("I'm not allowed to answer that one.", "uncertain"),
        ("If they called, I'd pick up on the first ring.", "positive"),
        ("I'd answer the phone before it finished ringing.", "positive"),
        ('He said it was "too early to say" whether the rest of them would return.', "uncertain"),
        ("It's hard to say if they will ever come back.", "uncertain"),
        ("I'm not gonna put the suit on just so somebody can cut a trailer out of it.", "uncertain"),
        ("I won't do it just for the money.", "uncertain"),
        ("It's not that we don't want to. It's whether the studio wants to pay for it.", "uncertain"),
        ("Everyone's keen. The real question is whether anyone will pay for it.", "uncertain"),
        ("I'm not going to rule it out, and I'm not going to rule it in.", "uncertain"),
        ("I'm not going to answer that one. Nice try.", "uncertain"),
        ("Would I love it? Of course I would. It's just not up to me.", "positive"),
        ("That's not up to me.", "uncertain"),
        ("Not yet. If and when they come back together, it has to feel earned.", "uncertain"),
        ("If they bring them back, I'm in.", "positive"),
    ],
)
def test_stance_cues_of_round_eleven(text: str, stance: str) -> None:
    assert stance_of(text) == stance


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


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The studio chief didn't rule out a reunion.", "uncertain"),
        ("She hasn't ruled it out, and she has said so twice.", "uncertain"),
        ("I can't see it happening any time soon.", "negative"),
        ("Honestly, I couldn't see a reunion working now.", "negative"),
        ("Nothing is planned for the four of them.", "negative"),
        ("A second season was never really on the table.", "negative"),
        ("Everything's on the table right now.", "uncertain"),
        ("I'd happily pick up the sword again if they asked.", "positive"),
        ("The four of them would cross paths again, he said.", "positive"),
    ],
)
def test_stance_cues_of_round_twelve(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a way of speaking is no "no"
        ("I'm not going to lie, I'd love to go back.", "positive"),
        # someone else's claim is not the speaker's
        ("I haven't heard a thing. So anybody telling you it's happening is guessing.", "uncertain"),
        ("Every spring somebody tells me it's coming back.", None),
        # past unawareness is no doubt
        ("I did stunts I didn't know I could do, and I'd go back in a heartbeat.", "positive"),
        # lost confidence governs what it doubts
        ("I'm less sure than I was that the four of them will ever reunite.", "uncertain"),
        ("I'm not sure it's going to happen.", "uncertain"),
        # a caution against reading a yes
        ("Please don't read the team is coming into a single cameo.", "uncertain"),
        ("It's not in development right now, but I've learned never to say no to anything.", "uncertain"),
        # a refused end, company coming, a denied denial
        ("Boats return to harbour. I'm not ready to call it.", "positive"),
        ("I can't tell you who. But I'm not going to be lonely.", "positive"),
        ("It does, and I'm not going to pretend it doesn't.", "positive"),
        # no promise is no answer
        ("I'm not going to promise anything about the finale.", "uncertain"),
        # a course set, denied and hedged once
        ("We are not building toward a team-up, at least not yet.", "negative"),
        ("We're building toward something bigger.", "positive"),
        # "I'm in" ends its phrase
        ("I'm in a cupboard, hiding from the kids.", None),
        ("If the script works, I'm in.", "positive"),
        # an answer's yes, a good feeling, a wish for all of them
        ("I think so. I really do.", "positive"),
        ("Honestly, I've got a good feeling about it.", "positive"),
        ("I want all three of them in one frame.", "positive"),
        # too late
        ("I don't dwell on it. I think the moment passed.", "negative"),
        # a door never closed is no door shut, and no yes
        ("We never close a door on anyone.", "uncertain"),
        # an end believed once
        ("I really did think I was done. Then I watched the new season.", "positive"),
        # an opening bare "no" answers the interviewer's words
        ("Absolutely not. No, look, I'd love to be back with them.", "positive"),
        # a sentence that opens with "But" is a contrast
        (
            "We never close a door on them. They're ours now, officially. But I won't announce anything.",
            "uncertain",
        ),
        # measures and denied conditions weigh nothing
        ("Of the promises we made, we kept as many as we could.", None),
        ("There's plenty for fans in there, but nothing depends on it.", None),
        # a comparison of likelihoods and a limit are hedges
        ("It's more likely now than it was five years ago.", "uncertain"),
        ("That's as far as I'll go.", "uncertain"),
        # caution about hope
        ("I'm not going to get my hopes up over a rumour.", "uncertain"),
    ],
)
def test_round_12_cues(text: str, expected: str | None) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I'm not going to get ahead of myself here.", "uncertain"),
        ("We don't want to get ahead of ourselves, honestly.", "uncertain"),
        ("I'm not going to sit by the phone waiting for it.", "uncertain"),
        ("I won't sit around waiting, put it that way.", "uncertain"),
        ("It's a signal, not a commitment.", "uncertain"),
        ("I wouldn't circle any dates yet.", "uncertain"),
        ("The worst thing the studio could do now is drag them all back for a nostalgia lap.", "negative"),
        ("The best thing they could do is bring the four of them back.", "positive"),
        ("If it was going to happen, it would have happened by now.", "negative"),
        ("I've stopped expecting the call, to be honest.", "negative"),
        ("I'd be surprised if we got through the season without bumping into one of them.", "positive"),
        ("The lawyer's ready whenever they are.", "positive"),
        ("Bringing those heroes together is a priority for us.", "positive"),
        ("This is not the last time you see them in the same room.", "positive"),
        ("We need all four back.", "positive"),
        ("Leave it alone. Those shows ended the way they ended.", "negative"),
    ],
)
def test_stance_cues_of_round_thirteen(text: str, stance: str) -> None:
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("A Defenders reunion is no longer off the table.", "positive"),
        ("It was built as a first chapter, not a one-off.", "positive"),
        ("This isn't a one-time thing.", "positive"),
        ("That show was a one-off.", "negative"),
        ("The Defenders special is real.", "positive"),
        ("Any Defenders project is a long way off, if it happens at all.", "uncertain"),
        ("A team-up was discussed, but nothing had been scheduled.", "uncertain"),
        ("Fans are going to get the reunion they have been asking for.", "positive"),
        ("Conversations are happening, and they're serious ones.", "positive"),
    ],
)
def test_claim_cues(text: str, stance: str) -> None:
    assert stance_of(text) == stance


# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nearness: a yes, and a refusal to say more after it does not undo it
        ("We are closer than we have ever been. That's all I'm allowed to say.", "positive"),
        ("It's closer than it's ever been. I won't say more than that.", "positive"),
        ("Honestly, it's closer than people think.", "positive"),
        # an expectation
        ("I fully expect to see the whole gang in one room again.", "positive"),
        # a strong wish outweighs "not my call" after it
        (
            "I'd love to see all of them walk back in. Nothing would make me happier. "
            "But it's not my call, and I've learned not to promise things.",
            "positive",
        ),
        # a tease
        ("My people know things. I'd say watch this space.", "positive"),
        # the decision elsewhere, nothing known
        ("Nothing I know of, sadly. The ball's in the studio's court.", "uncertain"),
        # a story left where it stopped
        ("I'm starting to think his story ends where it ended, and maybe that's fine.", "negative"),
        # "would never rule it out": no yes
        ("I would never rule it out. The city has room for a lot of people.", "uncertain"),
        # "I'd still take the call": "still" inside a clause is no contrast
        ("I'd still take the call.", "positive"),
        ("I've been burned before. This time I actually believe it.", "positive"),
        # willingness and wishes
        ("He would welcome them all back.", "positive"),
        ("Having her back on set felt like coming home. Now we just need the other two.", "positive"),
        ("If the studio called me tomorrow, I'd write it.", "positive"),
        # doubt and conditions
        ("Never is a long word. I'd bet on these characters finding each other.", "positive"),
        ("I'll believe it when I'm standing on set next to her.", "uncertain"),
        ("If they asked us back, I'd want to know why before I said yes.", "uncertain"),
        # denial of a rumour
        ("There's nothing to it. There's no special.", "negative"),
    ],
)
def test_new_cues(text: str, expected: str) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She shot scenes opposite him in June, and her role is more than a cameo.", "positive"),
        ("The studio has held early conversations about reuniting the four leads.", "positive"),
        ("The new season was not built around a team-up.", "negative"),
    ],
)
def test_steps_taken(text: str, expected: str) -> None:
    assert stance_of(text) == expected


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
    ("text", "expected"),
    [
        # a denied "would not" is a yes
        ("I'm delighted, and I won't pretend we wouldn't want the whole gang on set.", "positive"),
        # what is not pretended is denied; the pretending itself weighs nothing
        ("I'm not going to pretend the crossover is happening.", "negative"),
        ("I won't pretend, I'd love to go back.", "positive"),
        # "rather than" negates what follows: no one-off, so a yes
        ("The producer called the cameo an opening chapter rather than a one-off.", "positive"),
        # a likelihood at its highest is a yes; compared with a date it stays doubt
        ("I reckon a team-up is more likely than it has ever been.", "positive"),
        ("A team-up is more likely today than it was in 2019.", "uncertain"),
        # the superlative of nearness, ending its phrase
        ("We've had the meetings, and this is the closest we've been.", "positive"),
        # progress counted
        ("Three down, one to go, and I've learned not to count chickens.", "positive"),
        # a refusal to say when takes the event for granted
        ("Teams find their way back to each other, I'm not saying when.", "positive"),
        # a refusal to say more keeps what was said
        ("I'd love to go back, and I'm not saying any more.", "positive"),
        # doubt about who else takes the one named for granted
        ("Luke and Jessica aren't done, and who knows who else might wander in.", "positive"),
        # no inside knowledge is light doubt; a yes before it stands
        ("I'd love it. I don't know anything you don't.", "positive"),
        # the open point named and left open
        ("Danny's back, and that's all I'm saying about who else might show.", "uncertain"),
        # a "Whether" opening: what it asks is not asserted, and the doubt after it is about whether
        ("The door is open, Whether anybody comes through together is above my pay grade.", "uncertain"),
        (
            "I'd love a reunion, I really would. Whether it fits the story, we'll know when we know.",
            "uncertain",
        ),
        ("Whether the four of them are coming back, I couldn't tell you.", "uncertain"),
        # a concessive "Whether or not" is no open point
        ("Whether or not it's all four of them, I'd love it, I just don't know when.", "positive"),
        # who decides is doubt (light: a strong yes before it stands)
        ("Honestly, it's their call, not mine.", "uncertain"),
        ("That's the network's decision.", "uncertain"),
        ("I'd be shocked if we didn't see all of them, But it's the studio's decision.", "positive"),
        # not waiting by the phone, lighter than a yes after it
        ("If they rang tomorrow I'd answer, obviously. I'm just not sitting by the phone.", "uncertain"),
        ("I'm not waiting by the phone. But if it rings, I'll pick up.", "positive"),
        # refusing to tease is no answer, not a no
        ("Nobody has handed me pages. I will not tease you. I honestly do not know.", "uncertain"),
        # "isn't on my whiteboard" is a no
        ("My whole focus is this season, a team-up isn't on my whiteboard.", "negative"),
        # wanting to get the present show right is no wish to return
        ("Never say never, but this is her show, and we want to get that right first.", "uncertain"),
        # "want to watch" is a wish
        ("All of them in one building? That's the series I want to watch.", "positive"),
        # the chapter closed, with the apostrophe glued on; the book closing
        ("Honestly? I think that chapter's closed for good.", "negative"),
        ("This finale closes the book on them, and I'm fine with that.", "negative"),
        # a reply in words of belief opening an answer weighs half when more cues follow
        ("I don't think so, mate. If they asked me, I'd be there. I'd do it.", "positive"),
    ],
)
def test_round_16_cues(text: str, expected: str | None) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a let-down denied is a promise, no refusal
        ("Anyone who wanted the old crew side by side won't be disappointed next spring.", "positive"),
        ("Trust me, you won't regret the wait.", "positive"),
        # the strongest wish ("nothing I'd like less" stays a no)
        ("Honestly, there is nothing I'd like more than another fight scene with Colleen.", "positive"),
        ("There's no one I'd rather work with than those three.", "positive"),
        # eager to be there, even under a condition
        ("If the Hand ever turn up in Chinatown again, I'll be first in line to throw a punch.", "positive"),
        # a step taken, after a refusal to say
        ("I can't say a thing, but I was in for a costume fitting on Tuesday.", "positive"),
        # no knowledge claimed: doubt, and what is not known is not asserted
        ("I'm not going to pretend I know what the producers are developing.", "uncertain"),
        ("I won't pretend to know what the network is planning for the autumn.", "uncertain"),
        # "can't wait" and "can hardly wait" negate nothing after them
        ("Can't wait to share the screen with Colleen again, partner.", "positive"),
        ("I can hardly wait to be back in that alley.", "positive"),
        # a denied end is a yes, and "I don't think" is no "no" of its own then
        ("I don't think he'll be the last one to walk back through that gate.", "positive"),
        ("I don't think it's over for those two, not by a long way.", "positive"),
        # a pair denied: the first return stands
        ("They don't bring Misty back and leave Colleen on the sidelines.", "positive"),
        # an elliptic denial of the yes before it: "not yet" (perfect) or "no"
        ("Trish got the call last week. I haven't.", "uncertain"),
        ("Colleen's coming back. I'm not.", "negative"),
        # ... only of a yes that ends its clause: here the denial is of the rest
        ("I'd love to tell you we planned it all. We didn't.", "positive"),
        # "As for …" opening a sentence turns to the point where the statement lands
        ("Jessica will turn up in the script eventually. As for Danny, I couldn't say.", "uncertain"),
        # ... and after a comma it starts a clause of its own
        ("Misty will turn up eventually, as for Danny, I couldn't say.", "uncertain"),
        # "As for whether …" names an open point, put off past the dash: doubt about whether
        (
            "Danny's back, As for whether the others join him — that's a question for another time.",
            "uncertain",
        ),
        ("Whether the studio wants all four — that's a conversation for another day.", "uncertain"),
        # a sentence after "But" is after "But" to its end, past a dash
        ("Luke shows up eventually, I'm sure of it. But the rest of them — nobody has called.", "uncertain"),
        # "I can tell you …" ends the refusal to say before it
        ("I can't tell you who's in it, I can tell you it's the closest we've been.", "positive"),
    ],
)
def test_round17_stance(text: str, expected: str) -> None:
    assert stance_of(text) == expected, assess_stance(text)


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
    ("text", "expected"),
    [
        # company coming, of anyone: "won't be by himself"
        ("Rest assured, Danny won't be by herself out there.", "positive"),
        ("The detective won't be on his own next season.", "positive"),
        # a refusal to claim knowledge after "sit here and": doubt, not a "won't <verb>" no
        ("I'm not going to sit here and pretend I know what the plan is.", "uncertain"),
        # not giving a headline is not telling, no "no"
        ("Nobody knows yet. I'm not going to give you a headline tonight.", "uncertain"),
        # a plan denied in the present
        ("It's Frank's year. We're not doing a big crossover.", "negative"),
        # on the list: a plan kept
        ("We haven't set dates, but it's on our slate.", "positive"),
        # one door opened is doubt like "opens doors"
        ("The finale opens the door a little.", "uncertain"),
        # an invitation as the only condition leaves the speaker in
        ("If Marvel calls, I'm there, but I'm not sitting by the phone.", "positive"),
        # an open door kept, then waiting for the call given up: still open
        ("You never know. But I've stopped waiting for the call.", "uncertain"),
        # the call given up alone is still a no
        ("Honestly, I've stopped waiting for the call.", "negative"),
        # a condition on the story still weakens willingness
        ("If the script is right, I'm there. But I'm not sitting by the phone.", "uncertain"),
        # an invitation with its time ("if they asked me tomorrow") is still only the invitation
        ("If they asked me tomorrow I'd fly out tomorrow. It's not up to me, though.", "positive"),
        # taking the call is less than being in
        ("If they ring, I'll pick up. But I'm not sitting by the phone.", "uncertain"),
    ],
)
def test_twentieth_round(text: str, expected: str) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a door that stays open
        ("The Sentinels won't get a fourth year, but the door to the Harbor crew remains open.", "positive"),
        ("Never rule anything out. The door to the old precinct is open.", "positive"),
        ("Whatever happens with the ratings, the door stays open for Ada.", "positive"),
        # belonging together
        ("Those three belong together on one screen.", "positive"),
        ("They don't belong together anymore.", "negative"),
        # the rest called in
        ("Getting Rosa back made my whole summer. Now let's get Theo and Priya in here.", "positive"),
        ("Let's bring Marcus and June back, I say.", "positive"),
        # what a season is about, the group in one room; what was said called the plan
        ("Year one was about the trial; year two is about all three of them in one room.", "positive"),
        ("We open with the whole crew at the docks. That's the plan.", "positive"),
        # a chapter finished
        ("I believe that chapter's finished for me, and I'm fine.", "negative"),
        ("The book is over on that character.", "negative"),
        # one hero's alone
        ("From the first episode the series was Nadia's alone.", "negative"),
        # a bar on appearing elsewhere
        ("The deal bars the actors from appearing in any rival series for three years.", "negative"),
    ],
)
def test_r20b_cues(text: str, expected: str) -> None:
    assert stance_of(text) == expected
