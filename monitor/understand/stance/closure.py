"""Plans and predictions against, and ends (part of rule 2, see :mod:`monitor.understand.stance.cues`).

- "I don't think / believe / expect …" and "I can't see it happening" govern the rest of their clause
  (negation raising, ``_RAISED``): "I don't think Luke Cage is coming back" is a no (2); so are "not
  in the plans", "no plans", "nothing's happening" and "don't hold your breath".
- Not waiting and not jumping ahead ("I'm not going to sit by the phone", "I wouldn't circle any
  dates", 1.5; "I'm not sitting by the phone", 0.75) and "not a promise" are doubt.
- Resignation ("if it was going to happen, it would have happened") is a no; expectation and demand
  ("ready whenever they are", "a priority for us", "now we just need the other two") are a yes; "the
  worst thing they could do is" is a no and "the best thing" a yes.
- A refusal of one reason only ("not gonna do it just so …") is a condition (0.5); another's leave
  refused ("he wouldn't let me pay") and "I'm not going to waste it" weigh nothing; any other "won't
  <verb>" or "not going to <verb>" is a no (2), and so are "not happening", "not coming back".
- An end reached ("it's over", "we're done", "the end of the road", "it's done for me", a project
  "dead at Netflix" but not a person "is dead", "a one-off", "she'll be the last one", "I think
  Luke's done") is a no; denied ("it isn't over", "I don't think she'll be the last one") a yes
  (``_ENDED``).
- An end undone ("no longer off the table") is a yes; ruled out, off the table, "the moment
  passed", "that ship may have sailed", "behind me" (only when something is: "it's behind me", "I
  put that behind me"; not "who's behind me") and hope fading ("less optimistic than I was") are a
  no.
"""

from __future__ import annotations

from monitor.types import Stance

CLOSURE_CUES: tuple[tuple[str, Stance, float], ...] = (
    # --- plans and predictions against. "I don't think/expect ..." governs the rest of its clause
    # (see _RAISED): "I don't think Luke Cage is coming back" is negative.
    (
        r"(?:do|does|did)(?:n'?t| not) (?:think|believe|expect)(?= +[\w'])|(?:do|does|did)(?:n'?t| not) see "
        r"(?:we|they|it|that|there|so|this|a|an|the|he|she)|"
        # "I can't see it happening" (not "I can't see a thing")
        r"(?:can'?t|cannot|could(?:n'?t| not)) see (?:it|that|this|them|us|(?:a|the) [\w-]+) "
        r"(?:happen|happening|coming|working)",
        "negative",
        2.0,
    ),
    (
        r"(?:not|never) (?:really |ever )?(?:been )?(?:in|on) the (?:plans?|cards|table|books)|"
        r"(?:is|are|was|were)n'?t (?:really )?(?:in|on) the (?:plans?|cards|table)",
        "negative",
        2.0,
    ),
    (
        r"no (?:(?:current|immediate|concrete|official|firm|active|real|further|other|such) )?"
        r"(?:plans?|intention|interest|chance|reunion|way)|zero (?:chance|plans?)|no (?:[\w-]+ ){1,2}plans?|"
        r"not planned|not planning|nothing (?:is |was |has been )?(?:planned|scheduled|in the works)|"
        # (second wave) "nothing's happening" (before "\w+'s happening" could count as a yes)
        r"nothing(?:'s| is| was) (?:happening|going on)",
        "negative",
        2.0,
    ),
    # "don't hold your breath", "fans shouldn't hold their breath": advice to expect nothing
    (
        r"(?:don'?t|do not|shouldn'?t|should not|wouldn'?t|would not|won'?t|will not|never) "
        r"(?:be )?(?:hold|holding) (?:your|their|my|our|his|her|one'?s|the) breath",
        "negative",
        2.0,
    ),
    # not waiting, not jumping ahead, not dating it: caution, no "no" ("I'm not going to sit by the
    # phone", "I'm not going to get ahead of myself", "I wouldn't circle any dates yet")
    (
        r"(?:not going to|not gonna|won'?t|don'?t want to|do not want to|(?:do|did)(?:n'?t| not)) "
        r"(?:get ahead of (?:myself|ourselves|ourself|themselves|anything)|"
        r"(?:sit|wait) (?:by|around|next to|at) (?:the|my) phone|sit (?:around|here) waiting)|"
        r"(?:wouldn'?t|would not|don'?t|do not) (?:circle|mark|pencil in) "
        r"(?:any |the |your )?(?:dates?|calendars?)",
        "uncertain",
        1.5,
    ),
    # not waiting now ("I'm just not sitting by the phone"): lighter than a resolve not to wait
    (
        r"(?:i'?m|we'?re|i am|we are) (?:just |really |certainly )?not (?:sitting|waiting) "
        r"(?:by|around|next to|at|beside) (?:the|my) phone|"
        r"(?:i'?m|we'?re|i am|we are) (?:just |really |certainly )?not sitting (?:by|next to|beside) it\b",
        "uncertain",
        0.75,
    ),
    (r"not a (?:commitment|promise|guarantee)", "uncertain", 1.0),
    # resignation: "if it was going to happen, it would have happened by now", "I've stopped expecting it"
    (
        r"if it (?:was|were|had been) going to happen,? it would(?:'ve| have) happened|"
        r"(?:stopped|given up|quit) (?:expecting|waiting for|hoping for) (?:it|the call|that|them)",
        "negative",
        2.0,
    ),
    # expectation and demand: "I'd be surprised if we got through the season without bumping into
    # them", "ready whenever they are", "a priority for us", "not the last time you see them together"
    (
        r"(?:surprised|shocked|stunned) if (?:[\w']+ ){0,6}without|"
        r"ready whenever (?:they|you|marvel) (?:are|is)|"
        r"(?:is|are) (?:a|our) (?:big |real |top |genuine )?priority for (?:us|me|the studio)|"
        r"(?:not|won'?t be|isn'?t) the last (?:time|we(?:'ll)? see)|"
        r"need (?:them|all (?:\w+ )?(?:of them )?)back|"
        # the rest wanted: "now we just need the other two"
        r"need (?:the (?:other|remaining) (?:two|three|four|guys|ones)|"
        r"the rest of (?:them|the (?:team|gang|group)|us))",
        "positive",
        2.0,
    ),
    (r"leave (?:it|them|that|those shows) alone", "negative", 1.5),
    # what would be best or worst to do: "the worst thing they could do is bring them back" is against it
    (r"(?:the )?worst thing (?:[\w']+ ){1,3}(?:could|can) do(?: now)? is", "negative", 2.0),
    (r"(?:the )?best thing (?:[\w']+ ){1,3}(?:could|can) do(?: now)? is", "positive", 2.0),
    # a refusal of one reason only ("I'm not gonna do it just so someone can cut a trailer") sets a
    # condition, it is no "no"
    (
        r"(?:won'?t|will not|wouldn'?t|would not|not going to|not gonna) (?:[\w']+ ){1,8}?"
        r"just (?:so|to|for|because)\b",
        "uncertain",
        0.5,
    ),
    # (second wave) not refusals of the speaker's: another's leave refused ("the guy wouldn't let me
    # pay", "they wouldn't let me take anything": what is not let, in its clause, may still be a no
    # of its own, "wouldn't let us bring them back") and a chance used ("I'm not going to waste it")
    (
        r"(?:wouldn'?t|would not|won'?t|will not|(?:would |\w+'d )?never) let (?:me|us|him|her|them|anyone|"
        r"anybody|people)\b|"
        r"(?:won'?t|will not|not going to|not gonna) waste (?:it|this|that|the|a|my|our)\b",
        "uncertain",
        0.0,
    ),
    (
        r"(?:won'?t|will not|wouldn'?t|would not|isn'?t going to|is not going to|"
        r"aren'?t going to|are not going to|"
        r"not going to|not gonna|never going to|never gonna) \w+",
        "negative",
        2.0,
    ),
    (
        r"(?:not|never|isn'?t|is not|aren'?t|are not) (?:happening|coming back|returning|back|included)",
        "negative",
        2.0,
    ),
    # an end reached: "it's over", "we're done". Negated it is a yes ("never say it's over" is "it
    # isn't over"; see _ENDED)
    (
        r"(?:is|are|was|were|'s|'re) (?:done|finished|over)(?! with)(?= +(?:as|for)\b| *[.,;!?]|$)|"
        r"(?:i'?m|i am|we'?re|we are) (?:done|finished)(?= *[.,;!?]|$)|"
        r"(?:is|it'?s) over|"
        # (nineteenth round) "this is the end of the road (for them)", "it's the end of the line"
        # (negated, "it isn't the end of the road", a yes)
        r"the end of the (?:road|line)\b|"
        # (second wave) "it's done for me", "that's finished for good"; a project dead: "the team-up is
        # dead at Netflix", "it's dead", "well and truly dead" (a person "is dead" is no end of a project)
        r"(?:it|that|this)'?s (?:done|finished|over) for (?:me|us|him|her|them|good)\b|"
        r"(?:it|that|this)(?:'s| is| was)(?: now| officially| well and truly| completely| totally| basically|"
        r" pretty much| all but)? dead(?= *[.,;!?]|$| (?:at|for good|and buried|in the water)\b)|"
        r"(?:is|are|was|were)(?: now| officially| well and truly| completely| totally| basically|"
        r" pretty much| all but)? dead (?:at (?-i:[A-Z])\w*|for good|and buried)|"
        r"hung up (?:the|my|his|her|their) (?:suit|cape|cowl|mask|hoodie|gloves|boots|costume)|"
        # a single outing ("a one-off"); negated ("not a one-off", "not a one-time thing") a yes
        r"one[- ]off(?! (?-i:[A-Z]))|one and done|one[- ]time thing|"
        # the last to come: "she'll be the last one", "that would be the last time" (negated, "I don't
        # think she'll be the last one through that door", a yes: more are coming)
        r"(?:\w+'ll|will|would|\w+'d|going to|gonna) be the last (?:one|time|of (?:us|them|the \w+))\b|"
        # (eighteenth round) one played out, named: "I think Luke's done", "she's finished"
        r"(?:(?-i:[A-Z])\w+|he|she)'s (?:done|finished)(?= *[.,;!?]|$)",
        "negative",
        2.0,
    ),
    # an end undone: "no longer off the table", "no longer ruled out" (before "no longer", a no)
    (r"no longer (?:off the table|ruled out|out of the question|a closed door)", "positive", 1.5),
    (
        r"ruled out|rules out|off the table|clos(?:e|es|ed|ing) (?:a|the) door|shut the door|moved on|"
        # too late: "the moment passed", "that window has closed"
        r"(?:the|that|our) (?:moment|window|time) (?:has |had |'s )?(?:passed|gone|closed)|"
        r"never again|not anytime soon|no longer|unlikely|doubtful|i doubt|shelved|scrapped|"
        r"done with|dead in the water|(?:not|isn'?t|aren'?t|wasn'?t|weren'?t) part of|no room|doubts?|"
        r"doubted|(?<!who)(?<!what)(?:'s|is|are|was|were) (?:all |now |well )?behind (?:us|me|them)|"
        r"(?:put|left|leave|leaving) (?:it|that|this|all (?:of )?that|them) behind (?:us|me|them)|"
        r"(?:ship|boat|train) (?:has|had|'s|may have|might have|probably has)(?: already)? (?:sailed|left)",
        "negative",
        2.0,
    ),
    # hope fading: "less optimistic than I was", "I used to be hopeful" (before "optimistic" is a yes)
    (r"(?:less|no longer|used to be) (?:optimistic|hopeful|excited)", "negative", 1.0),
)
