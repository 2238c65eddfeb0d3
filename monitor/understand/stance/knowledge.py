"""Ways of speaking, hearsay and what the speaker knows (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

- Ways of speaking weigh nothing: "I'm not going to lie", "I won't kid you"; so do measures ("as
  many as we could", "as best I can") and a denied condition ("nothing depends on it"). Someone
  else's "can't say" ("so they can't say I didn't ask") is no refusal of the speaker's.
- What anybody else claims ("anybody telling you it's happening", "every year somebody tells me
  it's coming", "He said, 'We'll be back.'") weighs nothing, and the cues after it in its clause
  are theirs, not the speaker's (see ``_HEARSAY``).
- Not knowing then ("I didn't know it could be that much fun", "I didn't know how much I missed
  it", "didn't know what to do with it") is no doubt now.
- Doubt governing what follows ("I don't know if", "too early to say whether", "less sure than I
  was that") weighs 3. Doubt about the time or the details only ("I don't know when", "I don't
  know whose show") weighs less than doubt about whether (0.5), and so do doubt about who else or
  how many ("who knows who else", "I don't know if it's all of them") and no inside knowledge ("I
  know no more than the fans do"). The open point named ("It's whether the studio does") is 2.
- Fixed phrases that hold negators but deny nothing ("you never know", "never say never", "who
  knows", "none of us knows") are doubt (1.5), and so are a call or promise that never came
  ("nobody has called", "nobody has promised") and being kept in the dark ("I don't get told
  anything", "nobody tells me anything", "I'm the last to know", "that's news to me").
"""

from __future__ import annotations

from monitor.types import Stance

KNOWLEDGE_CUES: tuple[tuple[str, Stance, float], ...] = (
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
)
