"""The stance cues: the phrases a clause is scanned for, each with a stance and a weight.

Rule 2 of :mod:`monitor.understand.stance` (the other rules are there):

2. Each clause is scanned for cue phrases (one alternation, specific phrases before general ones, so
   "you never know" is uncertain before "never" could count as negative, and "I don't know" is
   uncertain before "don't" could negate anything). Each cue has a stance and a weight: plans and
   predictions ("won't happen", "no plans", "I don't think we are doing it", "will return") weigh
   2; willingness and hope ("I'm in", "I'd love to", "hopefully") weigh 1; doubt ("I don't know",
   "maybe", "who knows", "you never know") weighs 1 to 1.5; bare modals ("might", "could") 0.5.
   Non-answers are doubt ("I can't answer that", "it's not a yes", "nothing to announce", "we're
   listening", "none of us knows", "nobody has promised", "nothing has been signed"), and so are
   conditions ("it would depend on …", "it would have to be the right story") and talk ("we've
   talked about Luke"); dateless predictions are a yes ("eventually", "a matter of time", "very much
   alive", "set to film"), and so are wishes for someone ("I want Karen in a room with …", "Danny
   deserves better"). Contact, casting and plans are a yes ("the phone has rung", "has been cast",
   "in negotiations to reprise", "there's a plan for those characters", "you're going to like it"),
   and so is doubt about timing only ("a when, not an if", "the question was never if"); closure
   and "not now" are a no ("that chapter is closed", "not this season", "absolutely not"); waiting
   and caution are doubt ("I have not been cast", "the phone hasn't rung", "not to get my hopes
   up", "I'm not going to announce anything", "ask me again in a year"). An estimate of how often
   ("maybe every week") is no doubt at all. Not telling is no answer, not a no ("I won't say more",
   "I can't tell you who"); "behind me" is an end only when something is ("it's behind me", "I put
   that behind me"; not "who's behind me"); doubt about the time only ("I don't know when") weighs
   less than doubt about whether; a rhetorical "wouldn't it be great" is a wish. Ways of speaking
   ("I'm not going to lie") and measures ("as many as we could") weigh nothing, and a text whose
   cues all weigh nothing takes no stance; a refused end ("not ready to call it"), an end believed
   once ("I really did think I was done"), "I think so" and "a good feeling about it" are a yes; "the
   moment passed" is a no; "don't read X into Y", "never say no to anything", "more likely than it
   was" and "that's as far as I'll go" are doubt; "I'm in" is a yes only where it ends its phrase
   (not "I'm in a cupboard"). Fifteenth round: nearness ("closer than it's ever been"), expectation
   ("I fully expect to see"), "nothing would make me happier", "watch this space", steps taken ("shot
   scenes opposite", "more than a cameo", "held early conversations about reuniting", "built around a
   team-up"), "felt like coming home", "now we just need the other two" and "I'd still take the call"
   are a yes; "the ball's in their court", "nothing I know of", "a different conversation", "I'll
   believe it when I see it" and "I'd want to know why" are doubt; "ends where it ended" and "there's
   nothing to it" are a no; "I would never rule it out" is doubt ("I would" before "never" is no yes);
   a show "cancelled" is history, no cue; "still" splits a clause only before a comma. Sixteenth
   round: a likelihood at its highest ("more likely than ever", "the closest it's
   been") and progress counted ("two down, two to go") are a yes, and so is a refusal to say when
   ("I'm not saying when": the event taken for granted); "that's all I'm saying about who else …"
   names the open point and leaves it open (2), a plain "that's all I'll say" is doubt; a refusal to
   say more ("I'm not saying any more") and "who knows who else" weigh half; "we'll know when we
   know" is doubt, and so are "that's the studio's call, not mine" (who decides, 0.75), "I'm not sitting
   by the phone" (0.75) and "I won't tease you"; "isn't on my whiteboard" is a no; "I won't pretend"
   and "I won't kid you" are ways of speaking; "want to get it right" is no wish to return.
   Statements that had no cue: eagerness ("I'd write it tomorrow", any verb with "tomorrow" ending
   its phrase; "I want it badly", "I'd want it", "Desperately." as an answer, "they'd have to drag
   me off the set", "I'd die happy", "been ready", "in case Danny gets the call"), being in
   ("Krysten's in", a name or he/she with "in" ending its phrase), permanence against an ending
   ("isn't going anywhere", "nobody is ever really gone", "they don't just disappear", "live on in",
   "count on seeing them", "goodbyes are never final"), growth and nearness ("only going to grow",
   "faces you already know", "halfway there", "we're getting there", "real appetite for it",
   "unfinished", "the story he deserves", "the odds have improved", "inevitable"), insiders' claims
   ("not a cameo", "actively developing", "pitched a revival", "fitted for the suit", "shares scenes
   with", "I stand by what I heard") and fans' asks ("they owe us", "I'll take one episode", "that's
   the whole ask", "somebody should make it", "call me", "bring them on", "put it on screen", "I'll
   keep asking", "one more shot") are a yes; "goodbyes are rarely final", "still waiting on the
   call", "if it happens, great" (2), "your guess is as good as mine" (1.5), "I can tell you that
   much", "stopping short of promising", "heard nothing", "one season at a time", "leave the door
   open", "opens doors", "let's see where it goes" (0.75) and "learned not to promise" (0.5) are doubt;
   "made peace with the idea that", "not something anyone has raised", "hasn't set foot on the set"
   and "I'd put money against it" are a no. Seventeenth round: a let-down denied ("you won't be
   disappointed", "you won't regret the wait"), the strongest wish ("there's nothing I'd like more
   than", "no one I'd rather work with"), "I'll be first in line" and a costume fitting are a yes; "I
   won't pretend I know what they're planning" (or "to know") is doubt like "I don't know what", and
   what it does not claim to know is not asserted; "she'll be the last one" is an end (so "I don't
   think she'll be the last one" is a yes); "a conversation for another day" weighs nothing of itself
   (what it puts off may be anything) and is doubt about whether after a "Whether" or "As for whether"
   opening; "I can tell you …" ends a refusal to say before it in its clause ("I can't tell you who,
   I can tell you it's close" asserts the rest). Seventeenth round, second wave, cues for statements
   that had none: a goodbye, an end, a leaving out or a throwing away denied ("this isn't goodbye",
   "that doesn't stop on Friday", "I won't stop asking", "they don't leave Luke in Harlem", "you
   don't build that and throw it away"), "it's not dead", "somebody's next", surprise at an end ("I'd
   be surprised if that's the last time"), "give it five years", a door built open ("so the door was
   open", "the door was always open for another round"), a wish for the group ("we want those
   characters in the same frame", "we all want another round", "putting those four in a room again":
   negated before its verb, a no), a hint ("just saying", not "not just saying"), "I'm home" and
   something under consideration ("weighing a revival") are a yes; one story only ("Matt's story,
   full stop", "purely about Karen's story"), "it's done for me", a project dead ("it's dead", "dead
   at Netflix"; not a person "is dead"), "nothing's happening" and "that ship may have sailed" are a
   no; "weighing whether" is doubt and what it weighs is not asserted; "ask me again when …" and
   "beyond me" are doubt. Weak cues that said nothing of what comes weigh nothing: "could" of the past
   ("the best thing that could have happened"), of the senses ("nobody could feel their knuckles"),
   and a bare "could" in a scene of the past (a past time or a past verb of what was done before it
   in its clause, "By the third night, nobody could …", "The idea was that you could walk", unless a
   verb of thought or speech or a condition governs it: "I always thought we could"); an estimate
   after "maybe" ("maybe eleven times", "maybe too much"); "Don't tell my wife"; "happy to be here";
   the life of people ("the most alive I feel", "alive for centuries"); another's leave refused ("he
   wouldn't let me pay"); "I'm not going to waste it"; "want to be the guy who …"; a past fact not
   denied, its predicate left out ("It was a hard time. I won't pretend it wasn't."); "a plot nobody
   asked for"; a perfect with its object ("had never done anything like it"); "I didn't know how much
   I missed it", "didn't know what to do with it". Seventeenth round, third wave: a "no" denied in
   the present ("I'm not saying no to anything these days", "she wasn't saying no to it") is a yes
   (the policy "never say no to anything" stays doubt); which of them left open ("in what
   combination, I'll leave to the writers") is doubt (2), so "you'll see more of them. In what
   combination …" is no yes; a refusal to talk about or discuss something is a refusal to say,
   doubt (not a "won't" no), and one about someone else's work ("I won't talk about another
   studio's show") weighs nothing; a mock yes, a bare "Sure." or "Oh, absolutely." followed by a
   sentence that is only a "right after …" ("Sure. Right after pigs fly."), is a no (2).
   Seventeenth round, fourth wave: "if it were up to me" ("if it was my call", "if I had my way") is a
   wish, not a condition: the yes after it is not halved; "I don't think it's up to me" is who
   decides (doubt, 0.75), not a "don't think" no; "if they asked" is willingness like "if they call";
   "the door to <place> is open" is a door open; "left a few doors open" is doubt like "leave the
   door open"; "I don't know if it's all of them" is doubt about how many (0.5);
   surprise at one left alone ("I'd be shocked if she stays on her own") is a yes.
   Eighteenth round: a no denied twice ("I can't see why we wouldn't", "there's no reason they
   can't"), a shelf for good denied ("not going to sit on a shelf forever"), one not the last ("she
   won't be the last familiar face"), an end refused ("I refuse to believe we've seen the last of
   him", "we haven't seen the last of them"), "old friends coming by" and "the start of something"
   are a yes; one named played out ("I think Luke's done", "she's finished" ending its phrase),
   "we don't have any plans" and hope given up ("I've stopped waiting by the phone") are a no; who
   it may be left open ("could mean anybody", 2) and who decides passed on ("ask Marvel, not me",
   0.75) are doubt.
   Nineteenth round: not ruling anybody out ("I won't rule anybody out", "any of them") is doubt,
   like "rule it out"; being kept in the dark ("I don't get told anything", "nobody tells me
   anything", "I'm the last to know", "that's news to me") is doubt, and so are an answer put off
   till a call ("ask me when the phone rings"), one refused ("I've learned not to answer that") and
   a shut door denied ("I'd be lying if I told you the door was shut"); the other half of a shrug
   ("If not, that's fine"; "If Danny comes back, brilliant" with a name) is doubt (2); "the end of the
   road/line" is an end (denied, a yes), and "I'm ready to let it rest" a no (before "I'm ready");
   company coming ("Luke is going to have company"), "I'd be the happiest man" and "I keep asking"
   are a yes; a thing named not pretended absent ("I won't pretend those talks aren't happening")
   is a denied no, a yes.
   Also: glad to have someone back ("we're excited to have her back") is a yes; "maybe"
   before a share ("maybe a third of it") is an estimate, no doubt.
   Nineteenth round, second wave: answers to "will it happen" with no yes or no. Who plays them if
   they return ("If he shows up again, it's going to be <Name>", "If Danny comes back, Colleen comes
   back", "if you were to see him, <Name> would be the actor"), the rest wanted ("now we want the
   whole team", "I want the rest."), anger promised if not ("if we don't …, I'll be furious"), a place
   or a future for the character ("he's home now, and he's staying", "has more to say", "there's more
   story there"), a hint left to the listener ("make of that what you will", "draw your own
   conclusions") and the line kept open ("my phone's always on") are a yes; openness, no more ("I'd
   hear them out", "I'm not precious about it") is doubt; a goodbye said ("we
   said our goodbye", "that's the goodbye"), one season for one hero ("this season is Matt's story",
   "the others will have to wait their turn") and a scope for now ("isn't something we're doing this
   season") are a no (the one season's story weighing 1: "never say never" before it keeps the
   doubt). Moving on from a kind of thing ("I've moved on from bowls", a bare plural noun ending its
   phrase) is no end.
   20th round: a door that stays open, named or not ("the door to the Defenders stays open", "the
   door to Hell's Kitchen is open", 1.5: it stands after "never say never" and, after "but", against
   a "will not return"; a bare "the door's open" stays 1), those who belong together, the rest called
   in ("now let's get Mike and Finn in here"), what a season is about, the group in one room, and
   "that's the plan" are a yes; a chapter or book "finished", "over" or "done", a show that is one
   hero's alone ("the show was Matt's alone") and a bar on appearing elsewhere ("the contracts bar
   the characters from appearing in …") are a no. Who decides ("but that's not up to me") takes no
   contrast weight after a "but" (see the stance rules).
   Round 21 cues (a denied "matter of if", "It's when.", a place "getting
   crowded", "only if" a condition on quality, the wink "I couldn't possibly comment", "you don't say no
   to") are in :mod:`monitor.understand.stance.idioms`, at the head of the list; a plain "that's
   all I'll say" weighs 0.5 (after a tease it keeps the tease's stance).
   Round 22 cues are in their own modules, at the head of the list too: frank admissions ("I'd be
   lying if I told you I thought …", "I don't see how it happens", "I wish I had better news", "I've
   been told nothing") in :mod:`monitor.understand.stance.admissions`, work kept ready for a return
   ("a drawer full of ideas for a second round") in :mod:`monitor.understand.stance.preparations`,
   a belief that it comes ("I think it happens") in :mod:`monitor.understand.stance.beliefs`, whether
   it happens left open ("tell us whether it happens") in
   :mod:`monitor.understand.stance.open_questions`; here,
   "fingers crossed" weighs 0.75 (a hope that owns it is not known) and a refusal to promise may be
   made "standing up there".
"""

from __future__ import annotations

from monitor.types import Stance
from monitor.understand.stance.admissions import ADMISSION_CUES
from monitor.understand.stance.beliefs import BELIEF_CUES
from monitor.understand.stance.claims import CLAIM_CUES
from monitor.understand.stance.idioms import IDIOM_CUES
from monitor.understand.stance.open_questions import OPEN_QUESTION_CUES
from monitor.understand.stance.preparations import PREPARATION_CUES

# (pattern, stance, weight). Order matters: earlier alternatives win at the same position.
_CUES: tuple[tuple[str, Stance, float], ...] = (
    # Round 21: doubt about "if" denied, timing-only hedges, teases and winks (see idioms)
    *IDIOM_CUES,
    # Round 22: frank admissions (a belief not held, no way seen, bad news, nothing heard)
    *ADMISSION_CUES,
    # Round 22: work kept ready for a return ("a drawer full of ideas for a second round")
    *PREPARATION_CUES,
    # Round 22: a belief that the event comes ("I think it happens")
    *BELIEF_CUES,
    # Round 22: whether it happens, left open ("let the audience tell us whether it happens")
    *OPEN_QUESTION_CUES,
    # Round 21: cues of reported claims (first back, slates, talks, reports denied, campaigning)
    *CLAIM_CUES,
    # someone else's "can't say" ("so they can't say I didn't ask") is no refusal of the speaker's:
    # it takes the words from the refusal cues below and weighs nothing
    (r"(?:they|he|she|people|fans) (?:can'?t|cannot|couldn'?t) say", "uncertain", 0.0),
    # "I'm not going to lie", "I won't lie to you": a way of speaking ("honestly"), no "no"
    (
        r"(?:(?:i'?m|i am) )?(?:not going to|not gonna|won'?t|will not|can'?t|cannot|not) lie"
        r"(?: to (?:you|ya|anyone|anybody|people|the fans|myself))?|"
        r"(?:(?:i'?m|i am) )?(?:not going to|not gonna|won'?t|will not|not) kid "
        r"(?:you|ya|anyone|anybody|myself)",
        "uncertain",
        0.0,
    ),
    # what anybody else claims ("anybody telling you it's happening", "every year somebody tells me
    # it's coming"): the cues after it in its clause are theirs, not the speaker's (see _HEARSAY)
    (
        r"(?:somebody|someone|anybody|anyone|everybody|everyone|whoever|people|fans)(?: who)? "
        r"(?:keeps? |kept )?(?:tells?|telling|told|says?|saying|claims?|claiming|swears?|swearing)"
        r"(?: (?:me|you|us|them|him|her))?|"
        # another's words relayed in direct speech: "He texted me. He said, 'We'll be back.'"
        r"(?:he|she|they) (?:said|says|told (?:me|us)|texted(?: me| us)?|wrote(?: to me| back)?|goes|went)"
        r"(?=,)",
        "uncertain",
        0.0,
    ),
    # a measure, no doubt: "as many as we could", "as best I can"; a denied condition: "nothing
    # depends on it"
    (
        r"as (?:many|much|far|best|well|long|soon|often|hard|fast|quickly) as "
        r"(?:i|we|you|they|he|she|anyone) (?:could|can|might)|"
        r"(?:nothing|none of it|(?:it )?(?:doesn'?t|does not|don'?t|do not)) depends? on",
        "uncertain",
        0.0,
    ),
    # the past "I didn't know it could be that much fun" tells of not knowing then, no doubt now
    # ("didn't know if", "didn't know what" stay doubt)
    (
        r"did(?:n'?t| not) know(?= (?!(?:if|whether|how|when|what|where|who|which|anything|much|yet|about)\b)"
        r"[\w'])|"
        # (second wave) and so do "I didn't know how much I missed it", "I didn't know what to do with it":
        # a feeling found or a loss for words then, no doubt about what comes
        r"did(?:n'?t| not) know (?:how (?:much|many|badly|deeply)|what to (?:do|say|think|make of))\b",
        "uncertain",
        0.0,
    ),
    # doubt about who else or how many more ("who knows who else might turn up"): it takes the ones
    # named for granted, so it weighs less than doubt about whether (before "who knows how")
    (
        r"(?:who|nobody|no one) knows (?:who|what) else|who knows how many more|"
        # (third wave) "I don't know if it's all four of them": how many, not whether
        r"(?:(?:do|does|did)(?:n'?t| not) know|no idea|not sure|unsure) (?:if|whether) "
        r"(?:it'?s|it is|it'?ll be|it will be|it would be|it'?d be|that'?s) "
        r"(?:all|both|every one|the whole)\b",
        "uncertain",
        0.5,
    ),
    # --- doubt governing what follows: "I don't know if/whether ..."
    (
        r"(?:(?:do|does|did)(?:n'?t| not) know|no idea|not sure|unsure|unclear|uncertain|"
        r"who knows|can'?t say|"
        r"(?:too (?:early|soon)|hard|difficult|impossible) to (?:say|tell|know)[\"\u201d]?,?|"
        r"wonder(?:ing|ed)?) (?:if|whether|how)|"
        r"(?:have|has)(?:n'?t| not) heard (?:anything|a thing|a word|much|a peep)?\s*(?:about|of|on)|"
        # confidence lost: "less sure than I was that it happens", "not so sure that …"
        r"(?:less|not so|not as|no longer) (?:sure|certain|confident)(?: than (?:i|we|he|she|they) "
        r"(?:was|were|used to be|had been|once was))?,? (?:that|if|whether)",
        "uncertain",
        3.0,
    ),
    # doubt about the time or the details only ("we will, I don't know when", "I don't know whose
    # show it'll be"): it takes the event for granted, so it weighs less than doubt about whether
    (
        r"(?:(?:do|does|did)(?:n'?t| not) know|no idea|not sure|unsure|unclear|can'?t say) "
        r"(?:when|whose|which|where|in what form)|"
        # no inside knowledge: "I don't know anything you don't", "I know no more than the fans do"
        r"(?:do|does)(?:n'?t| not) know (?:anything|any more|much more|more)(?: than)? "
        r"(?:you|anyone|anybody|everyone|the rest of us|the fans)(?: (?:do|does|don'?t|doesn'?t))?|"
        r"know no more than (?:you|anyone|anybody|everyone|the rest of us|the fans)(?: (?:do|does))?",
        "uncertain",
        0.5,
    ),
    # the open point named: "It's not that we don't want to. It's whether the studio does."
    (
        r"(?:it'?s|it is|it was) (?:just |really |all |more |only )?(?:about )?whether|"
        r"the (?:real |only |big )?question is (?:whether|if)",
        "uncertain",
        2.0,
    ),
    # --- fixed phrases that contain negators but are not negations of the question
    (
        r"(?:you|we|one) never know|never say never|never is a long (?:time|word)|"
        r"who knows|who can say|who'?s to say|"
        r"(?:not going to|not gonna|won'?t|will not|wouldn'?t|would not|can'?t|cannot|not) say never|"
        # nobody knows: the speaker says the answer is not known, by them or anyone
        r"(?:none of (?:us|them)|nobody|no one|no-one) (?:really )?(?:knows?|can say|can tell|has a clue)",
        "uncertain",
        1.5,
    ),
    (
        r"(?:nobody|no one|no-one|nobody's|no one's)(?: (?:has|have|had|from [\w ]{1,30}?))?(?: been)? "
        r"(?:called|rung|"
        # ("a subplot nobody asked for" is unwanted, not a call that never came)
        r"phoned|reached out|contacted|approached|asked(?! for\b)|picked up the phone|said anything|"
        r"been in touch|"
        r"promised|offered|told (?:me|us|them)|mentioned)",
        "uncertain",
        1.0,
    ),
    # (nineteenth round) kept in the dark: "I don't get told anything", "we never get told a thing",
    # "that's news to me" (the speaker has not heard)
    (
        r"(?:i|we|actors|they)(?: \w+)? (?:don'?t|do not|never) (?:get|got) told (?:anything|a thing|much)|"
        r"(?:nobody|no one) (?:ever )?tells (?:me|us|(?:the )?actors|the cast) (?:anything|a thing)|"
        r"(?:i'?m|i am|we'?re|we are) (?:\w+ )?the last to know",
        "uncertain",
        1.0,
    ),
    (r"(?:(?:that'?s|it'?s|that is|it is|this is) )?(?:all )?news to (?:me|us)\b", "uncertain", 1.5),
    # (nineteenth round, second wave) answers to "will it happen" that say neither yes nor no.
    # Who plays them if they return ("If Daredevil shows up again, it's going to be Charlie Cox",
    # "If Danny comes back, Colleen comes back", "if you were to see him, yes, Cox would be the
    # actor"): the return taken as a live prospect, a yes (a name after the condition; not "it'll be
    # in 2027", "it'll be without me")
    (
        r"if (?:you |we |fans )?(?:were to |ever )?(?:see |get )?(?:[\w'-]+ ){1,3}?"
        r"(?:comes? back|returns?|shows? up|turns? up|appears?|(?:is|are) back)\b[^.;]{0,40}?,? (?:yes,? )?"
        r"(?:(?:it'?s|it is) going to be|it'?ll be|it will be|it would be|it'?d be) (?-i:[A-Z])[\w'-]*|"
        r"if (?:[\w'-]+ ){1,3}?(?:comes? back|returns?|shows? up|(?:is|are) back),? "
        r"(?-i:[A-Z])[\w'-]* (?:comes? back|returns?|shows? up|(?:is|are) back|too)\b|"
        r"if (?:you |we |fans )?were to see (?:[\w'-]+ ){1,4}?[^.;]{0,40}?,? (?:yes,? )?"
        r"(?-i:[A-Z])[\w'-]*(?: (?-i:[A-Z])[\w'-]*)? would be the (?:actor|one)",
        "positive",
        2.0,
    ),
    # a wish for the rest after some came back ("Now we want the whole team", "I'm greedy. I want the
    # rest."), and anger promised if it does not happen ("If we don't get them in a room by 2030,
    # I'll be furious"): a yes
    (
        r"(?:i|we) (?:just |still |now )?want (?:the (?:whole|full|entire) (?:team|gang|group|set|band|lot)|"
        r"the rest)(?= *[.,;!?]|$| back\b)|"
        r"if (?:we|they|it|that|this|marvel) (?:don'?t|do not|doesn'?t|does not|never|can'?t|won'?t) "
        r"[^.;]{3,80}?,? (?:i'?ll|i will|i'?d|i would|we'?ll|we will) be (?:so |really |absolutely )?"
        r"(?:furious|livid|gutted|devastated|heartbroken|crushed|fuming)\b",
        "positive",
        1.5,
    ),
    # a belonging or a future for the character ("Matt is home at Marvel now, and he's staying",
    # "Jessica has more to say", "there's more story there"): a yes
    (
        r"(?:and )?(?:he|she|they)(?:'s|'re| is| are) (?:here )?(?:to )?stay(?:ing)?(?= *[.,;!?]|$)|"
        r"(?:is|are|'s|'re) here to stay\b|"
        r"(?:has|have|'s got|'ve got) (?:a lot |so much |plenty |much )?more (?:to say|story to tell|to give)"
        r"(?= *[.,;!?]|$)|"
        r"there'?s (?:a lot |so much |plenty |much )?more (?:story|stories) (?:there|to tell|left)\b",
        "positive",
        1.5,
    ),
    # a hint left to the listener ("Make of that what you will", "draw your own conclusions"): a yes,
    # like "just saying"
    (
        r"make of (?:that|it|this) what you (?:will|like|want)|draw your own conclusions?|"
        r"read into (?:that|it|this) what you (?:will|like|want)",
        "positive",
        1.0,
    ),
    # open to it, no more ("I'd hear them out", "I'm not precious about it"): doubt
    (
        r"(?:i'?d|i would|i'?ll|i will|we'?d|we would) (?:always |happily |certainly )?(?:hear|listen to) "
        r"(?:them|him|her|it|marvel|anyone|anybody|you) out\b|"
        r"(?:i'?m|i am|we'?re|we are) not (?:too |very |that )?precious(?: about (?:it|that|this|them))?"
        r"(?= *[.,;!?]|$)",
        "uncertain",
        1.0,
    ),
    # the line kept open ("my phone's always on", "the line is open"): available, a yes like "I'd
    # still take the call"
    (
        r"(?:my|our) (?:phone|line)(?:'s| is) (?:always |still )?(?:on|open)(?= *[.,;!?]|$)",
        "positive",
        1.0,
    ),
    # moving on from a kind of thing ("I've moved on from bowls. I make plates now."): a bare plural
    # noun ending its phrase names a craft or a habit, not a role or a show (which take a name or a
    # determiner: "moved on from Jessica", "from the show"), so it is no end: it weighs nothing
    (r"(?:moved|move|moving) on from (?-i:[a-z])[a-z]+s(?= *[.,;!?]|$)", "uncertain", 0.0),
    # a goodbye said ("I said a proper goodbye to Jessica", "we said goodbye, and that's the
    # goodbye"): an end, a no
    (
        r"(?:i|we|i'?ve|we'?ve|i have|we have) (?:already )?said (?:a |our |my |a proper |a real |a final |"
        r"our proper |my proper )?(?:goodbye|farewell)s?\b|"
        r"(?:that'?s|that is) the (?:goodbye|farewell)\b",
        "negative",
        1.5,
    ),
    # one season's story, the rest kept out ("This season is Matt's story", "the others will have to
    # wait their turn"): not now, a no
    (
        r"(?:this|the|next) season is (?:all )?(?-i:[A-Z])[\w-]*'s (?:story|show)\b|"
        r"season (?:one|two|three|\d+) is (?:all )?(?-i:[A-Z])[\w-]*'s (?:story|show)\b|"
        r"(?:will|'ll) have to wait (?:their|his|her) turn\b",
        "negative",
        1.0,
    ),
    # a scope for now ("a reunion isn't something we're doing this season"): not now, a no like "not
    # this season"
    (
        r"(?:isn'?t|is not|not) (?:something|anything) (?:we'?re|we are|they'?re|they are|marvel is) "
        r"(?:doing|planning|making) (?:this|next) (?:season|year|time)\b",
        "negative",
        1.5,
    ),
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
    # "the door was always open for another season" ("leave the door open" is doubt, above)
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
        # "count on seeing them again" (a denied "count on", "don't count on it", is a no, above)
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
    # 20th round: a door that stays open, named or not ("the door to the Defenders stays open", "the
    # door to Hell's Kitchen is open": a yes heavier than a bare "the door's open", which may be a
    # hedge, and heavy enough to stand after "never say never" or against a "will not return" before
    # "but"); those who belong together ("those four belong together"); the rest called in ("now let's
    # get Mike and Finn in here", "let's get the others back"); what a season is about, the group in one
    # room ("season three is about the four of them in one room"), and "that's the plan"
    (
        r"doors? (?:to|into|back to|back into) (?:[\w'\u2019]+ ){1,3}"
        r"(?:is|stays|remains|will stay|will remain)(?: always| still| wide)? open|"
        r"doors? (?:stays|remains|will stay|will remain) (?:always |still |wide )?open|"
        r"belongs? together|"
        r"let'?s (?:get|bring) (?:[\w'\u2019]+,? ){1,5}?(?:in here|back|in too|in as well|over here)\b|"
        # (what a season is about: "season three is about the four of them in one room"; not the
        # memory "the three of us in the same room again")
        r"about (?:all |the )?(?:two|three|four|five|six) of (?:them|us|those|these) (?:back )?(?:together )?"
        r"in (?:one|the same) (?:room|frame|scene)\b|"
        r"(?:that'?s|that is) the plan(?= *[.,;!?]|$)",
        "positive",
        1.5,
    ),
    # no call yet: "the phone hasn't rung", "I haven't gotten the call", "I have not been cast"
    (
        r"(?:have|has|had)(?:n'?t| not) been (?:cast|hired|signed|booked|approached|contacted|offered)|"
        r"(?:phone|call)(?: has| had)?(?:n'?t| not) (?:rung|rang|come|came)|"
        r"(?:have|has|had)(?:n'?t| not) (?:got|gotten|had|received) (?:the|a|that|any) (?:phone )?calls?",
        "uncertain",
        1.0,
    ),
    # (second wave) a past fact not denied, its predicate left out: "It was a hard time. I'm not going
    # to pretend it wasn't." (the elided words are the sentence before, a past, not the question; a
    # present one, "I won't pretend it doesn't", stays a denied "no" below)
    (
        r"(?:can'?t|cannot|couldn'?t|not going to|not gonna|won'?t|will not) (?:say|tell you|pretend)"
        r"(?: that)? (?:i|we|they|it|there|he|she) (?:wasn'?t|weren'?t|didn'?t|hadn'?t|was not|were not|"
        r"did not|had not)(?= *[.,;!?]|$)",
        "uncertain",
        0.0,
    ),
    # "I'd be lying if I said we weren't talking about it", "I can't say we aren't": a denied "no"
    # is a yes
    (
        r"(?:be lying|lie|lying) if (?:i|we) (?:said|say|told you|tell you)(?: that)? (?:[\w']+ ){0,3}?"
        r"(?:weren'?t|wasn'?t|aren'?t|isn'?t|didn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|"
        r"not|never|no)\b(?: [\w']+){0,3}|"
        r"(?:can'?t|cannot|couldn'?t|not going to|not gonna|won'?t|will not) "
        r"(?:say|tell you|pretend)(?: that)? "
        # (nineteenth round) or a thing named: "I won't pretend those talks aren't happening"
        r"(?:i|we|they|it|there|he|she|(?:the|these|those|our|such) [\w']+(?: [\w']+)?)(?:'re|'s|'m)? "
        r"(?:aren'?t|isn'?t|weren'?t|wasn'?t|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|wouldn'?t|would not|"
        r"won'?t|couldn'?t|can'?t|not|never)\b"
        r"(?: [\w']+){0,3}",
        "positive",
        2.0,
    ),
    # declining to announce or answer: "I'm not going to announce anything", "I don't have an answer"
    (
        # (round 22: "I'm not going to stand up here and promise you a reunion")
        r"(?:not going to|not gonna|won'?t|will not|can'?t|cannot) "
        r"(?:(?:stand|sit)(?: up)? (?:here|there) and )?(?:announce|"
        r"reveal|confirm|spoil|share|disclose|comment|answer|promise|get into|go into|hint|talk about|"
        r"discuss|"
        r"tease (?:you|anyone|anybody|people|the fans)|"
        r"say(?! no\b| never\b)|tell (?:you|anyone|people)|"
        # (20th round) "I'm not going to give you a headline", "I won't give anything away"
        r"give (?:you |anyone |anybody |people |the fans )?(?:a |an |any |the )?(?:headlines?|answers?|"
        r"dates?|spoilers?|scoops?|details?|news|hints?|anything away|away anything))|"
        r"(?:do|does|did)(?:n'?t| not) have (?:an|any|the) answers?|no answers? (?:for you|yet|today)",
        "uncertain",
        1.0,
    ),
    # a likelihood at its highest: "more likely than it has been in a decade", "more likely than ever"
    (
        r"more likely(?: now| today)? than "
        r"(?:ever|(?:it|they|we|this|that)(?:'s| has| have|'ve) (?:ever )?been)",
        "positive",
        2.0,
    ),
    (
        r"less likely(?: now| today)? than "
        r"(?:ever|(?:it|they|we|this|that)(?:'s| has| have|'ve) (?:ever )?been)",
        "negative",
        2.0,
    ),
    # declining to predict: "I've learned to stop predicting", "I won't speculate", "that's all I know"
    (
        r"(?:stop(?:ped)?|quit|given up|gave up) (?:predicting|guessing|speculating|making predictions)|"
        r"(?:won'?t|will not|not going to|not gonna|can'?t|cannot|wouldn'?t|would not|not) "
        r"(?:predict|speculate|guess)|(?:that'?s|that is) all (?:i|we) (?:know|can say)|"
        # "that's all I'm allowed to say": what more there is stays unsaid
        r"all (?:i'?m|i am|we'?re|we are) (?:allowed|permitted|able|supposed) to (?:say|share|tell you)|"
        # "that's as far as I'll go": no further than a hedge
        r"as far as (?:i'?ll|i will|i can|i'?m willing to|i'?m going to|we'?ll|we can) go|"
        # a likelihood compared, no yes: "it's more likely now than it was"
        r"(?:more|less) likely(?: now| today)?(?= than\b| *[.,;!?]|$)",
        "uncertain",
        1.0,
    ),
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
    # --- doubt, lightly ("maybe every week", "perhaps twice a year": an estimate of how often, no doubt)
    (
        r"(?:maybe|perhaps|probably) (?:every|once|twice|a couple|a few|about|around|more|less)\b|"
        # (second wave) a number or a measure: "maybe eleven times", "maybe 20 minutes", "maybe too much"
        r"(?:maybe|perhaps|probably) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fifteen|twenty|thirty|fifty|a hundred|a dozen|half)(?: or (?:\d+|\w+))?"
        r"(?= *[.,;!?]|$| (?:times|takes|minutes|hours|seconds|nights|people|percent|pages|drafts|"
        r"episodes|weeks|days|months|years)\b)|too (?:much|many|long|far)|a (?:little|bit|lot)|"
        # (nineteenth round) a share: "maybe a third of it", "perhaps two thirds of the stunts"
        r"(?:a|one|two|three) (?:half|third|quarter|fifth|tenth)s?\b)",
        "uncertain",
        0.0,
    ),
    (r"maybe|perhaps|possibly|possible|possibility|potentially", "uncertain", 1.0),
    # "someday", "one day": a hedge on when, lighter than one on whether ("I'd love to, one day")
    # (not a story's past: "Then one day it just clicked")
    (
        r"someday|some day|(?<!then )one day(?!,? (?:[\w']+ ){0,2}(?:was|were|had|did|came|went|\w+ed)\b)",
        "uncertain",
        0.5,
    ),
    # (second wave) what could have been ("the best thing that could have happened to him") is the
    # past, and "could" of the senses ("nobody could feel their knuckles") an ability: no modal of
    # what may come (see also _PAST_SCENE)
    (
        r"(?:could|might|may)(?:n'?t| not)? (?:have|'ve) (?:been|had|done|gone|seen|made|got|gotten|"
        r"\w+ed|\w+en)\b|"
        r"could(?: barely| hardly| not|n'?t)? (?:feel|hear|smell|taste|breathe|sleep|believe|remember)\b",
        "uncertain",
        0.0,
    ),
    # (the month "May" is no hedge: "It opens in May.")
    (r"might|could|(?-i:may)", "uncertain", 0.5),
)
