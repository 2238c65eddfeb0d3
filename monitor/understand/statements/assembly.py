"""All together: every quote attributed, the quotes and claims weighed, and the statements kept
(the rules' decision, or the gate's besides), cut to their stance and without repeats.

Seventeenth round: two quotes of one speaker stay two statements when a new sentence leads into
the second with a colon ("“…,” he laughed. Then, more seriously: “…”"); a long quote (not an
interview answer) whose lead-in, most of its words, does not speak of the question (a post's thanks
before its last line) is cut to the part from the first sentence that does, read with the whole
quote's stance when that part has no cue of its own; a joke, the laughter and the speaker taking it
back ("… I kept the boots. [laughs] No, look — …", "(laughs) I'm kidding. …") are two answers, each
with its own stance or else the answer's (the joke is none when the turn replies to a remark, not a
question, unless it takes a stance or speaks of the question); a repeat that is only a piece of a
later statement (a heading quoting a few words of the answer below it) gives way to the whole, and
curly and straight apostrophes are the same letter when repeats are compared; a long interview
answer comes down to the sentence announcing the answer after its run-up ("… So the honest answer
is yes. …"); a quote that turns to the question with a short question of its own opening with
"But" ("… Not my finest hour. But the team-up? I'd sign tomorrow.") starts there, what came before
(when it spoke neither of the group nor of a return) being set against it.

Nineteenth round: a reply to an interviewer's remark that asks nothing ("We would never." / "Of
course not.") does not end an exchange about the question: the follow-up after it ("But do you
want it?") still follows on.

Round 22: a claim that leads into a quote the speaker "added" (or "went on") stays a statement: the
quote says more than the claim, it does not restate it. A claim naming a character by first name or
the group as a whole is about the story in its own words; a claim with no cue that leaves the
question open ("let the audience tell us whether a full Defenders reunion happens") is uncertain."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from monitor.types import Stance
from monitor.understand import reporting
from monitor.understand.gate import features
from monitor.understand.gate.model import Gate
from monitor.understand.lexicon import RETURN
from monitor.understand.stance import assess_stance, stance_of
from monitor.understand.statements import dating
from monitor.understand.statements.attribution import _Attribution
from monitor.understand.statements.base import Extracted, _QuoteInfo
from monitor.understand.statements.constants import _FIRST_PERSON, _MIN_WORDS, _WORDS
from monitor.understand.statements.facts import _Facts
from monitor.understand.statements.interviews import _Interviews
from monitor.understand.statements.reported import _Reported
from monitor.understand.statements.sentences import _is_title
from monitor.understand.statements.topic import _ASKS_RETURN, _ENSEMBLE

_SHORT_QUOTE = 8  # words: a quoted phrase inside a reported claim gives way to the claim

_FOCUS_WORDS = 40  # an interview answer longer than this is cut down to its stance (see _focus)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c'\u2018(])")

# a sentence that qualifies the one before it ("But I'd want all of us")
_PROVISO = re.compile(r"(?:But|Though|Although|Only if|As long as)\b")
# a sentence announcing the answer after a long run-up ("So the honest answer is yes.", "The short
# answer is no", "To answer your question, …", "Long story short, …")
_ANSWER_NOW = re.compile(
    r"(?:(?:So|And|But|Well|Look|Okay|OK),?\s+)?(?:the\s+(?:honest|short|real|simple|straight)\s+answer\s+is"
    r"|to\s+answer\s+(?:your|the)\s+question|long\s+story\s+short|bottom\s+line)\b",
    re.IGNORECASE,
)
# "“…,” the Jessica Jones actress added": a quote said after the words before it, not summed up by them
_ADDED = re.compile(r"[^.!?\n\"\u201c]{0,60}?\b(?:added|adds|continued|went on)\b")
_RELATIVE = re.compile(r",\s*who\s+[^,.;:]{1,100}$")  # the report is the who-clause's
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)  # (Round 22: see _left_open)
_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll)\b", re.IGNORECASE)
# the turn to the question: "But the Avengers?", "But would I sign again?" (a short question)
_PIVOT = re.compile(r"But\b[^.!?]{1,40}\?$")
_SELF_QUESTION_WORDS = 6  # "But would I go back?": a question a speaker puts to themselves is short
# a question the writer reports putting: "We asked Feige whether …", "I asked her if …"
# (round 21: or presses them on it, "When pressed on whether …")
_ASKED_WHETHER = re.compile(
    r"\b(?:asked|ask|pressed|quizzed)\b[^.!?]{0,40}?\b(?:whether|if)\b", re.IGNORECASE
)

# 20th round: a one- or two-word answer to a printed question ("Never.", "Maybe.", "Absolutely.",
# "No."; :data:`reporting.SHORT_ANSWER`): a statement, below _MIN_WORDS, when the question is about
# the story (see _answers_the_question); "never" and its like are a "no" (see _yes_or_no)
_SHORT_ANSWER = reporting.SHORT_ANSWER


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
            # the sentence carries a full quote: that is the statement; words woven into the
            # report ("Cox said he'd “love for them to walk through that door”") mean what the
            # sentence says of them
            for i in inside:
                r = results[i]
                if r.speaker == c.speaker and r.text[:1].islower():
                    stance = _read_in(c.body, r.text)
                    results[i] = dataclasses.replace(r, stance=stance or r.stance)
            continue
        dropped.update(inside)  # a reported claim replaces the quoted phrases inside it
        results.append(Extracted(c.speaker, c.shown, "reported", c.stance or "uncertain", c.start))
    out = [r for i, r in enumerate(results) if i not in dropped]
    out.sort(key=lambda r: r.start)
    return _without_repeats(out)


def _read_in(claim: str, words: str) -> Stance | None:
    """The stance of quoted ``words`` read with the claim that weaves them in, up to their end
    ("he'd “love for them to walk through that door”" is a wish; what the claim says after them,
    "though he would not be drawn on …", is not theirs)."""
    at = claim.find(words[:40])
    if at < 0:
        return None
    return stance_of(claim[: at + len(words)])


def _focus(answer: str) -> str:
    """A long interview answer comes down to the sentences that take a stance: from the first to
    the last of them, with the question the speaker puts to themselves right before ("But would
    I want it? … God, yes.") and a proviso right after ("In a heartbeat. But I'd want all of us.").
    A sentence announcing the answer after the run-up ("So the short answer is yes.") starts it.
    Short answers, and those whose stance no single sentence carries, stay whole."""
    if len(_WORDS.findall(answer)) <= _FOCUS_WORDS:
        return answer
    sentences = _SENTENCE_END.split(answer)
    cued = [i for i, s in enumerate(sentences) if stance_of(s) is not None]
    if not cued:
        return answer
    first, last = cued[0], cued[-1]
    announced = [i for i in range(first + 1, last + 1) if _ANSWER_NOW.match(sentences[i])]
    if announced:  # "… That's how that happened. So the honest answer is yes. We want …"
        first = announced[-1]
    while first > 0 and sentences[first - 1].rstrip().endswith("?"):
        first -= 1
    if last + 1 < len(sentences) and _PROVISO.match(sentences[last + 1]):
        last += 1  # "In a heartbeat, if the script is right. But I'd want all of us …": its proviso
    return " ".join(sentences[first : last + 1])


def _from_the_question(body: str, speaks_of_it: Callable[[str], bool]) -> str:
    """A long quote that comes to the question only after a lead-in about something else, most of
    its words (a post's thanks before its last line, "… This isn't goodbye for the four of us."),
    is the part from the first sentence that speaks of the question (see ``speaks_of_it``). What
    follows that sentence stays: the stance is often said after the question is named."""
    n = len(_WORDS.findall(body))
    if n <= _FOCUS_WORDS:
        return body
    sentences = _SENTENCE_END.split(body)
    first = next((i for i, s in enumerate(sentences) if speaks_of_it(s)), 0)
    lead = sum(len(_WORDS.findall(s)) for s in sentences[:first])
    if 2 * lead <= n:
        return body
    return " ".join(sentences[first:])


def _after_pivot(body: str, speaks_of_it: Callable[[str], bool]) -> str:
    """A quote that turns to the question with a short question of its own opening with "But"
    ("… Not my finest hour, I'll admit that. But the Avengers? I'd sign tomorrow.", "… But would I
    go back?") sets what came before against it: the sentences before the turn are about something
    else, and the statement starts at the turn (see ``speaks_of_it``), unless they spoke of the
    group ("the four of us") or of a return, which makes them part of the answer."""
    sentences = _SENTENCE_END.split(body)
    for i, sentence in enumerate(sentences):
        if i > 0 and _PIVOT.match(sentence) and speaks_of_it(sentence):
            return " ".join(sentences[i:])
        if _ENSEMBLE.search(sentence) is not None or RETURN.search(sentence) is not None:
            return body  # the group, or a return, came up before the turn: it is all the answer
    return body


_LAUGH = re.compile(r"\s*[\[(](?:laughs|laughing|laughter|chuckles)[\])]\s*", re.IGNORECASE)
# what takes back the joke before it: "No, look —", "I'm kidding.", "Seriously, though."
_WALK_BACK = re.compile(
    r"(?:No,\s+(?:look|but|seriously)|I['\u2019]m\s+(?:just\s+|only\s+)?(?:kidding|joking)|Kidding|"
    r"Joking\s+aside|(?:But|OK|Okay),?\s+seriously|Seriously|In\s+all\s+seriousness)\b"
)


def _walked_back(body: str) -> list[tuple[str, int]]:
    """A joke, the laughter, and the speaker taking it back ("I kept the boots. [laughs] No, look —
    I know what I know."): the joke and the serious answer, ``(text, offset)`` each; else nothing."""
    for m in _LAUGH.finditer(body):
        joke = body[: m.start()].strip().rstrip(".,!?\u2026 ")
        # (round 21: or a one-word answer before the laughter, "Never. [Laughs] Okay, ask me in five
        # years.": the word is an answer, what follows another)
        if m.start() > 0 and (_WALK_BACK.match(body, m.end()) or _SHORT_ANSWER.fullmatch(joke)):
            return [(body[: m.start()].strip(), 0), (body[m.end() :].strip(), m.end())]
    return []


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


def _asks_you(body: str) -> bool:
    """Is a quote only a question put to someone ("Be honest, do you think they ever get back
    together?"): every sentence asks, in the second person? That is the asker's question (a fan's,
    a host's), no statement of the one asked, whoever the quote was given to."""
    if not body.rstrip().endswith("?") or _YOU.search(body) is None:
        return False
    return all(s.rstrip().endswith("?") for s in _SENTENCE_END.split(body.strip()))


def _is_self_question(sentence: str) -> bool:
    """ "Would I", "But would I go back", "Will we": a short question in the first person (the text up
    to its question mark)."""
    return (
        "." not in sentence
        and "!" not in sentence
        and len(_WORDS.findall(sentence)) <= _SELF_QUESTION_WORDS
        and _FIRST_PERSON.search(sentence) is not None
    )


def _second_act(gap: str) -> bool:
    """Does the narrative between two quotes of one speaker introduce the second as an answer of
    its own, not only attribute the first? A new sentence that leads into it with a colon ("“…,” he
    laughed. Then, more seriously: “…”", "“…,” she said. Asked whether …: “…”") does; an
    attribution alone ("“…,” he said. “…”", "“…,” he said, before adding: “…”") does not."""
    gap = gap.strip().rstrip("\"'\u201c\u2018\u00ab\u2039\u201e")
    return gap.endswith(":") and _SENTENCE_END.search(gap) is not None


def _without_repeats(found: list[Extracted]) -> list[Extracted]:
    """The same words printed twice in one article (a pull quote, the embedded post a paragraph
    quotes) are one statement: the first, unless it is only a piece of the later one (a heading
    that quotes a few words of the answer below it, "1. Reelside: “Count me in”"): then the whole."""
    out: list[Extracted] = []
    seen: list[tuple[str | None, set[str]]] = []
    for r in found:
        words = {w.lower().replace("\u2019", "'") for w in _WORDS.findall(r.text)}
        at = next(
            (
                i
                for i, (sp, ws) in enumerate(seen)
                if sp == r.speaker and len(words & ws) >= 0.8 * min(len(words), len(ws))
            ),
            None,
        )
        if at is None:
            seen.append((r.speaker, words))
            out.append(r)
        elif len(words) > len(seen[at][1]):
            seen[at] = (r.speaker, words)
            out[at] = r
    out.sort(key=lambda r: r.start)
    return out


class _Extractor(_Facts, _Attribution, _Interviews, _Reported):
    """Finds the statements of one article (see :mod:`monitor.understand.statements`)."""

    # ------------------------------------------------------------------ all together
    def run(self, gate: Gate | None = None) -> list[Extracted]:
        """The statements: those the rules keep and, with ``gate``, those the gate keeps besides
        (never a quote nobody was found to have said: the gate weighs what was said, not who). A
        statement the gate adds without a stance cue takes the gate's stance for those. Round 21:
        the gate also drops a rules' statement it finds very unlikely (its ``veto``)."""
        considered = self._considered(with_facts=gate is not None)
        keep = [c.keep for c in considered]
        if gate is not None:
            features.with_context(considered)
            keep = [
                not gate.vetoes(c) if k else not (c.kind == "quote" and c.speaker is None) and gate.keeps(c)
                for k, c in zip(keep, considered, strict=True)
            ]
            for c, k in zip(considered, keep, strict=True):
                if k and not c.keep and c.stance is None:
                    c.stance = gate.cueless
        found = _assemble(considered, keep)
        # an earlier time of saying the text gives ("In 2019, X told Y: “…”"; see .dating)
        return [
            dataclasses.replace(
                e, when=dating.find(self.text, self.narrative, self.lay, e.kind, e.start, e.text)
            )
            for e in found
        ]

    def _short_stance(self, question: str | None, text: str) -> Stance | None:
        """Round 21: the stance of a one- or two-word answer ("Never.", "Definitely.") read with the
        question it answers, if printed; "never" and its like are a no, "definitely" a yes."""
        short = _SHORT_ANSWER.fullmatch(text.rstrip(".,!?\u2026 "))
        if short is None or not (short.group("no") or short.group("yes")):
            return None
        said = "No." if short.group("no") else "Yes."
        if question is not None:
            return self._yes_or_no(question, said)
        return "negative" if said == "No." else "positive"

    def _speaks_of_it(self, speaker: str | None, sentence: str) -> bool:
        """Does a sentence of a quote speak of the question in its own words: it names it (see
        _linked), the group as a whole ("the four of us") or a return?"""
        return (
            self._linked(speaker, sentence)
            or _ENSEMBLE.search(sentence) is not None
            or RETURN.search(sentence) is not None
        )

    def _asked_just_before(self, info: _QuoteInfo) -> bool:
        """20th round: is a quote the answer to a question the writer reports asking, about a return,
        in the sentence right before it in its paragraph ("We asked Feige whether Born Again means a
        return for Jessica Jones. “Not today. …,” Feige said."; not "Asked whether the show had
        underperformed")? An answer without a cue of its own to a question about the story (see
        _floor) takes no side: it is uncertain. Not a phrase woven into a
        sentence, nor an interview's answer."""
        q = info.quote
        # (round 21: a quote its sentence introduces with a colon is no phrase woven in: "Asked whether
        # …, Jones answered with one word: “Definitely.”")
        woven = info.sentence < q.open and not self.narrative[info.sentence : q.open].rstrip().endswith(":")
        if not q.text[:1].isupper() or info.how == "interview" or woven:
            return False
        start = self.lay.paras[q.first_para][0]
        lead = self.narrative[start : q.open]
        last = _SENTENCE_END.split(lead.strip())[-1]
        asked = _ASKED_WHETHER.search(last)
        if asked is None:
            return False
        # (round 21: no quote between the question and the answer; one before it in the paragraph
        # is another's: "… said X had given Danny “a chance.” Asked whether …, Jones answered: “…”")
        at = start + lead.rfind(last) + asked.start()
        if any(at <= x.close < q.open for x in self.lay.quotes):
            return False
        what = last[asked.end() :]
        for m in reversed(list(self.lex.topic_matches(what))):  # ("Born Again" is no "again")
            if RETURN.fullmatch(m.group(0)) is None:  # (round 21: a term that is one, "reunite", stays)
                what = what[: m.start()] + " " + what[m.end() :]
        return _ASKS_RETURN.search(what) is not None and self._floor(info) is not False

    def _leads_into_quote(
        self, start: int, end: int, speaker: str | None, claim: str, infos: list[_QuoteInfo]
    ) -> bool:
        """Does the sentence of a reported claim (from ``start`` to ``end``) lead into a quote of the
        same speaker that opens the next sentence of its paragraph ("Scardapane said Ritter's arrival
        was a first step. “Jessica is just the beginning,” he told reporters.")? Then the claim is
        the writer's summary of the words that follow, which are the statement if any is. (Not a
        report in a relative clause, "Cox, who told a podcast in January that …, stood by it.": an
        earlier occasion.) Round 22: a quote the speaker "added" says more than the claim, which stays
        ("… said she would “never say no” to a reunion. “That was the most fun I ever had,” the
        actress added.")."""
        at = self.text.find(claim, start, end)
        if speaker is None or _RELATIVE.search(self.text, start, at if at >= 0 else end):
            return False
        para = self.lay.para_of(max(0, end - 1))
        after = [
            i for i in infos if end <= i.quote.open and i.quote.first_para == para and i.merged_into is None
        ]
        if not after:
            return False
        first = min(after, key=lambda i: i.quote.open)
        return (
            first.speaker == speaker
            and not self.text[end : first.quote.open].strip()
            and _ADDED.match(self.text, first.quote.close + 1) is None
        )

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
            if info.merged_into is not None and _second_act(
                self.text[infos[info.merged_into].quote.close + 1 : info.quote.open]
            ):
                info.merged_into, info.how = None, "before"
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
        if not answers:
            answers = self._unlabelled_answers(quote_paras, self._own_quoted(infos))
            # words quoted inside an unlabelled answer (see _own_quoted) are the answer's
            inside = {p for a in answers for p in range(a.quote.first_para + 1, a.quote.last_para + 1)}
            infos = [i for i in infos if i.speaker is not None or i.quote.first_para not in inside]
        infos.extend(answers)
        return infos

    def _left_open(self, claim: str) -> Stance | None:
        """Round 22: a claim with no cue that leaves the story's question open ("the studio would
        let the audience tell us whether a full Defenders reunion happens"): uncertain."""
        m = _WHETHER.search(claim)
        return "uncertain" if m is not None and self.lex.question.search(claim, m.end()) else None

    def _claim_on_story(self, speaker: str | None, claim: str, context: str, sentence: str) -> bool:
        """Is a reported claim a statement about the story: linked to it by its context (or a
        character it names), about it in its own words and not said of something else? Round 22: a
        character called by first name ("would love to see Jessica walk into Josie's") and the group
        as a whole ("a second round with all four of us") are the story in the claim's own words."""
        names_character = self._names_character(claim, speaker)
        return (
            (self._linked(speaker, claim, context) or names_character)
            # "she hopes to direct an episode next year": near the story, about another
            and (self._about_story(speaker, claim) or names_character or self._names_the_group(claim))
            # "On the new series, he explained that …": about something else
            and not self._about_other(sentence, speaker)
        )

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
            short_answer = (
                _SHORT_ANSWER.fullmatch(body.rstrip(".,!?\u2026 ")) if n_words < _MIN_WORDS else None
            )
            if short_answer is not None and info.question is None and not self._asked_just_before(info):
                short_answer = None  # (a word or two answers a question put in print or just before)
            if (
                (n_words < _MIN_WORDS and short_answer is None)
                or (_is_title(body) and short_answer is None)
                or _asks_you(body)
            ):
                continue
            answered = True
            if info.question is not None:  # an answer to a printed question: that says what it is about
                answered = self._answers_the_question(info, body, follows_on=exchange_on)
                if not aside and (answered or "?" in info.question):
                    # (a reply to a remark, "We would never." / "Of course not.", changes no subject)
                    exchange_on = answered
                if not answered and not with_facts:
                    continue
            whole = body
            if info.how == "interview":
                body = _focus(body)
            else:
                body = _from_the_question(body, functools.partial(self._speaks_of_it, info.speaker))
            body = _after_pivot(body, functools.partial(self._speaks_of_it, info.speaker))
            assessed = assess_stance(body)
            stance = assessed.stance or self._denies_core(body)
            if stance is None and body != whole:
                stance = stance_of(whole)  # the part without a cue of its own: the whole quote's
            if stance is None and info.question is not None and answered:
                stance = self._yes_or_no(info.question, body)  # "… yes or no?" / "Yes. Obviously yes."
                if stance is None and short_answer is not None and short_answer.group("no"):
                    stance = self._yes_or_no(info.question, "No.")  # "Never." is a "no" (20th round)
            if stance is None and self._introduced_evasive(info):
                stance = "uncertain"  # "Feige was characteristically vague. “We love those characters.”"
            if stance is None and short_answer is not None and info.question is None:
                # "Asked whether he'd return, Colter paused. “Never.”" (20th round)
                stance = (
                    "negative"
                    if short_answer.group("no")
                    else "positive"
                    if short_answer.group("yes")
                    else None
                )
            if stance is None and self._asked_just_before(info):
                stance = "uncertain"  # "We asked Feige whether …. “Not today. …,” Feige said."
            if stance is None and not with_facts:
                continue
            context = self._full_context(info)
            in_context = self._linked(info.speaker, body, context) or self._names_character(
                body, info.speaker
            )
            if in_context and self._introduced_as_other(info, body):
                in_context = False  # "… careful not to say much about the scripts." / "“…”"
            linked = (
                info.question is not None
                or in_context
                or self._names_the_group(context)
                or self._on_topic(info, kept)
                or bool(self._floor(info, kept))
            )
            keep = not aside and answered and stance is not None and linked
            if not keep and not with_facts:
                continue
            # a reported claim around a short quote says more (or who speaks)
            short = info.speaker is None or (
                n_words <= _SHORT_QUOTE and info.how in ("before", "same sentence")
            )
            split = _self_answered(body, stance or "uncertain")
            pieces = _walked_back(whole)
            if len(pieces) > 1:
                # the joke is an answer too, unless the turn replies to a remark, not a question
                asked = info.question is None or info.question.rstrip().endswith("?")
                split = []
                for piece, at in pieces:
                    text = _focus(piece) if info.how == "interview" else piece
                    own = stance_of(text) or self._short_stance(info.question, text)
                    if own is not None or asked or self._speaks_of_it(info.speaker, text):
                        split.append((text, own or stance or "uncertain", at))
                if not split:
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
            if self._leads_into_quote(start, end, speaker, claim, infos):
                continue  # "X said that CLAIM. “…,” he told reporters": the quote is the statement
            assessed = assess_stance(claim)
            stance = reporting.claim_stance(claim) or self._denies_core(claim) or self._left_open(claim)
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
            keep = stance is not None and self._claim_on_story(speaker, claim, context, self.text[start:end])
            if not keep and not with_facts:
                continue
            # shown as said: "denies that …", never the denied words alone as if they were the claim
            shown = f"denies that {claim}" if denied else claim
            c = features.Considered("reported", speaker, shown, start, end, stance, keep, body=claim)
            if with_facts:
                self._claim_facts(c, context, assessed, denied, backshifted, len(infos))
            found.append(c)
        return found
