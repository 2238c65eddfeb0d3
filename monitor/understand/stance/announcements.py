"""Open doors, calls not come, and what is (not) announced or predicted (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

A door that stays open, named or not ("the door to the Defenders stays open", "the door to Hell's
Kitchen is open", 1.5: it stands after "never say never" and, after "but", against a "will not
return"; a bare "the door's open" stays 1), those who belong together, the rest called in ("now let's
get Mike and Finn in here"), what a season is about (the group in one room) and "that's the plan"
are a yes. No call yet ("I have not been cast", "the phone hasn't rung") is doubt. A "no" denied ("I'd
be lying if I said we weren't talking about it", "I won't pretend those talks aren't happening") is a
yes; a past fact not denied, its predicate left out ("It was a hard time. I won't pretend it
wasn't."), weighs nothing. Declining to announce or answer ("I'm not going to announce anything", "I
won't tease you", "I'm not going to stand up here and promise") and declining to predict ("I won't
speculate", "that's as far as I'll go", "more likely than it was") are doubt; a likelihood at its
highest ("more likely than ever") is a yes, at its lowest a no.
"""

from __future__ import annotations

from monitor.types import Stance

ANNOUNCEMENT_CUES: tuple[tuple[str, Stance, float], ...] = (
    # 20th round: a door that stays open, named or not ("the door to the Defenders stays open", "the
    # door to Hell's Kitchen is open": a yes heavier than a bare "the door's open", which may be a
    # hedge, and heavy enough to stand after "never say never" or against a "will not return" before
    # "but"); those who belong together ("those four belong together"); the rest called in ("now let's
    # get Mike and Finn in here", "let's get the others back"); what a season is about, the group in one
    # room ("season three is about the four of them in one room"), and "that's the plan"
    (
        r"doors? (?:to|into|back to|back into) (?:[\w'\u2019]+ ){1,3}"
        r"(?:is|stays|remains|will stay|will remain)(?: always| still| wide)? open|"
        r"doors? (?:stays|remains|will stay|will remain) (?:always |still |wide )?open|"
        r"belongs? together|"
        r"let'?s (?:get|bring) (?:[\w'\u2019]+,? ){1,5}?(?:in here|back|in too|in as well|over here)\b|"
        # (what a season is about: "season three is about the four of them in one room"; not the
        # memory "the three of us in the same room again")
        r"about (?:all |the )?(?:two|three|four|five|six) of (?:them|us|those|these) (?:back )?(?:together )?"
        r"in (?:one|the same) (?:room|frame|scene)\b|"
        r"(?:that'?s|that is) the plan(?= *[.,;!?]|$)",
        "positive",
        1.5,
    ),
    # no call yet: "the phone hasn't rung", "I haven't gotten the call", "I have not been cast"
    (
        r"(?:have|has|had)(?:n'?t| not) been (?:cast|hired|signed|booked|approached|contacted|offered)|"
        r"(?:phone|call)(?: has| had)?(?:n'?t| not) (?:rung|rang|come|came)|"
        r"(?:have|has|had)(?:n'?t| not) (?:got|gotten|had|received) (?:the|a|that|any) (?:phone )?calls?",
        "uncertain",
        1.0,
    ),
    # (second wave) a past fact not denied, its predicate left out: "It was a hard time. I'm not going
    # to pretend it wasn't." (the elided words are the sentence before, a past, not the question; a
    # present one, "I won't pretend it doesn't", stays a denied "no" below)
    (
        r"(?:can'?t|cannot|couldn'?t|not going to|not gonna|won'?t|will not) (?:say|tell you|pretend)"
        r"(?: that)? (?:i|we|they|it|there|he|she) (?:wasn'?t|weren'?t|didn'?t|hadn'?t|was not|were not|"
        r"did not|had not)(?= *[.,;!?]|$)",
        "uncertain",
        0.0,
    ),
    # "I'd be lying if I said we weren't talking about it", "I can't say we aren't": a denied "no"
    # is a yes
    (
        r"(?:be lying|lie|lying) if (?:i|we) (?:said|say|told you|tell you)(?: that)? (?:[\w']+ ){0,3}?"
        r"(?:weren'?t|wasn'?t|aren'?t|isn'?t|didn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|"
        r"not|never|no)\b(?: [\w']+){0,3}|"
        r"(?:can'?t|cannot|couldn'?t|not going to|not gonna|won'?t|will not) "
        r"(?:say|tell you|pretend)(?: that)? "
        # (nineteenth round) or a thing named: "I won't pretend those talks aren't happening"
        r"(?:i|we|they|it|there|he|she|(?:the|these|those|our|such) [\w']+(?: [\w']+)?)(?:'re|'s|'m)? "
        r"(?:aren'?t|isn'?t|weren'?t|wasn'?t|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|wouldn'?t|would not|"
        r"won'?t|couldn'?t|can'?t|not|never)\b"
        r"(?: [\w']+){0,3}",
        "positive",
        2.0,
    ),
    # declining to announce or answer: "I'm not going to announce anything", "I don't have an answer"
    (
        # (round 22: "I'm not going to stand up here and promise you a reunion")
        r"(?:not going to|not gonna|won'?t|will not|can'?t|cannot) "
        r"(?:(?:stand|sit)(?: up)? (?:here|there) and )?(?:announce|"
        r"reveal|confirm|spoil|share|disclose|comment|answer|promise|get into|go into|hint|talk about|"
        r"discuss|"
        r"tease (?:you|anyone|anybody|people|the fans)|"
        r"say(?! no\b| never\b)|tell (?:you|anyone|people)|"
        # (20th round) "I'm not going to give you a headline", "I won't give anything away"
        r"give (?:you |anyone |anybody |people |the fans )?(?:a |an |any |the )?(?:headlines?|answers?|"
        r"dates?|spoilers?|scoops?|details?|news|hints?|anything away|away anything))|"
        r"(?:do|does|did)(?:n'?t| not) have (?:an|any|the) answers?|no answers? (?:for you|yet|today)",
        "uncertain",
        1.0,
    ),
    # a likelihood at its highest: "more likely than it has been in a decade", "more likely than ever"
    (
        r"more likely(?: now| today)? than "
        r"(?:ever|(?:it|they|we|this|that)(?:'s| has| have|'ve) (?:ever )?been)",
        "positive",
        2.0,
    ),
    (
        r"less likely(?: now| today)? than "
        r"(?:ever|(?:it|they|we|this|that)(?:'s| has| have|'ve) (?:ever )?been)",
        "negative",
        2.0,
    ),
    # declining to predict: "I've learned to stop predicting", "I won't speculate", "that's all I know"
    (
        r"(?:stop(?:ped)?|quit|given up|gave up) (?:predicting|guessing|speculating|making predictions)|"
        r"(?:won'?t|will not|not going to|not gonna|can'?t|cannot|wouldn'?t|would not|not) "
        r"(?:predict|speculate|guess)|(?:that'?s|that is) all (?:i|we) (?:know|can say)|"
        # "that's all I'm allowed to say": what more there is stays unsaid
        r"all (?:i'?m|i am|we'?re|we are) (?:allowed|permitted|able|supposed) to (?:say|share|tell you)|"
        # "that's as far as I'll go": no further than a hedge
        r"as far as (?:i'?ll|i will|i can|i'?m willing to|i'?m going to|we'?ll|we can) go|"
        # a likelihood compared, no yes: "it's more likely now than it was"
        r"(?:more|less) likely(?: now| today)?(?= than\b| *[.,;!?]|$)",
        "uncertain",
        1.0,
    ),
)
