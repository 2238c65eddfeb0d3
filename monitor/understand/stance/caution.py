"""Waiting and caution (part of rule 2, see :mod:`monitor.understand.stance.cues`).

"Made peace with the idea that" and "I'd put money against it" are a no. A shrug both ways ("if it
happens, great"; its other half, "If not, that's fine") is doubt (2), and so are "your guess is as
good as mine" (1.5), "I can tell you that much", "stopping short of promising", "heard nothing",
"still waiting on the call", "one season at a time", a door left open ("leave the door open", "left
a few doors open", "opens doors"), "let's see where it goes" (0.75) and "learned not to promise"
(0.5, a hedge on a wish before it). "I can tell you …" ends a refusal to say before it in its clause
("I can't tell you who, I can tell you it's close" asserts the rest; see ``_TELLING``) and weighs
nothing of itself. "Never say no to anything", "plans change", "ask me again in a year" and caution
about hope ("not to get my hopes up", "I'm not holding my breath") are doubt. "Absolutely not" is a
no, before "absolutely" could count as a yes.
"""

from __future__ import annotations

from monitor.types import Stance

CAUTION_CUES: tuple[tuple[str, Stance, float], ...] = (
    # at peace with an end: "I've made my peace with the idea that it's over" (peace with "it" or
    # "that", a past let down or a call that never came, says nothing of what comes)
    (
        r"made (?:my |our |his |her |their )?peace with (?:the (?:idea|fact|thought|notion|possibility))\b",
        "negative",
        1.5,
    ),
    # a shrug both ways: "If it happens, great." (before "if … calls", a wish)
    (
        r"if (?:it|that|they|this|he|she|(?-i:[A-Z])\w+)(?: (?:happens?|does|do|comes?(?: back)?)|"
        r"(?:'s| is) (?:[\w-]+ ){0,3}?[\w-]+),? "
        r"(?:then )?(?:great|fantastic|wonderful|amazing|brilliant|cool|fine|good)(?= *[.,;!?]|$)|"
        # (nineteenth round) its other half: "If not, that's fine", "if it doesn't, no problem"
        r"if (?:not|(?:it|that|they|he|she) (?:doesn'?t|does not|don'?t|do not|won'?t|will not)),? "
        r"(?:then )?(?:(?:that'?s|it'?s|that is|it is|i'?m) )?(?:also |totally |completely |perfectly )?"
        r"(?:fine|ok|okay|alright|all right|cool|good|no problem|no big deal)(?= *[.,;!?]|$)",
        "uncertain",
        2.0,
    ),
    # no idea, with a shrug: "your guess is as good as mine"; as much as will be said: "I can tell
    # you that much"; "stopping short of promising anything"; "I've heard nothing"; waiting still:
    # "still waiting on that phone call"; "one season at a time"; a door left open ("leave the door
    # open", "it opens doors")
    (r"your guess is as good as (?:mine|ours)", "uncertain", 1.5),
    (
        r"(?:i|we) can (?:tell you|say|confirm) (?:that|this) much|"
        r"stop(?:s|ped|ping)? short of (?:promising|confirming|saying|committing|announcing)|"
        r"heard nothing|"
        r"waiting (?:on|for) (?:the|that|a|my|their|his|her|our) (?:phone )?call|"
        r"one (?:step|show|season|day|thing|film|project|episode|movie) at a time|"
        r"(?:leave|leaves|left|leaving|keep|keeps|kept|keeping) (?:a|the) door (?:open|ajar)|"
        # (third wave) "we've left a few doors open": doors left open, as many as they are
        r"(?:leave|leaves|left|leaving|keep|keeps|kept|keeping) (?:a few |some |several |a couple of |"
        r"lots of |a lot of |many |all the |the )?doors (?:open|ajar)|"
        r"(?:opens?|opened|opening) (?:up )?(?:a lot of |lots of |many |some |new |a few )?doors\b|"
        # (20th round) one door: "season two opens the door wider", "it opens up a door"
        r"(?:opens?|opened|opening) (?:up )?(?:the|a) door(?: (?:wider|a (?:little|bit|crack)))?\b",
        "uncertain",
        1.0,
    ),
    # what the speaker does tell ("I can't tell you who, I can tell you it's the closest we've been")
    # ends a refusal to say before it: what follows is said (of itself it weighs nothing; see _TELLING)
    (r"(?:i|we)(?: can| will|'ll) (?:tell you|say)(?! (?:that|this) much)", "uncertain", 0.0),
    # a lesson of caution, "I've learned not to promise things", hedges a wish before it rather than
    # doubting it ("I'd love to see them back. But I've learned not to promise …" stays a yes)
    (
        r"(?:learned|learnt) (?:not to|never to) "
        r"(?:promise|predict|guess|speculate|count|get (?:excited|ahead))",
        "uncertain",
        0.5,
    ),
    # "let's see if anybody watches it", "see where it goes": waiting to see, lighter than a wish
    # ("Put us all in a room and let's see what happens" is a wish)
    (
        r"(?:let'?s|we'?ll|i'?ll|we will|we shall) see (?:if|whether|how|where|what happens)|"
        r"see where (?:it|this|that|things) (?:goes|go|leads?|takes (?:us|me))",
        "uncertain",
        0.75,
    ),
    # a bet against: "I'd put money against it"
    (
        r"(?:put|bet|wager) (?:good |real |my |serious )?(?:money|cash|house) against (?:it|that|this)",
        "negative",
        1.5,
    ),
    # "I've learned never to say no to anything": no door shut, but no yes either
    (
        r"(?:never|not|n'?t)(?: to)? say no to anything|(?:never|not) (?:to )?rule anything out",
        "uncertain",
        1.5,
    ),
    # "plans change", "things can change": what was said then no longer binds (no answer either way)
    (r"(?:plans|things) (?:can |could |do |may |might )?change", "uncertain", 1.0),
    # "ask me again in a year": a deferral, with no answer yet
    (
        r"ask (?:me|us) (?:again )?(?:in|next) (?:a|an|one|two|six|a few|\w+) (?:years?|months?|weeks?)|"
        # (second wave) "ask me again when we've survived the first one", "ask me again."
        r"ask (?:me|us) again (?:when|once|after)\b|ask (?:me|us) again(?= *[.,;!?]|$)",
        "uncertain",
        1.0,
    ),
    # caution about hope: "I've learned not to get my hopes up" (a wait, not a no)
    # (and "I'm not holding my breath": the speaker's own wait, unlike the advice "don't hold your breath")
    (
        r"(?:(?:not going to|not gonna|won'?t|will not|don'?t|do not|not) )?"
        r"(?:get|getting|got|gets) (?:my|our|your|their|his|her|anyone'?s) hopes up|"
        r"(?:i'?m|we'?re|i am|we are) not (?:really )?holding (?:my|our) breath",
        "uncertain",
        1.0,
    ),
    # an emphatic no: "absolutely not", "of course not" (before "absolutely" can count as a yes)
    (r"(?:absolutely|certainly|definitely|of course) not(?! \w)", "negative", 1.5),
)
