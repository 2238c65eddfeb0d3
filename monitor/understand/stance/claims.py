"""Cues of reported claims (round 21): what wires and trades paraphrase, in the words they use.

Reported speech keeps the speaker's idiom but drops the first person ("he would be the first one
back", "the studio had no plans"), so these cues are written for any subject. They go right after
:data:`monitor.understand.stance.idioms.IDIOM_CUES` at the head of
:data:`monitor.understand.stance.cues._CUES` (earlier alternatives win at the same position):

- being first back ("the first one back", "the first to return", "the first one in the room") is
  eagerness, a yes.
- plans: "not on the slate", "nothing on our slate", "not on the radar": a no (a schedule or a
  calendar is timing, not plans: "nothing is on the schedule" is left to the general cues); an
  expectation denied in the present is a no ("I'm not expecting them to"; not the surprise "I
  wasn't expecting that").
- talks denied ("no formal talks", "not in talks", "haven't had any conversations") are no "no":
  nothing has happened yet, doubt; talks under way ("having conversations about the others") are a
  yes.
- a report denied ("there is nothing to that report", "nothing to those rumours") is a no.
- campaigning ("banging the drum for", "lobbied Marvel to bring them into the show") is a yes.
- eager for the call without a first person ("he would pick up on the first ring") is a yes.
- fondness for the characters ("the studio loves those characters") is the studio's non-answer:
  doubt, light, so any real answer beside it wins.
- distance ("not as close as people want it to be", "further off than fans think") is a no.
- Round 22: the first of a named group back ("the first of Matt's old friends to come back") is a
  yes (more are coming), and so is contact about a return ("had been approached about appearing").
"""

from __future__ import annotations

from monitor.types import Stance

_POSSESSIVE = r"(?:the|my|our|their|his|her|its|marvel'?s|the studio'?s|disney'?s|anyone'?s)"

CLAIM_CUES: tuple[tuple[str, Stance, float], ...] = (
    # first back: "he would be the first one back", "the first to return", "the first one in the room"
    (
        # (Round 22: "the first of Matt's old friends to come back": of any named group)
        r"(?:the )?first (?:one |person |guy |man |woman |of (?!all\b)(?:[\w']+ ){1,4}?)?"
        r"(?:to (?:return|come back|be back|"
        r"sign(?: on| up)?|say yes|show up|jump in|arrive)|back|in the room|through the door|on set)\b",
        "positive",
        1.5,
    ),
    # plans: "not on the slate right now", "there is nothing on our slate", "isn't on anyone's radar"
    (
        r"(?:not|never|\w+n'?t|nothing(?:'s| is| was)?) (?:really |currently |even |yet )?on "
        rf"{_POSSESSIVE} (?:radar|whiteboard|slate|agenda|docket)\b",
        "negative",
        1.5,
    ),
    # an expectation denied: "at this point I'm not expecting them to", "she isn't expecting a call"
    (
        r"(?:(?:i'?m|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re|they are|\w+ is|\w+ are) not|"
        r"isn'?t|aren'?t) (?:really |even |honestly |exactly )?expecting "
        r"(?:it|them|him|her|that|this|a|an|one|the|any|anything|much)\b",
        "negative",
        2.0,
    ),
    # talks denied: "there had been no formal talks", "not in talks at this time", "we haven't had
    # any conversations": nothing yet, doubt (a "not in talks" is no "no")
    (
        r"no (?:formal |official |real |serious |active |actual |concrete |such )?"
        r"(?:talks|conversations|discussions|negotiations)\b|"
        r"(?:not|\w+n'?t) (?:currently |yet |been |even )?(?:in|having|holding) (?:any )?"
        r"(?:formal |official |real |serious |active )?(?:talks|negotiations|conversations|discussions)\b|"
        r"(?:haven'?t|hasn'?t|hadn'?t|have not|has not|had not) (?:yet )?(?:been |had |held )?(?:any )?"
        r"(?:formal |official |real |serious )?(?:talks|conversations|discussions|negotiations)\b",
        "uncertain",
        1.0,
    ),
    # talks under way: "we're having conversations about the others", "holding talks with the cast"
    (
        r"(?:having|holding|held|opened|begun|began|started) (?:early |preliminary |initial |serious |"
        r"active |internal |ongoing )?(?:conversations|talks|discussions)"
        r"(?= (?:about|with|on|over|regarding)\b)",
        "positive",
        1.5,
    ),
    # a report denied: "there is nothing to that report", "nothing to those rumours"
    (
        r"nothing to (?:that|this|those|these|the|any|such) (?:reports?|rumou?rs?|stor(?:y|ies)|"
        r"speculation|chatter|talk)\b|"
        r"there(?:'s| is| was)(?: really| honestly| absolutely)? nothing to (?:that|this|those|them)\b",
        "negative",
        1.5,
    ),
    # campaigning: "keep banging the drum for the others", "lobbied Marvel to bring them into the show"
    (
        r"(?:bang|bangs|banging|banged|beat|beats|beating) (?:the|that|this|a|my|our|his|her|their) drum\b|"
        r"(?:lobby|lobbies|lobbied|lobbying|campaign|campaigns|campaigned|campaigning|petition|petitioned|"
        r"petitioning|pressed|pressing|urged|urging|begged|begging) (?:[\w']+ ){1,3}?to (?:bring|get|have|"
        r"include|put|reunite|cast|make)\b",
        "positive",
        1.0,
    ),
    # eager for the call, said of anyone: "he would pick up on the first ring"
    (
        r"(?:pick|picks|picking|picked) (?:it |the phone |the call )?up on the first ring|"
        r"answer(?:s|ed|ing)? (?:it |the phone |the call )?on the first ring",
        "positive",
        1.0,
    ),
    # the studio's fondness: "the studio loves those characters" (a non-answer, light)
    (
        r"(?:love|loves|loved|adore|adores) (?:all )?(?:of )?(?:those|these|the|our|all) "
        r"(?:characters|heroes)\b",
        "uncertain",
        0.75,
    ),
    # Round 22: contact about a return ("had been approached about appearing together", "was approached
    # to reprise the role"): a yes ("has not been approached" is doubt, matched earlier in its clause)
    (
        r"(?:been|was|were|is being|are being) approached (?:about|over|regarding|to (?:return|reprise|"
        r"appear|come back|star|join))\b",
        "positive",
        1.5,
    ),
    # distance: "not as close as people want it to be", "further off than fans think"
    (
        r"(?:not|\w+n'?t) (?:as|so) close as|"
        r"(?:further|farther) (?:away |off )?than (?:people|you|fans|anyone|everyone|most people) "
        r"(?:think|want|hope|reali[sz]e|believe)",
        "negative",
        1.5,
    ),
)
