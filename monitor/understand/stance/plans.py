"""Plans and predictions for, contact and casting (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

Plans and predictions ("will return", "set to film", "bringing them back", "in negotiations to
reprise", "in the works", "the special is real", "building toward") weigh 2, and so do nearness
("closer than it's ever been", "the closest it's been") and expectation ("I fully expect to see").
"Nothing would make me happier", "watch this space", steps taken ("shot scenes opposite", "more than
a cameo", "held early conversations about reuniting", "built around a team-up"), "felt like coming
home", serious talks, "working on it", casting done ("has been cast", "signed on", "is attached",
"my money's on", "I'd bet my house on it"), a plan kept ("on the board") and contact made and plans
laid ("the phone has rung", "there's a plan for those characters", "you're going to like it") are a
yes. "Not on my radar", "isn't on my whiteboard" and a plan denied in the present ("we're not doing a
Defenders thing") are a no.
"""

from __future__ import annotations

from monitor.types import Stance

PLAN_CUES: tuple[tuple[str, Stance, float], ...] = (
    # --- plans and predictions for
    (
        r"(?:will|\w+'ll|is going to|are going to|\w+'s going to|\w+'re going to|gonna|"
        r"(?:is|are)(?: both| all| each)? (?:set|due|expected|slated|poised) to|is about to)(?: \w+)? "
        r"(?:happen|return|reprise|reunite|be back|come back|appear|include|feature|bring|team up|"
        r"assemble|show up|film|shoot|star|"
        r"cross over|join|see|get (?:there|together|back|to)|be announced|"
        # "fans are going to get the reunion they've been asking for"
        r"get (?:the|a|an|their|that|this) (?:[\w-]+ ){0,2}?(?:reunion|team-up|crossover|return|revival))",
        "positive",
        2.0,
    ),
    (
        r"(?:bring|brings|bringing|brought|put|puts|putting) (?:[\w']+,? ){0,6}back|(?:come|coming|be|get|"
        r"getting) back together|(?:get|gets|getting) (?:[\w']+ ){1,3}back together",
        "positive",
        2.0,
    ),
    (
        r"(?:is|are|it'?s|\w+'s|\w+'re) (?:happening|coming back|coming(?! from)|returning|back|in the works|"
        r"in development|confirmed)|"
        r"(?:is|are|\w+'s|\w+'re|been) (?:\w+ly )?(?:developing|prepping|planning|eyeing|exploring|"
        r"working on|looking at ways|mapping out|working out how|figuring out how)|"
        r"in the works|in (?:early |active )?development|"
        # a project reported to exist: "the special is real"
        r"(?:is|it'?s|\w+'s) (?:very |absolutely |definitely |100% )?real(?= *[.,;!?]|$)|"
        # a course set: "we're building toward a team-up" ("not building toward": a no)
        r"(?:building|build|built|builds) (?:toward|towards|up to)|"
        # a deal under way: "in negotiations to reprise", "in talks to return"
        r"in (?:early |final |advanced |active )?(?:talks|negotiations) (?:to|for|about|with)|"
        r"greenlit|green-lit|officially|(?:in|on) the cards|"
        r"set to return|"
        r"will return|(?:is|are) coming(?! from)",
        "positive",
        2.0,
    ),
    # nearly there: "we're closer than we've ever been", "closer than people think"
    (
        r"(?:closer|nearer) than (?:ever|"
        r"(?:people|you|anyone|everyone|fans|most people) (?:think|reali[sz]e|know)|"
        r"(?:we|it|they|i)(?:'ve| have|'s| has) ever been)|"
        # the superlative, ending its phrase: "that's the closest we've been" (not "the closest I've come
        # to a stunt like that")
        r"(?:the )?(?:closest|nearest) (?:we|it|they|i)(?:'ve| have|'s| has) (?:ever )?"
        r"(?:been|come|got|gotten)(?: in (?:years|ages|a decade|a long time))?(?= *[.,;!?]|$)",
        "positive",
        2.0,
    ),
    # an expectation: "I fully expect to see those four together" ("I don't expect": see _RAISED)
    (r"(?:fully|really|absolutely|certainly|totally) expect|expect to see", "positive", 2.0),
    # a strong wish: "nothing would make me happier"
    (r"nothing (?:would|could|will) make (?:me|us) (?:happier|prouder|more excited)", "positive", 1.5),
    # a tease: "watch this space" (more is coming)
    (r"watch this space", "positive", 1.0),
    # steps taken: "shot scenes opposite Charlie Cox", "more than a cameo", "held early conversations
    # about reuniting them", "a season built around a team-up" ("not built around": a no)
    (
        r"(?:shot|filmed|shooting|filming) (?:scenes|footage|a scene|episodes?|an episode)"
        r"(?: [\w']+){0,2}? (?:opposite|alongside|with)|more than (?:a|just a) cameo|"
        r"(?:held|holding|had|having|opened|begun|began) (?:early |preliminary |initial |serious |active |"
        r"internal )?(?:conversations|talks|discussions|meetings) (?:about|on|over|regarding) "
        r"(?:reuniting|bringing|reviving|a reunion|a revival|the return|returning)|"
        r"(?:build|builds|built|building) (?:it |this |that |the (?:season|show|series|story) )?around "
        r"(?:a |the )?(?:[\w-]+ )?(?:team-?up|reunion|crossover)",
        "positive",
        1.5,
    ),
    # a return enjoyed: "having her back on set felt like coming home"
    (
        r"(?:felt|feels|feel|was|is|like) (?:like )?(?:coming home|a homecoming)",
        "positive",
        1.0,
    ),
    # talks taken seriously: "conversations are happening, and they're serious ones"
    (r"serious (?:ones|talks|conversations|discussions)", "positive", 1.5),
    # the same said without its subject, as an answer: "Working on it, believe me."
    (r"working on (?:it|that|this|them)", "positive", 1.5),
    # casting done: "has been cast", "signed on", "is attached" (negated: "not attached", a no)
    (
        r"(?:has|have|had) (?:been cast|signed on|signed a deal|closed a deal)|signed on|"
        r"(?:is|are) (?:now )?attached|circling (?:a|the|his|her) (?:return|role)|"
        r"(?:i'?d|i would|i'?ll|i will) (?:bet|put money) on (?:it|that|them|these|those|this|the|us)\b|"
        # a stake on it: "I'd bet my house on it"
        r"(?:i'?d|i would|i'?ll|i will) (?:bet|put|stake) (?:my|the) (?:house|life|car|farm|mortgage|"
        # (or on the rest: "I'd bet my house on the other two")
        r"last (?:dollar|penny|pound)|(?:life )?savings) on (?:it|that|this|them|the|those|these)\b|"
        # a prediction: "my money's on a reunion" (what follows it says which way; usually a yes)
        r"(?:my|our|the smart) money(?:'s| is|'d be| would be) on",
        "positive",
        1.5,
    ),
    (
        r"(?:not|\w+n'?t) on (?:my|our|their|his|her|the studio'?s|anyone'?s) "
        r"(?:radar|whiteboard|slate|agenda)|"
        r"off (?:my|our|their) radar",
        "negative",
        1.5,
    ),
    # 20th round: a plan denied in the present ("We're not doing a Defenders thing", "they aren't doing
    # another season"): a no like "no plans"
    (
        r"(?:(?:we'?re|we are|they'?re|they are|i'?m|i am) (?:just |simply )?(?:not|never)|"
        r"(?:we|they) aren'?t) doing (?:a|an|another|any)\b",
        "negative",
        2.0,
    ),
    # 20th round: on the list ("it's on the board", "they're still on our slate"): a plan kept, a yes
    # (the "not on my radar" above is its no)
    (
        r"(?:it'?s|it is|that'?s|that is|they'?re|they are|is|are) "
        r"(?:still |very much |definitely |already )?on (?:the|our|my|their|his|her|marvel'?s|"
        r"the studio'?s) (?:board|whiteboard|slate|agenda|list)\b",
        "positive",
        1.0,
    ),
    # contact made and plans laid: "the phone has rung", "there's a plan for those characters"
    (
        r"phone (?:has |had )?(?:rung|rang)|(?:got|gotten|had|received) (?:the|a|that) (?:phone )?call\b|"
        r"(?:there'?s|there is|(?:we|they)(?:'ve| have)(?: got)?) (?:a|big) plans?|a plan (?:for|in place)|"
        r"together again|"
        # a tease: "you're going to like it", "people are going to be pleasantly surprised"
        r"going to (?:like|love|enjoy) (?:it|this|that|what)|"
        r"(?:going to|will) be (?:pleasantly |very |really )?(?:surprised|happy|pleased|thrilled|excited)",
        "positive",
        1.5,
    ),
)
