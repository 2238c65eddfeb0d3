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

Sixteenth round: whom a line was said to ("first said to Couch Critics:", "in an interview with X")
is never its speaker, and a speech verb without a subject before a colon leaves the quote to the
person the last sentences were about; an attribution after a quote that closed its own sentence and
was introduced before it, running up to a colon before the next quote ("… show.” In 2024, Y told Z:
“…”"), introduces the next one; a dash, like a colon, gives a quote to the sentence's subject
("Feige gave us a maybe — “…” —"); names listed in an opening clause ("Asked whether she would work
with A, B and C again, Ritter …") are not its end; "X's answer was …" and ", and X, to his credit,
answered it" make X the one who speaks next; a quote that only asks, in the second person ("do you
think …?"), and a forum user's words ("u/name asked: “…”") are no statement of the one asked; an
unlabelled answer may end with a question of its own; "about …" in a sentence about someone else
does not say what the next quote is about, and "so important" points back to nothing; a reported
claim that leads into a quote of the same speaker opening the next sentence of its paragraph gives
way to it (not a report in a who-clause, of another occasion), and words woven into a report mean
what the report says of them ("he'd “love for them to …”"); a claim cut at a semicolon ends there
(the quote after it is a statement of its own); a watchlist person called by first name in a quote
("I've texted Krysten") names them.

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

The package, in the order the work is done: :mod:`.sentences` (what a sentence is, whom it is
about) and :mod:`.base` (the article read once: its narrative, the people it names, the subjects of
its sentences); :mod:`.page` (the lede, headings, numbered lists); :mod:`.attribution` (who said a
quote), :mod:`.interviews` (Q&As and transcripts) and :mod:`.reported` (reported claims);
:mod:`.topic` (is it about the story); :mod:`.facts` (what the learned gate reads); and
:mod:`.assembly` (all together). Patterns more than one of them uses are in :mod:`.constants`.
"""

from __future__ import annotations

from monitor.understand.gate.model import usable_gate
from monitor.understand.lexicon import Lexicon
from monitor.understand.statements.assembly import (
    _assemble,
    _Extractor,
    _focus,
    _self_answered,
    _without_repeats,
)
from monitor.understand.statements.base import Extracted, _QuoteInfo
from monitor.understand.statements.topic import _ASKS_RETURN

__all__ = [
    "_ASKS_RETURN",
    "Extracted",
    "_Extractor",
    "_QuoteInfo",
    "_assemble",
    "_focus",
    "_self_answered",
    "_without_repeats",
    "extract",
]


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
    found = _Extractor(text, lex, title).run(usable_gate() if lex.learned_gate else None)
    globals()["_LAST"] = (lex, title, text, tuple(found))
    return found


_LAST: tuple[Lexicon, str, str, tuple[Extracted, ...]] | None = None
