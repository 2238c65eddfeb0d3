"""Whether a quote or a claim is about the story: its context, a question put to an interview or a
panel, a speaker going on about it, a sentence that says it is about something else.

Seventeenth round: a quote nobody was found to have said is about the story only by the story's own
words near it, never by a person named there (likely its speaker: "The talk ranged from his training
diet (“…”) to …"); a section heading that says what follows ("[06:02] On food", a run-in "ON THE
BOOK: …") makes the quotes under it about that, unless the section's own words (not a first name in
its narrative) or the quote name the story; a quote or claim whose only stance is a show's renewal or
cancellation ("Marvel's Iron Fist will not return for a third season") is news of that show, not of
its heroes meeting again; each time-coded item of a show's rundown ("[13:02] …", a line "17:30 — …";
not a live blog's "2:44 PM —", nor a transcript's time-stamped turn) is a segment of its own, framed
neither by the item before, nor by the headline, and a question on the floor is its own; "all four in
one frame", "all four back" speak of the group.

Nineteenth round: a question about a role put back on ("how did it feel putting the jacket back
on?"), the phone ringing, the call coming ("if Marvel came calling") asks about a return, and one
about the group as a whole ("all four of you") is about the story, whatever its answer names;
"What's next for you?" turns to a new subject, even when it points back ("after this"). "On the
question (subject, matter, topic, issue) of X," says what the talk is about, as "about X" does, and a
relative clause ends X ("the deal with the studio, which said that it …": its "it" is no pointer back
to the story).

Twentieth round: a "that" right after a noun ("a catfish that we will cook", "the story that he
told") is a relative pronoun, no pointer back to the story; "team" ("the old team was done") is a
word of the story in a reported claim, as "cast" and "heroes" are.

20th round: a quick-hits column's item ("HBO: Executives declined … “Ask me in three years,” one
said."; an upper-case label that names no person, not a transcript's "COX:" turn) is a subject of its
own: its quote's context is the item alone, never the item before; "Much of the interview concerned
her directing", "the talk turned to …" say what the talk is about, as "about …" does, and stop a
speaker going on about the story; "about what comes next for his character" (a clause of "what",
"how", "whether") is what the talk is about too, unless it names the story.

Round 22: "the other three", "the foursome" speak of the group; talk about the speaker's own part,
called by first name ("we asked about Luke", to the actor who plays him), is the story; a claim whose
only stance is that someone appears in another title ("Cox would also appear in She-Hulk") is news
of that title, whoever it names."""

from __future__ import annotations

import bisect
import re

from monitor.types import Stance
from monitor.understand import reporting, speakers
from monitor.understand.lexicon import RETURN
from monitor.understand.quotes import Quote
from monitor.understand.stance import YES_NO_OPENING, stance_of
from monitor.understand.statements.base import _LONE_WORD, Extracted, _QuoteInfo
from monitor.understand.statements.constants import _QA_LABEL, _WORDS
from monitor.understand.statements.page import _Page

_DENIAL = re.compile(r"\b(?:not|no|never|without|\w+n['\u2019]t)\b", re.IGNORECASE)

_QA_TURN = re.compile(rf"(?m)^[ \t]*{_QA_LABEL.pattern}")

# "About the new series, …", "On Karen's new look, …", "As for the film, …": what the sentence is about
_ABOUT_OPENER = re.compile(
    r"\s*(?:about|on|of|regarding|as for|as to|turning to|when it came to|speaking of)\s+([^,\n]{3,80}),",
    re.IGNORECASE,
)
# what such an opener is about: a noun phrase ("the new series", "Karen's new look", "Bullseye"), not
# an idiom ("of course", "on the other hand", "on the record", "as for me")
_ABOUT_OBJECT = re.compile(
    r"(?!(?:the )?(?:other|one|flip|plus|bright) (?:hand|side)|the (?:record|contrary|whole|subject|topic|"
    r"question|matter)\b|top of|that note|balance|reflection|me\b|us\b|him\b|them\b|"
    # ("as for her", not "her move behind the camera": a possessive, 20th round)
    r"her\b(?!\s+(?!and\b|or\b|but\b)[a-z]))"
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

# what the narrative leading to a quote says the talk is about ("Cox was careful not to say much about
# the scripts.", "still gets stopped in the street about the finale")
# ("On the question of the network's deal with the studio, Reyes was diplomatic.": what it is about)
_TALK_ABOUT = re.compile(
    r"\b(?:about|regarding|on the (?:question|subject|matter|topic|issue) of|"
    # "Much of the interview concerned her move behind the camera", "the talk turned to …"
    # (the talk's own verbs only: "a season focused on Matt and Fisk" is no talk)
    r"(?:conversation|talk|interview|discussion|questions?|chat|session)\s+(?:then\s+|soon\s+|quickly\s+)?"
    r"(?:concern(?:ed|s)|focus(?:s?ed|e?s) on|cent(?:er|re)d on|"
    r"(?:turn(?:ed|s)|mov(?:ed|es)|shift(?:ed|s))\s+to)|"
    # Round 21: the speaker keeps the talk to a subject ("kept his comments to his own show", "steered
    # back to the music", "changed the subject to her book")
    # (what is kept to is a subject, even a show: "his own show" is no venue)
    r"(?P<keep>(?:kept|keeps|keeping|confined|confines|limited|limits|restricted|restricts)\s+"
    r"(?:his|her|their)\s+(?:comments|remarks|answers|talk|focus|attention)\s+to|"
    # (not "sticking to the same line": holding a stance is no new subject)
    r"(?:steer(?:ed|s|ing)?|pivot(?:ed|s|ing)?)(?:\s+(?:the\s+)?(?:conversation|talk|"
    r"questions?|interview|chat))?(?:\s+back)?\s+to(?:\s+talking\s+about)?|"
    r"chang(?:ed|es|ing)\s+the\s+subject\s+to))\s+"
    r"(?P<what>[^.;:!?\n\"\u201c\u201d]{3,120})",
    re.IGNORECASE,
)
# a relative clause ends what the talk is about: ("the deal with the studio, which announced that it …":
# its "it" points to the studio, not back to the story)
# a clause as what the talk is about ("about what comes next for his character", "whether he would
# direct"): it is the story only when it names it
_CLAUSE_OBJECT = re.compile(r"(?:what|how|whether|when|where|why)\s+\w", re.IGNORECASE)
# a quick-hits item's label opening a paragraph ("HBO: …", "MARVEL TELEVISION: …")
_ITEM_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z0-9&'\u2019.]*(?: [A-Z0-9&'\u2019.]+){0,3}):\s+(?=\S)")
_RELATIVE_TAIL = re.compile(r",\s*(?:which|who|whose|where)\b.*", re.DOTALL)
# what is the story though the lexicon does not name it: the question itself, the group ("the rest of
# the team", "the Netflix-era crew", "the others")
_STORY_OBJECT = re.compile(
    r"\b(?:questions?|team|group|gang|crew|ensemble|others|rest of (?:the|them|you|us))\b", re.IGNORECASE
)

# the writer says a speaker answered without taking a side ("was characteristically vague", "was a good
# deal less forthcoming", "chose his words carefully", "deflected")
_EVASIVE = re.compile(
    r"\b(?:vague|cagey|coy|guarded|tight-lipped|evasive|non-?committal|diplomatic|careful|carefully|"
    r"(?:less|not|hardly) (?:as )?forthcoming|hedg(?:e|ed|es|ing)|dodg(?:e|ed|es|ing)|deflect(?:s|ed|ing)?|"
    r"sidestep(?:s|ped|ping)?)\b",
    re.IGNORECASE,
)

# a section heading that says what follows is about: "On food", "[03:15] On theatre versus screen",
# "12:40 — About the play"
_SECTION_ON = re.compile(
    r"\s*(?:\[?\d{1,2}(?::\d{2}){1,2}\]?\s*[\u2014\u2013:-]?\s*)?(?:on|about)\s+\S", re.IGNORECASE
)

# a show's renewal or cancellation: "Marvel's Iron Fist will not return for a third season", "will
# return for a second season in 2027", "has been renewed for a third season"
_RENEWAL = re.compile(
    r"\b(?:(?:will|won['\u2019]t|would|wouldn['\u2019]t|is\s+(?:not\s+)?(?:set|going)\s+to|"
    r"isn['\u2019]t\s+going\s+to)(?:\s+not)?\s+(?:return|be\s+back|come\s+back)|"
    r"(?:has\s+been|have\s+been|was|were|is|are)\s+(?:renewed|picked\s+up))"
    r"\s+for\s+(?:a|an|its|another|one\s+more)\s+"
    r"(?:second|third|fourth|fifth|sixth|seventh|new|final|\d+(?:st|nd|rd|th))\s+season\b",
    re.IGNORECASE,
)

# a run-in heading opening a paragraph: "ON THE BOOK: Her first novel …", "On the jacket: …"
_RUN_IN = re.compile(r"\s*(?:ON|On|ABOUT|About)\s+(?P<subject>[^:.!?\n\"\u201c]{2,50}):\s")

_CAPITAL = re.compile(r"(?<![\w'\u2019])[A-Z][a-z][\w'\u2019]*")

# a question about a return, in an interview about the story: "Will you play him again?", "Would you go back?"
_ASKS_RETURN = re.compile(
    rf"{RETURN.pattern}|\b(?:again|go(?:ing)? back|suit(?:ing)? up|"
    # the idioms of being wanted back: putting a role back on, the phone ringing, the call coming
    r"put(?:s|ting)?(?: [\w'\u2019]+){1,3} back on|phone (?:rings?|rang|ringing)|"
    r"(?:come|comes|came|coming) calling|(?:get|gets|got|getting) the call)\b",
    re.IGNORECASE,
)
# a return to something that is not a role: a year, the stage, a genre, a medium ("I want to go
# back to 2015", "Will you go back to the stage?", "a return to procedural territory", "a return to
# network TV"). 20th round: such a question asks about another subject, not the story.
_RETURN_ELSEWHERE = re.compile(
    r"\b(?:return(?:s|ed|ing)?|(?:go(?:es|ing)?|went|gone|head(?:s|ing)?) back)\s+to\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d\b|(?:\w+\s+)?territory\b|stage\b|theat(?:re|er)\b|(?:network\s+|broadcast\s+)?"
    r"(?:tv|television)\b|school\b|college\b|university\b|basics\b|(?:(?:his|her|their|your|my|its)\s+)?roots\b|"
    r"form\b)",
    re.IGNORECASE,
)


def _asks_return(text: str) -> bool:
    """Does a question speak of a return (see _ASKS_RETURN), leaving out a return to something that
    is not a role (see _RETURN_ELSEWHERE)? 20th round."""
    return _ASKS_RETURN.search(_RETURN_ELSEWHERE.sub(" ", text)) is not None


# a question in the past tense ("did anybody think", "How did you take it", "Was it hard"), and the
# past time it sets ("at the time", "back then", "last summer", "in 2015", "when you pitched"), 21st round
# (the question's own verb, after a clause leading up to it: "When you pitched it, did anybody …")
_PAST_ASK = re.compile(
    r"\s*(?:[^,?]*,\s*)?(?:(?:and|so|but|ok(?:ay)?),?\s+)?(?:(?:how|what|why|where|who|which)\s+(?:\w+\s+)?)?"
    r"(?:did|was|were)\b",
    re.IGNORECASE,
)
_PAST_TIME = re.compile(
    r"\b(?:at\s+the\s+time|back\s+then|in\s+those\s+days|in\s+(?:19|20)\d\d|(?:\w+\s+)?(?:years?|months?)\s+ago|"
    r"last\s+(?:summer|winter|spring|autumn|fall|year|season|month|week)|"
    r"when\s+(?:you|we|they|he|she)\s+(?:first\s+)?(?:\w+ed|were|was|did|had|got|took|made|began|wrote|shot|"
    r"saw|met|read|heard|left))\b",
    re.IGNORECASE,
)

# a question asking for something ("What do people stop you for?", "Who was the hardest to work with?")
_WH_QUESTION = re.compile(
    r"\s*(?:(?:and|so|now|ok(?:ay)?),?\s+)?(?:what|who|where|which|how)\b", re.IGNORECASE
)
_WHAT_ABOUT = re.compile(r"\s*(?:(?:and|so|now|but),?\s+)?(?:what|how)\s+about\b", re.IGNORECASE)
_FOLLOW_UP_WORDS = 15  # a follow-up question ("And would you go back?") is shorter still
# a follow-up does not turn to something new ("And the play?", "What about Bullseye?")
_NEW_SUBJECT = re.compile(
    r"\s*(?:and|so|now|ok(?:ay)?)?[,\s]*(?:what|how) about\b|\s*and (?:the|your|his|her)\b|"
    r"\s*(?:and|so|now|ok(?:ay)?)?[,\s]*what(?:['\u2019]s| is) next\b",  # "What's next for you after this?"
    re.I,
)
# A follow-up question stays on the subject: it points back ("Would you do it?", "And after that?") or
# asks yes or no with no new object ("Would you want to be involved?")
# ("so" points back at a clause's end, "think so?", not before a word: "so important" is an intensifier;
# "Is there a show you wish you'd made?" asks whether one exists: that "there" points nowhere, 20th round)
_BACK_REFERENCE = re.compile(
    r"\b(?:it|that|this|those|them|they|(?<!is )(?<!are )(?<!was )(?<!were )there|one|again|"
    r"so(?!\s+[a-z]))\b",
    re.IGNORECASE,
)
# a question whether something exists brings in a new object ("Is there a show you wish you'd made?";
# not "Is there any chance?", which asks about the subject on the table), 20th round
_ASKS_EXISTS = re.compile(
    r"\s*(?:(?:and|so|now|ok(?:ay)?),?\s+)?(?:is|are|was|were)\s+there\s+(?:a|an|any|some)\s+"
    r"(?!(?:chance|possibility|hope|way|plans?|talks?|word|news|update|truth|timeline|sense)\b)",
    re.IGNORECASE,
)
_YES_NO = re.compile(YES_NO_OPENING + r"|wouldn't|isn't|don't|doesn't)\b", re.IGNORECASE)
_TIME_PHRASE = re.compile(
    r"\b(?:this|that|next|last)\s+(?:time|day|night|morning|afternoon|evening|week|weekend|month|year|"
    r"summer|winter|spring|autumn|fall|season)\b",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(r"\s*[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?,\s+(?=[a-z])")  # "Charlie, do you …"
_SUPPOSING = re.compile(r"\s*(?:(?:and|but|so),?\s+)?(?:even\s+)?if\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|for you|next)\b", re.IGNORECASE)
# a yes or no opening an answer, and a question that asks for one ("Defenders reunion: yes or no?")
_BARE_YES_NO = re.compile(
    r"\s*(?:(?:oh|god|well|honestly|look),?\s+)?"
    r"(?:(?P<no>no|nope|absolutely not|of course not|definitely not)|"
    r"(?P<yes>yes|yeah|yep|absolutely|definitely|of course))\b(?!,?\s+(?:and|but)\b)",
    re.IGNORECASE,
)
# a question that asks whether it is over ("Is the reunion dead?"): a yes says no
_ENDED = re.compile(
    r"\b(?:dead|over|done|finished|closed|buried|gone|off the table|ruled out|a no|unlikely)\b", re.IGNORECASE
)
_ASKS_YES_NO = re.compile(YES_NO_OPENING + r")\b|\byes or no\b", re.IGNORECASE)
_LEAD_UP = re.compile(r"(?<=[.!:;])\s+(?=\S[^.!:;]*\?\s*$)")
# a reported claim pointing back to the story ("he would do it", "she'd love that")
_CLAIM_POINTER = re.compile(r"\b(?:it|that|this|them)\b", re.IGNORECASE)
# "that" right after a noun is a relative pronoun ("a catfish that we caught", "the story that he
# told"), no pointer: a determiner, at most one word more, the noun (no verb of saying or thinking)
_RELATIVE_THAT = re.compile(
    r"\b(?:a|an|the|his|her|their|its|my|our|your|one|some|every|any|each)\s+(?:[\w'\u2019-]+\s+)?"
    r"(?!(?:said|says|say|told|tells|tell|thinks?|thought|believes?|believed|knows?|knew|feels?|felt|"
    r"hopes?|hoped|added|adds|noted|notes|admits?|admitted|insists?|insisted|claims?|claimed|"
    r"explained|explains|suggested|suggests|revealed|reveals|agreed|agrees|means?|meant|"
    r"[\w-]+ed)\s)[\w'\u2019-]+\s+(that)\b",
    re.IGNORECASE,
)
# the words of a return, in a reported claim that does not name the story ("he wants back in", "any
# appearance would depend on scheduling", "the characters are very much in the mix", "the heroes are
# coming together", "the old team was done")
# an appearance in a title ("would also appear in She-Hulk: Attorney at Law", "turn up in Echo")
_APPEARS_IN = re.compile(
    r"\b(?:(?:will|would|is\s+set\s+to|is\s+going\s+to)\s+(?:also\s+)?)?"
    r"(?:appear(?:s|ed|ing)?|turn(?:s|ed)?\s+up|show(?:s|ed)?\s+up|cameo)\s+in\s+"
    r"(?P<title>(?-i:[A-Z][\w'\u2019.-]*)(?:[:\s]+(?:(?-i:[A-Z][\w'\u2019.-]*)|at|of|the|and))*)",
    re.IGNORECASE,
)
_STORY_WORDS = re.compile(
    r"\b(?:back|appear(?:s|ed|ing|ances?)?|cast|characters?|hero(?:es)?|chapter|faces|roles?|mix|team)\b",
    re.IGNORECASE,
)

# the words of a return in a clause the talk is about ("how much of the season she appears in"; not
# "what comes next for his character": one character's future)
_APPEARING = re.compile(r"\b(?:back|appear(?:s|ed|ing|ances?)?|cast|hero(?:es)?|team)\b", re.IGNORECASE)

_FLOOR_PARAS = 4  # paragraphs back in which a question put to a panel still awaits its answers
_ASKING = re.compile(r"\b(?:ask(?:s|ed|ing)?|question(?:s|ed)?)\b", re.IGNORECASE)
# a sentence that points back to a question put already ("Cox, who has heard the question at every
# appearance, answered it"; "Henson wanders over and gets the same question"): no new question
_QUESTION_BACK = re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?$", re.IGNORECASE)
_SAME = re.compile(r"\bsame\s+$", re.IGNORECASE)
_ABOUT_WORD = re.compile(r"\b(?:about|on|over|regarding)\b")
_QUESTION_MARK = re.compile(r"\?")

# the group as a whole, counted ("the four of us", "all four of them", "back in a room with these three",
# "I want all three."): a reunion's words, though they name neither the story nor anyone in it (a
# count before a noun, "the three seasons", is no group)
_ENSEMBLE = re.compile(
    # Round 22: "the other three are in", "the foursome": the rest of the group, the group by its count
    r"\b(?:the\s+)?foursome\b|\bthe\s+other\s+(?:three|four|five)\b(?!\s+(?:seasons?|shows?|series|films?|movies?)\b)|"
    r"\b(?:all|the|these|those)\s+(?:three|four|five|six)\b(?:\s+of\s+(?:us|them|you)\b|(?=\s*[.!?;])|"
    # "all four in one frame", "all four back", "the four together again"
    r"(?=\s+(?:in\s+(?:one|the\s+same|a)\s+(?:frame|room|scene|shot|episode)|back\b|together\b)))",
    re.IGNORECASE,
)

_GOING_ON = 2  # paragraphs after a statement in which its speaker's next quote stays on the question


class _Topic(_Page):
    """Whether a quote or a claim is about the story (see the module docstring)."""

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
        paragraphs that are sentences, bylines and datelines not counted) the headline too. A quote in
        a rundown's time-coded item has that item alone."""
        lay = self.lay
        item = self._item_start(q.open)
        if item is not None:
            # a rundown's time-coded item is a segment of its own (neither the item before nor the
            # headline frames it)
            near = self.text[item : max(self._item_end(q.open), min(q.close + 1, lay.paras[q.last_para][1]))]
        else:
            near = self.text[lay.paras[self._context_start(q)][0] : lay.paras[q.last_para][1]]
        if item is None and self._title_frames(q.first_para):
            return f"{self.title}\n\n{near}"
        if self._list_framed():  # a numbered list: the headline and introduction frame every item
            return f"{self._intro()}\n\n{near}"
        return near

    def _context_start(self, q: Quote) -> int:
        """The first paragraph of a quote's context (see _context); a quick-hits item's paragraph
        ("HBO: … “Ask me in three years,” one said.") is its own."""
        if q.open > self.lay.paras[q.first_para][0] + 1 and self._item_label(q.first_para):
            return q.first_para
        first = max(0, q.first_para - 1)
        if (
            first > 0
            and first < q.first_para
            and not self._has_quote(first)
            and not self._is_heading_line(first)
            and not self._item_label(first)  # (an item of its own: "NAT GEO: A six-part series …")
            # (an interview's question right before its answer: "Pasta or pizza?" / "«…»")
            and not (self._printed_question(first) and q.open <= self.lay.paras[q.first_para][0] + 1)
            and not (self._is_list() and not self._list_framed() and self._starts_section(first))
        ):
            first -= 1  # (a section heading, "On shooting Low Tide", starts a new subject: not past it;
            # nor a digest's numbered item, "4. THE NUMBERS")
        return first

    def _printed_question(self, para: int) -> bool:
        """Is paragraph ``para`` a question printed without a label in a narrated interview ("A last
        question: pasta or pizza?"): no quote in it, short, ending with a question mark? 20th round."""
        ps, pe = self.lay.paras[para]
        text = self.text[ps:pe].strip()
        if _QA_TURN.match(text) or _ITEM_LABEL.match(text):
            return False  # (a transcript's turn, "OKAFOR: And you?", follows its own exchange)
        return text.endswith("?") and not self._has_quote(para) and len(_WORDS.findall(text)) <= 60

    def _new_question(self, para: int) -> bool:
        """Does a printed question (see _printed_question) turn to a new subject: it names neither the
        story nor a return nor the group, and points back to nothing ("A last question: pasta or
        pizza?"; not "And would you do it?")? 20th round."""
        if not self._printed_question(para):
            return False
        ps, pe = self.lay.paras[para]
        asked = self.text[ps:pe].strip()
        question = _LEAD_UP.split(asked)[-1]
        return not (
            self._linked(None, asked, people=False)
            or _asks_return(asked)
            or _ENSEMBLE.search(asked)
            or _BACK_REFERENCE.search(_TIME_PHRASE.sub("", question))
            or _SUPPOSING.match(question)
        )

    def _item_label(self, para: int) -> bool:
        """Does paragraph ``para`` open with a quick-hits item's label ("HBO: Executives declined
        …", "MARVEL TELEVISION: Jeph Loeb fielded …"): upper-case words and a colon, then narrative,
        the label naming no person (a transcript's turn, "COX: …", "MIKE COLTER: …", is no item)?
        20th round."""
        ps, pe = self.lay.paras[para]
        m = _ITEM_LABEL.match(self.text, ps, pe)
        if m is None or len(re.sub(r"\W", "", m.group("label"))) < 2:
            return False  # ("Q:", "A:": an interview's turns)
        label = m.group("label")
        if self.text[m.end() : m.end() + 1] in "\"\u201c'\u2018[(":
            return False  # ("COX: “…”": a turn, not a narrated item)
        if any(w.title() in self.mentions.surnames for w in label.split()):
            return False
        return next(self.lex.people_matches(label.title()), None) is None

    def _about_other(self, lead: str, speaker: str | None) -> bool:
        """Does a sentence open by saying what it is about ("About the new series, Cox explained",
        "On Karen's new look, she said that …"), and is that not the question?"""
        m = _ABOUT_OPENER.match(lead)
        if m is None or _VENUE.search(m.group(1)) or not _ABOUT_OBJECT.match(m.group(1)):
            return False  # "On the Long Story Short podcast,", "On Monday,": where or when, not what
        return not self._linked(speaker, m.group(1))

    def _full_context(self, info: _QuoteInfo) -> str:
        """The context a quote is weighed in (see _context): with the paragraph that names its
        speaker after it, and for an interview answer without a printed question the introduction."""
        context = self._context(info.quote)
        if info.how == "named after":
            ns, ne = self.lay.paras[min(info.quote.last_para + 1, len(self.lay.paras) - 1)]
            context += "\n\n" + self.text[ns:ne]
        if info.how == "interview" and info.question is None:
            context += "\n\n" + self._intro()
        return context

    def _section_subject(self, para: int) -> tuple[int, str] | None:
        """The heading that says what the section of paragraph ``para`` is about, after the lede: a
        heading line ("[03:15] On theatre versus screen") or a run-in heading opening a paragraph
        ("ON THE BOOK: Her first novel …"), the nearest at or before ``para``: (its paragraph, what
        it names), else None."""
        for p in range(para, -1, -1):
            if self._lede_index(p) == 0:
                return None
            ps, pe = self.lay.paras[p]
            if self._is_heading_line(p):
                m = _SECTION_ON.match(self.text, ps, pe)
                return (p, self.text[m.end() - 1 : pe].strip()) if m is not None else None
            run_in = _RUN_IN.match(self.text, ps, pe)
            if run_in is not None:
                return p, run_in.group("subject")
        return None

    def _introduced_as_other(self, info: _QuoteInfo, body: str) -> bool:
        """Is the story's name in the quote's context not what the quote (``body``) is about? When
        the quote itself neither names the story nor speaks of a return:

        - the narrative leading to it, within its context and since the quote before, last says the
          talk was about something else ("Cox was careful not to say much about the scripts." /
          "“I'm not allowed to tell you anything.”");
        - it takes a stance only on a show's renewal or cancellation (see _renewal_only), whatever
          it names;
        - nobody was found to have said it and only a person names the story nearby (that person is
          likely its speaker: "The talk ranged from his training diet (“…”) to …"), even when it
          uses a return's words ("I never want to see an egg again");
        - it sits under a heading that says the section is about something else ("[06:02] On food" /
          "JONES: …", "ON THE BOOK: … “It's not Shickshinny!” she said.") and the section's own words
          do not name the story: the introduction above the heading frames nothing below it."""
        if self._renewal_only(body):
            return True  # ("“Marvel's Iron Fist will not return for a third season,” Netflix said.")
        if info.speaker is None and not self._linked(None, body, self._full_context(info), people=False):
            return True  # ("I never want to see an egg again": a return's word is no name of the story)
        if self._linked(info.speaker, body) or _ASKS_RETURN.search(body):
            return False
        section = self._section_subject(info.quote.first_para)
        if section is not None and not _VENUE.search(section[1]) and not self._linked(None, section[1]):
            # ("ON THE BOOK: … “It's not Shickshinny!” she said."; "[06:02] On food" / "JONES: …")
            # (the section's own words decide; a first name in its narrative, "Big Mike asked", is anyone)
            ps, pe = self.lay.paras[section[0]][0], self.lay.paras[info.quote.last_para][1]
            return not self._linked(info.speaker, self.text[ps:pe], people=False)
        q = self._context_start(info.quote)
        start = self.lay.paras[q][0]
        before = [x for x in self.lay.quotes if start <= x.close < info.quote.open]
        if before:
            start = before[-1].close + 1
        return self._talk_elsewhere(start, info.quote.open, info.speaker)

    def _talk_elsewhere(self, start: int, end: int, speaker: str | None) -> bool:
        """Does the narrative between ``start`` and ``end`` last say the talk was about something
        other than the story ("Cox was careful not to say much about the scripts.", "Much of the
        interview concerned her move behind the camera.", "He was less forthcoming about what comes
        next for his character.": a clause is the story only when it names it or a return)?"""
        found, clause, after = None, False, end
        for m in _TALK_ABOUT.finditer(self.narrative, start, end):
            obj = _RELATIVE_TAIL.sub("", m.group("what")).strip()
            if (m.group("keep") or not _VENUE.search(obj)) and (
                _ABOUT_OBJECT.match(obj) or _CLAUSE_OBJECT.match(obj)
            ):
                if self._of_another(m.start(), speaker):
                    continue  # "He said he had lied to his mother about the trip." (of someone else)
                found, clause, after = obj, _CLAUSE_OBJECT.match(obj) is not None, m.end()
        if found is None or _STORY_OBJECT.search(found):
            return False  # ("about the other question", "about the rest of the team": the story)
        if clause:  # 20th round: ("about what comes next for his character": not the group)
            # (a clause is vague: the narrative after it may say what comes next is the story, "He is
            # careful about what comes next. Fans want Luke Cage and Iron Fist.")
            return not (
                self._linked(speaker, found, self.narrative[after:end])
                or RETURN.search(found)
                or _ENSEMBLE.search(found)
                or _APPEARING.search(found)
            )
        return not (self._about_story(speaker, found) or self._own_part(found, speaker))

    def _own_part(self, found: str, speaker: str | None) -> bool:
        """Round 22: is what the talk is about the speaker's own part in the story, called by first
        name ("Naturally, we asked about Luke.", to the actor who plays him)? That is the story he is
        asked about, not another subject."""
        return speaker is not None and any(
            m.group(0) in self._characters and (m.group(0).lower(), speaker) in self._role_words
            for m in _LONE_WORD.finditer(found)
        )

    def _of_another(self, pos: int, speaker: str | None) -> bool:
        """Is the sentence at ``pos`` about people other than ``speaker`` (its subjects are all
        someone else)?"""
        lay, subjects = self.lay, self.mentions.subjects
        s0, s1 = lay.sentence_start(pos), lay.sentence_end(pos)
        lo = bisect.bisect_left(subjects, (s0, -1, ""))
        hi = bisect.bisect_left(subjects, (s1, -1, ""))
        return lo < hi and speaker is not None and all(name != speaker for _, _, name in subjects[lo:hi])

    def _introduced_evasive(self, info: _QuoteInfo) -> bool:
        """Does the narrative of the quote's paragraph, since the quote before it, say the speaker
        answered without taking a side ("Feige appeared in a pre-recorded segment and was
        characteristically vague. “We love those characters.”")? Not for a phrase woven into a
        sentence ("She was careful to say Karen is “in a complicated place.”"): that is no answer; nor
        for an interview's answer (the question printed above it is no narrative)."""
        q = info.quote
        if not q.text[:1].isupper() or info.how == "interview":
            return False
        start = self.lay.paras[q.first_para][0]
        before = [x for x in self.lay.quotes if start <= x.close < q.open]
        if before:
            start = before[-1].close + 1
        lead = self.narrative[start : q.open]
        return _EVASIVE.search(lead) is not None or ("?" in lead and self._floor(info) is True)

    def _answers_the_question(self, info: _QuoteInfo, body: str, *, follows_on: bool) -> bool:
        """Is an interview answer about the watchlist's question? When the question asked names
        the story (a topic term, a word of the question, a watchlist person), or the answer does
        (a topic term or a word of the question: naming a co-star is not enough, interviews are
        full of them), or when the question is a short follow-up with no new subject ("Would
        you want to be involved?", "And if Marvel called?", "Charlie, do you want to add
        anything?"; a time, "this weekend", points back to nothing) to an answer that was about it,
        or when the headline names the story and quotes the answer. The article's introduction
        does not make every answer of a long interview about the story."""
        asked = _QA_TURN.sub("", info.question or "")  # the interviewer's label is no subject
        if self._excluded(asked + "\n" + body):
            return False
        if self._asks_the_past(asked) and not self._linked(None, body, people=False):
            return False  # Round 21: "How did you take it at the time?" asks what happened then
        if self._asks_for_another(asked) and not self._linked(None, body, people=False):
            return False  # Round 21: "Is there a Marvel Television show you wish you'd made?"
        if self._asks_past_the_lead(asked) and not self._linked(None, body, people=False):
            return False  # Round 22: "You've got the Luke Cage fans here. What do people stop you for?"
        if (
            self._linked(None, asked)
            or self._linked(None, body, people=False)
            or _asks_return(asked)
            or _ENSEMBLE.search(asked)  # "Will all four of you be in a room?": the group
        ):
            return True
        if self._headline_repeats(body) and self._linked(info.speaker, self.title):
            return True  # the headline names the story and quotes this answer
        if not follows_on or self._new_name(asked, info.speaker or "") or _NEW_SUBJECT.match(asked):
            return False
        # the question itself, after what leads up to it ("Fair enough. Last one: what's on your
        # nightstand?" asks about the nightstand)
        question = _LEAD_UP.split(asked.strip())[-1]
        vocative = _VOCATIVE.match(question)  # "Charlie, do you want to add anything?"
        question = question[vocative.end() :] if vocative is not None else question
        if _ASKS_EXISTS.match(question):
            return False  # "Last one. Is there a show you wish you'd made?": a new object
        if (
            not _BACK_REFERENCE.search(_TIME_PHRASE.sub("", question))  # ("this weekend" points to no answer)
            and not _SUPPOSING.match(question)  # "And if Marvel called?": the same subject, supposed
            and (not _YES_NO.match(question) or _ABOUT.search(question))
        ):
            return False  # "What's next for you?", "Do people still ask you about Colleen?": a new subject
        return len(_WORDS.findall(asked)) <= _FOLLOW_UP_WORDS

    def _asks_the_past(self, asked: str) -> bool:
        """Round 21: does a question ask what happened then, not what will be ("How did you take it
        at the time?", "The show came out last summer. Did working with them change the way you play
        her?", "When you pitched four shows, did anybody think it would work?")? Its own sentence asks
        in the past tense ("did", "was", "were") and the question sets a past time ("at the time",
        "back then", "last summer", "years ago", "in 2015", "when you pitched"), with no return and not
        the group as a whole ("The Defenders came out last summer. Did it change the way you play her?")."""
        question = _LEAD_UP.split(asked.strip())[-1]
        return (
            _PAST_ASK.match(question) is not None
            and _PAST_TIME.search(asked) is not None
            and not _asks_return(asked)
            and _ENSEMBLE.search(asked) is None
        )

    def _asks_for_another(self, asked: str) -> bool:
        """Round 21: does a question ask whether something exists ("Last one. Is there a Marvel
        Television show you wish you'd made?"), a new object even when a title of the story modifies
        it, with neither the question's own words nor a return nor the group?"""
        question = _LEAD_UP.split(asked.strip())[-1]
        vocative = _VOCATIVE.match(question)
        question = question[vocative.end() :] if vocative is not None else question
        return (
            _ASKS_EXISTS.match(question) is not None
            and not self.lex.question.search(asked)
            and not _asks_return(asked)
            and _ENSEMBLE.search(asked) is None
        )

    def _asks_past_the_lead(self, asked: str) -> bool:
        """Round 22: does a question name the story only in what leads up to it, then ask about
        something else ("You've done films, you've got the Luke Cage fans in the front row. What do
        people stop you for most?")? Its own sentence asks "what", "who", "where", "which" or "how"
        (not "what about …?", which asks about what it names), names neither the story nor the group
        and points back to nothing ("What do you make of that?" asks about the lead), and no part of
        it speaks of a return ("… wants to know if Luke is coming back. What do you know?")."""
        parts = _LEAD_UP.split(asked.strip())
        question = parts[-1]
        return (
            len(parts) > 1
            and _WH_QUESTION.match(question) is not None
            and _WHAT_ABOUT.match(question) is None
            and not self._linked(None, question)
            and not _asks_return(asked)
            and _ENSEMBLE.search(asked) is None
            and _BACK_REFERENCE.search(_TIME_PHRASE.sub("", question)) is None
        )

    def _yes_or_no(self, asked: str, body: str) -> Stance | None:
        """A bare yes or no answering a question about a return ("Defenders reunion: yes or no?" /
        "Yes. Obviously yes."; "Would you come back?" / "No."): the answer takes the question's side,
        when the question asks yes or no, speaks of a return or names the question's words, and neither
        denies nor asks whether it is over ("Is the reunion dead?" turns a yes round: no stance then)."""
        answer = _BARE_YES_NO.match(body)
        asked = _QA_TURN.sub("", asked).strip()
        question = _LEAD_UP.split(asked)[-1]  # (what leads up to it says what it is about)
        if (
            answer is None
            or not question.rstrip().endswith("?")
            or not _ASKS_YES_NO.search(question)
            or _DENIAL.search(re.sub(r"\byes or no\b", "", question, flags=re.IGNORECASE))
            or _ENDED.search(question)
            or stance_of(question) is not None
            or not (self.lex.question.search(asked) or _ASKS_RETURN.search(asked))
            or self._excluded(asked)
        ):
            return None
        return "negative" if answer.group("no") else "positive"

    def _renewal_only(self, text: str) -> bool:
        """Is the stance ``text`` takes only a show's renewal or cancellation ("“Marvel's Iron Fist
        will not return for a third season on Netflix. Everyone at Netflix is grateful …”")? That is
        news of one show, not of its heroes meeting again (unless it names the question's own
        terms: "another season of The Defenders")."""
        m = _RENEWAL.search(text)
        if m is None or self.lex.question.search(text):
            return False
        return stance_of(text[: m.start()] + " " + text[m.end() :]) is None

    def _appears_elsewhere(self, claim: str) -> bool:
        """Round 22: is the stance a reported claim takes only that someone appears in another title
        ("Cox would also appear in She-Hulk: Attorney at Law, which premieres in August")? That is
        news of that title, not of the heroes meeting again: the title names no topic term and,
        without the appearance, the claim takes no stance."""
        m = _APPEARS_IN.search(claim)
        if m is None or self._linked(None, m.group("title"), people=False):
            return False
        return stance_of(claim[: m.start()] + " " + claim[m.end() :]) is None

    def _about_story(self, speaker: str | None, claim: str) -> bool:
        """Is a reported claim about the story in its own words, not only by its paragraph? It
        names it (see _linked), speaks of a return, points back to it ("it", "that", "them") or
        speaks of what a return is made of (characters, roles, casting, appearances, "back"); a
        show's renewal or cancellation is not (see _renewal_only)."""
        return not (self._renewal_only(claim) or self._appears_elsewhere(claim)) and (
            self._linked(speaker, claim)
            or RETURN.search(claim) is not None
            or _points_back(claim)
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
                return (
                    not self._excluded(self._context(info.quote))
                    and not self._new_name(between, info.speaker)
                    # ("Much of the interview concerned her move behind the camera. “…”")
                    and not self._talk_elsewhere(r.start, info.quote.open, info.speaker)
                    # ("A last question: pasta or pizza?" / "“In Lucca? …”": a new subject)
                    and not (
                        info.quote.open <= self.lay.paras[para][0] + 1  # (the answer opens its paragraph)
                        and any(self._new_question(p) for p in range(self.lay.para_of(r.start) + 1, para))
                    )
                )
        return False

    def _floor(self, info: _QuoteInfo, kept: list[Extracted] | None = None) -> bool | None:
        """Is the question on the floor about the story? At a panel, a press line or in a narrated
        interview the answers follow the question ("Are the rest of you coming back?" … Missick was
        more careful. “I don't know.”): the last question put before the quote, within
        :data:`_FLOOR_PARAS` paragraphs, decides: a question mark in the narrative or at the end of
        a quote, or a reported question ("One fan asked Jones about his dogs."). A sentence that only
        points back to a question ("Cox, who has heard the question before, answered it") leaves the
        one put before it on the floor; "got the same question" (with ``kept``, the statements so far)
        is about the story when the quote before it was. ``None`` when no question was put."""
        lay, q = self.lay, info.quote
        first = max(0, q.first_para - _FLOOR_PARAS + 1)
        for para in range(q.first_para - 1, first - 1, -1):
            if self._is_heading_line(para):
                first = para + 1
                break
        start = lay.paras[first][0]
        item = self._item_start(q.open)
        if item is not None:
            start = item  # (a rundown's time-coded item is a segment of its own)
        asked_at, put_from = -1, -1
        for m in _QUESTION_MARK.finditer(self.text, start, q.open):
            inside = lay.quote_at(m.start())
            if inside is not None and self.text[m.end() : inside.close].strip(" ,\"'\u201d\u2019"):
                continue  # a question put to someone ends what the asker says; not "Do I look nervous? No."
            # (what leads up to the question frames it: "Daredevil is back. Are you next?")
            asked_at, put_from = m.end(), max(start, lay.paras[lay.para_of(m.start())][0])
        same: bool | None = None  # "gets the same question": what the quote before it answered
        put_back = False  # the question on the floor is only pointed back to
        for m in _ASKING.finditer(self.narrative, start, q.open):
            end = lay.sentence_end(m.start())
            if not asked_at < end <= q.open:
                continue
            sentence_from = max(start, lay.sentence_start(m.start()))
            lead_in = self.narrative[max(sentence_from, m.start() - 20) : m.start()]
            back = m.group(0).lower().startswith("question") and _QUESTION_BACK.search(lead_in) is not None
            if back and _SAME.search(lead_in) and kept is not None:
                same = self._answered_before(sentence_from, kept)
            elif (
                back
                and asked_at >= 0
                and not put_back
                and not self._linked(None, self.narrative[sentence_from:end], people=False)
            ):
                continue  # the question put before stands
            else:
                same = None
            asked_at, put_from, put_back = end, sentence_from, back
        if asked_at < 0:
            return None
        # the answers go round: every paragraph since the question quotes someone, and the quote's
        # own sentence does not report something else first ("Cox said that he enjoyed the food.")
        if any(not self._has_quote(p) for p in range(lay.para_of(asked_at - 1) + 1, q.first_para)):
            return None
        lead_from = max(asked_at, lay.paras[q.first_para][0])
        lead = self.narrative[lead_from : q.open]
        about = _ABOUT_WORD.search(lead)
        if (
            reporting.REPORT.search(lead)
            or (about and self._new_name(lead[about.start() :], info.speaker or ""))
            # Round 21: "Buck … kept his comments to his own show. “…”": the speaker turns elsewhere
            or self._talk_elsewhere(lead_from, q.open, info.speaker)
        ):
            return None  # "The executive was less forthcoming about Blade." turns to something else
        put = self.text[put_from:asked_at]
        if self._excluded(put):
            return False
        return bool(same) or self._linked(None, put, people=False) or _ASKS_RETURN.search(put) is not None

    def _answered_before(self, at: int, kept: list[Extracted]) -> bool:
        """Was the last quote before ``at`` (its paragraph) a statement about the question?"""
        before = [q for q in self.lay.quotes if q.close < at]
        if not before:
            return False
        para = before[-1].last_para
        return any(self.lay.para_of(r.start) == para for r in kept)

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


def _points_back(claim: str) -> bool:
    """Does a reported claim point back to the story ("he would do it", "she'd love that")? A
    "that" right after a noun ("a catfish that we will cook") is a relative pronoun, no pointer."""
    relative = {m.start(1) for m in _RELATIVE_THAT.finditer(claim)}
    return any(m.start() not in relative for m in _CLAIM_POINTER.finditer(claim))
