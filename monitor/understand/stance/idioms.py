"""Idioms whose words mislead the general cues (round 21): doubt about "if" denied, timing-only
hedges, teases and winks.

They go at the head of :data:`monitor.understand.stance.cues._CUES` (earlier alternatives win at
the same position), so each is tried before the general cue that would read it otherwise:

- "a matter of if" (or "a question of whether") names doubt about whether; denied ("I don't think
  it's a matter of if anymore", "it isn't a question of whether") it is a yes: only the time is
  open (see ``IF_DOUBT`` and rule 3 in :mod:`monitor.understand.stance`); "It's when." says the
  same on its own.
- a place "getting crowded" (more people coming into it) is a tease of arrivals, a yes.
- "possible" in a superlative or a measure ("in the best possible way", "as soon as possible") is
  no hedge.
- a superlative's measure ("the closest I could get to it") is an ability, no hedge.
- "I'm not going to do it for you" (spell it out for the asker) refuses to explain, not to return.
- a condition on quality with "only if" ("only if the script does right by Luke", "only if it
  feels right") is a reservation, like "it would have to be the right story": doubt.
- the wink "I couldn't possibly comment" is a non-answer that takes back a flat no beside it.
- "you don't say no to that" (no refusal possible) is a yes.
- holding a schedule open ("keeping their calendars loose", "I cleared my schedule") is readiness.
- Round 22: "a promise, not a tease" is a yes; "I've stopped checking" (given up watching for news)
  and "not a question I can answer" are doubt.
"""

from __future__ import annotations

from monitor.types import Stance

# "a matter of if": doubt about whether; its negation is handled in rule 3 (a yes, 2.0)
IF_DOUBT = (
    r"(?:a |the )?(?:question|matter) of (?:if|whether)(?: (?:anymore|any more|any longer|now))?"
    r"(?= *[.,;:!?\u2014\u2013-]|$| but\b| it'?s\b)"
)

IDIOM_CUES: tuple[tuple[str, Stance, float], ...] = (
    (IF_DOUBT, "uncertain", 1.0),
    # "It's when.": the when-not-if answer on its own
    (
        r"(?:it'?s|it is) (?:just |only |simply |now )?(?:a (?:question|matter) of )?when(?= *[.,;!?]|$)",
        "positive",
        2.0,
    ),
    # "Hell's Kitchen is getting crowded", "the street is going to get crowded": arrivals teased
    (
        r"(?:get|gets|getting|grow|grows|growing|becoming|(?:will|\w+'ll|going to|gonna) be) "
        r"(?:a (?:lot|little|bit) |very |really |much |even )?(?:more )?crowded",
        "positive",
        1.5,
    ),
    # "in the best possible way", "as soon as possible": no hedge
    (
        r"(?:best|worst|greatest|biggest|only|every|fullest|highest|soonest|least) possible\b|"
        r"as (?:[\w']+ ){1,2}as possible",
        "uncertain",
        0.0,
    ),
    # a superlative's measure: "the closest I could get to the real one", "the best we could do"
    # (an ability then, like "as many as we could": no hedge)
    (
        r"(?:best|closest|nearest|most|least|furthest|farthest|hardest|fastest|biggest|greatest|longest) "
        r"(?:[\w']+ )?(?:i|we|you|they|he|she|anyone) (?:could|can|might)\b",
        "uncertain",
        0.0,
    ),
    # "I'm not going to do it for you": no explaining, no refusal to return
    (
        r"(?:not going to|not gonna|won'?t|will not) (?:do|spell) (?:it|that|this|the (?:work|math|job)) "
        r"(?:out )?for you",
        "uncertain",
        0.0,
    ),
    # a condition on quality: "only if the script does right by Luke", "only if it feels right"
    (
        r"only (?:if|when) (?:[\w']+ ){1,4}?(?:does|do|did|done|gets|get) (?:right|justice)\b|"
        r"only (?:if|when) (?:[\w']+ ){1,3}?(?:is|are|feels?|seems?) (?:right|good enough|worth it)\b|"
        r"only (?:if|when) (?:there'?s|there is|it'?s|we have|they have) (?:a |the )?(?:right |good |great )?"
        r"(?:script|story|reason)\b",
        "uncertain",
        1.0,
    ),
    # the wink: "I couldn't possibly comment" (a plain "couldn't comment" is a non-answer)
    (
        r"(?:couldn'?t|could not|can'?t|cannot) possibly (?:comment|say(?! (?:no|yes)\b)|answer)",
        "uncertain",
        2.0,
    ),
    (r"(?:couldn'?t|could not) (?:really |honestly )?(?:comment|answer)\b", "uncertain", 1.0),
    # "you don't say no to that hallway", "I can't say no to Charlie": no refusal possible, a yes
    # (not the policy "don't say no to anything", doubt)
    (
        r"(?:don'?t|do not|doesn'?t|does not|can'?t|cannot) say no to(?! any(?:thing|one|body)\b)",
        "positive",
        1.0,
    ),
    # Round 22: "a promise, not a tease": the promise asserted, the tease denied, a yes
    (r"(?:a|the) promise,? (?:and )?not (?:just )?(?:a|the) (?:tease|wink|joke|fake-out)\b", "positive", 1.5),
    # Round 22: given up watching for news ("I've stopped checking", "she quit checking"): doubt
    (r"(?:stopped|quit|given up) checking\b", "uncertain", 1.0),
    # Round 22: a non-answer ("not a question I can answer today"; "can't answer" is a general cue)
    (r"(?:not a|no) question (?:i|we) can (?:answer|speak to)\b", "uncertain", 1.0),
    # readiness: "keeping their calendars loose", "I've cleared my schedule"
    (
        r"(?:keep|keeps|keeping|kept|hold|holds|holding) (?:my|our|their|his|her|the) "
        r"(?:calendars?|schedules?|diar(?:y|ies)) (?:loose|open|clear|free)|"
        r"clear(?:s|ed|ing)? (?:my|our|their|his|her|the) (?:calendars?|schedules?|diar(?:y|ies))",
        "positive",
        1.0,
    ),
)
