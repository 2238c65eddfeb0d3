"""Doubt and conditions, with the denied no's beside them (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

- "I won't pretend I know what they're planning" (or "to know") is doubt like "I don't know what",
  and what it does not claim to know is not asserted (``_DOUBT``); "I won't pretend" alone is a way
  of speaking, and what it will not pretend is denied (``_PRETEND``).
- A denied unwillingness ("it's not that we don't want to"), surprise at a "no" ("I'd be shocked if
  we didn't"), a refusal denied ("I wouldn't say no", "I wouldn't hesitate"), "I'd still take the
  call", "this time I actually believe it", "I'd pick up" (0.75), "I wouldn't bet against it", a
  rhetorical "wouldn't it be great", an end denied ("not done", "not the end", "unfinished
  business"; not a perfect with its object, "had never done anything like it"), "haven't seen the
  last", "has to happen" and "I think it'll" are a yes; "I wouldn't bet on it" is a no.
- "No promises", "I would never rule it out" ("I would" before "never" is no yes), not telling ("I
  won't say more", "I can't tell you who": no answer, not a no), "wouldn't be surprised", "I don't
  know", "maybe" of knowledge ("no idea", "not sure"), non-answers ("I can't answer that", "it's not
  a yes", "nothing to announce", "we're listening", "sworn to secrecy"), the decision elsewhere ("the
  ball's in their court"), "nothing I know of", "a different conversation", "remains to be seen",
  "I'll believe it when I see it", conditions ("I'd want to know why", "it would have to be the
  right story", "it depends on …"), "if it happens, it happens", "we'll know when we know" and "stay
  tuned" are doubt (mostly 1); who decides ("not up to me", "that's the studio's call, not mine",
  "I don't think it's up to me", "beyond me") weighs 0.75.
- "A conversation for another day" weighs nothing of itself (what it puts off may be anything), and
  so does a sentence opening "Whether" or "As for whether": it names an open point, what it asks is
  not asserted, and the doubt after it is doubt about whether (``_WHETHER``).
"""

from __future__ import annotations

from monitor.types import Stance

DOUBT_CUES: tuple[tuple[str, Stance, float], ...] = (
    # "I'm not going to pretend I know what they're planning", "I won't pretend to know": no
    # knowledge claimed, so doubt; what it does not claim to know, in its part, is not asserted (see
    # _DOUBT)
    (
        r"(?:not going to|not gonna|won'?t|will not|wouldn'?t|would not|can'?t|cannot|never|not) "
        # (20th round: "I'm not going to sit here and pretend I know something I don't")
        r"(?:(?:sit|stand) here and )?"
        r"pretend (?:to (?:know|understand|have (?:a clue|any idea|the answers?))|"
        r"(?:that |like )?(?:i|we)(?: do)? (?:know|understand|have (?:a clue|any idea|the answers?)))\b",
        "uncertain",
        1.5,
    ),
    # "I won't pretend otherwise", "I'm not going to pretend": a way of speaking; what it is not going
    # to pretend, in its part, is denied ("I won't pretend it's happening": see _PRETEND)
    (
        r"(?:not going to|not gonna|won'?t|will not|wouldn'?t|would not|can'?t|cannot|never|not) "
        r"(?:(?:sit|stand) here and )?pretend(?: otherwise| to know| to be)?",
        "uncertain",
        0.0,
    ),
    # "it's not that we don't want to do it": a denied unwillingness is a yes
    (
        r"not that (?:i|we|they|he|she|marvel|the studio) "
        r"(?:don'?t|didn'?t|doesn'?t|do not|did not|does not) (?:want|like|love|care)(?: [\w']+){0,3}",
        "positive",
        2.0,
    ),
    # "I'd be shocked if we didn't see them": surprise at a "no" expects a yes
    (
        r"(?:shocked|surprised|stunned) if (?:[\w']+ ){0,3}(?:didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t|"
        r"isn'?t|aren'?t|won'?t|wouldn'?t|not|never)(?: [\w']+){0,3}",
        "positive",
        2.0,
    ),
    (
        r"(?:not|no|never) (?:making|make|give|giving) (?:any )?promises|no promises|no guarantees?",
        "uncertain",
        1.0,
    ),
    (
        r"(?:wouldn'?t|would not|won'?t|will not|couldn'?t|(?:would |\w+'d )?never) "
        r"(?:say no|turn (?:it|that) down|(?:even )?(?:hesitate|think twice|miss (?:it|that)|"
        r"(?:need|have) to think|ask (?:what|who|how|why|questions)))",
        "positive",
        1.0,
    ),
    # eager for the call: "I'd still take the call"; belief come at last: "this time I actually believe it"
    (
        r"(?:i'?d|i would|i'?ll|i will|we'?d|we would) (?:still |happily |gladly |always )?"
        r"take (?:the|that|their|a|any) (?:call|meeting)|"
        r"(?:i|we) (?:actually|really|truly|finally|now) believe (?:it|that|them|him|her)(?= *[.,;!?]|$)",
        "positive",
        1.0,
    ),
    # eager for the call: "if they called, I'd pick up on the first ring", "I'd answer the phone"
    # (20th round: taking the call is listening, less than being in, "If they ask, I'm there")
    (
        r"(?:i'?d|i would|i'?ll|i will|we'?d|we would) (?:be the first to )?(?:pick up|answer)"
        r"(?= the (?:phone|call)| on the first ring|[.,!;]|$)",
        "positive",
        0.75,
    ),
    # a bet: "I wouldn't bet against it" expects a yes, "I wouldn't bet on it" a no
    (r"(?:wouldn'?t|would not|won'?t|will not|never|don'?t|do not) bet against", "positive", 1.5),
    (r"(?:wouldn'?t|would not|won'?t|will not|don'?t|do not) (?:bet|count) on", "negative", 1.5),
    (
        r"(?:wouldn'?t|would not|won'?t|will not|can'?t|cannot|not|never|"
        r"(?:did|does|do|has|have|had)(?:n'?t| not))"
        r"(?: going to| gonna| be)? "
        r"(?:rul(?:e|ed|ing) (?:it|that|this|anything|them) (?:out|in)\b|rul(?:e|ed|ing) out|"
        # (nineteenth round) who is not ruled out: "I won't rule anybody out", "rule any of them out"
        r"rul(?:e|ed|ing) (?:anybody|anyone|any of (?:them|those \w+)|him|her|us|either|"
        r"(?:anybody|anyone) else) out\b)",
        "uncertain",
        1.5,
    ),
    # not telling is no answer ("I won't say more", "I can't tell you who"), not a no
    (
        r"(?:won'?t|can'?t|cannot|(?:would|will|could|did|does|do)(?:n'?t| not)) (?:say|reveal|"
        r"confirm|comment|tell|share|disclose|specify|answer|discuss|give (?:you|away|out))",
        "uncertain",
        1.0,
    ),
    # a rhetorical "wouldn't it be great?" is a wish
    (
        r"(?:wouldn'?t|would not) (?:it|that) be (?:so )?(?:cool|great|amazing|nice|fun|awesome|"
        r"incredible|fantastic|wonderful|special|something|a dream)",
        "positive",
        1.0,
    ),
    (
        # (second wave: not a perfect with its object, "had never done anything like it")
        r"(?:not|\w+n't|never) (?:done|over|finished)(?! (?:anything|something|everything|nothing|a|an|the|"
        r"that|this|it|them|much|enough|any|such|one|my|our|his|her|their)\b)"
        r"(?: with (?:it|that|this|her|him|them))?|not the end|unfinished business",
        "positive",
        1.5,
    ),
    (
        r"(?:have|has)(?:n'?t| not) seen the last|not seen the last|(?:has|have|needs?|got) to happen|"
        r"(?:think|believe|bet|sure|know) (?:it|that|they|we|this)(?:'ll| will)(?= *[.,;!?]|$)",
        "positive",
        1.5,
    ),
    (r"wouldn'?t be surprised|not impossible|never closed the door|not off the table", "uncertain", 1.0),
    (
        r"(?:do|does|did)(?:n'?t| not) know|no idea|not sure|unsure|have(?:n'?t| not) heard|no clue",
        "uncertain",
        1.5,
    ),
    (
        r"can'?t (?:say|tell|confirm|give (?:anything|much) away|promise|reveal|speak|answer|comment|"
        r"discuss)|cannot (?:say|confirm|answer|comment)|"
        # neither yes nor no; nothing to announce (the studio line)
        r"not a (?:yes|no)|neither (?:a )?yes nor (?:a )?no|neither confirm nor deny|"
        r"not (?:allowed|permitted|at liberty) to (?:say|talk|tell|discuss|comment|answer)|sworn to secrecy|"
        r"lips are sealed|"
        # "I've been told to say nothing", "we were told not to say anything": a gag, no answer
        r"told (?:to say nothing|not to (?:say|tell|talk about) (?:anything|a word|a thing)|to keep (?:quiet|"
        r"(?:my|our|their|his|her) mouths? shut))|"
        r"nothing (?:to (?:announce|share|report|tell you)|(?:new )?to say (?:on|about) (?:that|it|this))|"
        r"no (?:news|updates?)(?: (?:to share|on that|on it|yet))?|"
        r"(?:we'?re|we are|i'?m|i am) (?:always |still )?listening|we hear (?:you|the fans|them)",
        "uncertain",
        1.0,
    ),
    # the decision elsewhere, nothing known, another question: "the ball's in Marvel's court",
    # "nothing I know of", "season two is a different conversation"
    (
        r"(?:the )?ball(?:'s| is) (?:now |firmly |squarely |still )?in (?:[\w']+ ){1,2}court|"
        r"nothing (?:that )?(?:i|we) (?:know|have heard|'ve heard|heard) of|"
        r"(?:a |an )?(?:different|separate|other|another) (?:conversation|question|matter|discussion)",
        "uncertain",
        1.0,
    ),
    # put off: "that's a conversation for another day" weighs nothing of itself (what is put off may be
    # anything: "the cancellations? a conversation for another day"); put after a "Whether …" or "As for
    # whether …" it puts off the open point, and is doubt about whether (see _WHETHER)
    (
        r"(?:conversation|question|discussion|debate|topic|story|matter) for (?:another|a later|some other) "
        r"(?:day|time|interview|panel)",
        "uncertain",
        0.0,
    ),
    (
        r"remains to be seen|time will tell|"
        # "I'll believe it when I'm standing on set next to her": not before it is seen
        r"believe it when (?:i|we|they|it|you|he|she)\b|"
        # a condition first: "I'd want to know why before I said yes"
        r"(?:want|need|have) to know (?:why|what|how|more|who)|before (?:i|we) (?:said|say|could say) yes|"
        # a condition that must be met first: "it would have to be the right story"
        r"(?:would|will|\w+'d|has|have|needs?|got) (?:have )?to be (?:the )?right",
        "uncertain",
        1.0,
    ),
    # who decides is not whether: "it's just not up to me" after a yes leaves the yes standing
    (
        r"not (?:up to me|my call|my decision)|above (?:my|his|her|their|our) pay ?grade|"
        # (third wave) "I just don't think it's up to me": who decides, not a "don't think" no
        r"(?:do|does|did)(?:n'?t| not) (?:think|believe) (?:it'?s|it is|that'?s|that is) "
        r"(?:really |ultimately |entirely )?(?:up to (?:me|us|him|her)|(?:my|our|his|her) (?:call|decision))|"
        # (second wave) "whether they reunite is honestly beyond me"
        r"(?:is|are|was|(?:it|that|this)'s) (?:honestly |frankly |really |just |simply |completely |way )?"
        r"beyond me\b|"
        r"(?:call|decision),? not (?:mine|ours)|"
        r"(?:that'?s|it'?s|that is|it is) (?:(?:really|ultimately|entirely|still) )?(?:the )?"
        r"\w+'s (?:call|decision)",
        "uncertain",
        0.75,
    ),
    (
        r"if it happens,? it happens|what(?:ever)? happens,? happens|if it'?s meant to (?:be|happen)|"
        r"everything(?:'s| is) on the table|"
        r"anything (?:can|could) happen|anything is possible|(?:we'?ll|we will|we shall) see(?=\s*[.,;!?]|$)|"
        r"(?:we'?ll|we will|i'?ll|i will) know (?:when|if) (?:we|i) know|"
        r"(?:it'?ll|it will) happen (?:when|if) it happens|"
        r"wait and see",
        "uncertain",
        1.0,
    ),
    # a sentence that opens with "Whether" names an open point ("Whether they reunite is above my pay
    # grade"): what it asks, in its part, is not asserted, and the doubt after it is doubt about
    # whether (see _WHETHER); of its own it weighs nothing
    # (and so does "As for whether …": "As for whether the others follow him — that's for another day")
    (r"(?-i:Whether)(?! or not\b)|(?-i:As) for whether(?! or not\b)", "uncertain", 0.0),
    (
        r"(?:it|that) depends|depend(?:s|ed|ing)? (?:on|upon)|too early|hard to say|unclear|uncertain|"
        r"up in the air|nothing (?:concrete|firm|definite|definitive)|"
        r"undecided|no comment|stay tuned",
        "uncertain",
        1.0,
    ),
)
