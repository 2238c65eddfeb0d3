"""Clauses and their flags (contrast, yes/no question), negation, answers, and the regexes the stance
rules test a clause with.
"""

from __future__ import annotations

import re

_CLAUSE_SPLIT = re.compile(
    # "yet" is contrastive before a new clause ("yet I think"), not at the end of one ("not yet")
    r"[.;!?]+(?:\s+|$)|\s[-—]\s|"
    # a turn to another point after a comma ("Matt's back, as for the others …"): the clause opens
    # with it (see _OPENS_CONTRAST)
    r",\s+(?=as for\b)|"
    r",?\s+\b(but|however|though|although|"
    # ("still" only before a comma: "Still, I'd love to"; "I'd still take the call" goes on)
    r"yet(?=,?\s+(?:i|we|they|he|she|it|the|there|that|this)\b)|still(?=,)|nevertheless)\b,?",
    re.IGNORECASE,
)
# a sentence that opens with a contrastive word ("… officially. But I'm not going to announce anything")
_OPENS_CONTRAST = re.compile(
    r"\s*(?:(?:but|however|still|nevertheless|yet)\b(?!\s+(?:again|another|more)\b)|"
    # a turn to another point: "As for the other three, …" (where the statement lands, like "but")
    r"as for\b)",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s[-—]\s")
_NEGATOR = re.compile(
    r"\b(?:not|never|no|hardly|nobody|nothing|neither|nor|cannot|\w+n't|dont|doesnt|didnt|wont|wouldnt|cant|"
    r"isnt|arent|wasnt|werent|couldnt|shouldnt|havent|hasnt|rather than|instead of)\b",
    re.IGNORECASE,
)
_STOPPED = re.compile(r"\b(?:stop|stopped|stops|quit|quits|ceased|cease|given up|gave up)\b", re.IGNORECASE)
_TEMPORAL = re.compile(
    r"\b(?:right now|at the moment|currently|for now|at this (?:point|time|stage)|as of now|yet|"
    r"for the time being|immediate(?:ly)?|in the near future)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w']+")
_OPENING_SINGLE = re.compile(r"(?<!\w)'(?=\w)")
# "can't wait to see them again": eagerness, its "can't" negates nothing after it
_EAGER = re.compile(r"\b(?:can'?t|cannot|couldn'?t|can hardly|could hardly) wait\b", re.IGNORECASE)
# a pair denied ("they don't bring Jessica back and leave Luke in Harlem"): what is denied is doing the
# one without the other, so the return of the first stands
_DENIED_PAIR = re.compile(
    r"(?:\s+[\w']+){0,4}?,?\s+and (?:then |just |simply )?"
    r"(?:leave|leaves|forget|forgets|ignore|ignores|abandon|abandons|drop|drops|skip|skips|strand|strands)\b",
    re.IGNORECASE,
)
# an elliptic denial that says the clause before again, of the speaker ("Krysten got the call. I
# haven't."): a perfect ("I haven't") is a "not yet"
_ELLIPSIS = re.compile(
    r"\s*(?:(?:and|but|so|well|look|sadly|me),?\s+)?"
    r"(?:(?:i|we|he|she|they|(?-i:[A-Z])[\w-]*)(?:\s+(?:still|just|certainly|definitely|personally))?\s+"
    r"(?:(?P<perfect>haven'?t|hasn'?t|hadn'?t|have not|has not|had not)|don'?t|doesn'?t|didn'?t|won'?t|"
    r"wouldn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|do not|does not|did not|will not|would not)|"
    r"(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|he is|she is|they are) not)"
    r"(?:\s+(?:yet|either|really))?[\s,!]*",
    re.IGNORECASE,
)
_ELLIPSIS_TAIL = 3  # (words after the yes in its clause, at most)
_WITHOUT = re.compile(r"\b(?:without|unless)\b", re.IGNORECASE)
# the speaker's own earlier words, told again ("I said the Defenders weren't part of our plans for
# this season, and that was true"): what was said then, in its part, weighs half (what follows says
# where the speaker stands now)
_SAID_BEFORE = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:(?:already|always) )?(?:said|told (?:you|them|people|everyone|everybody|"
    r"reporters|the fans))(?: (?:before|last (?:year|month|week|time)|back then|at the time))?(?: that)?\s",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided|assuming)\b", re.IGNORECASE)
# "If it were up to me, we'd be shooting tomorrow": a wish put as who decides, not a condition on
# the yes (the yes stands in full; "it's not up to me" after it is who decides, doubt that weighs less)
_OWN_WAY = re.compile(
    r"\bif (?:it|that) (?:were|was) (?:(?:just|only|entirely|all) )?"
    r"(?:up to (?:me|us)|(?:my|our) (?:call|decision))|"
    r"\bif i (?:had|got) my (?:way|say)\b",
    re.IGNORECASE,
)
# 20th round: a condition that is only the invitation ("If they ask, I'm there", "if Marvel calls, I'd
# do it", "if asked", "if they asked me tomorrow I'd be on set") leaves the speaker in: the
# willingness stands in full (a condition on the story, "if the script is right, I'd do it", still
# halves it; so does the invitation's own cue, and "if the phone rings, the phone rings" is a shrug,
# no invitation)
_INVITED = re.compile(
    r"\bif (?:(?:they|marvel|kevin|the studio|anyone|anybody|someone|somebody) "
    r"(?:ever |still )?(?:asks?|asked|calls?|called|rings?|rang|phones?|phoned|wants? me|wanted me|"
    r"needs? me|needed me|invites? me|invited me)|asked|invited)"
    r"(?: me)?(?: (?:tomorrow|today|again|now))?(?= *[,.;!?]| (?:i|i'?d|i'?m|i'?ll|we'?d|we'?re)\b|$)",
    re.IGNORECASE,
)
# (second wave) a bare "could" told in a scene of the past ("We shot that hallway for three nights. By
# the third night, nobody could …", "The idea was that you could walk from one show to the other") is
# the past of "can", an ability then, no modal of what may come: a time gone by or a past verb of what
# was done before it in its clause, unless a verb of thought or speech or a condition governs it ("I
# always thought we could", "they said we could come back", "if we had the time, we could")
_PAST_SCENE = re.compile(
    r"\b(?:by the (?:first|second|third|fourth|fifth|last|end|time)|back then|at the time|in those days|"
    r"(?:that|the) (?:night|day|morning|summer|winter|week)|(?:last|that) (?:night|year|week|month|summer|"
    r"winter|spring|fall|autumn)|(?:years|months|weeks|days) ago|in (?:19|20)\d\d|"
    r"was|were|had|did|shot|filmed|spent|went|came|walked|ran|rehearsed|trained|worked|took|made)\b",
    re.IGNORECASE,
)
_BACKSHIFT = re.compile(
    r"\b(?:thought|think|hoped|hope|believed|believe|said|says|told|tell|wished|wish|knew|know|figured|"
    r"imagined|guess|suppose|dreamed|dreamt|asked|wondered|realized|realised|promised|hinted|expected|"
    r"expect|felt like|if|unless|when|once)\b",
    re.IGNORECASE,
)
# a cue inside the condition itself ("If and when those characters come back together, it has to
# feel earned") supposes the event, it does not expect it
_IN_CONDITION = re.compile(r"\b(?:if|unless|once|whenever)\b[^,;:]*$", re.IGNORECASE)
# A question asks, it does not assert: the cues of "Will it happen?" or "Would I want to go back?"
# count only as the next words answer them ("Sure.", "God, yes."; a "No." turns them round). A
# negative question ("Wouldn't it be great?", "Isn't it time?") is an assertion and counts.
# (the opening of a yes/no question, shared with the extractor's follow-up questions)
YES_NO_OPENING = (
    r"\s*(?:(?:but|and|so|now|ok|okay|well),?\s+)?(?:will|would|is|are|am|do|does|did|can|could|should|"
    r"was|were|has|have|shall"
)
_YES_NO_QUESTION = re.compile(YES_NO_OPENING + r")\s(?!not\b)", re.IGNORECASE)
# (a reply in words of belief is a yes or a no too: "I don't think so", "I doubt it", "I think so")
_ANSWER = re.compile(
    r"\s*(?:(?:oh|god|hell|well|honestly|look|and),?\s+)?(?:(?P<no>no|nope|not really|absolutely not|"
    r"of course not|certainly not|definitely not|"
    r"i (?:really |honestly )?(?:don'?t|do not) (?:think|believe) so|i doubt it)|"
    r"(?P<yes>yes|yeah|yep|sure|absolutely|definitely|of course|certainly|totally|100 percent|"
    r"i (?:really |honestly )?(?:think|believe|hope) so))\b",
    re.IGNORECASE,
)
# what may follow a bare yes or no in its clause: a word of address or emphasis ("No, man.", "I don't
# think so, honestly.")
_AFTER_ANSWER = re.compile(r"(?:\s*,\s*[\w']+)?[\s,!.]*")
_PART_END = re.compile(r"[,:\u2014\u2013]|\s-\s")

# "I said it was close, and I'll stand by that": the speaker's earlier words, stood by, are theirs now
_STAND_BY = re.compile(
    r"\b(?:stand|stands|standing|stood) by (?:that|it|this|those words|every word|what (?:i|we) said|"
    r"(?:my|our) (?:words|claim|prediction))\b",
    re.IGNORECASE,
)

# "I really did think I was done": an end believed once, and no longer (a negated end: a yes)
_ONCE_BELIEVED = re.compile(
    r"\b(?:thought|did think|used to think|believed|was sure|was convinced)(?: that)?(?: [\w']+){1,2}\s*$",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[tuple[str, bool, bool]]:
    """Clauses with two flags: does the clause follow a contrastive word, and is it a yes/no
    question ("Will it happen?", "Would I go back?")?"""
    return [(clause, contrast, asked) for clause, contrast, asked, _ in _split(text)]


def _split(text: str) -> list[tuple[str, bool, bool, bool]]:
    """The clauses of :func:`_clauses` with a third flag: does the clause go on its sentence after a
    dash ("As for the others — that's a conversation for another day")? Such a clause keeps the
    contrast of the clause before it (a sentence after "But" is after "But" to its end)."""
    out: list[tuple[str, bool, bool, bool]] = []
    pos = 0
    contrast = False
    dashed = False
    for m in _CLAUSE_SPLIT.finditer(text):
        chunk = text[pos : m.start()]
        asked = m.group(0).startswith("?") and _YES_NO_QUESTION.match(chunk) is not None
        if m.group(0).startswith("?") and not asked:
            # the question may follow a comma where quoted parts were joined ("…family, Will it happen?")
            head, comma, last = chunk.rpartition(", ")
            if comma and last[:1].isupper() and _YES_NO_QUESTION.match(last):
                out.append((head, contrast, False, dashed))
                chunk, contrast, asked, dashed = last, False, True, False
        if chunk.strip():
            out.append((chunk, contrast or _OPENS_CONTRAST.match(chunk) is not None, asked, dashed))
        if _DASH.fullmatch(m.group(0)):
            contrast, dashed = (out[-1][1] if out else False), bool(out)
        else:
            contrast, dashed = bool(m.group(1)), False
        pos = m.end()
    tail = text[pos:]
    if tail.strip():
        out.append((tail, contrast or _OPENS_CONTRAST.match(tail) is not None, False, dashed))
    return out


def _answered(clauses: list[tuple[str, bool, bool]], idx: int) -> str | None:
    """How the clause after the yes/no question ``idx`` answers it: "yes", "no" or None."""
    if idx + 1 >= len(clauses):
        return None
    m = _ANSWER.match(clauses[idx + 1][0])
    if m is None:
        return None
    return "yes" if m.group("yes") else "no"


def _negated(clause: str, start: int, cue_text: str, gapped: bool) -> bool:
    # The three words before the cue, within its comma-delimited part: in "No, I'd love to" and "it
    # isn't finished, and I'd jump at it" the negator belongs to the part before.
    head = clause[max(0, start - 60) : start]
    cut = max(head.rfind(","), head.rfind(":"))
    before = _WORD.findall(head[cut + 1 :])[-3:]
    window = _EAGER.sub(" ", " ".join(before))  # ("can't wait to share a scene": no negation)
    negator = _NEGATOR.search(window)
    if negator and not _STOPPED.search(window, negator.end()):
        return True  # (but "never stopped hoping", "not quit campaigning": a negated stop goes on)
    # A negator in the gap of a gapped cue ("will not include", "not bringing them back") negates it.
    return gapped and bool(_NEGATOR.search(cue_text))


# (third wave) a mock yes: a bare "Sure." or "Oh, absolutely." followed by a sentence that is only a
# "right after …" of something that will not be ("Sure. Right after pigs learn to fly."): a no
_MOCK_AFTER = re.compile(r"\s*(?:right|just|only|immediately) after\b[^,;:]*$", re.IGNORECASE)
_MOCK_WEIGHT = 2.0


def _bare_yes(clause: str) -> bool:
    """Is ``clause`` only a yes ("Sure.", "Oh, absolutely.")?"""
    m = _ANSWER.match(clause)
    if m is None or m.group("yes") is None:
        return False
    return _AFTER_ANSWER.fullmatch(clause, m.end()) is not None


def _bare_answer(clause: str) -> bool:
    """Is ``clause`` only a yes or a no ("Absolutely not.", "No, no.", "I don't think so, man.")?"""
    m = _ANSWER.match(clause)
    return m is not None and _AFTER_ANSWER.fullmatch(clause, m.end()) is not None
