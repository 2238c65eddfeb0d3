"""Permanence against an ending, work under way, and what was never raised (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

Permanence against an ending ("isn't going anywhere", "nobody is ever really gone", "they don't just
disappear", "live on in", "count on seeing them", "goodbyes are never final") is a yes, before
"won't <verb>" could count as a refusal; "goodbyes are rarely final" is doubt. Insiders' claims ("not
a cameo", "actively developing", "pitched a revival", "weighing a reunion special", "fitted for the
suit", "shares scenes with", "I stand by what I heard") are a yes. "Hasn't set foot on the set" and
"not something anyone has raised" are a no.
"""

from __future__ import annotations

from monitor.types import Stance

PERMANENCE_CUES: tuple[tuple[str, Stance, float], ...] = (
    # --- Sixteenth round, cues for statements that had none. Permanence against an ending ("Misty
    # isn't going anywhere", "nobody is ever really gone", "characters like these don't just
    # disappear", "they live on") is a yes (before "won't <verb>" could count as a refusal);
    # "goodbyes are rarely final" leaves the door ajar (doubt), "never final" is a yes
    (
        r"(?:isn'?t|is not|aren'?t|are not|\w+'s not|\w+'re not|not|never|won'?t be|will not be|ain'?t) "
        r"going anywhere|"
        r"(?:nobody|no one|no-one|no character|no hero)(?:'s| is)? (?:ever )?(?:really |truly )?"
        r"(?:gone|dead)(?! (?:to|from|for)\b)|"
        r"never (?:really |truly )?gone|"
        r"(?:don'?t|doesn'?t|do not|does not|never) (?:just |really |simply |ever )?"
        r"(?:disappear|vanish|go away|die)(?= *[.,;!?]|$| (?:here|in (?:this|the|our) \w+|for good)\b)|"
        r"(?:goodbyes?|farewells?|endings?|deaths?|exits?) (?:are|is) (?:never|not ever) "
        r"(?:really |truly )?(?:final|permanent|forever)|"
        r"(?:live|lives|living) on in\b|(?:will|\w+'ll|shall) (?:always )?live on\b|"
        # "count on seeing them again" (a denied "count on", "don't count on it", is a no: see doubt)
        r"count on (?:seeing|it|that)\b",
        "positive",
        1.5,
    ),
    (
        r"(?:goodbyes?|farewells?|endings?|deaths?|exits?) (?:are|is) "
        r"(?:rarely|seldom|not always|hardly ever) (?:really |truly )?(?:final|permanent|forever)",
        "uncertain",
        1.0,
    ),
    # more than a guest spot: "It's not a cameo, it's an arc"; the work under way, without its
    # subject: "actively developing a reunion", "pitched a six-episode revival"; a source stood by
    # ("I stand by what I heard", "he stands by the report": a report of a return)
    (
        r"(?:not|isn'?t|wasn'?t|never) (?:just |merely |only |simply )?a cameo|"
        r"(?:actively|quietly|secretly) (?:developing|planning|prepping|pursuing|exploring|working on)|"
        r"(?:develop(?:s|ed|ing)?|pitch(?:es|ed|ing)?|plan(?:s|ned|ning)?|draft(?:s|ed|ing)?|"
        # (second wave) under consideration: "Marvel is weighing a reunion special"
        r"weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?) "
        r"(?:a |an |the )?(?:[\w-]+ ){0,3}?(?:reunion|revival|team-?up|crossover)\b|"
        r"(?:been |got |gotten |getting )?fitted for (?:the|a|his|her|their|my) (?:new )?"
        r"(?:suit|costume|mask|cowl|outfit)|"
        r"shar(?:e|es|ed|ing) (?:scenes|a scene|the screen|screen time|screentime) "
        r"(?:with|opposite|alongside)",
        "positive",
        1.5,
    ),
    (
        r"stand(?:s|ing)? by (?:what (?:i|we|he|she) (?:heard|reported|wrote)|"
        r"(?:my|our|his|her|the) (?:report|reporting|sources?|scoop|story))",
        "positive",
        1.0,
    ),
    # not even raised: "he hasn't set foot on that set", "not something anyone has raised with me"
    (
        r"(?:not|never|n'?t) (?:once |even |yet )?set foot (?:on|in)|"
        r"not something (?:anyone|anybody|we|i|they)(?:'ve| has| have| had)? (?:ever |even )?"
        r"(?:raised|discussed|talked about|considered|mentioned)",
        "negative",
        1.5,
    ),
)
