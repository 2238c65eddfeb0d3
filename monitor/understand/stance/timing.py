"""How far along it is: talk, dateless predictions, "a when, not an if", closure and "not now" (part
of rule 2, see :mod:`monitor.understand.stance.cues`).

Talk ("we've talked about Luke", "conversations are happening", "we're not there yet") and nothing
settled ("in the mix", "nothing has been signed", "if it happens at all", "a long way off") are doubt.
Dateless predictions ("eventually", "a matter of time", "very much alive", "just the beginning"),
progress counted ("two down, two to go") and doubt about timing only ("a when, not an if", "the
question was never if") are a yes, and so is folly in not doing it ("would be crazy not to"). An
end declared ("that chapter is closed", "the book is over", "put it to bed"), "ends where it ended",
"there's nothing to it" (not "nothing to tell you", no answer) and "not this season" are a no.
"""

from __future__ import annotations

from monitor.types import Stance

TIMING_CUES: tuple[tuple[str, Stance, float], ...] = (
    # "we're not there yet", "something we talk about", "conversations are happening": under way
    # in words, not decided
    (
        r"(?:not|n't) (?:there|at that (?:point|stage)) yet|"
        r"(?:something|things?) (?:we|they|i)(?:'ve| have)? (?:talk|talked|discuss|discussed|think|thought)"
        r" about|(?:we|they)(?:'ve| have| are|'re)? (?:talked|talking|discussed|discussing) (?:about )?"
        r"(?:it|that|this|them|him|her|(?-i:[A-Z])[\w']*)|"
        r"conversations? (?:are|is|have been|has been) (?:happening|ongoing|going on)",
        "uncertain",
        1.0,
    ),
    (
        r"(?:in|into) the mix|set in stone|"
        r"nothing(?:'s| is| has been| had been| was) (?:locked|decided|set|final|official|signed|confirmed|"
        r"greenlit|agreed|announced|scheduled|finali[sz]ed)|"
        # "if it happens at all": whether it happens is open; "a long way off": not soon, not never
        r"if (?:it|that|this|they|one) (?:ever )?(?:happens?|does|do|comes?) at all|a long way (?:off|away)",
        "uncertain",
        1.0,
    ),
    (
        r"(?:only|just) the (?:beginning|start)|just getting started|"
        # a prediction without a date: "family shows up eventually", "only a matter of time"
        r"eventually|sooner or later|(?:only )?a matter of time|"
        r"(?:very much |still |definitely )?alive(?: and well)?",
        "positive",
        1.5,
    ),
    # progress counted: "two down, two to go" (more to come)
    (
        r"(?:one|two|three|four|five|six|\d+) down,? (?:one|two|three|four|five|six|\d+|a few|a couple|more) "
        r"(?:to go|left)",
        "positive",
        1.5,
    ),
    # "it's a when, not an if", "the question was never if": the doubt is over timing only
    (
        r"(?:a|the) (?:question of |matter of )?when,? not (?:an? |the )?if|"
        r"(?:not|never|no longer) (?:a question of |a matter of )?(?:an? )?if(?= *[.,;!?]|$)|"
        r"(?:question|matter) of when|"
        r"(?:always|only) (?:been )?(?:a question of |a matter of )?(?:where and |how and )?"
        r"when(?= *[.,;!?]|$)",
        "positive",
        2.0,
    ),
    # an end declared: "that chapter is closed", "closed the book on it"
    (
        # (20th round: "that chapter's finished for me", "the book is over")
        r"(?:chapter|book)(?: is| was|'s| has been| had been| now) (?:closed|finished|over|done)\b|"
        r"clos(?:e|es|ed|ing) (?:the|that|this) (?:chapter|book)|(?:a )?closed (?:chapter|book)|"
        r"(?:put|laid|lay) (?:it|that|this) to (?:bed|rest)",
        "negative",
        2.0,
    ),
    # a story left where it stopped: "Danny's story ends where it ended"
    (r"ends? where (?:it|they|that|he|she) (?:ended|left off|stopped|finished)", "negative", 2.0),
    # "(there's) nothing to tell": nothing is going on (not "nothing to tell you", no answer)
    # (and "there's nothing to it": the rumour is empty)
    (
        r"(?:there(?:'s| is| was)(?: really| honestly)? )?nothing to tell(?! you)|"
        r"(?:there(?:'s| is| was)|(?:it'?s|that'?s) got)(?: really| honestly| absolutely)? nothing to it",
        "negative",
        1.5,
    ),
    # "not this season", "not next year": a no for now
    (r"not (?:this|next) (?:season|year|time|round)", "negative", 1.5),
    # "would be crazy not to bring them back": a negated "not to" after a word of folly is a yes
    (
        r"(?:crazy|mad|insane|foolish|silly|stupid|dumb|nuts|a mistake|a shame) not to(?: [\w']+){0,4}",
        "positive",
        2.0,
    ),
)
