"""Answers to "will it happen" that say neither yes nor no (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

Who plays them if they return ("If he shows up again, it's going to be <Name>", "If Danny comes
back, Colleen comes back", "if you were to see him, <Name> would be the actor"), the rest wanted
("now we want the whole team", "I want the rest."), anger promised if not ("if we don't …, I'll be
furious"), a place or a future for the character ("he's home now, and he's staying", "has more to
say", "there's more story there"), a hint left to the listener ("make of that what you will", "draw
your own conclusions") and the line kept open ("my phone's always on") are a yes; openness, no more
("I'd hear them out", "I'm not precious about it") is doubt. Moving on from a kind of thing ("I've
moved on from bowls", a bare plural noun ending its phrase) is no end: it weighs nothing. A goodbye
said ("we said our goodbye", "that's the goodbye"), one season for one hero ("this season is Matt's
story", "the others will have to wait their turn") and a scope for now ("isn't something we're
doing this season") are a no (the one season's story weighing 1: "never say never" before it keeps
the doubt).
"""

from __future__ import annotations

from monitor.types import Stance

OBLIQUE_ANSWER_CUES: tuple[tuple[str, Stance, float], ...] = (
    # (nineteenth round, second wave) answers to "will it happen" that say neither yes nor no.
    # Who plays them if they return ("If Daredevil shows up again, it's going to be Charlie Cox",
    # "If Danny comes back, Colleen comes back", "if you were to see him, yes, Cox would be the
    # actor"): the return taken as a live prospect, a yes (a name after the condition; not "it'll be
    # in 2027", "it'll be without me")
    (
        r"if (?:you |we |fans )?(?:were to |ever )?(?:see |get )?(?:[\w'-]+ ){1,3}?"
        r"(?:comes? back|returns?|shows? up|turns? up|appears?|(?:is|are) back)\b[^.;]{0,40}?,? (?:yes,? )?"
        r"(?:(?:it'?s|it is) going to be|it'?ll be|it will be|it would be|it'?d be) (?-i:[A-Z])[\w'-]*|"
        r"if (?:[\w'-]+ ){1,3}?(?:comes? back|returns?|shows? up|(?:is|are) back),? "
        r"(?-i:[A-Z])[\w'-]* (?:comes? back|returns?|shows? up|(?:is|are) back|too)\b|"
        r"if (?:you |we |fans )?were to see (?:[\w'-]+ ){1,4}?[^.;]{0,40}?,? (?:yes,? )?"
        r"(?-i:[A-Z])[\w'-]*(?: (?-i:[A-Z])[\w'-]*)? would be the (?:actor|one)",
        "positive",
        2.0,
    ),
    # a wish for the rest after some came back ("Now we want the whole team", "I'm greedy. I want the
    # rest."), and anger promised if it does not happen ("If we don't get them in a room by 2030,
    # I'll be furious"): a yes
    (
        r"(?:i|we) (?:just |still |now )?want (?:the (?:whole|full|entire) (?:team|gang|group|set|band|lot)|"
        r"the rest)(?= *[.,;!?]|$| back\b)|"
        r"if (?:we|they|it|that|this|marvel) (?:don'?t|do not|doesn'?t|does not|never|can'?t|won'?t) "
        r"[^.;]{3,80}?,? (?:i'?ll|i will|i'?d|i would|we'?ll|we will) be (?:so |really |absolutely )?"
        r"(?:furious|livid|gutted|devastated|heartbroken|crushed|fuming)\b",
        "positive",
        1.5,
    ),
    # a belonging or a future for the character ("Matt is home at Marvel now, and he's staying",
    # "Jessica has more to say", "there's more story there"): a yes
    (
        r"(?:and )?(?:he|she|they)(?:'s|'re| is| are) (?:here )?(?:to )?stay(?:ing)?(?= *[.,;!?]|$)|"
        r"(?:is|are|'s|'re) here to stay\b|"
        r"(?:has|have|'s got|'ve got) (?:a lot |so much |plenty |much )?more (?:to say|story to tell|to give)"
        r"(?= *[.,;!?]|$)|"
        r"there'?s (?:a lot |so much |plenty |much )?more (?:story|stories) (?:there|to tell|left)\b",
        "positive",
        1.5,
    ),
    # a hint left to the listener ("Make of that what you will", "draw your own conclusions"): a yes,
    # like "just saying"
    (
        r"make of (?:that|it|this) what you (?:will|like|want)|draw your own conclusions?|"
        r"read into (?:that|it|this) what you (?:will|like|want)",
        "positive",
        1.0,
    ),
    # open to it, no more ("I'd hear them out", "I'm not precious about it"): doubt
    (
        r"(?:i'?d|i would|i'?ll|i will|we'?d|we would) (?:always |happily |certainly )?(?:hear|listen to) "
        r"(?:them|him|her|it|marvel|anyone|anybody|you) out\b|"
        r"(?:i'?m|i am|we'?re|we are) not (?:too |very |that )?precious(?: about (?:it|that|this|them))?"
        r"(?= *[.,;!?]|$)",
        "uncertain",
        1.0,
    ),
    # the line kept open ("my phone's always on", "the line is open"): available, a yes like "I'd
    # still take the call"
    (
        r"(?:my|our) (?:phone|line)(?:'s| is) (?:always |still )?(?:on|open)(?= *[.,;!?]|$)",
        "positive",
        1.0,
    ),
    # moving on from a kind of thing ("I've moved on from bowls. I make plates now."): a bare plural
    # noun ending its phrase names a craft or a habit, not a role or a show (which take a name or a
    # determiner: "moved on from Jessica", "from the show"), so it is no end: it weighs nothing
    (r"(?:moved|move|moving) on from (?-i:[a-z])[a-z]+s(?= *[.,;!?]|$)", "uncertain", 0.0),
    # a goodbye said ("I said a proper goodbye to Jessica", "we said goodbye, and that's the
    # goodbye"): an end, a no
    (
        r"(?:i|we|i'?ve|we'?ve|i have|we have) (?:already )?said (?:a |our |my |a proper |a real |a final |"
        r"our proper |my proper )?(?:goodbye|farewell)s?\b|"
        r"(?:that'?s|that is) the (?:goodbye|farewell)\b",
        "negative",
        1.5,
    ),
    # one season's story, the rest kept out ("This season is Matt's story", "the others will have to
    # wait their turn"): not now, a no
    (
        r"(?:this|the|next) season is (?:all )?(?-i:[A-Z])[\w-]*'s (?:story|show)\b|"
        r"season (?:one|two|three|\d+) is (?:all )?(?-i:[A-Z])[\w-]*'s (?:story|show)\b|"
        r"(?:will|'ll) have to wait (?:their|his|her) turn\b",
        "negative",
        1.0,
    ),
    # a scope for now ("a reunion isn't something we're doing this season"): not now, a no like "not
    # this season"
    (
        r"(?:isn'?t|is not|not) (?:something|anything) (?:we'?re|we are|they'?re|they are|marvel is) "
        r"(?:doing|planning|making) (?:this|next) (?:season|year|time)\b",
        "negative",
        1.5,
    ),
)
