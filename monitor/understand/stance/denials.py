"""Denied ends, company coming and wishes for the group (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

Most of these hold a negator and go before the general "won't <verb>" and "not going to <verb>"
no (in :mod:`monitor.understand.stance.closure`), which would read them otherwise:

- "don't read X into Y" is doubt (1.5), and what is read into it is not asserted (``_WITHHELD``).
- A refused end ("not ready to call it"), company coming ("I won't be lonely", "Luke is going to
  have company"), a let-down denied ("you won't be disappointed", "you won't regret the wait"), a
  no denied twice ("I can't see why we wouldn't", "there's no reason they can't"), a shelf for good
  denied ("not going to sit on a shelf forever"), one not the last ("she won't be the last familiar
  face"), an end refused ("I refuse to believe we've seen the last of him", "we haven't seen the
  last of them"), "old friends coming by" and "the start of something" are a yes.
- Who it may be left open ("could mean anybody", 2) and who decides passed on ("ask Marvel, not
  me", 0.75) are doubt; hope given up ("I've stopped waiting by the phone", 1; "we gave up hoping",
  1.5) and "we don't have any plans" are a no.
- The strongest wish ("there's nothing I'd like more than", "no one I'd rather work with"), "I'll
  be first in line" and a costume fitting are a yes.
- A goodbye, an end, a leaving out or a throwing away denied ("this isn't goodbye", "that doesn't
  stop on Friday", "I won't stop asking", "they don't leave Luke in Harlem", "you don't build that
  and throw it away"), "it's not dead", "somebody's next", surprise at an end ("I'd be surprised if
  that's the last time") or at one left alone ("I'd be shocked if she stays on her own"), "give it
  five years", a door built open ("so the door was open", "the door was always open for another
  round"), a wish for the group ("we want those characters in the same frame", "we all want another
  round", "putting those four in a room again": negated before its verb, a no), a hint ("just
  saying", not "not just saying") and "I'm home" are a yes.
- One story only ("Matt's story, full stop", "purely about Karen's story"), a show that is one
  hero's alone ("the show was Matt's alone") and a bar on appearing elsewhere ("the contracts bar
  the characters from appearing in …") are a no.
- "Weighing whether" is doubt, and what it weighs is not asserted.
- Asides weigh nothing: "Don't tell my wife", "happy to be here", the life of people ("the most
  alive I feel", "alive for centuries").
"""

from __future__ import annotations

from monitor.types import Stance

DENIAL_CUES: tuple[tuple[str, Stance, float], ...] = (
    # "don't read 'the team is coming' into a cameo": a caution against reading a yes, no yes
    # (what is read into it, in its clause, is not asserted: see _WITHHELD)
    (
        r"(?:don'?t|do not|shouldn'?t|should not|wouldn'?t|would not|not to|never) read "
        r"(?:[\w',]+ ){0,8}?into(?: (?:it|that|this|anything))?",
        "uncertain",
        1.5,
    ),
    # an end refused: "I'm not ready to call it", "not ready to let it go" (before "ready to", negated)
    (
        r"not ready to (?:call it(?: quits| a day)?|give up|let (?:it |that |them |him |her )?go|"
        r"say goodbye|walk away|move on|close (?:the|that) (?:door|book|chapter))",
        "positive",
        1.5,
    ),
    # company coming: "I'm not going to be lonely", "I won't be alone for long"
    (
        # (20th round: of anyone, "he won't be by himself", "she won't be on her own")
        r"(?:won'?t|will not|not going to|not gonna) be (?:lonely|alone|the only one|"
        r"by (?:myself|himself|herself|themselves|ourselves|itself)|on (?:my|his|her|their|our|its) own)|"
        # (nineteenth round) "Luke is going to have company", "she'll have some company"
        r"(?:is|are|'s|'re|will|'ll) (?:going to|gonna) (?:have|get) (?:some )?company\b|"
        r"(?:will|'ll) (?:have|get) (?:some )?company\b",
        "positive",
        1.5,
    ),
    # Seventeenth round. A let-down denied is a promise: "fans won't be disappointed", "you won't
    # regret waiting" (before "won't <verb>" could count as a refusal)
    (
        r"(?:won'?t|will not|wouldn'?t|would not|not going to|not gonna|never going to|never gonna) "
        r"(?:be (?:disappointed|let down|sorry)|regret (?:it|that|this|waiting|the wait))",
        "positive",
        1.5,
    ),
    # Eighteenth round (before "won't <verb>" or "not going to <verb>" could count as a refusal). A
    # no denied twice is a yes: "I can't see why we wouldn't do it again", "there's no reason they
    # can't keep meeting"; a shelf left for good denied: "it's not going to sit on a shelf forever";
    # one not the last: "she won't be the last face you see"; an end refused: "I refuse to believe
    # we've seen the last of her", "we haven't seen the last of them"
    (
        r"(?:can'?t|cannot|don'?t|do not) see (?:any reason )?why (?:[\w']+ ){0,4}?"
        r"(?:wouldn'?t|couldn'?t|can'?t|shouldn'?t|won'?t)\b|"
        r"(?:there'?s|there is|i see|we see) no reason (?:why )?(?:[\w']+ ){0,4}?"
        r"(?:can'?t|couldn'?t|wouldn'?t|shouldn'?t|won'?t)\b|"
        r"(?:won'?t|will not|isn'?t going to|is not going to|aren'?t going to|are not going to|"
        r"not going to|not gonna|never going to|never gonna) (?:just )?(?:sit|stay|remain|gather dust|"
        r"be (?:left|kept|shelved))(?: [\w']+){0,5}? (?:forever|for ever|indefinitely)\b|"
        r"(?:won'?t|will not|wouldn'?t|would not|isn'?t going to|is not going to|not going to|not gonna) "
        r"be the last\b|(?:isn'?t|is not|aren'?t|are not) the last(?! (?:time|word)\b)|"
        r"(?:haven'?t|have not|'ve not|never) seen the last of|"
        r"refuse to (?:believe|accept) (?:that )?(?:[\w']+ ){0,2}?seen the last of",
        "positive",
        2.0,
    ),
    # more coming: "we've got some old friends coming by", "old friends dropping in"
    (
        r"old friends (?:are |were )?(?:coming|dropping|stopping|showing up|turning up|returning|"
        r"popping)\b",
        "positive",
        1.5,
    ),
    # who it may be left open: "faces you know could mean anybody", "it could be anyone"
    (r"(?:could|might|may|can) (?:mean|be) (?:anybody|anyone)\b", "uncertain", 2.0),
    # hope given up: "I've stopped waiting by the phone", "we gave up hoping" (20th round: waiting
    # for the call given up is a no about the call, lighter than hope given up: "I'd never say never.
    # But I've stopped waiting by the phone" leaves it open)
    (
        r"(?:stopped|quit|given up|gave up) waiting (?:by|for|on|at) (?:the|my|a) (?:phone|call)",
        "negative",
        1.0,
    ),
    (
        r"(?:stopped|quit|given up|gave up) (?:waiting|hoping)(?: (?:by|for|on|at) (?:the|my|a) "
        r"(?:phone|call))?",
        "negative",
        1.5,
    ),
    # who decides, passed on: "ask the studio, not me", "ask Marvel, not me"
    (
        r"ask (?:the (?:studio|network|producers|streamer)|them|(?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)?),? "
        r"not me\b",
        "uncertain",
        0.75,
    ),
    # no plans had: "we don't have any plans right now for another season"
    (r"(?:don'?t|do not|doesn'?t|does not) have any (?:\w+ )?plans?\b", "negative", 2.0),
    # a beginning: "it feels like the start of something"
    (r"(?:the )?(?:start|beginning) of something\b", "positive", 1.0),
    # the strongest wish: "there's nothing I'd like more than a scene with her", "no one I'd rather
    # work with" ("nothing I'd like less" is no wish)
    (
        r"(?:nothing|no one|nobody|nowhere|no place)(?: else)? (?:(?:i|we)(?:'d| would)?) "
        r"(?:rather|sooner|(?:like|love|want|enjoy)(?: [\w']+){0,3}? (?:more|better))\b",
        "positive",
        1.5,
    ),
    # eager to be there: "I'll be first in line"; a step taken: "been in for a costume fitting"
    (
        r"(?:the )?first in line|"
        r"(?:in for|had|have had|did|went to|called in for) (?:a |my |the |some |another )?"
        r"(?:costume |wardrobe |suit )?fittings?\b|(?:costume|wardrobe|suit) fittings?\b",
        "positive",
        1.0,
    ),
    # Seventeenth round, second wave: cues for statements that had none (before "won't <verb>" could
    # count as a refusal). A goodbye denied: "this isn't goodbye", "it's not a farewell" (not "not a
    # goodbye party"); an end denied: "that doesn't stop on Friday", "it won't end there", "I won't
    # stop asking"; leaving out denied: "they don't leave Luke in Harlem", "you don't leave a hero on
    # the shelf"; throwing away denied: "you don't build chemistry like that and throw it away"
    (
        r"(?:isn'?t|wasn'?t|aren'?t|not|never) (?:really |truly )?(?:a |the |our |my |your )?"
        r"(?:final |last |real )?(?:goodbyes?|farewells?)"
        r"(?! (?:party|parties|tour|dinner|drinks?|gifts?|cards?|speech|post|note|letter|video)\b)|"
        r"(?:doesn'?t|does not|won'?t|will not|isn'?t going to|is not going to|never) (?:stop|end)"
        r"(?= *[.,;!?]|$| (?:here|there|now|on (?-i:[A-Z])\w+|with (?:this|that|the \w+)|"
        r"after (?:this|that|the \w+))\b)|"
        r"(?:won'?t|will not|never|not going to|not gonna) stop (?:asking|pushing|fighting|hoping|"
        r"campaigning|lobbying|begging|trying)\b|"
        r"(?:don'?t|doesn'?t|won'?t|wouldn'?t|can'?t|never|not going to|aren'?t going to) (?:just )?"
        r"leave (?:[\w']+ ){1,4}?(?:behind|out(?! of)|on the (?:shelf|sidelines|bench)|in (?-i:[A-Z])\w+)|"
        r"(?:don'?t|doesn'?t|wouldn'?t|won'?t|never|not going to|aren'?t going to) (?:[\w']+ ){0,6}?"
        r"(?:throw|toss) (?:it|that|this|them) away|"
        # (and a project denied dead: "it's not dead", before "it's dead" could count as an end)
        r"(?:it|that|this)(?:'s| is| was)(?:n'?t| not) (?:really |quite |completely )?dead(?= *[.,;!?]|$)",
        "positive",
        1.5,
    ),
    # more to come: "somebody's next"; surprise at an end: "I'd be surprised if that's the last time
    # those four share a scene" (a yes, like "shocked if we didn't"); a wait that ends in a yes:
    # "give it five years", "give it time"; a door built open: "we built it so the door was open",
    # "the door was always open for another season" ("leave the door open" is doubt: see caution)
    (
        r"(?:somebody|someone)(?: else)?(?:'s| is) (?:next|coming)(?= *[.,;!?]|$)|"
        r"(?:surprised|shocked|stunned) if (?:[\w']+ ){0,8}?(?:(?:is|was|were|'s|be) (?:the|our|their) "
        r"(?:last|final) (?:time|one|season|chapter|word)|(?:is|was|'s) (?:over|the end))\b|"
        # (third wave) surprise at one left alone for good: "I'd be shocked if she stays solo forever"
        r"(?:surprised|shocked|stunned) if (?:[\w']+ ){0,8}?"
        r"(?:stays?|stayed|remains?|remained|is left|are left|"
        r"ends? up) (?:alone|solo|on (?:his|her|their) own|apart|by (?:himself|herself|themselves))\b|"
        r"give it (?:a |another |the )?(?:few |couple (?:of )?|(?:one|two|three|four|five|six|ten|\d+) )?"
        r"(?:more )?(?:years?|months?|weeks?|seasons?|time|a while)(?= *[.,;!]|$| and\b)|"
        r"(?:so|so that|to make sure|making sure) (?:the|a|that) door (?:was|is|would be|stays|stayed|"
        r"remained|remains|would stay) (?:always |still |wide |left )?open|"
        r"door (?:was|has been|had been|has always been|was always|remained|stayed|would be|will be|"
        r"will always be|is always|is still|stays) (?:always |still |wide |left )?open for\b",
        "positive",
        1.5,
    ),
    # a wish for the group by those who decide or anyone: "we want those characters in the same frame
    # again", "Marvel wants the Netflix heroes back"; "we all want another round"; the group in one
    # place again: "in the same room again", "putting those four in a room again" (negated before the
    # verb: "they're never putting them in a room again", a no)
    (
        r"wants? (?:all )?(?:those|these|the|our|its|their) (?:[\w-]+ ){0,3}?(?:characters|heroes|actors|"
        r"cast|four|three|two|team|gang|guys|shows)(?= (?:in|on|back|together|to (?:come|be|return|reunite)|"
        r"again)\b)|"
        r"(?:wants?|wanting) (?:another|one more) (?:round|go|run|shot|outing|chance|crack|season|ride|"
        r"adventure|team-?up)\b|"
        r"(?:put|puts|putting|get|gets|getting|have|having|see|seeing|bring|brings|bringing)"
        r"(?: [\w']+){1,4}? "
        r"(?:in|into) (?:(?:a|the same|one) (?:room|frame|scene|shot)(?: together)? again|"
        r"(?:the same|one) (?:room|frame|scene|shot)(?: together)?|(?:a|the) (?:room|frame|scene|shot) "
        r"together)\b",
        "positive",
        1.5,
    ),
    # a hint: "Jessica's jacket is hanging in my closet. Just saying." (not "I'm not just saying that");
    # home again: "Hell's Kitchen, I'm home." (not "when I'm home, I cook")
    (
        r"(?<!not )(?<!n't )just saying|"
        r"(?<!when )(?<!while )(?<!if )(?<!until )(?:i'?m|we'?re|i am|we are) (?:back )?home"
        r"(?= *[.,;!?]|$)",
        "positive",
        1.0,
    ),
    # one story and no other: "Season one is Matt's story, full stop", "it's only Karen's show"
    (
        r"(?:(?-i:[A-Z])[\w-]*'s|his|her|their) (?:own )?(?:story|show|season)(?: alone)?,? "
        r"(?:full stop|period|end of story|and (?:nobody|no one) else'?s)|"
        r"(?:only|just|purely|solely|entirely) (?:about )?(?:(?-i:[A-Z])[\w-]*'s|his|her) (?:story|show)\b|"
        # 20th round: a show that is one hero's alone ("the show was Matt's alone", "the season is hers
        # alone")
        r"(?:show|series|season|story) (?:was|is|'s|will be|stays|remains) (?:(?-i:[A-Z])[\w-]*'s|his|hers|"
        r"theirs) alone\b|"
        # 20th round: a bar on appearing elsewhere ("the contracts bar the characters from appearing in any
        # other series")
        r"(?:bar|bars|barred|barring|prevent|prevents|prevented|forbid|forbids|forbade|block|blocks|blocked) "
        r"(?:the |those |these |its |their )?(?:[\w-]+ )?(?:characters|actors|heroes|cast|stars|them) "
        r"from (?:appearing|returning|reprising)\b",
        "negative",
        1.5,
    ),
    # under consideration: "Marvel is weighing whether a second hero could appear" (what is weighed,
    # in its part, is not asserted: see _DOUBT)
    (
        r"(?:weigh|weighs|weighing|weighed|consider|considers|considering|considered|mull|mulls|mulling|"
        r"mulled|debate|debates|debating|debated)(?: over)? (?:whether|if)\b",
        "uncertain",
        1.5,
    ),
    # asides that take no stance: "Don't tell my agent." (a joke asked of the listener, no refusal to
    # say); "happy to be here" (a greeting); the life of people, not of a project: "the most alive I
    # feel", "been alive for centuries", "kept us alive for three seasons"
    (
        r"(?:(?<![\w'] )(?<![\w'], )|(?=(?-i:D)))(?:please )?(?:don'?t|do not) tell (?:my|the|your|his|her|"
        r"our|anyone|anybody|him|them|(?-i:[A-Z])\w+)\b|"
        r"(?:so |very |really )?(?:happy|glad|thrilled|delighted) to be here(?= *[.,;!?]|$)|"
        r"(?:the )?(?:most|more) alive|(?:feel|feels|felt|feeling) (?:so |more |very |really )?alive|"
        r"alive for (?:\w+ )?(?:centuries|decades|years|seasons|months|a (?:century|decade|while))\b",
        "uncertain",
        0.0,
    ),
)
