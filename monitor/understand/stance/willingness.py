"""Eagerness, asks, willingness and hope (part of rule 2, see :mod:`monitor.understand.stance.cues`).

- Eagerness ("I'd write it tomorrow", any verb with "tomorrow" ending its phrase; "I want it badly",
  "I'd want it", "Desperately." as an answer, "they'd have to drag me off the set", "I'd die happy",
  "been ready", "in case Danny gets the call"), being in ("Krysten's in", a name or he/she with "in"
  ending its phrase) and fans' asks ("they owe us", "I'll take one episode", "that's the whole ask",
  "somebody should make it", "call me", "bring them on", "put it on screen", "I'll keep asking", "one
  more shot") are a yes.
- Growth and nearness ("only going to grow", "faces you already know", "halfway there", "we're
  getting there", "real appetite for it", "unfinished", "the story he deserves", "the odds have
  improved", "inevitable") are a yes; "I'm ready to let it rest" is a no (before "I'm ready"); "I'd be
  the happiest man" and "I keep asking" are a yes.
- Willingness and hope ("I'm in", only where it ends its phrase: not "I'm in a cupboard"; "I'd love
  to", "hopefully", "I think so", "a good feeling about it", "I want Karen in a room with …", "Danny
  deserves better", "if they call", "if they asked", glad to have someone back) weigh 1; "if you ask
  me" is a way of speaking, no condition; "want to get it right" and "want to be the guy who …" are
  no wish to return.
- "Fingers crossed" weighs 0.75: a hope that owns it is not known.
"""

from __future__ import annotations

from monitor.types import Stance

WILLINGNESS_CUES: tuple[tuple[str, Stance, float], ...] = (
    # --- Sixteenth round, eagerness and demand without a "love to": "I'd write it tomorrow" (any
    # verb, "tomorrow" ending the phrase), "I want it badly", "I'd want it", "Desperately." as an
    # answer, "they'd have to drag me off the set", "I'd die happy", "been ready", "still training",
    # "in case Danny gets the call", "Krysten's in" (a name or "he"/"she" in, ending its phrase),
    # "we'd all do it"
    (
        r"(?:i|we|he|she|they)'d (?:happily |gladly |honestly )?"
        r"(?!(?:rather|have|be|know|need|like|prefer|probably|never|not|hate|hear|find|say|tell)\b)"
        r"[a-z]+ (?:[\w']+ ){0,3}?tomorrow(?= *[.,;!?]|$)|"
        r"want (?:it|this|that|them) (?:so |really )?(?:badly|desperately|so much|more than anything)|"
        r"(?:i|we)(?:'d| would)? (?:really |still |both |all |so |just )?want (?:it|this|that)"
        r"(?= *[.,;!?]|$)|"
        r"(?<![\w'] )(?<![\w'],)desperately(?= *$)|"
        r"(?:\w+'d|would|will|\w+'ll) have to drag (?:me|us|him|her) (?:off|away|out)|"
        r"(?:i'?d|i would|i could|i'?ll|i will) die (?:a )?happy|"
        r"(?:been|always|stay|staying|keep|keeping|still) (?:ready|training|in shape)(?= *[.,;!?]|$)|"
        r"in case (?:[\w']+ ){1,3}?(?:gets?|got) (?:the|that|a) (?:phone )?call|"
        r"(?!(?-i:(?:That|It|What|Who|There|Here|Where|This|Let)'s))(?:(?-i:[A-Z])[\w]+'s|he'?s|she'?s) in"
        r"(?= *(?:[.,;!?)]|$)| (?:too|as well|already|for sure)\b)|"
        r"(?:we|they)'d (?:all |both )?do it(?= *[.,;!?]|$)",
        "positive",
        1.0,
    ),
    # asks and demands: "they owe us the four of them", "I'll take one episode", "that's the whole
    # ask", "somebody should make it", "Marvel, call us", "bring 'em on" (the apostrophe before a
    # word is dropped: "em"), "put it on screen", "I'll keep asking", "one more shot"
    (
        r"(?:owe|owes) (?:us|the fans|fans|it to (?:the fans|us|fans))\b|"
        r"(?:i'?ll|i'?d|we'?ll|we'?d) take (?:one|a single|ten|five|two|three|twenty) "
        r"(?:more )?(?:episode|scene|minute|cameo|season|movie|film|special)s?\b|"
        r"(?:that'?s|it'?s) (?:the whole|the only|all (?:we|i)|our only|my only) ask\b|"
        r"all (?:we'?re|i'?m|we are|i am|they'?re) asking(?: for)?|"
        r"(?:somebody|someone|marvel|disney|the studio|netflix) (?:just |really )?"
        r"(?:should|needs? to|has to|must|gotta|ought to) (?:make|do|greenlight|film|shoot|call)\b|"
        r"(?:somebody|someone) (?:just )?call\b|"
        r"(?<![\w'] )call (?:me|us)(?= *[.,;!?]|$)|"
        r"bring (?:them|em|him|her) (?:on|in)(?= *[.,;!?]|$)|"
        r"put (?:it|that|them|this) on (?:screen|the screen|film|camera|tv|television)|"
        r"(?:i'?ll|i will|we'?ll|we will|gonna|going to) keep (?:on )?(?:asking|pushing|fighting|campaigning|"
        r"lobbying|begging)|"
        r"one more (?:shot|go|run|ride|round|season|night|chance|mission|outing)\b|"
        r"(?:have|has|had|got|wrote|written|pitched) (?:a|the|our|my) "
        r"(?:whole |full |complete |entire )?pitch\b",
        "positive",
        1.0,
    ),
    # growth, nearness and appetite: "only going to grow", "faces you already know", "we're halfway
    # there", "we're getting there", "real appetite for it", "Danny's unfinished", "the story he
    # deserves", "we picked up where we left off", "the chances have improved", "inevitable"
    (
        r"(?:only|just) (?:going to|gonna) (?:grow|get bigger|expand|keep growing)|"
        r"(?:will|\w+'ll) only (?:grow|get bigger|expand)|"
        r"faces (?:you|fans|people|we|they) (?:already |all )?(?:know|recogni[sz]e|remember|love)|"
        r"recogni[sz]e (?:some|a few|a couple of|many|plenty of|a lot of) (?:familiar |old )?faces|"
        r"halfway there|"
        r"(?:we'?re|we are|it'?s|it is|they'?re|they are) getting (?:there|close|closer)(?= *[.,;!?]|$)|"
        r"(?:real|big|huge|strong|genuine|an|some|a lot of|plenty of) appetite (?:for|to)\b|"
        r"(?:is|are|\w+'s|\w+'re|feels?|remains?) unfinished|"
        r"(?:the|a|an) (?:[\w-]+ )?(?:story|ending|send-off|arc|finale) (?:he|she|they|it|(?-i:[A-Z])\w+) "
        r"(?:truly |really )?deserve[sd]?|"
        r"(?:picked|pick|picking) (?:back )?up (?:right |just )?where (?:we|they|it|he|she) left off|"
        r"(?:chances?|odds|prospects?) (?:[\w'-]+ ){0,10}?(?:have|has|had|are|is) "
        r"(?:improved|increased|gone up|risen|grown|better)|"
        r"(?:going to|gonna|will|\w+'ll) make (?:you|fans|people|everyone|a lot of people|the fans) "
        r"(?:very |really |so )?(?:happy|smile)|"
        r"(?:nobody|no one)(?:'s| has) (?:given up|stopped hoping)|"
        r"(?:haven'?t|hasn'?t|never|not) given up(?: on)?(?! (?:on )?(?:hope|hoping)\b)|"
        r"(?<!the )inevitable|(?:is|are|\w+'s|\w+'re) ready(?= *[.,;!?]|$)",
        "positive",
        1.5,
    ),
    # (nineteenth round) laid to rest: "I'm ready to let her rest", "time to let it go" (before
    # "I'm ready", a yes); "I'd be the happiest man alive" is a yes
    (
        r"(?:(?:i'?m|i am|we'?re|we are) )?(?:(?:ready|time) to )?let (?:it|her|him|them|that|this) rest\b|"
        r"(?:i'?m|i am|we'?re|we are) ready to let (?:it|her|him|them|that|this) go\b|"
        r"(?:it'?s|it is) time to let (?:it|her|him|them|that|this) go\b",
        "negative",
        2.0,
    ),
    (r"(?:i|we)(?:'d| would) be the happiest (?:man|woman|person|guy|girl|people)\b", "positive", 1.0),
    # asking on regardless: "Nobody tells me anything, but I keep asking" (a wish kept up)
    (r"(?:i|we)(?:'ll| will)? (?:just )?keep (?:on )?asking\b", "positive", 1.0),
    # --- willingness and hope
    (
        # ("I'm in" ends its phrase: "I'm in a cupboard", "I'm in London" are places)
        r"i'?m in(?=\s*(?:[.,;:!?)\u2014\u2013-]|$)|\s+(?:if|when|whenever|too|again|already|as well|"
        r"for (?:it|that|sure|the next one|another (?:one|round|go|season))|all the way)\b)|"
        r"(?:count|put) (?:me|us)(?: all)? in\b|"
        # an answer's yes: "I think so. I really do."
        r"(?:i|we) (?:really |still |honestly )?(?:think|believe) so\b|"
        # a wish for someone: "I want Karen in a room with Jessica", "Danny deserves better"
        r"(?:i|we) (?:really |just |still |all )?want (?:them|him|her|(?-i:[A-Z])[\w']*|"
        # "I want all four of us in a room again"
        # ("I want all three.": the number alone ends the phrase)
        r"(?:all|both)(?: (?:two|three|four|five|six))?(?: of)? (?:us|them|you)|"
        r"all (?:two|three|four|five|six)(?= *[.,;!?]|$)|both(?= *[.,;!?]|$))|"
        r"deserve[sd]? (?:better|more|another (?:shot|chance|season|go)|a (?:second|proper|real|better) "
        r"(?:chance|shot|ending|send-off|go))|ready when(?:ever)? you are|(?:just )?say the word|"
        r"you know where to find me|"
        # ("if you ask me" is a way of speaking, not a condition; "if you ask me to" is one)
        r"if (?!you ask(?:ed)? me(?! to\b))(?:[\w']+ ){1,2}"
        r"(?:calls?|called|asks?|asked|wants?|needs?|rings?|rang|(?:comes?|came) calling)\b|"
        r"i'?m (?:down|game|ready|there)|sign me up|"
        r"(?:i'?m|i am|i'?d be|we'?re) (?:always )?up for (?:it|that)|"
        r"in a heartbeat|jump at|"
        # "I'd pay good money to see that": a wish to see it
        r"pay (?:good |real |serious |big |top )?(?:money |cash )?to (?:watch|see)|"
        # eager: "we'd be shooting it tomorrow", "I'd fly out tomorrow"
        r"(?:(?:i|we)'?|(?:he|she|they)')d (?:be )?(?:do|doing|shoot|shooting|film|filming|go|going|fly|"
        r"flying|start|starting|"
        r"come|coming|sign|signing|suit|return|be back|be there|be on set)(?: [\w']+){0,2} tomorrow|"
        r"(?:more|cautiously|very|really|so|quite|pretty|increasingly) (?:optimistic|excited|hopeful)|"
        # (nineteenth round) glad of a return: "we're excited to have her back", "thrilled to welcome
        # them back"
        r"(?:excited|thrilled|delighted|happy|glad|proud) to (?:have|welcome|see) (?:\w+ ){1,2}back\b|"
        r"optimistic|(?:be )?on the (?:first|next) (?:plane|flight|train)|"
        r"interested in (?:returning|coming back|going back|doing (?:it|that|more)|reprising|playing)|"
        r"cross(?:ing)? (?:my|our) fingers|"
        # "I've got a good feeling about it"
        r"(?:a )?(?:good|great|really good) feeling about (?:it|this|that|them)|"
        r"(?:lobby|lobbying|lobbied|campaigning|campaigned|pushing|pushed) (?:hard )?for|"
        r"(?:would|\w+'d) (?:absolutely |definitely |totally |really |certainly |happily |gladly )?"
        r"(?:love|like|be happy|be thrilled|be there|do it|return|come back|go back|be back|"
        r"be (?:a dream|amazing|incredible|great|fantastic|awesome|an hono(?:u)?r|a blast)|"
        r"show up|jump|sign|say yes|suit up|cross paths|share (?:the|a) screen|welcome)|"
        # "I'd happily pick up the katana again": willingness, whatever the verb
        r"(?:would|\w+'d) (?:happily|gladly)\b|"
        r"(?:keep |been |always |still )?saying yes|(?:the )?answer is (?:always |still )?yes|"
        r"wants? back(?: in)?\b|(?:i'?m|i am|we'?re|we are|they'?re|they are) ready\b|"
        r"love to|happy to|ready to|eager|willing|open to|door is (?:always )?open|door'?s open|"
        r"want(?:s)? to (?:come back|return|do|go back|"
        r"be(?! (?:clear|honest|careful|fair|realistic|transparent|upfront|up front|straight|frank|candid|"
        r"direct|blunt|precise|specific)|"
        # (second wave) a role, not a return: "I don't want to be the guy who's coy", "a hero"
        r" (?:the|a|an) (?:guy|person|kind|type|sort|man|woman|girl|boy|hero|villain|jerk|bad guy)\b)|see|"
        r"play|reunite|watch|get(?! (?:[\w']+ ){0,2}right\b))|hopes?|"
        r"hoping|hopeful|hopefully|"
        r"(?:can'?t|cannot|can hardly|could hardly|couldn'?t) wait|"
        r"would even|i would(?! (?:never|not|hardly)\b)|i'?d do|absolutely|of course|"
        r"all bets are off|"
        r"(?:would|could) (?:happen|work)",
        "positive",
        1.0,
    ),
    # Round 22: "fingers crossed" wishes luck, a hope that owns it is not known: lighter than a wish
    # ("I've been told nothing. Fingers crossed, though": the doubt stands)
    (r"fingers crossed", "positive", 0.75),
)
