"""Refusals and non-answers (part of rule 2, see :mod:`monitor.understand.stance.cues`).

Not telling is no answer, not a no. An answer put off till a call ("ask me when the phone rings"),
one refused ("I've learned not to answer that") and a shut door denied ("I'd be lying if I told you
the door was shut") are doubt (1.5). A "no" denied in the present ("I'm not saying no to anything
these days", "she wasn't saying no to it") is a yes (the policy "never say no to anything" stays
doubt). Which of them left open ("in what combination, I'll leave to the writers") is doubt (2), so
"you'll see more of them. In what combination …" is no yes. A refusal to talk about someone else's
work ("I won't talk about another studio's show") weighs nothing. A refusal to say when ("I'm not
saying when") takes the event for granted, a yes; a refusal to say more ("I'm not saying any more")
weighs half. "That's all I'm saying about who else …" names the open point and leaves it open (2); a
plain "that's all I'll say" weighs 0.5 (after a tease it keeps the tease's stance: see the stance
rules); "I'm not telling" and "not yet" are doubt.
"""

from __future__ import annotations

from monitor.types import Stance

REFUSAL_CUES: tuple[tuple[str, Stance, float], ...] = (
    # (nineteenth round) the answer put off till a call ("Ask me when the phone rings", "ask me once
    # they call"), not given ("I've learned not to answer that"), a shut door denied ("I'd be lying if
    # I told you the door was shut": not shut is open, doubt)
    (
        r"ask (?:me|us) (?:again )?(?:when|once|if) (?:the (?:phone|call)\b|(?:they|somebody|someone|anybody|"
        r"anyone|(?-i:[A-Z])\w+) (?:calls?|rings?|phones?)\b)|"
        r"(?:learned|learnt) (?:not to|to never|never to) (?:answer|comment on|talk about) "
        r"(?:that|this|it)\b|"
        r"(?:be lying|lie) if (?:i|we) (?:said|say|told you|tell you)(?: that)? (?:the|that|our) doors? "
        r"(?:was|were|is|are|'s|had been|has been) (?:\w+ )?(?:shut|closed|locked)\b",
        "uncertain",
        1.5,
    ),
    # (third wave) a "no" denied in the present ("I'm not saying no to anything these days", "she
    # wasn't saying no to it"): a double negative, a yes (not the policy "never say no to anything")
    (
        r"(?:(?:i'?m|we'?re|i am|we are|she'?s|he'?s|they'?re|she is|he is|they are) not|"
        r"(?:was|were|is|are)(?:n'?t| not)) saying no to\b",
        "positive",
        1.5,
    ),
    # (third wave) which of them left open: "in what combination, I'll leave to the writers", "in
    # what form, I can't say": the open point named after a yes about more of them (2)
    (
        r"in (?:what|which) (?:combinations?|configurations?|line-?ups?|mix)\b|"
        r"(?:what|which) (?:combination|configuration|line-?up) (?:of (?:them|those|these)|it'?s|they)",
        "uncertain",
        2.0,
    ),
    # (third wave) a refusal to talk about someone else's work or business weighs nothing ("I'm not
    # going to talk about another studio's show"): the open point is not ours
    (
        r"(?:won'?t|will not|not going to|not gonna|can'?t|cannot) (?:talk|speak|comment) (?:about|on) "
        r"(?:another|other|somebody else'?s|someone else'?s|anybody else'?s|anyone else'?s|"
        r"other people'?s)\b",
        "uncertain",
        0.0,
    ),
    # a refusal to say when ("I'm not saying when", "I can't tell you when") takes the event for
    # granted: a coy yes (not "when or if")
    (
        r"(?:(?:not going to|not gonna|won'?t|will not|can'?t|cannot) (?:say|tell you)|"
        r"(?:i'?m|we'?re|i am|we are) not (?:saying|telling(?: you)?)) (?:exactly )?when(?= *[.,;!?]|$)",
        "positive",
        1.0,
    ),
    # a refusal to say more ("I'm not saying any more", "I won't say more than that") keeps what was
    # said: no answer of its own, lighter than a refusal to say whether
    (
        r"(?:(?:i'?m|we'?re|i am|we are) not (?:saying|telling(?: you)?)|"
        r"(?:not going to|not gonna|won'?t|will not|can'?t|cannot) (?:say|tell you)) "
        r"(?:any ?more|anything (?:more|else)|much more|more)(?: than (?:that|this))?",
        "uncertain",
        0.5,
    ),
    # "that's all I'm saying about who else might turn up": the open point named, and left open;
    # "that's all I'll say": a coy end
    (
        r"(?:that'?s|that is|this is) all (?:i'?m|i am|we'?re|we are|i'?ll|i will|we'?ll) "
        r"(?:saying|going to say|gonna say|say)(?: for now| today)?,? (?:about|on) "
        r"(?:who|whether|if|what|the (?:others|rest)|anyone else|anybody else)",
        "uncertain",
        2.0,
    ),
    (
        r"(?:that'?s|that is|this is) all (?:i'?m|i am|we'?re|we are|i'?ll|i will|we'?ll) "
        # ("that's all I'll promise": no more than what was said)
        r"(?:saying|going to say|gonna say|say|promise|promising|going to promise|commit to)",
        "uncertain",
        0.5,  # Round 21: after a tease, the tease's stance ("It's getting crowded. That's all I'll say.")
    ),
    (r"(?:i'?m|we'?re|i am|we are) not (?:telling|saying)|not yet", "uncertain", 1.0),
)
