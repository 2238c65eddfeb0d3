"""Who said what: direct quotes and reported claims, attributed to a speaker, with a stance.

Direct quotes (see :mod:`monitor.understand.quotes` for how quote marks are paired) are attributed,
in this order, by:

1. an attribution right after the quote (``“…,” he said`` / ``“…,” said Cox`` / ``“…” Ritter told EW``);
2. an attribution before it in the same sentence (``Cox said, “…”`` / ``According to Loeb, “…”`` /
   ``Ritter put it simply: “…”``);
3. the quote just before it in the same paragraph: when only an attribution lies between them
   (``“X,” he said, “Y”`` or ``“X,” he said. “Y”``) they are one statement "X Y"; in the same
   sentence they share the speaker;
   then, for a quote opening a sentence inside its paragraph, the subject of the narrative sentence
   just before it (``Colter laughed. “Never say never.”``);
4. an introduction ending the previous paragraph (``… Cox shares:`` or ``… she said this.``);
5. the speaker of the quote in the paragraph just before (a quote paragraph that goes on), else the
   person the narrative paragraph just before is about; a colon after a sentence naming nobody ("He
   grins. Then:") gives the quote to the person the last sentences were about;
6. a quote paragraph nothing before attributes (after a question, a scene) goes to the person the
   next paragraph's first sentence is about ("“Never say never. …”" / "Feige, characteristically,
   would not say when."); a quote opening the article, to the person its next paragraph names;
7. else nobody (``None``).

Speakers are people, never organisations ("Great Lakes Comic Expo announced"), and a name after a
preposition or an -ing verb ("On shooting Low Tide") is no sentence's subject. "he" and "she" pass
over a person known to be of the other sex (a watchlist role "actress"; a pronoun that opened a
clause about them: "Fallon did what hosts do: he asked …") for the subject before.

An attribution after a quote that opens a new clause ("…" one day, and X jokes that …) is not the
quote's. Two quotes of one speaker in a paragraph with only their attribution between them are one
statement, even when the attribution is long ("…," insisted X, who plays …, when asked …. "…").
Interviews: "Name: answer" paragraphs (the turns of a label that mostly asks are the interviewer's),
"A:" for the interviewee, and a Q&A printed without labels (short "?" paragraphs followed by
first-person ones) give the interviewee's answers; the article's introduction frames them.

A paragraph without quote marks, in the first person, right after an introduction ("she said
this.", "he explained:") is a quote too, and so is the text of a social-media post embedded in the
page, whose signature line follows it ("— Krysten Ritter (@KrystenRitter) May 3, 2025"). The same
words printed twice in one article (a post quoted in the text and embedded below) are one statement.

Seventh round: "Said Ritter: “…”" (an inverted attribution; "Said" is no first name); a colon
without a speech verb gives the quote to the sentence's subject ("Cox praised Vincent D'Onofrio:
“…”"); a rundown line "Charlie Cox — “…”" / "Mike Colter (1:20): “…”" to the name; a possessive
name owns the quoted phrase ("Scardapane's “not this season” comment"); words without quote marks
after a lead-in of four or more words and a colon, in the first person, right after a quote
paragraph, go on from its speaker; an unlabelled Q&A answer runs over the paragraphs after it up to
the next question. A sentence that opens with what it is about ("About the new series, …"; not a
place, a time or an idiom: "On the podcast,", "Of course,") is not about the question unless that
names it; a quoted headline followed only by an outlet and a date (a list of references) is no
statement.

Reported claims are sentences of the narrative of the form "X confirmed (that) …", "X said that …",
"X said any …", "X revealed …", "X, … telling reporters at … that …", "with X telling reporters that
…", "according to X, …", "…, according to X" (and "according to an outlet, Y said that …": Y
speaks) and "CLAIM, X told Variety." / "CLAIM, said X." (no quote in the sentence); "X denied reports
that …" is a claim whose stance is reversed (or negative). A claim ends where another report starts
(", and Y jokes that", ", though he stressed that"); an apposition may sit between the person and
the verb ("Colter, who arrived late, said that …"). The speaker must be a person, except for an
anonymous source ("according to two sources familiar with the production", "One person familiar
with the production told The Pop Desk that …", "Insiders stress that …", "…, sources tell X.",
"the same report says", "according to a new report from X", an outlet): that claim has no speaker.
A setting or a time may sit between the verb and its clause ("said at the end of the episode that",
"said last month he", "told reporters in London on Tuesday he", "telling anyone who'll listen
that"), and "said" may be followed by a name and its verb ("Feige said Marvel is …"). A "which"
clause ending the sentence is the writer's comment, not the claim; a numbered item's heading is no
claim (the quote below it is); a claim whose only cue is a bare modal ("showed what the character
could be") takes no stance. A claim whose
only cue is in the tense reported speech shifts back ("that we'd see familiar faces") is read in the
speaker's tense ("we'll see").

Ninth round: a reported claim that quotes a few of the speaker's words, under a third of it, is
shown as those words ("says he'd “suit up tomorrow” if Marvel came calling" gives "suit up
tomorrow"), with the whole claim's stance, when they carry a stance read with the few words before
them and the article does not print them inside a longer quotation; another person's report later
in the sentence ("…, while streaming chief Y told Variety he “…”") is a claim of its own (the same
speaker's proviso, "though he stressed that …", is not); a speech verb in an opening clause
("Asked by Hero Hype whether …, Colter took a diplomatic line: “…”") leaves the quote to the
sentence's subject.

Eleventh round: a round-up of posts prints each as "@handle: words", the words of the person whose
full name (or surname of four letters or more, when the article names them) the handle spells, never a
fan account's; a work's title inside a sentence ('her new thriller "Low Tide," the actress said') is
not attributed; "according to" an outlet, the person the claim is about speaks its quoted words; a
fragment quoted in a sentence of its own that reports it, after a quote closed by its attribution, is a
statement of its own, and a participle ("…, saying") falls back to the subject of the clause it closes;
the person a question is put to ("X asked …: would Y …?") is the next sentence's "he" or "she". A
claim loses a wire dateline ("NEW YORK (AP) —") and a refusal told by the writer (", but would not
give a date"); heroes are what a return is made of.

A quote or claim is a statement about the question only when (a) it, or its context (the quote's
paragraph and the paragraph before, or the two before when the one before is narrative without a
quote and no section heading ("On shooting Low Tide"; a word or two of page furniture such as
"Advertisement" is passed over); the headline for quotes and claims in the first three paragraphs
that are sentences, bylines and dates not counted, and before any section heading or numbered
item; in a numbered list whose introduction speaks of the question, the headline and introduction
for every item (a digest's items, "1. 'HARBOR LIGHTS' GETS A THIRD SEASON", have their own
subjects); for a reported claim its paragraph and the one before), names a topic term, a word
sharing a stem with the question's words ("reunion", "reunited" for "reunite") or a watchlist person
other than the speaker,
(b) no exclusion term appears there (a quote of a speaker who made a statement
about the question at most two paragraphs before goes on about it, unless the narrative between
brings in another proper noun), (c) it takes a stance (see :mod:`monitor.understand.stance`;
failing a cue, a negator right before a core term, "not a Defenders show", is negative), and (d) its
attribution does not say it is about something else ("…,” Ritter said of the episode she directed").
Quotes under three words and quoted titles ("The Defenders") are not statements. A reported claim
replaces the short quoted phrases inside it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from monitor.types import Stance, StatementKind
from monitor.understand import reporting, scan, speakers
from monitor.understand.gate import features
from monitor.understand.gate.model import Gate, default_gate
from monitor.understand.lexicon import RETURN, Lexicon
from monitor.understand.quotes import Layout, Quote, layout
from monitor.understand.speakers import Candidate, Mentions
from monitor.understand.stance import YES_NO_OPENING, StanceResult, assess_stance, stance_of

_LEAD_PUNCT = re.compile(r"^[\s,.!?;:\u2014\u2013-]*")
_WORDS = re.compile(r"[\w'\u2019]+")
_INTRO_END = re.compile(
    rf"(?::\s*$)|(?:\b(?:{speakers.SPEECH_VERBS})\b[^.]{{0,40}}"
    r"\b(?:this|the following|as follows)\s*[.:]?\s*$)",
    re.IGNORECASE,
)
_INTRO_WORDS = ("this", "following", "follows")  # the words _INTRO_END's second form ends with
_APPOSITION = re.compile(r"^\s*,[^,]{1,80},\s*$")
_DENIAL = re.compile(r"\b(?:not|no|never|without|\w+n['\u2019]t)\b", re.IGNORECASE)
_SAID_OF = re.compile(r"\s+of\s+([^.!?\n]{3,160})")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|We|my|My|our|Our)\b")
_MIN_WORDS = 3
_LEDE_PARAS = 3  # the headline frames the quotes of the first paragraphs
# "1. Charlie Cox, always the optimist" / "#4) …": a numbered list's item heading
_LIST_ITEM = re.compile(r"\s*#?\d{1,2}[.):]\s+\S")
_LIST_ITEMS = 3
_HEADING_WORDS = 3  # a line of fewer words is page furniture ("Advertisement"), not a heading
_LEDE_WORDS = 12  # a shorter paragraph without a full stop is a byline or a dateline
_SHORT_QUOTE = 8  # words: a quoted phrase inside a reported claim gives way to the claim
_SUBJECT_WORDS = 6  # a sentence's subject sits among its first words
# A sentence opening with a preposition, a subordinator or a participle ("On the podcast,", "Asked
# about it,", "Speaking to Variety,") has its subject after the first comma.
_OPENER = re.compile(
    r"\s*(?:on|in|at|during|after|before|following|when|while|as|since|although|though|if|because|"
    r"despite|with|without|for|from|asked|speaking|talking|appearing|responding|writing|promoting|"
    r"replying|sitting|chatting|reflecting|discussing|"
    r"[a-z]{3,}ing\s+(?:to|about|on|at|with|in|from|during|for|after|before|alongside)|"
    r"[a-z]{3,}ed\s+(?:by|about|on|whether|if|in|at|during|for|after|what|how))\b",
    re.IGNORECASE,
)
# the word before a name that makes it an object, not the subject: a preposition or an -ing verb
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|on|about|with|for|from|by|into|like|than|against|alongside|opposite|starring|"
    r"[a-z]{2,}ing)\s+$"
)
_CLAUSE_OPEN = re.compile(r"[:;]\s*$")
_OPENER_REACH = 160  # characters in which the opening clause's comma must come
_MAX_SUBJECT_GAP = 90
# a name in apposition closing an opening clause, before a capitalised subject ("… his new play, Low
# Tide, Jones was candid"); not "Ritter, 43, said", where the subject itself comes first
_NAMED_APPOSITION = re.compile(
    r"\s*(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,"
    r"(?=\s+(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|he|she|they)\s+[a-z])"
)
_ASKED_REACH = 260  # characters in which an opening clause with a speech verb ("Asked by …,") ends
# "WOLL: ...", "Deborah Ann Woll: ...", "A: ..." at the start of a paragraph (a Q&A transcript), with
# a transcript's time stamp before or after the name: "[00:37:31] MIKE COLTER:", "00:31:54 Charlie
# Cox:", "Jeph Loeb (41:12):", "DEBORAH ANN WOLL [40:25]:"
_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
_QA_LABEL = re.compile(
    rf"(?:{_STAMP}\s*(?:[\u2013\u2014-]\s*)?)?"
    r"(?P<label>(?:[A-Z][A-Za-z.'\u2019-]*)(?: [A-Z][A-Za-z.'\u2019-]*){0,3})"
    rf"(?:\s*{_STAMP})?\s*:\s+(?=\S)"
)
_QA_TURN = re.compile(rf"(?m)^[ \t]*{_QA_LABEL.pattern}")
# the signature line under an embedded post: "— Krysten Ritter (@KrystenRitter) May 3, 2025"
_EMBED_SIGNATURE = re.compile(r"\s*[\u2014\u2013-]{1,2}\s*(?P<who>[^()\n]{2,60}?)\s*\(@[\w.]{1,30}\)")
_ASKED = re.compile(r"ask(?:ed|s)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|was|were|are|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a post in a round-up of posts and replies: "@charliecoxactual: Same jacket, different decade."
_POST_LINE = re.compile(r"[ \t]*@(?P<handle>[A-Za-z0-9_.]{2,30})[ \t]*:[ \t]+(?=\S)")
# the words of a fan or news account's handle ("@coxfanclub", "@hellskitchenhive", "@ritterdaily")
_FAN_HANDLE = re.compile(r"fan|stan|daily|news|update|hive|club|archive|central|unofficial|edits|source")
_HANDLE_SURNAME = 4  # a shorter surname ("Cox") names its owner in a handle only with the first name
# the word right before a work's title inside a sentence ("her new thriller “Low Tide,”"): not a
# colon, comma or dash, which introduce a quotation
_WORK_BEFORE = re.compile(r"[A-Za-z]\s*$")
_MARKS = re.compile('["\u201c\u201d]')
# a rundown line before its quote: "• 0:15 – Charlie Cox — ", "Mike Colter (Luke Cage): "
_RUNDOWN = re.compile(
    r"\s*[\u2022*\u00b7-]?\s*(?:\d{1,2}:\d{2}\s*[\u2013\u2014-]?\s*)?(?P<who>[^,:;.\u2013\u2014()\n]{3,60}?)"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[\u2013\u2014:-]\s*"
)
# "Dario Scardapane's “not this season” comment": the name right before the quote, as a possessive
_POSSESSOR = re.compile(r"((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s\s*$")
_QUOTE_NOUN = re.compile(
    r"\s*(?:comments?|remarks?|line|quip|promise|pledge|warning|answer|statement|claim|tease|response|"
    r"reply|assessment|verdict|admission|vow|prediction|post|tweet|caption)\b",
    re.IGNORECASE,
)
# "About the new series, …", "On Karen's new look, …", "As for the film, …": what the sentence is about
_ABOUT_OPENER = re.compile(
    r"\s*(?:about|on|of|regarding|as for|as to|turning to|when it came to|speaking of)\s+([^,\n]{3,80}),",
    re.IGNORECASE,
)
# what such an opener is about: a noun phrase ("the new series", "Karen's new look", "Bullseye"), not
# an idiom ("of course", "on the other hand", "on the record", "as for me")
_ABOUT_OBJECT = re.compile(
    r"(?!(?:the )?(?:other|one|flip|plus|bright) (?:hand|side)|the (?:record|contrary|whole|subject|topic|"
    r"question|matter)\b|top of|that note|balance|reflection|me\b|us\b|him\b|her\b|them\b)"
    r"(?:(?:the|a|an|his|her|their|its|this|that|these|those)\s|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_VENUE = re.compile(
    r"\b(?:podcast|show|programme|program|panel|stage|set|carpet|call|episode|broadcast|stream|livestream|"
    r"air|radio|television|tv|instagram|x|twitter|tiktok|threads|youtube|reddit|site|website|page|"
    r"interview|occasion|day|night|morning|evening|afternoon|weekend|[A-Z][a-z]+day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
# after a cited headline: ". Midwest Fan Dispatch. May 18, 2025." (an outlet, maybe a page, a date)
_CITATION_TAIL = re.compile(
    r"[.,]?\s*(?:[^.\n]{1,60}\.\s*){1,2}(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\.?\s*"
)
# "Then, more soberly, turning the die over in her fingers: " (a lead-in of a few words, then a colon)
_LEAD_IN_WORDS = 4
_COLON_LEAD = re.compile(r"\s*([^:\n.!?]{3,160}):\s+(?=[A-Z])")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S*")
_PARTICIPLE = re.compile(
    r"(?:saying|adding|noting|insisting|explaining|confirming|revealing|telling|denying|declaring|hinting|"
    r"teasing|admitting|suggesting|claiming|predicting|promising|stressing|warning|arguing)\b",
    re.I,
)
# "Eighteen months after telling a podcast that …, Loeb is …": a participle in a sentence's opening
# time clause, whose subject is the main clause's, after it
_TIME_OPENER = re.compile(r"\s*(?:[\w'\u2019-]+\s+){0,4}?(?:after|before|since|while|when|upon)\s+$", re.I)
_CLAUSE_COMMA = re.compile(r",[\"\u201d'\u2019]?\s+")
_HEDGED_VERB = re.compile(r"\b(?:seem|seems|seemed|appear|appears|appeared)\s+to\s*$", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*,?\s*(?:and|&)\s+$")
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|although|though)\b", re.IGNORECASE)
_WHO_CLAUSE = re.compile(r",\s*(?:who|whose|whom)\b[^.;!?\n]{1,200},\s*$")
_CAPITAL = re.compile(r"(?<![\w'\u2019])[A-Z][a-z][\w'\u2019]*")
_QUESTION_WORDS = 30  # an interviewer's question in an unlabelled Q&A is short
# a question about a return, in an interview about the story: "Will you play him again?", "Would you go back?"
_ASKS_RETURN = re.compile(rf"{RETURN.pattern}|\b(?:again|go(?:ing)? back|suit(?:ing)? up)\b", re.IGNORECASE)
_FOLLOW_UP_WORDS = 15  # a follow-up question ("And would you go back?") is shorter still
# a follow-up does not turn to something new ("And the play?", "What about Bullseye?")
_NEW_SUBJECT = re.compile(
    r"\s*(?:and|so|now|ok(?:ay)?)?[,\s]*(?:what|how) about\b|\s*and (?:the|your|his|her)\b", re.I
)
# A follow-up question stays on the subject: it points back ("Would you do it?", "And after that?") or
# asks yes or no with no new object ("Would you want to be involved?")
_BACK_REFERENCE = re.compile(r"\b(?:it|that|this|those|them|they|there|one|again|so)\b", re.IGNORECASE)
_YES_NO = re.compile(YES_NO_OPENING + r"|wouldn't|isn't|don't|doesn't)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|for you|next)\b", re.IGNORECASE)
_LEAD_UP = re.compile(r"(?<=[.!:;])\s+(?=\S[^.!:;]*\?\s*$)")
# a reported claim pointing back to the story ("he would do it", "she'd love that")
_CLAIM_POINTER = re.compile(r"\b(?:it|that|this|them)\b", re.IGNORECASE)
# the words of a return, in a reported claim that does not name the story ("he wants back in", "any
# appearance would depend on scheduling", "the characters are very much in the mix", "the heroes are
# coming together")
_STORY_WORDS = re.compile(
    r"\b(?:back|appear(?:s|ed|ing|ances?)?|cast|characters?|hero(?:es)?|chapter|faces|roles?|mix)\b",
    re.IGNORECASE,
)
# a report inside a relative clause ("Feige, who said last month that …,"), and where its claim ends:
# at a comma followed by the main clause's verb, not by a conjunction or a new subject
_RELATIVE_REPORT = re.compile(r",\s*who\s+[^,.;:]{1,60}$")
_RELATIVE_END = re.compile(
    r",\s+(?!(?:and|but|or|so|which|who|as|because|though|although|while|if|when|he|she|it|they|we|i|"
    r"that|the|a|an|his|her|their|its|there|not|even|perhaps|maybe|possibly)\b)(?=[a-z])"
)
_FLOOR_PARAS = 4  # paragraphs back in which a question put to a panel still awaits its answers
_ASKING = re.compile(r"\b(?:ask(?:s|ed|ing)?|question(?:s|ed)?)\b", re.IGNORECASE)
_ABOUT_WORD = re.compile(r"\b(?:about|on|over|regarding)\b")
_QUESTION_MARK = re.compile(r"\?")
_FOCUS_WORDS = 40  # an interview answer longer than this is cut down to its stance (see _focus)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c'\u2018(])")
# the group as a whole, counted ("the four of us", "all four of them", "back in a room with these three",
# "I want all three."): a reunion's words, though they name neither the story nor anyone in it (a
# count before a noun, "the three seasons", is no group)
_ENSEMBLE = re.compile(
    r"\b(?:all|the|these|those)\s+(?:three|four|five|six)\b(?:\s+of\s+(?:us|them|you)\b|(?=\s*[.!?;]))",
    re.IGNORECASE,
)
_SELF_QUESTION_WORDS = 6  # "But would I go back?": a question a speaker puts to themselves is short
# a headline that lists what an interview covers ("X on 'Low Tide,' Saying No to Sequels and the
# Defenders Question"): each item is its own subject, so the headline frames no quote of the lede
_LISTED = re.compile(r"(?:\bon\b|\btalks\b|:)\s+[^,:]+,\s*[^,]+?,?\s+(?:and|&)\s+\S", re.IGNORECASE)
_AFTER_QUOTE = re.compile(r"[,!?]['\u2019]?[\"\u201d]\s*$")  # "“…,” he said": the pronoun right after a quote
_RELAYED_MARKS = re.compile("[\"\u201c\u2018']?\0[\"\u201d\u2019']?")  # a relayed quote's place and marks
_GOING_ON = 2  # paragraphs after a statement in which its speaker's next quote stays on the question
_MAX_WHO_CLAUSE = 220  # characters between a reported claim's subject and its verb


@dataclass(frozen=True, slots=True)
class Extracted:
    speaker: str | None
    text: str
    kind: StatementKind
    stance: Stance
    start: int  # position in the text, for ordering


@dataclass
class _QuoteInfo:
    quote: Quote
    speaker: str | None
    sentence: int  # start of the sentence the quote sits in
    how: str
    merged_into: int | None = None
    extra: str = ""
    about_other: bool = False  # the attribution names what the quote is about, and it is not the question
    question: str | None = None  # an interview answer: the question asked right before it, if printed


def _is_heading(paragraph: str) -> bool:
    """A headline repeated inside the text (HTML pages often carry their <h1>): no closing
    punctuation and nearly every longer word capitalised."""
    body = paragraph.strip()
    if not body or body[-1] in ".!?:\"\u201d'\u2019)" or "\n" in body:
        return False
    long_words = [w for w in _WORDS.findall(body) if len(w) > 3]
    if len(long_words) < 2:
        return False
    caps = sum(1 for w in long_words if w[0].isupper())
    return caps >= 0.8 * len(long_words)


def _is_intro(sentence: str) -> bool:
    """Does ``sentence`` introduce what follows (see _INTRO_END)? Its end is looked at first: a colon,
    or "this", "the following", "as follows" (the pattern, tried at every word, is slow)."""
    end = sentence.rstrip()
    if (
        not end.endswith(":")
        and scan.plain_case(end)
        and not end.rstrip(".:").rstrip().lower().endswith(_INTRO_WORDS)
    ):
        return False
    return _INTRO_END.search(sentence) is not None


def _is_title(text: str) -> bool:
    ws = text.split()
    caps = [w for w in ws if w[:1].isupper() or not w[:1].isalpha()]
    return len(ws) <= 6 and len(caps) == len(ws)


def _after_opener(narrative: str, start: int, end: int, reach: int) -> int | None:
    """Where the subject zone starts after an opening clause of the sentence at ``start``
    ("Speaking to Variety, the actor said"), past a name in apposition that closes the clause ("… of
    his new play, Low Tide, Jones said"); None without an opening clause or its comma within
    ``reach`` characters."""
    opener = _OPENER.match(narrative, start, end)
    if opener is None:
        return None
    comma = narrative.find(",", opener.end(), min(end, start + reach))
    if comma < 0:
        return None
    named = _NAMED_APPOSITION.match(narrative, comma + 1, end)
    return named.end() if named else comma + 1


def _sentence_subject(narrative: str, start: int, end: int, cands: list[Candidate]) -> Candidate | None:
    """The candidate the sentence is about: the first one among its first words, after a leading
    adverbial clause ("Speaking to Variety, the actor said", "Asked whether X would return, Ritter
    laughed") and never a possessor ("Colter's return")."""
    zone = _after_opener(narrative, start, end, _OPENER_REACH) or start
    for cand in cands:
        if cand.start < zone:
            continue
        if len(_WORDS.findall(narrative[zone : cand.start])) > _SUBJECT_WORDS:
            return None
        if narrative.startswith(("'s", "\u2019s"), cand.end):
            continue
        if _OBJECT_BEFORE.search(narrative, max(zone, cand.start - 20), cand.start):
            continue  # "On shooting Low Tide", "talking about Cox": the object of a preposition or verb
        return cand
    return None


def _speech_verb_in(narrative: str, start: int, end: int, verbs: list[re.Match[str]] | None) -> int | None:
    """Where ``speakers.speech_verb(narrative[start:end])`` starts in ``narrative``, taken from
    ``verbs`` (``speakers.speech_verbs(narrative)``, None when the narrative's lower case is not
    plain) when the first verb in the sentence ends inside it. (The sentence starts after a space,
    and its last verb cannot run on into the next sentence, which starts after a full stop or a
    blank line: the check is for safety.)"""
    if verbs is not None:
        i = bisect.bisect_left(verbs, start, key=lambda m: m.start())
        if i == len(verbs) or verbs[i].start() >= end:
            return None
        if verbs[i].end() <= end:
            return verbs[i].start()
    v = speakers.speech_verb(narrative[start:end])
    return start + v.start() if v is not None else None


def _pick_subject(cands: list[Candidate], verb_pos: int) -> Candidate | None:
    """The candidate nearest before the verb, else the first one just after it (inverted order)."""
    before = [c for c in cands if c.end <= verb_pos]
    if before:
        return before[-1]
    after = [c for c in cands if c.start >= verb_pos]
    return after[0] if after else None


class _Extractor:
    def __init__(self, text: str, lex: Lexicon, title: str = "") -> None:
        self.text = text
        self.lex = lex
        self.title = title
        self.lay: Layout = layout(text)
        self._sentence_paras: list[int] | None = None  # per paragraph: sentence paragraphs before it
        self._list: bool | None = None  # a numbered list article (see _is_list)
        self._framed: bool | None = None  # its introduction frames the items (see _list_framed)
        self._first_section: int | None = None  # the first section heading after the lede starts
        self._turns: list[tuple[int, str, int]] | None = None  # a transcript's labelled turns
        self._story_paras: list[int] | None = None  # paragraphs that name the story (the gate's facts)
        self.mentions = Mentions()
        for word, name in lex.roles:
            if word in speakers.ROLE_SEX:
                self.mentions.gender.setdefault(name, speakers.ROLE_SEX[word])
        self.narrative = self._blank_quotes()
        self._collect_mentions()

    # ------------------------------------------------------------------ helpers
    def _blank_quotes(self) -> str:
        """The text with quoted words blanked out (same length, positions kept)."""
        if not self.lay.quotes:
            return self.text
        parts: list[str] = []
        pos = 0
        for q in self.lay.quotes:
            parts.append(self.text[pos : q.open])
            inner = self.text[q.open : q.close + 1]
            parts.append(re.sub(r"[^\n]", " ", inner))
            pos = q.close + 1
        parts.append(self.text[pos:])
        return "".join(parts)

    def _cands(self, clause: str) -> list[Candidate]:
        return speakers.candidates(clause, self.lex, self.mentions.surnames)

    def _collect_mentions(self) -> None:
        lay, lex, narrative = self.lay, self.lex, self.narrative
        people = list(lex.people_matches(narrative))
        turns = {para: end for para, _, end in self._turn_labels()}
        for m in people:
            name = lex.lookup_person(m.group(0))
            if name is not None and m.start() >= turns.get(lay.para_of(m.start()), -1):
                # (a transcript's turn label, "CHARLIE COX: …", names who speaks, not whom they speak of)
                self.mentions.add(m.start(), lay.para_of(m.start()), name, True)
                if narrative.startswith(("'s", "\u2019s"), m.end()):
                    self.mentions.possessive.add(m.start())
        names = speakers.name_matches(narrative)
        for _, name in speakers.name_mentions(narrative, lex, names):
            self.mentions.surnames.setdefault(name.split()[-1], name)
        bounds = lay.boundaries
        # one pass over the document, sliced per sentence below
        everyone = speakers.candidates(narrative, lex, self.mentions.surnames, people, names)
        starts = [c.start for c in everyone]
        # the speech verbs too (words never straddle a sentence start; see _speech_verb_in)
        verbs = speakers.speech_verbs(narrative) if scan.plain_case(narrative) else None
        for i, start in enumerate(bounds):
            end = bounds[i + 1] if i + 1 < len(bounds) else len(narrative)
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            if lo == hi:
                continue
            cands = everyone[lo:hi]
            para = lay.para_of(start)
            label_end = turns.get(para, -1)
            if start < label_end:
                # "COX: Krysten and I had dinner": the label names who speaks the turn ("I"), not
                # whom its sentences are about
                cands = [c for c in cands if c.start >= label_end]
            begin = max(start, label_end)
            first = _sentence_subject(narrative, begin, end, cands)
            if first is not None:
                who = speakers.resolve(first, lex, self.mentions, first.start, para)
                if who is not None:
                    self.mentions.add_subject(first.start, para, who)
            # "He laughed.", "…: he asked": a pronoun opening a sentence or clause says who it stands for
            # (and one right after a quote, "“…,” he says", for the pronouns after it: the person the
            # sentences were about when the quote was attributed)
            for k, cand in enumerate(cands):
                if cand.kind != "pronoun":
                    continue
                who = None
                if not self.text[begin : cand.start].strip() or _AFTER_QUOTE.search(
                    self.text, max(begin, cand.start - 5), cand.start
                ):
                    who = speakers.resolve(cand, lex, self.mentions, cand.start, para)
                elif _CLAUSE_OPEN.search(narrative, begin, cand.start):
                    # "…, and Jimmy Fallon did what hosts do: he asked": the person named last before
                    named = [c for c in cands[:k] if c.kind in ("person", "name")]
                    who = named[-1].value if named else None
                if who is not None:
                    self.mentions.note_pronoun(who, cand.value)
            # Unknown people count for pronouns once seen as the subject of a speech verb.
            verb = _speech_verb_in(narrative, start, end, verbs)
            if verb is not None:
                subject = _pick_subject(cands, verb)
                if subject is not None and subject.kind == "name" and subject.end <= verb:
                    self.mentions.add(subject.start, para, subject.value, False)
                self._note_asked(cands, verb, subject, para)

    def _note_asked(self, cands: list[Candidate], verb: int, asker: Candidate | None, para: int) -> None:
        """ "Then Fischer asked the question: would Ramirez go back?" / "He laughed and said …": the
        person a question is put to answers it. The one person named after "asked" becomes the
        latest subject, so that the next sentence's pronoun stands for them, not the asker."""
        narrative = self.narrative
        if (
            asker is None
            or not _ASKED.match(narrative, verb)
            or _PASSIVE.search(narrative, max(0, verb - 30), verb) is not None
        ):
            return  # "was asked by host X", "was asked at Windy City Con": the subject is the one asked
        asked = {c.value: c for c in cands if c.start > verb and c.kind in ("person", "name")}
        asked.pop(asker.value, None)
        if len(asked) == 1:
            cand = next(iter(asked.values()))
            self.mentions.add_subject(cand.start, para, cand.value)

    def _resolve(self, clause: str, offset: int, verb_pos: int | None, first: bool) -> str | None:
        cands = self._cands(clause)
        if not cands:
            return None
        fallback = cands[0] if first else cands[-1]
        cand = _pick_subject(cands, verb_pos) if verb_pos is not None else fallback
        if cand is None:
            return None
        pos = offset + cand.start
        return speakers.resolve(cand, self.lex, self.mentions, pos, self.lay.para_of(pos))

    def _linked(self, speaker: str | None, *texts: str, people: bool = True) -> bool:
        """Does any of ``texts`` name a topic term, a word of the question ("reunion" for "reunite")
        or (with ``people``) a watchlist person other than the speaker, with no exclusion term?"""
        linked = False
        for t in texts:
            if self.lex.question.search(t):
                linked = True
            for m in self.lex.topic_matches(t):
                found = self.lex.lookup_term(m.group(0))
                if found is None:
                    continue
                if found[0] == "exclude":
                    return False
                linked = True
            if not linked and people:
                for m in self.lex.people_matches(t):
                    name = self.lex.lookup_person(m.group(0))
                    if name is not None and name != speaker:
                        linked = True
                        break
        return linked

    def _denies_core(self, body: str) -> Stance | None:
        """ "This is not a Defenders show", "no Defenders": a negator right before a core term of
        the question (see lexicon) denies it, when no stance cue spoke already."""
        for m in self.lex.topic_matches(body):
            found = self.lex.lookup_term(m.group(0))
            if found is None or found[0] != "topic" or found[1] not in self.lex.core_terms:
                continue
            if _DENIAL.search(" ".join(_WORDS.findall(body[max(0, m.start() - 40) : m.start()])[-3:])):
                return "negative"
        return None

    def _context(self, q: Quote) -> str:
        """The quote's paragraph and the one before (two before when that one is narrative without a
        quote: a set-up such as "Asked about Claire, Dawson didn't hesitate."); in the lede (the first
        paragraphs that are sentences, bylines and datelines not counted) the headline too."""
        lay = self.lay
        first = max(0, q.first_para - 1)
        if (
            first > 0
            and first < q.first_para
            and not self._has_quote(first)
            and not self._is_heading_line(first)
            and not (self._is_list() and not self._list_framed() and self._starts_section(first))
        ):
            first -= 1  # (a section heading, "On shooting Low Tide", starts a new subject: not past it;
            # nor a digest's numbered item, "4. THE NUMBERS")
        near = self.text[lay.paras[first][0] : lay.paras[q.last_para][1]]
        if self._title_frames(q.first_para):
            return f"{self.title}\n\n{near}"
        if self._list_framed():  # a numbered list: the headline and introduction frame every item
            return f"{self._intro()}\n\n{near}"
        return near

    def _title_frames(self, para: int) -> bool:
        """Does the headline frame paragraph ``para``: in the lede, with no section heading or
        numbered item before it (a newsletter's items each have their own subject)?"""
        if not self.title or self._lede_index(para) >= _LEDE_PARAS or _LISTED.search(self.title):
            return False
        # (a headline, kicker or standfirst printed above the first sentence is no section)
        if self._first_section is None:
            self._first_section = next(
                (
                    i
                    for i in range(len(self.lay.paras))
                    if self._lede_index(i) > 0 and self._starts_section(i)
                ),
                len(self.lay.paras),
            )
        return para <= self._first_section

    def _starts_section(self, para: int) -> bool:
        ps, pe = self.lay.paras[para]
        return self._is_heading_line(para) or _LIST_ITEM.match(self.text, ps, pe) is not None

    def _is_item_heading(self, para: int) -> bool:
        """A numbered item's heading ("4. Cox thinks Matt won't stay a solo act"): it sums up the
        quote below it, which is the statement."""
        ps, pe = self.lay.paras[para]
        return _LIST_ITEM.match(self.text, ps, pe) is not None and not self.text[ps:pe].rstrip().endswith(
            (".", "!", "?", '"', "\u201d")
        )

    def _list_framed(self) -> bool:
        """A numbered list whose introduction (the paragraphs before its first item) speaks of the
        question: that introduction frames every item. A digest's items ("1. 'HARBOR LIGHTS' GETS A
        THIRD SEASON") after a greeting are each about their own subject."""
        if self._framed is None:
            self._framed = False
            if self._is_list():
                text, paras = self.text, self.lay.paras
                first = next(i for i, (ps, pe) in enumerate(paras) if _LIST_ITEM.match(text, ps, pe))
                intro = text[: paras[first][0]] if first else ""
                self._framed = bool(intro.strip()) and self._linked(None, intro)
        return self._framed

    def _is_list(self) -> bool:
        """Is the article a numbered list ("1. Charlie Cox, always the optimist", …, at least three)?"""
        if self._list is None:
            text = self.text
            self._list = sum(1 for ps, pe in self.lay.paras if _LIST_ITEM.match(text, ps, pe)) >= _LIST_ITEMS
        return self._list

    def _is_heading_line(self, para: int) -> bool:
        """A short line without closing punctuation: a section heading ("On shooting Low Tide"), not
        a word or two of page furniture ("Advertisement")."""
        ps, pe = self.lay.paras[para]
        if _LIST_ITEM.match(self.text, ps, pe):
            return False  # a numbered item's heading goes on with the list
        body = self.text[ps:pe].strip()
        n = len(_WORDS.findall(body))
        return not body.endswith((".", "!", "?", ":", "\u201d", '"')) and _HEADING_WORDS <= n < _LEDE_WORDS

    def _has_quote(self, para: int) -> bool:
        return any(q.first_para <= para <= q.last_para for q in self.lay.quotes)

    def _lede_index(self, para: int) -> int:
        """How many paragraphs before ``para`` are sentences (a byline, a date or a caption-like line
        of a few words without a full stop does not push a quote out of the lede)."""
        if self._sentence_paras is None:
            counts, n = [], 0
            for ps, pe in self.lay.paras:
                counts.append(n)
                body = self.text[ps:pe].strip()
                if (
                    body.endswith((".", "!", "?", ":", "\u201d", '"'))
                    or len(_WORDS.findall(body)) >= _LEDE_WORDS
                ):
                    n += 1
            self._sentence_paras = counts
        return self._sentence_paras[para]

    # ------------------------------------------------------------------ quotes
    def _attribute(self, idx: int, q: Quote, infos: list[_QuoteInfo]) -> _QuoteInfo:
        lay, text = self.lay, self.text
        sentence_start = lay.sentence_start(q.open)
        prev = infos[-1] if infos else None
        same_para = prev is not None and prev.quote.last_para == q.first_para
        sent_start = sentence_start
        if prev is not None and same_para and prev.quote.close >= sent_start:
            sent_start = prev.quote.close + 1
        next_open = lay.quotes[idx + 1].open if idx + 1 < len(lay.quotes) else len(text)
        para_end = lay.paras[q.last_para][1]
        after_end = min(lay.sentence_end(q.close + 2), next_open, q.close + 160, para_end)
        after = text[q.close + 1 : after_end] if q.balanced else ""
        before = text[sent_start : q.open]

        if q.balanced and _WORK_BEFORE.search(before) and _is_title(q.text) and len(q.text.split()) > 1:
            # 'her new thriller "Low Tide," the actress said she was "open to" …': the name of a work
            # inside the sentence, not a quote; the attribution after it is the next quote's
            return _QuoteInfo(q, None, sentence_start, "title")

        # 0. words quoted inside a post of a round-up ("@handle: “…” is the loudest sentence ever
        # written") are the post's: a named person's, or, in a fan account's, nobody's statement
        ps, pe = lay.paras[q.first_para]
        post = _POST_LINE.match(text, ps, pe)
        if post is not None and q.open >= post.end():
            poster = self._handle_owner(post.group("handle"))
            return _QuoteInfo(q, poster, sentence_start, "embedded", about_other=poster is None)

        # 1. attribution after the quote
        lead = _LEAD_PUNCT.match(after)
        a_off = q.close + 1 + (lead.end() if lead else 0)
        a_words = after[a_off - q.close - 1 :].split()
        a_head = speakers.speech_verb(" ".join(a_words[:7])) if a_words else None
        if a_head is not None and _NEW_CLAUSE.search(" ".join(a_words[:7])[: a_head.start()]):
            a_head = None  # '"…" one day, and D'Onofrio jokes that …': another clause's attribution
        if a_head is not None:
            window = text[a_off : a_off + len(" ".join(a_words[:10])) + 1]
            v = speakers.speech_verb(window)
            speaker = self._resolve(window, a_off, v.start() if v else None, first=True)
            if speaker is not None:
                info = _QuoteInfo(q, speaker, sentence_start, "after")
                if v is not None:
                    # "“…,” Ritter said of the episode she directed": the quote is about that
                    of = _SAID_OF.match(text, a_off + v.end(), after_end)
                    info.about_other = of is not None and not self._linked(speaker, of.group(1))
                return info

        # 1b. "Scardapane's “not this season” comment": a possessive name owns the quoted words
        owner = _POSSESSOR.search(text, max(sent_start, q.open - 80), q.open)
        if owner is not None and q.balanced and _QUOTE_NOUN.match(text, q.close + 1):
            cands = [c for c in self._cands(owner.group(1)) if c.kind in ("person", "name")]
            if cands:
                return _QuoteInfo(q, cands[-1].value, sentence_start, "owner")

        # 2. attribution before it, same sentence
        speaker = None
        has_verb = speakers.speech_verb(before)
        if has_verb is not None or before.rstrip().endswith(":") or "according to" in before.lower():
            acc = before.lower().rfind("according to")
            if acc >= 0:
                speaker = self._resolve(before[acc + 12 :], sent_start + acc + 12, None, first=True)
            elif has_verb is None:
                # "Cox also praised co-star Vincent D'Onofrio: “…”": no speech verb, the subject speaks
                speaker = self._sentence_speaker(
                    self.narrative[sent_start : q.open], sent_start, q.open - sent_start
                )
                if speaker is None:
                    speaker = self._resolve(before, sent_start, None, first=False)
            else:
                verbs = speakers.speech_verbs(before)
                opened = self._opener_end(sent_start, q.open)
                if opened is not None and verbs[-1].start() < opened - sent_start:
                    # "Asked by an outlet whether …, Colter took a diplomatic line: “…”": the speech
                    # verb is the opening clause's (its name is who asked); the sentence's subject speaks
                    speaker = self._subject_from(opened, q.open)
                else:
                    speaker = self._resolve(
                        before, sent_start, verbs[-1].start() if verbs else None, first=False
                    )

        # 3. the quote just before, in the same paragraph, with only an attribution between them
        if prev is not None and same_para and prev.speaker and speaker in (None, prev.speaker):
            gap = text[prev.quote.close + 1 : q.open]
            if (
                speakers.speech_verb(gap) is not None
                and (
                    len(gap) <= 80
                    or (prev.how == "after" and len(gap) <= 240 and self._only(gap, prev.speaker))
                )
                and not self._fragment_reported(q, sentence_start, prev)
            ):
                return _QuoteInfo(q, prev.speaker, sentence_start, "merged", merged_into=len(infos) - 1)
            if speaker is None and (
                prev.sentence == sentence_start or prev.quote.close >= sentence_start - 1
            ):
                return _QuoteInfo(q, prev.speaker, sentence_start, "same sentence")
        if speaker is None and has_verb is None:
            # "Charlie Cox — “…”", "• Mike Colter (1:20): “…”": a rundown line, the name and a dash or colon
            line = _RUNDOWN.fullmatch(self.narrative, sent_start, q.open)
            if line is not None:
                cands = self._cands(line.group("who"))
                if len(cands) == 1 and cands[0].kind in ("person", "name"):
                    speaker = cands[0].value
        if speaker is not None:
            return _QuoteInfo(q, speaker, sentence_start, "before")
        if (
            has_verb is None
            and before.rstrip().endswith(":")
            and not self._cands(self.narrative[sent_start : q.open])
        ):
            # "A single Instagram caption sent the fandom into a spiral:" / "Then, as if remembering
            # himself:": the person the last sentences were about
            speaker = self.mentions.last_subject(q.open, q.first_para)
            if speaker is not None:
                return _QuoteInfo(q, speaker, sentence_start, "introduced")

        para_start = lay.paras[q.first_para][0]
        starts_para = not text[para_start : q.open].strip()
        if not starts_para and sentence_start >= q.open - 1:
            # 3b. the quote opens a sentence right after a narrative sentence about a person, in the
            # same paragraph ("Colter laughed. “Never say never.”", "..., he was more upbeat. “If ...”")
            speaker = self._previous_subject(q, sentence_start, prev)
            if speaker is not None:
                return _QuoteInfo(q, speaker, sentence_start, "after subject")
        if starts_para and q.first_para > 0:
            # 4. an introduction at the end of the previous paragraph
            ps, pe = lay.paras[q.first_para - 1]
            last_start = max(lay.sentence_start(pe - 1), ps)
            intro = text[last_start:pe]
            if _is_intro(intro):
                narrative = self.narrative[last_start:pe]
                verbs = speakers.speech_verbs(narrative)
                vpos = verbs[0].start() if verbs else None
                speaker = self._resolve(narrative, last_start, vpos, first=False)
                if speaker is None:
                    speaker = self.mentions.last_before(q.open, q.first_para)
                return _QuoteInfo(q, speaker, sentence_start, "introduced")
            # 5. the quote paragraph goes on from the previous speaker
            if prev is not None and q.first_para - prev.quote.last_para <= 2 and prev.speaker:
                return _QuoteInfo(q, prev.speaker, sentence_start, "continued")
            if speakers.speech_verb(self.narrative[ps:pe]) is not None:
                speaker = self.mentions.last_before(q.open, q.first_para)
                return _QuoteInfo(q, speaker, sentence_start, "previous paragraph")
            if not self._has_quote(q.first_para - 1):
                # a narrative paragraph about a person, then their words ("Talk turns to the Netflix
                # shows. Bernthal played Frank Castle ... he is fiercely protective of them." / "“…”")
                speaker = self._subject_in(ps, pe, last=True)
                if speaker is not None:
                    return _QuoteInfo(q, speaker, sentence_start, "after subject")
        if starts_para and self._whole_paragraph(q) and q.last_para + 1 < len(lay.paras):
            # a quote paragraph nothing before attributes (it opens the article, or follows a
            # question or a scene): the first sentence of the next paragraph names its speaker
            # ("“Never say never. …”" / "Feige, characteristically, would not say when.")
            # (an opening quote may be explained over the whole next paragraph: "That was the word
            # from the man who has run Marvel Studios. Kevin Feige, speaking …")
            ns, ne = lay.paras[q.last_para + 1]
            speaker = self._subject_in(ns, ne if q.first_para == 0 else lay.sentence_end(ns), last=False)
            if speaker is not None:
                return _QuoteInfo(q, speaker, sentence_start, "named after")
        return _QuoteInfo(q, None, sentence_start, "none")

    def _fragment_reported(self, q: Quote, sentence_start: int, prev: _QuoteInfo) -> bool:
        """Is ``q`` a few words woven into a sentence of its own that reports them, after a quote
        closed by its attribution ("“…,” he told Variety last year. At Comic-Con he went further,
        saying he'd “do it tomorrow”")? Then it is another statement, not more of the quote before."""
        if sentence_start <= prev.quote.close or not q.text[:1].islower():
            return False
        closed = speakers.speech_verb(self.narrative[prev.quote.close + 1 : sentence_start]) is not None
        return closed and speakers.speech_verb(self.narrative[sentence_start : q.open]) is not None

    def _about_other(self, lead: str, speaker: str | None) -> bool:
        """Does a sentence open by saying what it is about ("About the new series, Cox explained",
        "On Karen's new look, she said that …"), and is that not the question?"""
        m = _ABOUT_OPENER.match(lead)
        if m is None or _VENUE.search(m.group(1)) or not _ABOUT_OBJECT.match(m.group(1)):
            return False  # "On the Long Story Short podcast,", "On Monday,": where or when, not what
        return not self._linked(speaker, m.group(1))

    def _cited_title(self, q: Quote) -> bool:
        """A quoted headline in a list of references: only an outlet and a date follow it
        ("'The phone has rung': Mike Colter …". Midwest Fan Dispatch. May 18, 2025.)."""
        ps, pe = self.lay.paras[q.first_para]
        if self.text[ps : q.open].strip() or not q.balanced:
            return False
        return _CITATION_TAIL.fullmatch(self.text, q.close + 1, pe) is not None

    def _answers_the_question(self, info: _QuoteInfo, body: str, *, follows_on: bool) -> bool:
        """Is an interview answer about the watchlist's question? When the question asked names
        the story (a topic term, a word of the question, a watchlist person), or the answer does
        (a topic term or a word of the question: naming a co-star is not enough, interviews are
        full of them), or when the question is a short follow-up with no new subject ("Would
        you want to be involved?") to an answer that was about it. The article's introduction
        does not make every answer of a long interview about the story."""
        asked = _QA_TURN.sub("", info.question or "")  # the interviewer's label is no subject
        if self._excluded(asked + "\n" + body):
            return False
        if self._linked(None, asked) or self._linked(None, body, people=False) or _ASKS_RETURN.search(asked):
            return True
        if not follows_on or self._new_name(asked, info.speaker or "") or _NEW_SUBJECT.match(asked):
            return False
        # the question itself, after what leads up to it ("Fair enough. Last one: what's on your
        # nightstand?" asks about the nightstand)
        question = _LEAD_UP.split(asked.strip())[-1]
        if not _BACK_REFERENCE.search(question) and (not _YES_NO.match(question) or _ABOUT.search(question)):
            return False  # "What's next for you?", "Do people still ask you about Colleen?": a new subject
        return len(_WORDS.findall(asked)) <= _FOLLOW_UP_WORDS

    def _about_story(self, speaker: str | None, claim: str) -> bool:
        """Is a reported claim about the story in its own words, not only by its paragraph? It
        names it (see _linked), speaks of a return, points back to it ("it", "that", "them") or
        speaks of what a return is made of (characters, roles, casting, appearances, "back")."""
        return (
            self._linked(speaker, claim)
            or RETURN.search(claim) is not None
            or _CLAIM_POINTER.search(claim) is not None
            or _STORY_WORDS.search(claim) is not None
        )

    def _names_the_group(self, context: str) -> bool:
        """Does a quote's context speak of the group as a whole ("If they rang and said the four of
        us were back", "I'd love to be back in a room with these three"), with no exclusion term?"""
        return _ENSEMBLE.search(context) is not None and not self._excluded(context)

    def _on_topic(self, info: _QuoteInfo, results: list[Extracted]) -> bool:
        """A speaker who has just spoken to the question goes on about it: a quote of the same
        speaker within :data:`_GOING_ON` paragraphs after one of their statements, with no
        exclusion term near it ("“If they call, I'm there.” … He added: “Nobody's called.”")."""
        if info.speaker is None:
            return False
        para = info.quote.first_para
        for r in reversed(results):
            if r.speaker == info.speaker and 0 <= para - self.lay.para_of(r.start) <= _GOING_ON:
                between = self.narrative[r.start : info.quote.open]
                return not self._excluded(self._context(info.quote)) and not self._new_name(
                    between, info.speaker
                )
        return False

    def _floor(self, info: _QuoteInfo) -> bool | None:
        """Is the question on the floor about the story? At a panel, a press line or in a narrated
        interview the answers follow the question ("Are the rest of you coming back?" … Missick was
        more careful. “I don't know.”): the last question put before the quote, within
        :data:`_FLOOR_PARAS` paragraphs, decides: a question mark in the narrative or at the end of
        a quote, or a reported question ("One fan asked Jones about his dogs."). ``None`` when no
        question was put."""
        lay, q = self.lay, info.quote
        first = max(0, q.first_para - _FLOOR_PARAS + 1)
        for para in range(q.first_para - 1, first - 1, -1):
            if self._is_heading_line(para):
                first = para + 1
                break
        start = lay.paras[first][0]
        asked_at, put_from = -1, -1
        for m in _QUESTION_MARK.finditer(self.text, start, q.open):
            inside = lay.quote_at(m.start())
            if inside is not None and self.text[m.end() : inside.close].strip(" ,\"'\u201d\u2019"):
                continue  # a question put to someone ends what the asker says; not "Do I look nervous? No."
            # (what leads up to the question frames it: "Daredevil is back. Are you next?")
            asked_at, put_from = m.end(), lay.paras[lay.para_of(m.start())][0]
        for m in _ASKING.finditer(self.narrative, start, q.open):
            end = lay.sentence_end(m.start())
            if asked_at < end <= q.open:
                asked_at, put_from = end, lay.sentence_start(m.start())
        if asked_at < 0:
            return None
        # the answers go round: every paragraph since the question quotes someone, and the quote's
        # own sentence does not report something else first ("Cox said that he enjoyed the food.")
        if any(not self._has_quote(p) for p in range(lay.para_of(asked_at - 1) + 1, q.first_para)):
            return None
        lead = self.narrative[max(asked_at, lay.paras[q.first_para][0]) : q.open]
        about = _ABOUT_WORD.search(lead)
        if reporting.REPORT.search(lead) or (
            about and self._new_name(lead[about.start() :], info.speaker or "")
        ):
            return None  # "The executive was less forthcoming about Blade." turns to something else
        put = self.text[put_from:asked_at]
        if self._excluded(put):
            return False
        return self._linked(None, put, people=False) or _ASKS_RETURN.search(put) is not None

    def _new_name(self, narrative: str, speaker: str) -> bool:
        """Does ``narrative`` bring in a proper noun that is neither the speaker nor the story's
        ("She had less to say about Ahsoka", "Cox is also filming The Lamplighters for the BBC"):
        then the next quote may be about that."""
        known = set(speaker.split())
        for m in self.lex.topic_matches(narrative):
            known.update(m.group(0).split())
        for m in self.lex.people_matches(narrative):
            known.update(m.group(0).split())
        for m in _CAPITAL.finditer(narrative):
            word = m.group(0)
            if word in known or word.rstrip("'\u2019s") in known:
                continue
            if word.lower() in speakers.NOT_NAME_START:  # "Netflix", "Marvel", "Monday": no new subject
                continue
            head = narrative[: m.start()].rstrip()
            if not head or head[-1] in ".!?:\u2014\u2013-\n" or head.endswith((" I", "\u201c", '"')):
                continue
            return True
        return False

    def _excluded(self, text: str) -> bool:
        for m in self.lex.topic_matches(text):
            found = self.lex.lookup_term(m.group(0))
            if found is not None and found[0] == "exclude":
                return True
        return False

    def _only(self, clause: str, speaker: str | None) -> bool:
        """Does ``clause`` name nobody but ``speaker`` (pronouns and descriptions aside)?"""
        return all(c.value == speaker for c in self._cands(clause) if c.kind in ("person", "name"))

    def _whole_paragraph(self, q: Quote) -> bool:
        pe = self.lay.paras[q.last_para][1]
        return not self.text[q.close + 1 : pe].strip(' \t\n.,\u201d"')

    def _subject_in(self, start: int, end: int, last: bool) -> str | None:
        """The person the narrative sentences between ``start`` and ``end`` are about (the last or
        the first such subject)."""
        subjects = self.mentions.subjects
        lo = bisect.bisect_left(subjects, (start, -1, ""))
        hi = bisect.bisect_left(subjects, (end, -1, ""))
        if lo == hi:
            return None
        return subjects[hi - 1][2] if last else subjects[lo][2]

    def _previous_subject(self, q: Quote, sentence_start: int, prev: _QuoteInfo | None) -> str | None:
        """The subject of the narrative sentence just before ``q``'s sentence in its paragraph (none
        when a quote lies in between)."""
        lay = self.lay
        para_start = lay.paras[q.first_para][0]
        before = max(lay.sentence_start(max(sentence_start - 1, 0)), para_start)
        if before >= sentence_start or (prev is not None and prev.quote.close >= before):
            return None
        subjects = self.mentions.subjects
        i = bisect.bisect_left(subjects, (q.open, -1, ""))
        if i and before <= subjects[i - 1][0] < sentence_start:
            return subjects[i - 1][2]
        return None

    def _unmarked_quotes(self, quote_paras: set[int]) -> list[_QuoteInfo]:
        """A paragraph in the first person, without quote marks, right after "X said this:"."""
        out: list[_QuoteInfo] = []
        lay, text = self.lay, self.text
        for i in range(1, len(lay.paras)):
            if i in quote_paras or i - 1 in quote_paras:
                continue
            ps, pe = lay.paras[i]
            body = text[ps:pe]
            if not _FIRST_PERSON.search(body):
                continue
            pps, ppe = lay.paras[i - 1]
            start = max(lay.sentence_start(ppe - 1), pps)
            intro = text[start:ppe]
            if not _is_intro(intro):
                continue
            v = speakers.speech_verb(intro)
            speaker = self._resolve(intro, start, v.start() if v else None, first=False)
            if speaker is None:
                continue
            q = Quote(ps, pe, " ".join(body.split()), i, i, True)
            out.append(_QuoteInfo(q, speaker, ps, "unmarked"))
        return out

    def _colon_quotes(self, quote_paras: set[int], infos: list[_QuoteInfo]) -> list[_QuoteInfo]:
        """Words printed without quote marks (in italics on the page) after a short lead-in and a
        colon, in the first person, right after a quote paragraph ("Then, more soberly, turning the
        die over in her fingers: It's not my call …"): the last speaker's, or the lead-in's."""
        out: list[_QuoteInfo] = []
        lay, text = self.lay, self.text
        spoke = {i.quote.last_para: i.speaker for i in infos if i.speaker is not None}
        for i in range(1, len(lay.paras)):
            if i in quote_paras or i - 1 not in spoke:
                continue
            ps, pe = lay.paras[i]
            m = _COLON_LEAD.match(text, ps, pe)
            if m is None or not _FIRST_PERSON.search(text, m.end(), pe) or _FIRST_PERSON.search(m.group(1)):
                continue
            lead = m.group(1)
            if len(_WORDS.findall(lead)) < _LEAD_IN_WORDS:
                continue  # "Update: we have asked Marvel …", "Editor's note: …": the writer's
            speaker = spoke[i - 1]
            if self._cands(lead) and speakers.speech_verb(lead) is not None:
                v = speakers.speech_verb(lead)
                speaker = self._resolve(lead, ps, v.start() if v else None, first=False) or speaker
            q = Quote(m.end(), pe, " ".join(text[m.end() : pe].split()), i, i, True)
            out.append(_QuoteInfo(q, speaker, ps, "unmarked"))
        return out

    def _embedded_posts(self, quote_paras: set[int]) -> list[_QuoteInfo]:
        """A social-media post embedded in a page, as its text comes out: the post's words, then a
        signature line "— Name (@handle) date". The words are the named person's. A round-up of
        posts and replies prints each as "@handle: words": the words are those of the person the
        handle names (see :meth:`_handle_owner`); a fan account's are nobody's."""
        out: list[_QuoteInfo] = []
        lay, text = self.lay, self.text
        for i, (ps, pe) in enumerate(lay.paras):
            post = _POST_LINE.match(text, ps, pe)
            if post is None or i in quote_paras:
                continue
            owner = self._handle_owner(post.group("handle"))
            if owner is not None:
                words = " ".join(_LINK.sub("", text[post.end() : pe]).split())
                out.append(_QuoteInfo(Quote(post.end(), pe, words, i, i, True), owner, ps, "embedded"))
        for i in range(1, len(lay.paras)):
            ps, pe = lay.paras[i]
            m = _EMBED_SIGNATURE.match(text, ps, pe)
            if m is None or i - 1 in quote_paras:
                continue
            who = m.group("who")
            speaker = self._resolve(who, ps + m.start("who"), None, first=True)
            if speaker is None:
                continue
            qs, qe = lay.paras[i - 1]
            words = _LINK.sub("", text[qs:qe])  # "pic.twitter.com/…", "https://…"
            q = Quote(qs, qe, " ".join(words.split()), i - 1, i - 1, True)
            out.append(_QuoteInfo(q, speaker, qs, "embedded"))
        return out

    def _handle_owner(self, handle: str) -> str | None:
        """The person a social-media handle names ("@ritterofficial", "@charliecoxactual"): one
        person the article names (or a watchlist person) whose full name, or surname of four letters
        or more, the handle spells out. A fan account ("@coxfanclub", "@hellskitchendaily") is
        nobody's."""
        spelt = re.sub(r"[^a-z]", "", handle.lower())
        if _FAN_HANDLE.search(spelt):
            return None
        named = {name for _, _, name in self.mentions.watch} | set(self.mentions.surnames.values())
        found: set[str] = set()
        for name in named | set(self.lex.people_names):
            words = [re.sub(r"[^a-z]", "", w.lower()) for w in name.split()]
            full, surname = "".join(words), words[-1]
            if full in spelt or (len(surname) >= _HANDLE_SURNAME and surname in spelt and name in named):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def _turn_labels(self) -> list[tuple[int, str, int]]:
        """(paragraph, label, where the turn's words start) of a Q&A transcript's labelled turns
        ("WOLL: …", "00:31:54 Charlie Cox: …"); none unless at least two paragraphs have one."""
        if self._turns is None:
            lay, text = self.lay, self.text
            labelled: list[tuple[int, str, int]] = []
            for i, (ps, pe) in enumerate(lay.paras):
                m = _QA_LABEL.match(text, ps, pe)
                if m is not None:
                    labelled.append((i, m.group("label"), m.end()))
            self._turns = labelled if len(labelled) >= 2 else []
        return self._turns

    def _interview_answers(self, quote_paras: set[int]) -> list[_QuoteInfo]:
        """Answers of a Q&A interview: paragraphs opening with the speaker's name and a colon
        ("WOLL: Oh, absolutely." / "Charlie Cox: I would."), or "A:" for the interviewee (the
        watchlist person the text names most). Questions ("Q:", the outlet's name) are context.
        At least two labelled paragraphs make a Q&A; a label must name a person."""
        lay, text = self.lay, self.text
        labelled = self._turn_labels()  # (paragraph, label, answer start)
        if not labelled:
            return []
        asks: dict[str, list[bool]] = {}
        for i, label, _ in labelled:
            asks.setdefault(label, []).append(text[: lay.paras[i][1]].rstrip().endswith("?"))
        out: list[_QuoteInfo] = []
        turns = {i for i, _, _ in labelled}
        previous = -1  # the paragraph of the previous answer
        share = {label: sum(turns_asked) / len(turns_asked) for label, turns_asked in asks.items()}
        top = max(share.values())
        for i, label, answer in labelled:
            if 2 * sum(asks[label]) >= len(asks[label]) and self.lex.lookup_person(label) is None:
                continue  # the interviewer ("Screen Quarterly: …?"), who asks
            speaker = self._label_speaker(label)
            if speaker is None:
                continue
            if (
                share[label] == top > 0
                and all(2 * v < top for k, v in share.items() if k != label)
                and self.lex.lookup_person(label) is None
            ):
                # a host whose talk wanders (banter, "That's my lunch, sorry.") still asks far more
                # often than anyone else: their turns are no statements (though they end an answer)
                previous = i
                continue
            # the question: the interviewer's turns right before, since the previous answer
            first = i
            while first - 1 > previous and first - 1 in turns:
                first -= 1
            asked = text[lay.paras[first][0] : lay.paras[i - 1][1]] if first < i else None
            previous = i
            pe = lay.paras[i][1]
            body = " ".join(text[answer:pe].split())
            if (
                len(body) > 2
                and body[0] in '"\u201c'
                and body[-1] in '"\u201d'
                and _MARKS.search(body, 1, len(body) - 1) is None
            ):
                body = body[1:-1]  # "Charlie Cox: “I'd love that.”": the answer is the quotation
            q = Quote(answer, pe, body, i, i, True)
            out.append(_QuoteInfo(q, speaker, answer, "interview", question=asked))
            out.extend(self._answer_goes_on(i, turns, quote_paras, speaker, asked))
        return out

    def _answer_goes_on(
        self, para: int, turns: set[int], quote_paras: set[int], speaker: str, asked: str | None
    ) -> list[_QuoteInfo]:
        """The paragraphs an answer runs on over, without a label ("A: It does. …" / "I don't want it
        to stop there, though."): each in the first person, no question, quote or heading, is another
        answer to the same question (a footer, "The Green Room is released every Wednesday.", is
        none)."""
        lay, text = self.lay, self.text
        out: list[_QuoteInfo] = []
        for i in range(para + 1, len(lay.paras)):
            ps, pe = lay.paras[i]
            body = " ".join(text[ps:pe].split())
            if (
                i in turns
                or i in quote_paras
                or self._is_heading_line(i)
                or body.endswith("?")
                or _MARKS.search(body) is not None
                or _FIRST_PERSON.search(body) is None
            ):
                break
            out.append(_QuoteInfo(Quote(ps, pe, body, i, i, True), speaker, ps, "interview", question=asked))
        return out

    def _relayed(
        self, infos: list[_QuoteInfo], answers: list[_QuoteInfo]
    ) -> tuple[list[_QuoteInfo], list[_QuoteInfo]]:
        """Words quoted inside an interview answer are the answer's, unless the answer gives them
        to someone else ("And she said, “If it's good, I'm in.”"): those are that person's
        statement, relayed, and no part of the answerer's own."""
        by_para = {a.quote.first_para: a for a in answers}
        kept: list[_QuoteInfo] = []
        relayed: dict[int, list[Quote]] = {}
        for info in infos:
            answer = by_para.get(info.quote.first_para)
            if answer is not None and info.how in ("before", "none"):
                told = self._told_of(answer, info)
                if told is not None and told != info.speaker:
                    info.speaker, info.how = told, "before"
            if answer is None or info.how == "unmarked":
                kept.append(info)
            elif (
                info.how in ("before", "after")
                and info.speaker is not None
                and info.speaker != answer.speaker
                and info.quote.open >= answer.quote.open
            ):
                kept.append(info)
                relayed.setdefault(info.quote.first_para, []).append(info.quote)
        out: list[_QuoteInfo] = []
        for answer in answers:
            quotes = relayed.get(answer.quote.first_para)
            if quotes:
                body = answer.quote.text
                for q in quotes:
                    body = _RELAYED_MARKS.sub(" ", body.replace(q.text, "\0")).replace("\0", "")
                body = " ".join(body.split())
                answer.quote = dataclasses.replace(answer.quote, text=body)
            out.append(answer)
        return kept, out

    def _told_of(self, answer: _QuoteInfo, info: _QuoteInfo) -> str | None:
        """ "COX: I had dinner with Krysten … And she said, “…”": who a pronoun before a quote in an
        answer stands for. Never the one answering ("I"): the last other person the answer names
        before it, else whom the pronoun was taken for."""
        cands = self._cands(self.narrative[answer.quote.open : info.quote.open])
        if not cands or cands[-1].kind != "pronoun" or info.sentence > answer.quote.open + cands[-1].start:
            return info.speaker
        sex = {"he": "m", "she": "f"}.get(cands[-1].value)
        for cand in reversed(cands[:-1]):
            if (
                cand.kind in ("person", "name")
                and cand.value != answer.speaker
                and (sex is None or self.mentions.gender.get(cand.value, sex) == sex)
            ):
                return cand.value
        return info.speaker

    def _intro(self) -> str:
        """The headline and the first paragraphs of the article."""
        paras = self.lay.paras[:_LEDE_PARAS]
        return self.title + "\n\n" + self.text[paras[0][0] : paras[-1][1]]

    def _interviewee(self) -> str | None:
        """Who answers in a Q&A: the watchlist person the text names most, else the person the
        introduction is about (the first sentence subject)."""
        counts: dict[str, int] = {}
        for _, _, name in self.mentions.watch:
            counts[name] = counts.get(name, 0) + 1
        if counts:
            return max(counts, key=lambda n: counts[n])
        return self.mentions.subjects[0][2] if self.mentions.subjects else None

    def _unlabelled_answers(self, quote_paras: set[int]) -> list[_QuoteInfo]:
        """A Q&A printed without labels (the questions were in bold): a short paragraph ending with
        "?" followed by a paragraph in the first person without quote marks, at least twice. The
        answers are the interviewee's (see :meth:`_interviewee`)."""
        lay, text = self.lay, self.text
        pairs: list[int] = []
        for i in range(1, len(lay.paras)):
            if i in quote_paras or i - 1 in quote_paras:
                continue
            qs, qe = lay.paras[i - 1]
            question = text[qs:qe].strip()
            if not question.endswith("?") or len(_WORDS.findall(question)) > _QUESTION_WORDS:
                continue
            ps, pe = lay.paras[i]
            if _FIRST_PERSON.search(text[ps:pe]) and not text[ps:pe].rstrip().endswith("?"):
                pairs.append(i)
        if len(pairs) < 2:
            return []
        speaker = self._interviewee()
        if speaker is None:
            return []
        out: list[_QuoteInfo] = []
        for i in pairs:
            ps, pe = lay.paras[i]
            last = i
            # an answer runs over the paragraphs after it, up to the next question (or a quote)
            while last + 1 < len(lay.paras) - 1 and self._goes_on_answer(last + 1, quote_paras):
                last += 1
            pe = lay.paras[last][1]
            body = " ".join(" ".join(text[a:b].split()) for a, b in lay.paras[i : last + 1])
            q = Quote(ps, pe, body, i, last, True)
            qs, qe = lay.paras[i - 1]
            out.append(_QuoteInfo(q, speaker, ps, "interview", question=text[qs:qe]))
        return out

    def _goes_on_answer(self, para: int, quote_paras: set[int]) -> bool:
        """Is paragraph ``para`` more of the answer before it (not a question, quote or heading)?"""
        if para in quote_paras or self._is_heading_line(para):
            return False
        ps, pe = self.lay.paras[para]
        return not self.text[ps:pe].rstrip().endswith("?")

    def _label_speaker(self, label: str) -> str | None:
        lex = self.lex
        if label.upper() in ("A", "ANSWER"):
            return self._interviewee()
        m = lex.people.fullmatch(label) or lex.people.fullmatch(label.title())
        if m is not None:
            return lex.lookup_person(m.group(0))
        titled = " ".join(w.capitalize() for w in label.split())
        if titled in self.mentions.surnames.values():
            return titled
        return self.mentions.surnames.get(titled)

    # ------------------------------------------------------------------ reported claims
    def _subject_before(self, narrative: str, verb_start: int, offset: int) -> str | None:
        """The person right before a reporting verb (an apposition between them is allowed)."""
        who = _WHO_CLAUSE.search(narrative, max(0, verb_start - _MAX_WHO_CLAUSE), verb_start)
        if who is not None:  # "The actress, who played Misty in Luke Cage, Iron Fist and more, told"
            verb_start = who.start()
        subj_start = max(0, verb_start - _MAX_SUBJECT_GAP)
        subject_text = narrative[subj_start:verb_start]
        cands = self._cands(subject_text)
        if not cands:
            return None
        if _HEDGED_VERB.search(subject_text):
            return None  # "X seemed to confirm that": the writer's reading, not X's words
        for i in range(len(cands) - 1, -1, -1):
            cand = cands[i]
            gap = subject_text[cand.end :]
            if len(_WORDS.findall(gap)) <= 3 or _APPOSITION.match(gap):
                if i and _COORDINATED.match(subject_text[cands[i - 1].end : cand.start]):
                    return None  # "Colter and Jones have both said": no single speaker
                pos = offset + subj_start + cand.start
                return speakers.resolve(cand, self.lex, self.mentions, pos, self.lay.para_of(pos))
            if cand.kind != "pronoun":
                break
        return None

    def _named_right_before(self, part: str, verb: int, offset: int) -> str | None:
        """A person named right before ``verb`` (no word between them), else None."""
        cands = self._cands(part[max(0, verb - _MAX_SUBJECT_GAP) : verb])
        if not cands or cands[-1].kind not in ("person", "name"):
            return None
        start = max(0, verb - _MAX_SUBJECT_GAP)
        if part[start + cands[-1].end : verb].strip():
            return None
        return cands[-1].value

    def _opener_end(self, start: int, end: int) -> int | None:
        """Where the subject zone starts after an opening clause ("Asked by X whether …,") of the
        sentence at ``start`` (the comma may come later than for a plain subject: the question asked
        can be long), else None."""
        return _after_opener(self.narrative, start, end, _ASKED_REACH)

    def _subject_from(self, start: int, end: int) -> str | None:
        """The subject of the clause of the narrative between ``start`` and ``end``."""
        cands = self._cands(self.narrative[start:end])
        subject = _sentence_subject(self.narrative[start:end], 0, end - start, cands)
        if subject is None:
            return None
        pos = start + subject.start
        return speakers.resolve(subject, self.lex, self.mentions, pos, self.lay.para_of(pos))

    def _sentence_speaker(self, part: str, offset: int, verb: int) -> str | None:
        """The subject of the sentence ``part`` (starting at ``offset``), before ``verb``."""
        cands = [c for c in self._cands(part[:verb]) if c.kind != "name" or c.end < verb]
        subject = _sentence_subject(part, 0, verb, cands)
        if subject is None:
            return None
        pos = offset + subject.start
        return speakers.resolve(subject, self.lex, self.mentions, pos, self.lay.para_of(pos))

    def _reported(self) -> list[tuple[int, int, str | None, str, bool]]:
        """(sentence start, end, speaker, claim) for the reported claims of the narrative."""
        lay, text, narrative = self.lay, self.text, self.narrative
        bounds = lay.boundaries
        # Only sentences with a reporting verb or "according to" are looked at (one pass each).
        hits = {bisect.bisect_right(bounds, m.start()) - 1 for m in reporting.report_matches(narrative)}
        # "CLAIM, Scardapane told Variety.": the attribution closing a sentence
        hits.update(
            bisect.bisect_right(bounds, p) - 1 for p in scan.find_words(narrative, reporting.TAIL_VERBS)
        )
        hits.update(
            bisect.bisect_right(bounds, m.start()) - 1 for m in reporting.SAID_NOUN.finditer(narrative)
        )
        low = narrative.lower()
        pos = low.find("according to")
        while pos >= 0:
            hits.add(bisect.bisect_right(bounds, pos) - 1)
            pos = low.find("according to", pos + 1)
        out: list[tuple[int, int, str | None, str, bool]] = []
        for i in sorted(hits):
            start = bounds[i]
            end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
            end = min(end, lay.paras[lay.para_of(start)][1])
            sentence = text[start:end]
            if len(sentence) < 15 or _is_heading(sentence) or self._is_item_heading(lay.para_of(start)):
                continue
            claim: str | None = None
            speaker: str | None = None
            m = None
            if "according to" in sentence.lower():
                m = (
                    reporting.ACCORDING_LEAD.match(sentence)
                    or reporting.ACCORDING_MID.match(sentence)
                    or reporting.ACCORDING_TAIL.match(sentence)
                )
            anonymous = False
            denied = False
            part = narrative[start:end]
            if m is not None:
                if reporting.REPORT_FROM.match(m.group("who")):
                    speaker = None  # "according to a new report from Production Ledger": an outlet
                else:
                    speaker = self._resolve(m.group("who"), start + m.start("who"), None, first=True)
                claim = m.group("claim")
                if "pre" in m.groupdict():
                    claim, denied = reporting.truth_of_before(m.group("pre"), claim)
                # "according to two sources", "according to Deadline": a claim without a person
                anonymous = speaker is None
                if anonymous:
                    # "According to Variety, Feige said that …": the person inside speaks
                    c0 = m.start("claim")
                    nested = self._report_in(part[c0:], start + c0)
                    if nested is not None:
                        speaker, claim, denied = nested[0], sentence[c0 + nested[1] :], nested[2]
                        anonymous = speaker is None
                    elif self._quote_between(start + c0, start + m.end("claim")):
                        # "According to Variety, Ritter is “open to” a reunion": the outlet quotes
                        # the person its claim is about
                        speaker = self._subject_from(start + c0, start + m.end("claim"))
                        anonymous = speaker is None
            else:
                found = self._report_in(part, start)
                if found is not None:
                    speaker, claim, denied = found[0], sentence[found[1] :], found[2]
                    anonymous = speaker is None
                    if _RELATIVE_REPORT.search(part, 0, found[1]):
                        # "Scardapane, who said in January that CLAIM, took the question first"
                        claim = _RELATIVE_END.split(claim, maxsplit=1)[0]
                else:
                    tail = self._tail_attribution(part, start, end)
                    noun = reporting.SAID_NOUN.search(part)
                    if tail is not None:
                        speaker, claim = tail[0], sentence[: tail[1]]
                        anonymous = speaker is None
                    elif (opened := self._opener_report(part, start)) is not None:
                        speaker, claim = opened[0], sentence[opened[1] : opened[2]]
                    elif noun is not None:
                        # "asked about Ritter's recent comments that a reunion is unlikely"
                        cands = [c for c in self._cands(noun.group("who")) if c.kind in ("person", "name")]
                        speaker = cands[-1].value if cands else None
                        claim = sentence[noun.end() :]
            if (speaker is None and not anonymous) or not claim:
                continue
            full = claim
            claim = reporting.cut_at_next_report(claim).strip().rstrip(".:;,").strip()
            if len(_WORDS.findall(claim)) >= _MIN_WORDS:
                out.append((start, end, speaker, claim, denied))
            second = self._second_report(part, start, sentence, full, speaker)
            if second is not None:
                out.append((start, end, *second))
        return out

    def _second_report(
        self, part: str, start: int, sentence: str, claim: str, first: str | None
    ) -> tuple[str | None, str, bool] | None:
        """ "X says …, while Y told Variety he …": the report of another person that cut ``claim``
        short (speaker, claim, denied), or None."""
        nxt = reporting.NEXT_REPORT.search(claim)
        at = sentence.find(claim) if nxt is not None else -1
        if nxt is None or at < 0:
            return None
        rest = at + nxt.start()
        found = self._report_in(part[rest:], start + rest)
        if found is None or found[0] is None or found[0] == first:
            return None  # (the same speaker going on, "though he stressed that …", adds a proviso)
        second = reporting.cut_at_next_report(sentence[rest + found[1] :]).strip().rstrip(".:;,").strip()
        if len(_WORDS.findall(second)) < _MIN_WORDS:
            return None
        return found[0], second, found[2]

    def _tail_attribution(self, part: str, start: int, end: int) -> tuple[str | None, int] | None:
        """ "A reunion is not in the works, Loeb said on Tuesday." / "…, said the actor.": a
        paraphrase closed by its attribution (no quote in the sentence). Returns the speaker and
        where the claim ends in ``part``."""
        body = part.rstrip().rstrip(".!")
        comma = body.rfind(",")
        if (
            comma < reporting.MIN_CLAIM_CHARS
            or len(body) - comma > reporting.TAIL_CHARS
            or self._quote_between(start, end)
        ):
            return None
        attr_start = comma + 1 + (len(body) - comma - 1 - len(body[comma + 1 :].lstrip()))
        attr = body[attr_start:]
        if len(attr) < 2 or ";" in attr or ":" in attr or len(_WORDS.findall(attr)) > reporting.TAIL_WORDS:
            return None
        verb = next((w for w in _WORDS.finditer(attr) if w.group(0).lower() in reporting.TAIL_VERBS), None)
        if verb is None:
            return None
        if reporting.ANONYMOUS_SOURCE.search(attr[: verb.start()].rstrip() + " ") and not self._cands(
            attr[: verb.start()]
        ):
            return None, comma  # "…, sources tell Production Ledger.": a claim without a person
        subject = None
        for c in self._cands(attr):
            if c.end <= verb.start():  # "Loeb (also) said …", "he told Variety"
                leading = attr[: c.start].strip()
                if not leading and len(_WORDS.findall(attr[c.end : verb.start()])) <= 1:
                    subject = c
            elif not attr[: verb.start()].strip() and not attr[verb.end() : c.start].strip():
                subject = c  # "said Cox", "said the actor"
            break  # only the first person of the attribution can be its subject
        if subject is None:
            return None
        pos = start + attr_start + subject.start
        who = speakers.resolve(subject, self.lex, self.mentions, pos, self.lay.para_of(pos))
        return (who, comma) if who is not None else None

    def _opener_report(self, part: str, offset: int) -> tuple[str, int, int] | None:
        """ "Fourteen months after declaring that “that ship has sailed,” Ritter is singing a
        different tune": a report in the sentence's opening time clause, made by the main clause's
        subject, named right after the clause's comma (speaker, where the claim starts and ends)."""
        for r in reporting.report_matches(part):
            if not _PARTICIPLE.match(part, r.start()) or not _TIME_OPENER.fullmatch(part, 0, r.start()):
                continue
            begin = r.start() + len(r.group(0).rstrip())  # (the pattern may run over a blanked quote)
            said = self.text[offset + begin : offset + len(part)]
            for comma in _CLAUSE_COMMA.finditer(said):
                at = begin + comma.end()
                cands = self._cands(part[at : at + _MAX_SUBJECT_GAP])
                if cands and cands[0].start == 0 and cands[0].kind in ("person", "name"):
                    return cands[0].value, begin, begin + comma.start()
            return None
        return None

    def _quote_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.lay._quote_opens, start)
        if i < len(self.lay.quotes) and self.lay.quotes[i].open < end:
            return True
        return i > 0 and self.lay.quotes[i - 1].close >= start

    def _report_in(self, part: str, offset: int) -> tuple[str | None, int, bool] | None:
        """The first reporting verb of ``part`` (narrative) with a person speaking, or an anonymous
        source ("One person familiar with the production told …"): (speaker, None for the source,
        where the claim starts in ``part``, whether the verb denies it)."""
        for r in reporting.report_matches(part):
            anonymous = False
            if _PARTICIPLE.match(part, r.start()):
                # ", often saying she is ...": the sentence's subject speaks; "with Kevin Feige
                # telling reporters that …": the person right before the participle
                # ("At Comic-Con he went further, saying …": an opening phrase without its comma, the
                # subject of the clause the participle closes)
                speaker = (
                    self._named_right_before(part, r.start(), offset)
                    or self._sentence_speaker(part, offset, r.start())
                    or self._subject_before(part, r.start(), offset)
                )
            else:
                speaker = self._subject_before(part, r.start(), offset)
                if speaker is None:
                    head = part[max(0, r.start() - _MAX_SUBJECT_GAP - 60) : r.start()]
                    anonymous = reporting.ANONYMOUS_SOURCE.search(head) is not None
            if speaker is not None or anonymous:
                # the claim starts right after the verb: the pattern's trailing space may have run
                # over a quotation blanked out of the narrative
                return speaker, r.start() + len(r.group(0).rstrip()), r.group("deny") is not None
        return None

    # ------------------------------------------------------------------ all together
    def run(self, gate: Gate | None = None) -> list[Extracted]:
        """The statements: those the rules keep and, with ``gate``, those the gate keeps besides."""
        considered = self._considered(with_facts=gate is not None)
        keep = [c.keep for c in considered]
        if gate is not None:
            features.with_context(considered)
            keep = [k or gate.keeps(c) for k, c in zip(keep, considered, strict=True)]
        return _assemble(considered, keep)

    def _infos(self) -> list[_QuoteInfo]:
        """Every quote, attributed, with the unmarked, colon-introduced, embedded and interview ones."""
        infos: list[_QuoteInfo] = []
        for idx, q in enumerate(self.lay.quotes):
            info = self._attribute(idx, q, infos)
            if info.speaker is not None:
                para = q.first_para
                self.mentions.add_subject(q.open, para, info.speaker)
                if info.speaker not in self.lex.people_names:
                    self.mentions.add(q.open, para, info.speaker, False)
            infos.append(info)
        for info in infos:
            if info.merged_into is not None:
                root = info.merged_into
                while infos[root].merged_into is not None:
                    root = infos[root].merged_into  # type: ignore[assignment]
                infos[root].extra += " " + info.quote.text
        quote_paras = {p for i in infos for p in range(i.quote.first_para, i.quote.last_para + 1)}
        infos.extend(self._unmarked_quotes(quote_paras))
        infos.extend(self._colon_quotes(quote_paras, infos))
        infos.extend(self._embedded_posts(quote_paras))
        answers = self._interview_answers(quote_paras)
        if answers:  # words quoted inside an answer are the answer's
            infos, answers = self._relayed(infos, answers)
        infos.extend(answers or self._unlabelled_answers(quote_paras))
        return infos

    def _considered(self, *, with_facts: bool) -> list[features.Considered]:
        """The quotes and reported claims weighed, each with the rules' decision. Without facts
        only those the rules keep (and the claims that may replace a quote) are listed."""
        found: list[features.Considered] = []
        kept: list[Extracted] = []  # the rules' quote statements so far (a speaker goes on about it)
        exchange_on = False  # the previous interview answer was about the question
        infos = self._infos()
        for info in infos:
            if info.merged_into is not None or self._cited_title(info.quote):
                continue
            if info.about_other and not with_facts:
                continue
            opener = info.sentence < info.quote.open and self._about_other(
                self.text[info.sentence : info.quote.open], info.speaker
            )  # "About the new series, Cox explained, “…”"
            aside = info.about_other or opener
            if aside and not with_facts:
                continue
            body = (info.quote.text + info.extra).strip()
            n_words = len(_WORDS.findall(body))
            if n_words < _MIN_WORDS or _is_title(body):
                continue
            answered = True
            if info.question is not None:  # an answer to a printed question: that says what it is about
                answered = self._answers_the_question(info, body, follows_on=exchange_on)
                if not aside:
                    exchange_on = answered
                if not answered and not with_facts:
                    continue
            if info.how == "interview":
                body = _focus(body)
            assessed = assess_stance(body)
            stance = assessed.stance or self._denies_core(body)
            if stance is None and not with_facts:
                continue
            context = self._context(info.quote)
            if info.how == "named after":  # the paragraph that names the speaker frames the quote
                ns, ne = self.lay.paras[min(info.quote.last_para + 1, len(self.lay.paras) - 1)]
                context += "\n\n" + self.text[ns:ne]
            if info.how == "interview" and info.question is None:  # the introduction frames it
                context += "\n\n" + self._intro()
            linked = (
                info.question is not None
                or self._linked(info.speaker, body, context)
                or self._names_the_group(context)
                or self._on_topic(info, kept)
                or bool(self._floor(info))
            )
            keep = not aside and answered and stance is not None and linked
            if not keep and not with_facts:
                continue
            # a reported claim around a short quote says more (or who speaks)
            short = info.speaker is None or (
                n_words <= _SHORT_QUOTE and info.how in ("before", "same sentence")
            )
            split = _self_answered(body, stance or "uncertain")
            parts = tuple(
                (part, part_stance if len(split) > 1 else None, min(info.quote.open + at, info.quote.close))
                for part, part_stance, at in split
            )
            c = features.Considered(
                "quote", info.speaker, body, info.quote.open, info.quote.close, stance, keep
            )
            c.short, c.parts, c.body = short, parts, body
            if with_facts:
                on_topic = self._on_topic(info, kept)
                self._quote_facts(
                    c, info, context, assessed, (n_words, len(infos)), (opener, answered, on_topic)
                )
            found.append(c)
            if keep and stance is not None:  # (a kept quote always has one)
                kept.extend(Extracted(info.speaker, p, "quote", s or stance, at) for p, s, at in parts)

        for start, end, speaker, claim, denied in self._reported():
            assessed = assess_stance(claim)
            stance = reporting.claim_stance(claim) or self._denies_core(claim)
            backshifted = False
            if stance is None and reporting.BACKSHIFTED.search(claim):
                # reported speech shifts the tense back: "that we'd see familiar faces" is "we'll see"
                stance = stance_of(reporting.BACKSHIFTED.sub(reporting.unshift, claim))
                backshifted = True
            if denied:  # "denied reports that he is developing a revival": the reverse, or a no
                stance = "positive" if stance == "negative" else "negative"
            para = self.lay.para_of(start)
            ps = self.lay.paras[max(0, para - 1)][0]
            context = self.text[ps : self.lay.paras[para][1]]
            if self._title_frames(para):
                context = f"{self.title}\n\n{context}"
            keep = (
                stance is not None
                and self._linked(speaker, claim, context)
                # "she hopes to direct an episode next year": near the story, about another
                and self._about_story(speaker, claim)
                # "On the new series, he explained that …": about something else
                and not self._about_other(self.text[start:end], speaker)
            )
            if not keep and not with_facts:
                continue
            # shown as said: "denies that …", never the denied words alone as if they were the claim
            shown = f"denies that {claim}" if denied else claim
            c = features.Considered("reported", speaker, shown, start, end, stance, keep, body=claim)
            if with_facts:
                self._claim_facts(c, context, assessed, denied, backshifted, len(infos))
            found.append(c)
        return found

    def _topic_paras(self) -> list[int]:
        """The paragraphs that name the story (topic terms or the question's words)."""
        if self._story_paras is None:
            self._story_paras = [
                i
                for i, (s, e) in enumerate(self.lay.paras)
                if self._linked(None, self.text[s:e], people=False)
            ]
        return self._story_paras

    def _place_facts(self, facts: dict[str, float], para: int, n_infos: int) -> None:
        topic = self._topic_paras()
        dist = min((abs(p - para) for p in topic), default=20)
        before = min((para - p for p in topic if p <= para), default=20)
        facts["title_frames"] = float(self._title_frames(para))
        facts["dist_topic"] = min(dist, 10) / 10
        facts["dist_topic0"] = float(dist == 0)
        facts["dist_before"] = min(before, 10) / 10
        facts["para_rel"] = para / max(1, len(self.lay.paras))
        facts["n_quotes_log"] = features.log_count(n_infos)

    def _quote_facts(
        self,
        c: features.Considered,
        info: _QuoteInfo,
        context: str,
        assessed: StanceResult,
        counts: tuple[int, int],
        flags: tuple[bool, bool, bool],
    ) -> None:
        """What the rules found out about a quote, as the gate reads it (``counts``: its words and
        the article's quotes; ``flags``: its sentence opens on something else, it answers the
        question asked, it goes on from the speaker's statement before)."""
        q, speaker, body = info.quote, info.speaker, c.body
        (n_words, n_infos), (opener, answered, on_topic) = counts, flags
        floor = self._floor(info)
        c.facts = {
            "kind_quote": 1.0,
            f"how={info.how}": 1.0,
            "speaker_none": float(speaker is None),
            "speaker_listed": float(speaker in self.lex.people_names),
            "n_words_log": features.log_count(n_words),
            "about_other": float(info.about_other),
            "opener_other": float(opener),
            "has_question": float(info.question is not None),
            "answers_q": float(info.question is not None and answered),
            "linked_body": float(self._linked(speaker, body)),
            "linked_body_np": float(self._linked(speaker, body, people=False)),
            "linked_ctx": float(self._linked(speaker, context)),
            "linked_both": float(self._linked(speaker, body, context)),
            "names_group": float(self._names_the_group(context)),
            "excluded_body": float(self._excluded(body)),
            "on_topic": float(on_topic),
            "floor_true": float(floor is True),
            "floor_false": float(floor is False),
            "excluded_ctx": float(self._excluded(context)),
            "short_for_claim": float(c.short),
            "self_split": float(len(c.parts) > 1),
        }
        self._place_facts(c.facts, q.first_para, n_infos)
        features.text_facts(c.facts, body, assessed, c.stance, self._denies_core(body) is not None)
        start = max(0, info.sentence if info.sentence < q.open else q.open - 200)
        c.lead = self.text[max(start, q.open - 250) : q.open]

    def _claim_facts(
        self,
        c: features.Considered,
        context: str,
        assessed: StanceResult,
        denied: bool,
        backshifted: bool,
        n_infos: int,
    ) -> None:
        """What the rules found out about a reported claim, as the gate reads it."""
        speaker, claim = c.speaker, c.body
        c.facts = {
            "kind_claim": 1.0,
            "speaker_none": float(speaker is None),
            "speaker_listed": float(speaker in self.lex.people_names),
            "n_words_log": features.log_count(len(_WORDS.findall(claim))),
            "opener_other": float(self._about_other(self.text[c.start : c.end], speaker)),
            "linked_body": float(self._linked(speaker, claim)),
            "linked_body_np": float(self._linked(speaker, claim, people=False)),
            "linked_ctx": float(self._linked(speaker, context)),
            "linked_both": float(self._linked(speaker, claim, context)),
            "excluded_body": float(self._excluded(claim)),
            "about_story": float(self._about_story(speaker, claim)),
            "denied": float(denied),
            "backshift": float(backshifted),
            "excluded_ctx": float(self._excluded(context)),
            "quote_inside": float(self._quote_between(c.start, c.end)),
        }
        self._place_facts(c.facts, self.lay.para_of(c.start), n_infos)
        features.text_facts(c.facts, claim, assessed, c.stance, self._denies_core(claim) is not None)
        c.lead = self.text[max(0, c.start - 150) : c.start]


def _assemble(considered: list[features.Considered], keep: list[bool]) -> list[Extracted]:
    """The statements when ``keep`` decides: a quote's parts, then the reported claims (a claim
    replaces the short quotes inside it and gives way to a full one), in text order, without
    repeats. A statement kept without a stance cue is uncertain."""
    results: list[Extracted] = []
    short: set[int] = set()
    for c, k in zip(considered, keep, strict=True):
        if c.kind != "quote" or not k:
            continue
        for part, part_stance, at in c.parts:
            if c.short:
                short.add(len(results))
            results.append(Extracted(c.speaker, part, "quote", part_stance or c.stance or "uncertain", at))
    dropped: set[int] = set()
    for c, k in zip(considered, keep, strict=True):
        if c.kind != "reported" or not k:
            continue
        inside = [i for i, r in enumerate(results) if r.kind == "quote" and c.start <= r.start < c.end]
        if any(i not in short for i in inside):
            continue  # the sentence carries a full quote: that is the statement
        dropped.update(inside)  # a reported claim replaces the quoted phrases inside it
        results.append(Extracted(c.speaker, c.shown, "reported", c.stance or "uncertain", c.start))
    out = [r for i, r in enumerate(results) if i not in dropped]
    out.sort(key=lambda r: r.start)
    return _without_repeats(out)


def _focus(answer: str) -> str:
    """A long interview answer comes down to the sentences that take a stance: from the first to
    the last of them, with the question the speaker puts to themselves right before ("But would
    I want it? … God, yes."). Short answers, and those whose stance no single sentence carries,
    stay whole."""
    if len(_WORDS.findall(answer)) <= _FOCUS_WORDS:
        return answer
    sentences = _SENTENCE_END.split(answer)
    cued = [i for i, s in enumerate(sentences) if stance_of(s) is not None]
    if not cued:
        return answer
    first, last = cued[0], cued[-1]
    while first > 0 and sentences[first - 1].rstrip().endswith("?"):
        first -= 1
    return " ".join(sentences[first : last + 1])


def _self_answered(body: str, stance: Stance) -> list[tuple[str, Stance, int]]:
    """A speaker who puts questions to themselves and answers each its own way ("Would I? In a
    heartbeat. Will I? That's above my pay grade.") makes as many statements: the quote is cut
    before each short question in the first person, when every part takes a stance and the parts
    do not all take the same one. Otherwise the quote is one statement: ``(text, stance, offset)``."""
    cuts = [0]
    for m in _SENTENCE_END.finditer(body):
        sentence = body[m.end() :].split("?", 1)[0]
        if "?" in body[m.end() :] and _is_self_question(sentence):
            cuts.append(m.end())
    if len(cuts) < 2:
        return [(body, stance, 0)]
    if not _is_self_question(body.split("?", 1)[0]):
        cuts.pop(0)  # what comes before the first question goes with its answer
        cuts[0] = 0
    parts = [(body[a:b].strip(), a) for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)]
    stances = [stance_of(p) for p, _ in parts]
    if len(parts) < 2 or None in stances or len(set(stances)) < 2:
        return [(body, stance, 0)]
    return [(p, st, a) for (p, a), st in zip(parts, stances, strict=True) if st is not None]


def _is_self_question(sentence: str) -> bool:
    """ "Would I", "But would I go back", "Will we": a short question in the first person (the text up
    to its question mark)."""
    return (
        "." not in sentence
        and "!" not in sentence
        and len(_WORDS.findall(sentence)) <= _SELF_QUESTION_WORDS
        and _FIRST_PERSON.search(sentence) is not None
    )


def _without_repeats(found: list[Extracted]) -> list[Extracted]:
    """The same words printed twice in one article (a pull quote, the embedded post a paragraph
    quotes) are one statement: the first."""
    out: list[Extracted] = []
    seen: list[tuple[str | None, set[str]]] = []
    for r in found:
        words = {w.lower() for w in _WORDS.findall(r.text)}
        if any(sp == r.speaker and len(words & ws) >= 0.8 * min(len(words), len(ws)) for sp, ws in seen):
            continue
        seen.append((r.speaker, words))
        out.append(r)
    return out


def extract(text: str, lex: Lexicon, title: str = "") -> list[Extracted]:
    """Statements about the question in ``text`` (plain text, paragraphs separated by blank lines).
    ``title`` (the headline) is context for the quotes of the lede. When the watchlist's
    ``learned_gate`` is on (the default), the packaged gate (loaded once; a missing or damaged
    artefact is a GateModelError) adds to the rules' statements."""
    if not text.strip():
        return []
    memo = _LAST  # relevance and analyse may ask for the same article in a row
    if memo is not None and memo[0] is lex and memo[1] == title and memo[2] == text:
        return list(memo[3])
    found = _Extractor(text, lex, title).run(default_gate() if lex.learned_gate else None)
    globals()["_LAST"] = (lex, title, text, tuple(found))
    return found


_LAST: tuple[Lexicon, str, str, tuple[Extracted, ...]] | None = None
