"""The statements found (:class:`Extracted`), a quote as the rules weigh it (:class:`_QuoteInfo`),
and the state every part of the extractor shares: the text with its quotes blanked out, the people
it names and the subjects of its sentences, and the lexicon's tests (does a text name the story, an
exclusion term).

Eighteenth round: "X was also asked whether …" (an adverb or two between the auxiliary and "asked")
is passive, so X, not the one named in the question, is who answers next.

Round 22: a character of the topic terms called by first name alone ("I would love to get Luke and
Danny in here") names the story in a quote's or a claim's own words; the speaker's own part ("Whatever
happens with Matt", said by the actor who plays him) only with a return's words."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from monitor.types import Stance, StatementKind
from monitor.understand import scan, speakers
from monitor.understand.lexicon import RETURN, Lexicon
from monitor.understand.quotes import Layout, Quote, layout
from monitor.understand.speakers import Candidate, Mentions
from monitor.understand.statements.constants import _QA_LABEL
from monitor.understand.statements.dating import When
from monitor.understand.statements.sentences import (
    _after_opener,
    _pick_subject,
    _sentence_subject,
    _speech_verb_in,
)

_WORDS_CAP = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]+(?![\w-])")
_JOINED = re.compile(r",\s+(?:and|but|so|then|until)\s+")  # a clause joined to the sentence
_ASIDE = re.compile(r"\s*(?:,[^,;:.]{1,60},\s*|\w+ly\s+)?")  # between a subject and its verb
_CLAUSE_OPEN = re.compile(r"[:;]\s*$")

_ASKED_REACH = 260  # characters in which an opening clause with a speech verb ("Asked by …,") ends

# a possessive and a noun of what was said, then its verb ("Colter's answer was", "her reply came")
_ANSWER_OF = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+){0,2}?(?:answer|reply|response|verdict|take|comments?|remarks?)\s+"
    r"(?:was|were|is|are|came|comes|has|had|sounded)\b"
)

# a possessive name and a noun of what they said: "Colter's answer", "Renata's bold prediction"
_WORDS_OF = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+){0,2}?"
    r"(?:answer|reply|response|verdict|take|prediction|comments?|remarks?|message|caption|advice|reaction)\b"
)
_OWNER_AT_END = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w-]*$")  # (the name before "'s")
_LETTER = re.compile("[A-Za-z]")
_ASKED = re.compile(r"ask(?:ed|s)\b", re.IGNORECASE)
# "was asked", "was finally asked", "was also asked", "has since been asked": an adverb or two may stand
# between the auxiliary and the participle
_PASSIVE = re.compile(
    r"\b(?:is|was|were|are|been|being|be|get|got|gets)\s+"
    r"(?:(?:\w+ly|also|then|again|later|once|even|still|first|twice|often|soon|too)\s+){0,2}$",
    re.IGNORECASE,
)

# Round 21: "asked" right after a comma or a dash, or opening the sentence, is a participle ("Kevin
# Feige, asked about it in Los Angeles, said"): its subject is the one asked, and no name after it is
_PARTICIPLE_BEFORE = re.compile(r"[,(\u2013\u2014]\s*(?:\w+ly\s+)?$")
# Round 21: an object pronoun after a verb of asking or pressing ("when Okonkwo pressed her on
# whether …", "Fallon asked him point blank"): the one put the question, never its subject, who answers
_PRESSED = re.compile(
    r"\b(?:ask(?:ed|s)|press(?:ed|es)|quizz(?:ed|es)|question(?:ed|s)|grill(?:ed|s)|push(?:ed|es)|"
    r"challeng(?:ed|es)|prob(?:ed|es)|prod(?:ded|s)|nudg(?:ed|es))\s+(?P<pronoun>him|her)\b",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = {"him": "he", "her": "she"}
# between a subject and its verb: an aside set off by commas, an adverb or two
_SUBJECT_TO_VERB = re.compile(
    r"\s*(?:,[^,;:.]{1,60},\s*)?(?:(?:\w+ly|then|also|again|finally|later|once|first|still|just)\s+){0,2}"
)

_AFTER_QUOTE = re.compile(r"[,!?]['\u2019]?[\"\u201d]\s*$")  # "“…,” he said": the pronoun right after a quote

# a relative clause set off by commas between a person and their verb ("Marco Ramirez, who ran the
# series with Douglas Petrie, said"): the names inside it are not the verb's subject
# "told Scoop Central that …": the name after "told" is whom the speaker told, never the speaker
_TOLD = re.compile(r"(?:told|tells|tell|telling)\b", re.IGNORECASE)
# "first said to Couch Critics:", "said in an interview with The Slate Room": a name after a speech
# verb and a preposition is whom it was said to (an outlet, a host), never who said it
_ADDRESSEE = re.compile(r"\b(?:to|with|at|in|on|for|from)\s+(?:the\s+)?$", re.IGNORECASE)
# Round 22: a character's first name alone ("with Luke not coming back", "Jessica's back"), not part of
# a longer name ("Jessica Henwick", "Luke Skywalker"; a capitalised word right before or after it)
_LONE_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{3,}(?![\w-])(?!['\u2019]s? [A-Z]| [A-Z])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ ]$")
_RELATIVE_BETWEEN = re.compile(r"\s*,\s*(?:who|whose|whom)\b[^.;:!?\n]{1,200},\s*(?:\w+ly\s+)?$")


@dataclass(frozen=True, slots=True)
class Extracted:
    speaker: str | None
    text: str
    kind: StatementKind
    stance: Stance
    start: int  # position in the text, for ordering
    when: When | None = None  # an earlier time of saying the text gives (see .dating)


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


@functools.lru_cache(maxsize=8)  # (a lexicon is hashed by identity: one per watchlist)
def _character_firsts(lex: Lexicon) -> frozenset[str]:
    """Round 22: the first names of the characters among the topic terms: the first word of a term of
    two capitalised words ("Luke" of "Luke Cage", "Jessica" of "Jessica Jones"; not "Born Again",
    "Marvel Studios", "Hell's Kitchen": words that start no name), unless it is a watchlist person's
    first name too. ("Iron" of "Iron Fist" passes: a capitalised "Iron" alone is rare.)"""
    people = {n.split()[0] for n in lex.people_names}
    out: set[str] = set()
    for kind, term in lex.term_of.values():
        parts = term.split()
        if (
            kind == "topic"
            and len(parts) == 2
            and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts)
            and len(parts[0]) >= 4
            and parts[0].lower() not in speakers.NOT_NAME_START
            and parts[0] not in people
        ):
            out.add(parts[0])
    return frozenset(out)


class _Base:
    """The article as the extractor reads it: its layout, the narrative (the text with quoted words
    blanked out), who it names (``mentions``) and the caches the other parts fill in."""

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
        self._described: set[str] = set()  # turn labels in capitals that describe the speaker
        self._story_paras: list[int] | None = None  # paragraphs that name the story (the gate's facts)
        self.mentions = Mentions()
        for word, name in lex.roles:
            if word in speakers.ROLE_SEX:
                self.mentions.gender.setdefault(name, speakers.ROLE_SEX[word])
        self.narrative = self._blank_quotes()
        self._collect_mentions()
        self._characters = _character_firsts(lex)
        self._role_words = frozenset(lex.roles)

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
        """The people the narrative names and the subjects of its sentences."""
        lay, lex, narrative = self.lay, self.lex, self.narrative
        people = list(lex.people_matches(narrative))
        turns = {para: end for para, _, end in self._turn_labels()}
        for m in people:
            name = lex.lookup_person(m.group(0))
            if name is not None and speakers.namesake(narrative, m, name, lex) is not None:
                continue  # "Alaqua Cox": another person of a watchlist person's surname
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
        self._first_name_mentions(everyone, people, turns)
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
            self._clause_subjects(cands, begin, end, para, verbs)
            for cand in cands:
                # "Price saved the question for last, and Colter's answer was downbeat.": the one
                # whose answer a clause is about speaks next
                if cand.kind in ("person", "name") and _ANSWER_OF.match(narrative, cand.end, end):
                    self.mentions.add_subject(cand.start, para, cand.value)
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
                self._note_asked(cands, start, verb, subject, para)
            self._note_pressed(cands, start, end, para)
        self._owners_of_words()

    def _owners_of_words(self) -> None:
        """ "Colter's answer got the loudest cheer of the day.", "Renata's prediction, on the record:":
        the one whose words a sentence is about (as its subject) speaks next."""
        narrative = self.narrative
        for m in _WORDS_OF.finditer(narrative):
            start = self.lay.sentence_start(m.start())
            who = _OWNER_AT_END.search(narrative, start, m.start())
            if who is None or _LETTER.search(narrative, start, who.start()):
                continue  # (the sentence's subject only: not "X cautioned against Hale's comment")
            cands = self._cands(who.group(0))
            if cands and cands[-1].kind in ("person", "name") and cands[-1].end == len(who.group(0)):
                para = self.lay.para_of(m.start())
                self.mentions.add_subject(who.start() + cands[-1].start, para, cands[-1].value)

    def _clause_subjects(
        self, cands: list[Candidate], begin: int, end: int, para: int, verbs: list[re.Match[str]] | None
    ) -> None:
        """ "A fan shouted a question, and Feige, to his credit, answered it.": the person who speaks
        in a clause joined to the sentence (named right after ", and", before the clause's speech
        verb, an aside between them) is the latest subject too."""
        narrative = self.narrative
        for m in _JOINED.finditer(narrative, begin, end):
            verb = _speech_verb_in(narrative, m.end(), end, verbs)
            if verb is None:
                continue
            cand = next((c for c in cands if c.start >= m.end()), None)
            if cand is None or cand.start != m.end() or cand.end > verb or cand.kind == "descriptor":
                continue
            between = narrative[cand.end : verb]
            if between.strip() and not _ASIDE.fullmatch(between):
                continue
            who = speakers.resolve(cand, self.lex, self.mentions, cand.start, para)
            if who is not None:
                self.mentions.add_subject(cand.start, para, who)

    def _first_name_mentions(
        self, everyone: list[Candidate], people: list[re.Match[str]], turns: dict[int, int]
    ) -> None:
        """A watchlist person the narrative calls by first name only ("every con Finn has done"),
        never by full name or surname, is a mention (for the pronouns after it): alone among the
        people of its sentence, outside a question and a transcript's turn label."""
        lay, text = self.lay, self.text
        named = {m.start() for m in people}
        known = {self.lex.lookup_person(m.group(0)) for m in people}
        firsts = [c for c in everyone if c.kind == "person" and c.start not in named and c.value not in known]
        for c in firsts:
            para = lay.para_of(c.start)
            if c.start < turns.get(para, -1) or text[: lay.paras[para][1]].rstrip().endswith("?"):
                continue
            s0 = lay.sentence_start(c.start)
            s1 = lay.sentence_end(c.start)
            if sum(1 for o in everyone if s0 <= o.start < s1 and o.kind in ("person", "name")) == 1:
                self.mentions.add(c.start, para, c.value, True)

    def _note_asked(
        self, cands: list[Candidate], start: int, verb: int, asker: Candidate | None, para: int
    ) -> None:
        """ "Then Fischer asked the question: would Ramirez go back?" / "He laughed and said …": the
        person a question is put to answers it. The one person named after "asked" becomes the
        latest subject, so that the next sentence's pronoun stands for them, not the asker.
        Round 21: not after a participle "asked" ("Feige, asked about it in Los Angeles, said")."""
        narrative = self.narrative
        if (
            asker is None
            or not _ASKED.match(narrative, verb)
            or _PASSIVE.search(narrative, max(0, verb - 30), verb) is not None
            or not narrative[start:verb].strip()
            or _PARTICIPLE_BEFORE.search(narrative, max(start, verb - 20), verb) is not None
        ):
            return  # "was asked by host X", "was asked at Windy City Con": the subject is the one asked
        asked = {c.value: c for c in cands if c.start > verb and c.kind in ("person", "name")}
        asked.pop(asker.value, None)
        if len(asked) == 1:
            cand = next(iter(asked.values()))
            self.mentions.add_subject(cand.start, para, cand.value)

    def _note_pressed(self, cands: list[Candidate], start: int, end: int, para: int) -> None:
        """Round 21: "But when Okonkwo pressed her on whether …, the tone changed. “…,” she said": the
        one a verb of asking or pressing puts the question to ("her") answers it, so the pronoun
        object becomes the latest subject. A non-reflexive object pronoun never stands for its own
        clause's subject: it is who the sentences were about before the asker (of its sex)."""
        narrative = self.narrative
        for m in _PRESSED.finditer(narrative, start, end):
            if _PASSIVE.search(narrative, max(start, m.start() - 30), m.start()):
                continue
            before = [c for c in cands if c.end <= m.start() and c.kind in ("person", "name")]
            if not before:
                continue
            asker = before[-1]
            if not _SUBJECT_TO_VERB.fullmatch(narrative, asker.end, m.start()):
                continue  # "Ritter … was unsentimental when I asked her": the verb's subject is unnamed
            pronoun = _SUBJECT_PRONOUN[m.group("pronoun").lower()]
            who = self.mentions.last_before(asker.start, para, pronoun)
            if who is not None and who != asker.value:
                self.mentions.add_subject(m.start("pronoun"), para, who)

    def _resolve(self, clause: str, offset: int, verb_pos: int | None, first: bool) -> str | None:
        cands = self._cands(clause)
        if not cands:
            return None
        fallback = cands[0] if first else cands[-1]
        cand = _pick_subject(cands, verb_pos) if verb_pos is not None else fallback
        if cand is None:
            return None
        if verb_pos is not None and cand.end <= verb_pos:
            # "Ramirez, who ran the series with Petrie, said": the person before the relative clause
            for earlier in cands:
                if earlier.start >= cand.start:
                    break
                if earlier.kind in ("person", "name") and _RELATIVE_BETWEEN.match(
                    clause[earlier.end : verb_pos]
                ):
                    cand = earlier
                    break
        if (
            verb_pos is not None
            and cand.start >= verb_pos
            and (_TOLD.match(clause, verb_pos) or _ADDRESSEE.search(clause, verb_pos, cand.start))
        ):
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
                    if name is not None and name != speaker and not speakers.namesake(t, m, name, self.lex):
                        linked = True
                        break
            if not linked and people and speaker is not None:
                # "I've texted Krysten. I've texted Mike.": a watchlist person by first name alone, as
                # the speaker's colleagues call them (a question naming one, "What's it like working
                # with Charlie?", is about that person, not the story)
                firsts = speakers.first_names(self.lex)
                linked = any(firsts.get(w) not in (None, speaker) for w in _WORDS_CAP.findall(t))
        return linked

    def _names_character(self, text: str, speaker: str | None) -> bool:
        """Round 22: does ``text`` call a character of the topic terms by first name alone ("I would
        love to get Luke and Danny in here")? When it also names the speaker's own part ("Whatever
        happens with Matt", said by the actor who plays him; "Karen and Matt have unfinished
        business", by Karen's) only with a return's words ("made his peace with Luke not coming
        back"): actors talk about their part and its pairings all the time."""
        if not self._characters:
            return False
        names = [
            m.group(0)
            for m in _LONE_WORD.finditer(text)
            if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ]
        if not any(n in self._characters for n in names):
            return False
        return RETURN.search(text) is not None or all(
            (n.lower(), speaker) not in self._role_words for n in names
        )

    def _excluded(self, text: str) -> bool:
        for m in self.lex.topic_matches(text):
            found = self.lex.lookup_term(m.group(0))
            if found is not None and found[0] == "exclude":
                return True
        return False

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
                    label = m.group("label")
                    if "(" in text[m.end("label") : m.end()] and label.isupper():
                        self._described.add(label)  # "PHIL ABRAHAM (director):"
            self._turns = labelled if len(labelled) >= 2 else []
        return self._turns

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
