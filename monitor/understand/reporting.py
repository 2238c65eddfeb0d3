"""Reported speech: the patterns of "X said that …", "according to X, …", "…, X said." and the
helpers that cut a reported claim to what was said (used by :mod:`monitor.understand.statements`).

Pure functions and compiled patterns; no state.

Seventeenth round: ", and asked her whether she'd return" ends a reported claim (a question the
speaker put is no part of what they said).

20th round: "said as recently as last summer that …" is a report; "a source close to the production,
who said …" is an anonymous source.

Round 21: "stressed, however, that …", "Sources caution that …", "According to X, who …, CLAIM"; the
writer's time clause (", days after …") and where the words were heard before (", the same words she
used …") end a claim; a dateline may carry a state and a wire's name ("BURBANK, Calif., Jan 20
(Continental Press) - ").

Round 22: "telling a Cleveland convention he thought …" (whom, then a clause, as after "told"); "saying
Marvel wants the heroes …" (a name and a verb of wanting or planning).
"""

from __future__ import annotations

import re

from monitor.types import Stance
from monitor.understand import scan, speakers
from monitor.understand.stance import assess_stance

# whom a person told: "told reporters in London on Tuesday", "telling anyone who'll listen"
TOLD_WHOM = (
    r"(?:\s+(?:[A-Z][\w.'\u2019]*|podcast|show|outlet|magazine|newspaper|reporters?|interviewer|audience|"
    r"crowd|fans|at|in|on|the|of|last|this|a|an|[a-z]+day|week|month|year|premiere|panel|event|"
    r"who|who'll|who\u2019ll|will|would|listen|listens|asks|asked)){0,6}?"
)
REPORT = re.compile(
    r"\b(?:(?P<deny>(?:denied|denies|denying|dismissed|dismisses|rejected|rejects|shot\s+down|"
    r"refuted|refutes|debunked|debunks)\s+(?:(?:the|those|these|any|recent|online|earlier|fan)\s+){0,2}"
    r"(?:reports?|rumou?rs?|claims?|speculation|suggestions?|talk)(?:\s+that)?|(?:denied|denies|denying)"
    r"(?:\s+that)?)"
    r"|(?P<bare>confirmed|confirms|revealed|reveals|announced|announces|teased|teases|admitted|admits|"
    r"insisted|insists|hinted|hints|promised|promises|doubts|doubted|predicted|predicts|conceded|concedes)"
    # "admitted on this week's episode of the Writers' Room podcast that …": a setting between
    r"(?:(?:\s+(?:at|in|on|during|over|via|to)(?:\s+[\w.'\u2019-]+){1,9}?)?\s+that,?)?"
    r"|(?P<that>said|says|(?:told|telling|(?<=\bto\s)tell)\s+(?:(?:the|a|an|his|her|their)\s+)?[\w.'\u2019]+"
    rf"{TOLD_WHOM}|"
    r"tells\s+[\w.'\u2019]+|stated|states|stressed|stresses|stress|insist|note|claim|suggest|maintain|emphasi[sz]ed|emphasi[sz]es|"
    r"explained|explains|noted|notes|claimed|claims|suggested|suggests|added|adds|believes|believed|thinks|"
    r"thought|expects|expected|hopes|hoped|reiterated|maintained|acknowledged|indicated|assured\s+\w+|"
    r"wrote|writes|posted|tweeted|"
    r"made\s+(?:it\s+)?clear|confirm|reveal|say|admit|explain|saying|adding|noting|insisting|"
    r"explaining|confirming|revealing|declared|declares|declaring|hinting|teasing|admitting|suggesting|"
    r"claiming|predicting|promising|stressing|warned|warns|warning|argued|argues|arguing|"
    # Round 21: "Sources caution that …"
    r"cautioned|cautions|caution|warn)"
    # "said at the end of the episode that …", "wrote on Instagram that …": a short setting between
    # or a time ("said last month that …", "said earlier this year that …")
    r"(?:\s+(?:at|in|on|during|after|before|over|via|to)(?:\s+[\w.'\u2019-]+){1,6}?|"
    r"\s+(?:last|this|earlier|previously|recently|repeatedly|once|yesterday|before)(?:\s+(?:this\s+)?[a-z]+)?|"
    # how often or how openly: "has said more than once that …", "said publicly that …"
    r"\s+(?:more\s+than\s+once|many\s+times|several\s+times|time\s+and\s+again|often|publicly|openly)"
    r"(?:\s+(?:before|since|now))?|"
    # 20th round: "said as recently as last summer that …"
    r"\s+as\s+(?:recently|late|early)\s+as(?:\s+[\w'\u2019-]+){1,4}?|"
    # Round 21: a parenthetical adverbial set off by commas ("stressed, however, that …", "said, for
    # his part, that …")
    r",\s+(?:[a-z]+\s+){0,2}[a-z]+,)?\s+that,?"
    # "said" without "that": only when a clause plainly starts ("Cox said he would", "told Variety the")
    r"|(?P<bare_said>(?:said|says|say|saying|adding|insisting|explaining|"
    rf"(?:told|telling)\s+(?:(?:the|a|an|his|her|their)\s+)?[\w.'\u2019]+{TOLD_WHOM}|tells\s+[\w.'\u2019]+|"
    r"added|adds|insisted|insists|admitted|admits|explained|explains|believes|thinks|wrote|writes|"
    # 20th round: more verbs of a paraphrase without "that" ("Colter stressed the Defenders will …");
    # ("suggested" and "poured cold water on reports" were tried: each cost a set its change floor;
    # Round 22: "had suggested there were no plans" again: found, but dated wrong its change cost a set)
    r"stressed|stresses|maintained|maintains|noted|notes)"
    # a time between ("said last month he has not been cast")
    r"(?:\s+(?:last|this|earlier|on)\s+(?:week|month|year|[a-z]+day|[A-Z][a-z]+)|\s+(?:earlier|recently|"
    r"yesterday|today))?)"
    r"(?=\s+(?:the|a|an|any|some|every|each|both|he|she|they|it|it's|there|there's|his|her|their|its|this|"
    r"these|those|we|I|"
    r"nobody|no one|nothing|everyone|fans|"
    # a clause opened by an -ing form: "said having her back on set felt like coming home"
    r"having|being|getting|working|seeing|playing|returning|reuniting|bringing)\b"
    # or a name and its verb: "Feige said Marvel is …", "sources say Luke Cage will …"
    r"|\s+(?-i:[A-Z])[\w'\u2019.-]+(?:\s+(?-i:[A-Z])[\w'\u2019.-]+){0,2}\s+(?:will|would|is|was|has|had|"
    r"could|might|can|should|won't|wouldn't|isn't|wasn't|hasn't|can't|cannot|"
    # Round 22: a present or past verb of wanting or planning ("saying Marvel wants the heroes …")
    r"wants|wanted|plans|planned|intends|intended|needs|needed|hopes|hoped)\b))\s+",
    re.IGNORECASE,
)
# The words a reported claim's verb can start with: a cheap word scan finds the few positions where
# the full pattern is worth trying (one big alternation tried at every position is slow).
REPORT_FIRST_WORDS = """confirmed confirms revealed reveals announced announces teased teases admitted admits
    insisted insists hinted hints promised promises doubts doubted denied denies predicted predicts said says
    told tells stated states explained explains noted notes claimed claims suggested suggests added adds
    believes believed thinks thought expects expected hopes hoped reiterated maintained acknowledged
    indicated assured made confirm reveal say admit explain saying adding noting insisting explaining
    confirming revealing telling denying dismissed dismisses rejected rejects shot refuted refutes debunked
    debunks stress insist note claim suggest maintain stressed stresses emphasised emphasized emphasises
    emphasizes wrote writes posted tweeted declared declares declaring hinting teasing admitting suggesting
    claiming predicting promising stressing warned warns warning argued argues arguing conceded concedes
    tell cautioned cautions caution warn"""
REPORT_FIRST = frozenset(REPORT_FIRST_WORDS.split())


def report_matches(text: str) -> list[re.Match[str]]:
    out = []
    for start in scan.find_words(text, REPORT_FIRST):
        m = REPORT.match(text, start)
        if m is not None:
            out.append(m)
    return out


# "Krysten Ritter's recent comments that a reunion is unlikely": what a person said, named by a
# noun of speech after their name (the claim follows "that")
SAID_NOUN = re.compile(
    r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s\s+(?:[a-z]+\s+){0,2}?"
    r"(?:comments?|remarks?|claims?|statements?|suggestions?|assertions?|predictions?|admission|"
    r"insistence|warnings?|promises?|assurances?|words)\s+that\s+"
)
# (Round 21: a relative clause may follow the source, "According to Feige, who spoke to a handful of
# outlets on Saturday, there is …": the claim starts after it)
_WHO_AFTER_SOURCE = r"(?:,\s*(?:who|whose)\s[^,]{1,120})?"
ACCORDING_LEAD = re.compile(
    rf"^\s*according to\s+(?P<who>[^,]{{2,60}}){_WHO_AFTER_SOURCE},\s*(?P<claim>.+)$", re.IGNORECASE | re.S
)
# the words that join a report to the source who contradicts or extends it ("…, but according to X")
JOINER = r"(?:but|and|yet|while|though|although|however|now|today)"
TRAILING_JOINER = re.compile(rf"[,;:\s]*\b{JOINER}\b,?\s*$", re.IGNORECASE)
# "…, but according to X, CLAIM": the lead form in mid-sentence (the claim follows X, not precedes)
ACCORDING_MID = re.compile(
    rf"^(?P<pre>.*?\b{JOINER}\b,?\s+)"
    rf"according to\s+(?P<who>[^,]{{2,60}}){_WHO_AFTER_SOURCE},\s*(?P<claim>.+)$",
    re.IGNORECASE | re.S,
)
# "that is no longer true": a claim about the truth of the clause before it
TRUTH_OF_BEFORE = re.compile(
    r"^\s*(?:that|this|it|which)\s+(?:is|was|'s|\u2019s|isn['\u2019]t|wasn['\u2019]t)\s*"
    r"(?P<neg>no longer|not|never|not at all)?\s*"
    r"(?P<value>true|the case|correct|accurate|right|so|false|wrong|untrue|inaccurate)\b",
    re.IGNORECASE,
)
REPORTED_LEAD_IN = re.compile(
    r"^\s*(?:(?:earlier|previous|recent|some|many|several|other)\s+)?(?:reports?|rumou?rs?|claims?|"
    r"speculation|sources?|outlets?)\s+(?:have\s+|had\s+)?(?:claimed|said|suggested|reported|"
    r"indicated|stated)\s+(?:that\s+)?",
    re.IGNORECASE,
)
ACCORDING_TAIL = re.compile(
    r"^(?P<claim>.+?),?\s+according to\s+(?P<who>[^,.]{2,60})(?:,[^.]*)?[.!?]?\s*$", re.IGNORECASE | re.S
)
# "one person familiar with the production", "two sources close to the studio", "an insider": the
# subject of a reported claim that names nobody (the claim is kept without a speaker)
ANONYMOUS_SOURCE = re.compile(
    # (20th round: "The story cited a source close to …, who said": the source a report cites)
    r"(?:^|[.;:!?]\s+|,\s+|\b(?:and|but|cited|citing|quoted|quoting)\s+|^\s*)"
    r"(?:(?:(?:a|an|one|two|three|four|several|multiple|some|other|many)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:person|people|sources?|insiders?|individuals?|executives?|staffers?|crew members?|"
    r"spokes(?:person|man|woman)|representatives?)"
    # a bare plural ("sources tell", "Insiders stress that") and the report itself ("the same report
    # says", "a new report from Deadline")
    r"|(?:[\w-]+\s+)?(?:sources|insiders)"
    r"|(?:the|that|this|a|an)\s+(?:same\s+|new\s+|latest\s+|original\s+)?(?:report|story|scoop))"
    r"(?:\s+(?:familiar|close|with|involved|connected|at|from|on|inside|who|in)\b[^,.;:!?]{0,80})?"
    # 20th round: "a source close to the production, who said …": the source's relative clause
    r",?\s*(?:who\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "a new report from Production Ledger", "the Deadline story": a publication, nobody who speaks
REPORT_FROM = re.compile(
    r"\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|story|scoop|article)s?\b(?!\s+(?:with|of)\b)",
    re.IGNORECASE,
)

# "CLAIM, Loeb said on Tuesday." (see statements._Extractor._tail_attribution)
TAIL_WORDS = 8
TAIL_CHARS = 80
MIN_CLAIM_CHARS = 10
TAIL_VERB_WORDS = """said says told tells tell added adds explained explains noted notes insisted insists
    admitted admits confirmed confirms stressed stresses argued argues acknowledged acknowledges maintained
    maintains
    predicted predicts warned cautioned wrote writes claimed claims revealed reveals suggested suggests
    conceded concedes reiterated reiterates"""
TAIL_VERBS = frozenset(TAIL_VERB_WORDS.split())
# reported speech shifts the tense back: "would" is "will", and "was/were" before an -ing form is
# "is/are" ("said the heroes were coming together" is "are coming together"); not before a noun in
# -ing ("there was something", "it was during the panel")
BACKSHIFTED = re.compile(
    r"\bwould\b|(?<=\w)['\u2019]d\b|"
    # (the quotation may open before the adverb: 'was "actively developing a reunion"')
    r"\b(?:was|were)\b(?=\s+[\"\u201c']?(?:not\s+|never\s+|still\s+|already\s+|actively\s+|quietly\s+)?[\"\u201c']?"
    r"(?!(?:some|no|any|every)?thing\b|during\b|morning\b|evening\b|king\b|ring\b|spring\b|string\b|"
    r"wedding\b|building\b|ceiling\b|darling\b|being\b)[a-z]+ing\b)",
    re.IGNORECASE,
)
_PRESENT = {"would": "will", "was": "is", "were": "are"}


def unshift(m: re.Match[str]) -> str:
    return _PRESENT.get(m.group(0).lower(), "'ll")


BARE_MODAL = 0.5 * 1.25  # the score of one "could" / "might" alone (in its last clause)
_BARE_MODALS = frozenset({"could", "might", "may"})

# the same speaker's second claim in a participle ("…, adding that …", "…, telling Variety that …"),
# not a proviso ("though he stressed that …")
SAME_SPEAKER_NEXT = re.compile(r",?\s+(?:adding|noting|insisting|stressing|telling)\b")

# ", and D'Onofrio jokes that …", ", though he stressed that …": another report starts (of another
# person, or of the same one); the claim ends before it
# (also after a dash, ", though, as he told …", "while streaming chief X told"; and "— and that …", a
# second claim of the same report set apart by a dash)
NEXT_REPORT = re.compile(
    rf"(?:,|\s[\u2014\u2013-])?\s+(?:and|while|but|whereas|though|although|yet)(?:,?\s+as)?,?\s+"
    rf"(?:(?:[a-z][\w-]*\s+){{0,3}}(?:[A-Z][\w'\u2019.-]*\s+){{1,3}}|"
    rf"(?:he|she|they)\s+(?:\w+ly\s+)?)(?:{speakers.SPEECH_VERBS})\b"
    r"|\s[\u2014\u2013-]\s+and\s+that\s"
    # "…; Charlie Cox said …": another report after a semicolon
    rf"|;\s+(?:(?:[A-Z][\w'\u2019.-]*\s+){{1,3}}|(?:he|she|they)\s+)(?:{speakers.SPEECH_VERBS})\b"
    # ", adding that …": the same speaker's second claim
    r"|,\s+(?:adding|noting|insisting|stressing)\s+that\b"
    # ", and asked her directly whether she'd return": a question the speaker put, no part of the claim
    r"|,?\s+and\s+(?:then\s+)?asked\s+(?:[\w'\u2019]+\s+){0,3}?(?:whether|if)\b"
    # ", telling Lumen Magazine in a new profile that …": the same speaker's report to an outlet
    r"|(?:,|(?<=,[\"\u201d]))\s+telling\s+(?:(?:the|a|an|his|her|their)\s+)?[A-Z][^,;.]{0,60}?\s+that\b"
    # "…, but would not give a timeline", "but declined to say more": the speaker's refusal, told by
    # the writer, is no part of the claim
    r"|,?\s+(?:but|and|though)\s+(?:(?:would|could|did|will)(?:\s+not|n['\u2019]t)\s+(?:say|give|share|reveal|"
    r"confirm|comment|elaborate|discuss|offer|specify|name|put)|declined\s+to|refused\s+to|stopped\s+short)\b"
)


def truth_of_before(before: str, claim: str) -> tuple[str, bool]:
    """ "Reports said X, but according to Y, that is no longer true": Y's claim is X, reversed.

    Returns the claim and whether it is denied; a claim that is not about the clause before it is
    returned unchanged."""
    truth = TRUTH_OF_BEFORE.match(claim)
    if truth is None:
        return claim, False
    said = TRAILING_JOINER.sub("", before)
    said = REPORTED_LEAD_IN.sub("", said).strip()
    false = truth.group("value").lower() in {"false", "wrong", "untrue", "inaccurate"}
    negated = truth.group("neg") is not None or "n't" in truth.group(0) or "n\u2019t" in truth.group(0)
    return said, false != negated


# Round 21: how long before or after the report something else happened (", a year after he said …",
# ", days after Netflix cancelled his series"): the writer's time clause, no part of the claim
TIME_APART = (
    r"(?:just\s+|only\s+|barely\s+|some\s+|nearly\s+|almost\s+)?(?:(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)"
)

# ", which disappointed fans": the writer's comment on the report, not part of the claim
# (a "which" clause that runs to the end of the sentence: "the show, which ended in 2019, will return"
# keeps its apposition)
# (and ", a detail that has set off speculation among fans …": a noun summing up what was said)
WRITER_COMMENT = re.compile(
    r",\s+(?:which\s+[^,;]*(?:,\s+(?:but|and|yet|though)\s+[^,;]*)*|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:detail|move|development|sign|revelation|"
    r"admission|remark|comment|claim|nugget|tidbit)\s+(?:that|which)\s+[^;]*"
    # Round 21: ", the same words she used last fall", ", a line he first gave in January": the writer
    # says where the words were heard before
    r"|(?:the\s+same|a|an)\s+(?:[\w-]+\s+){0,2}?(?:words?|lines?|phrases?|answer|message|sentiment|"
    r"position|stance)\s+(?:that\s+|which\s+)?(?:he|she|they|it)\s+(?:\w+\s+)?(?:used|gave|said|offered|"
    r"took|struck|made|repeated|voiced|shared)\b[^;]*|"
    rf"{TIME_APART}\s+[^;]*)$"
)
# "He told me he'd do it tomorrow, and I believe him": the one who reports it goes on in the first
# person; the claim (of a third person) ends before (with a comma or without: "… coming back and I
# was not okay")
REPORTER_CLAUSE = re.compile(r"(?:,\s+|\s+)(?:and|but|so)\s+I\s+(?=[a-z])")
QUOTE_MARKS = re.compile('["\u201c\u201d]')
# "he would welcome them back; whether Marvel agrees is another matter": after a semicolon (outside
# quoted words) the writer goes on
_SEMICOLON = re.compile(r";\s")


# a wire story's dateline before its first sentence: "NEW YORK (UNW) — ", "LOS ANGELES, May 6 -- "
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}"
    # (Round 21: a state after the city and a wire's name in words, "BURBANK, Calif., Jan 20
    # (Continental Press) - ")
    r"(?:,\s+[A-Z][a-z]{1,5}\.)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12}){0,2}\))?\s*(?:[\u2014\u2013]|--?)\s*"
)


def cut_at_next_report(claim: str) -> str:
    """The claim up to another report or the writer's comment, without a dateline before it."""
    claim = DATELINE.sub("", claim, count=1)
    m = NEXT_REPORT.search(claim)
    claim = claim[: m.start()] if m is not None else claim
    m = WRITER_COMMENT.search(claim)
    claim = claim[: m.start()] if m is not None else claim
    for m in REPORTER_CLAUSE.finditer(claim):
        if len(QUOTE_MARKS.findall(claim, 0, m.start())) % 2 == 0:  # (not inside quoted words)
            claim = claim[: m.start()]
            break
    for m in _SEMICOLON.finditer(claim):
        if len(QUOTE_MARKS.findall(claim, 0, m.start())) % 2 == 0:
            return claim[: m.start()]
    return claim


def claim_stance(claim: str) -> Stance | None:
    """A reported claim's stance: a bare modal alone ("showed what the character could be") is the
    writer's wording, not a position taken."""
    result = assess_stance(claim)
    if (
        result.stance is not None
        and max(result.scores.values()) <= BARE_MODAL
        and all(cue.rsplit(":", 1)[0].lower() in _BARE_MODALS for cue in result.cues)
    ):
        return None  # (a cue of its own that a condition halved, "he'd go back if asked", stays)
    return result.stance


# 20th round: a position told by a verb and its object, not a clause ("Cox declined to rule out a
# reunion", "Ritter ruled out a return", "Feige would not confirm …", "Colter expressed interest in
# …"): the claim is the predicate, in the words the stance cues know (see STANCE_PHRASE_SAID)
STANCE_PHRASE = re.compile(
    r"\b(?:(?P<unsure>(?:declined|refused|declines|refuses)\s+to\s+rule\s+out|(?:would|will|did|does|could)"
    r"(?:\s+not|n['\u2019]t)\s+rule\s+out|(?:is|was)\s+not\s+ruling\s+out|stopped\s+short\s+of\s+ruling\s+out)"
    r"|(?P<no>(?:has\s+|had\s+)?(?:ruled|rules)\s+out)"
    r"|(?P<confirm>(?:declined|refused|declines|refuses)\s+to\s+confirm|(?:would|will|did)(?:\s+not|n['\u2019]t)"
    r"\s+confirm|would\s+neither\s+confirm\s+nor\s+deny)"
    r"|(?P<open>(?:expressed|expresses|voiced|voices|has\s+expressed)\s+(?:(?:an?|some|his|her|their)\s+)?"
    r"(?:interest|openness|enthusiasm)\s+in))\s+(?=\S)",
    re.IGNORECASE,
)
STANCE_PHRASE_SAID = {
    "unsure": "would not rule out",
    "no": "ruled out",
    "confirm": "would not confirm",
    "open": "is open to",
}


def stance_phrase(m: re.Match[str]) -> str:
    """The words a :data:`STANCE_PHRASE` match is shown in (20th round)."""
    return next(STANCE_PHRASE_SAID[k] for k, v in m.groupdict().items() if v is not None)


# 20th round: an indirect question and its answer ("Asked whether she would return, Ritter said no.",
# "When asked if …, he said he'd love to.", "Asked about a reunion, Colter laughed: “Never.”",
# "Pressed on …, Feige declined to …"): the question is what the answer is about
ASKED_FRAME = re.compile(
    r"^\s*(?:(?:and|but|so)\s+)?(?:when|after\s+being|upon\s+being|once)?\s*(?:asked|pressed|quizzed|questioned)"
    r"(?:\s+(?:by|in|at|during|on\s+(?:a|the|his|her))\s+[^,]{1,60}?)?"
    r"\s+(?P<how>whether|if|about|on)\s+(?P<q>[^,;:\"\u201c]{5,200}),\s+"
    r"(?P<subject>[^,;:\"\u201c]{2,60}?)\s+(?P<verb>said|says|replied|replies|answered|answers|responded|"
    r"responds|laughed|laughs|smiled|smiles|shrugged|shrugs)\b,?:?\s*",
    re.IGNORECASE,
)
# The words of a yes, a no and a maybe answer (20th round), shared by the answer to an indirect
# question (:func:`answer_polarity`) and a one- or two-word quoted answer (:data:`SHORT_ANSWER`)
_NO_WORDS = (
    r"never|nope|no\s+way|no|not\s+a\s+chance|absolutely\s+not|definitely\s+not|of\s+course\s+not|"
    r"not\s+likely"
)
_YES_WORDS = r"yes|yeah|yep|absolutely|definitely|of\s+course|sure|certainly|hopefully"
_MAYBE_WORDS = r"maybe|perhaps|possibly|we['\u2019]ll\s+see|who\s+knows"
SHORT_ANSWER = re.compile(
    rf"\s*(?P<no>{_NO_WORDS})|\s*(?P<yes>{_YES_WORDS})|\s*(?:{_MAYBE_WORDS})",
    re.IGNORECASE,
)
_ANSWER_NO = re.compile(
    rf"(?:{_NO_WORDS}|nah|not\s+(?:really|at\s+all|anytime\s+soon)|(?:he|she|they|it|i|we)\s+(?:would\s+not|"
    r"wouldn['\u2019]t|won['\u2019]t|will\s+not|did\s+not|didn['\u2019]t|does\s+not|doesn['\u2019]t|do\s+not|"
    r"don['\u2019]t|had\s+no|has\s+no|have\s+no|was\s+not|wasn['\u2019]t|is\s+not|isn['\u2019]t))\b",
    re.IGNORECASE,
)
_ANSWER_YES = re.compile(
    rf"(?:{_YES_WORDS}|100\s+percent|"
    r"(?:he|she|they|i|we)(?:['\u2019]d|\s+would|\s+will|['\u2019]ll)\s+(?:\w+\s+)?(?:love|like|be\s+happy|"
    r"be\s+glad|be\s+up|be\s+there|return|come\s+back|do\s+it|be\s+back)|(?:he|she|they|i|we)\s+(?:would|will|"
    r"was|is|were|are|did|does|do)\b(?!\s+not))\b",
    re.IGNORECASE,
)
_ANSWER_MAYBE = re.compile(
    rf"(?:{_MAYBE_WORDS}|never\s+say\s+never|time\s+will\s+tell|"
    r"you\s+never\s+know|it\s+depends|(?:he|she|they|i|we)\s+(?:didn['\u2019]t|did\s+not|don['\u2019]t|"
    r"does\s+not|doesn['\u2019]t)\s+know)\b",
    re.IGNORECASE,
)


def answer_polarity(answer: str) -> str | None:
    """ "no", "yes" or "maybe" for the answer to an :data:`ASKED_FRAME` question, else None (20th
    round). (A refusal to answer, "Pressed on …, he declined to answer", is no statement: measured,
    the sets do not count one.)"""
    answer = answer.lstrip("\"\u201c\u2018' ").lstrip()
    if _ANSWER_MAYBE.match(answer):
        return "maybe"
    if _ANSWER_NO.match(answer):
        return "no"
    if _ANSWER_YES.match(answer):
        return "yes"
    return None


def asked_claim(how: str, question: str, polarity: str) -> tuple[str, bool]:
    """The claim an answer makes about an indirect question, and whether it denies it: "Asked
    whether she would return, Ritter said no" denies "she would return"; an answer about a thing
    ("Asked about a reunion") is shown in the words the stance cues know (20th round)."""
    question = question.strip()
    if how.lower() in ("whether", "if"):
        if polarity == "maybe":
            return f"would not say whether {question}", False
        return question, polarity == "no"
    said = {"yes": "is open to", "no": "ruled out", "maybe": "is undecided on"}[polarity]
    return f"{said} {question}", False
