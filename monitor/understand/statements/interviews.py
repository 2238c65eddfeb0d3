"""Interviews and transcripts: labelled turns ("WOLL: …", "A: …") and the answers they give, the
paragraphs an answer runs on over, words relayed inside an answer, and a Q&A printed without
labels.

Fifteenth round: a label of initials ("CC: …") stands for the name the article's key gives it ("CC is
Charlie Cox"; a key naming no watchlist person or known name, "LRQ is Long Read Quarterly", is the
outlet), else for the one person named whose initials it spells; a label is matched to the names in
any case ("Vincent D'Onofrio"); a roundtable answering in turn answers the question put to them all
(or the one the panellist before asks); a stage direction ("(Cheering.)") stands between no question
and its answer; a quick-fire round printed question above answer in one paragraph ("Defenders
reunion: yes or no?" / "Yes. Obviously yes.") is a Q&A once two such prompts ask; a dialogue dash
opening a turn ("— In a heartbeat.") is no word of it; a Q&A's "A:" is the watchlist person the
headline names when the text names none.

Seventeenth round: the one who answers is the person the introduction (before the first question)
is about, when its sentences are about someone (a stunt coordinator who names the cast in his
answers is the one answering); an answer typed in lower case ("honestly? i was …", "i'm") is in the
first person (an AMA's answers pair with their questions); a Q&A may label its turns "Q. …" / "A.
…"; an unlabelled Q&A's answer runs on over a paragraph in the first person whose quoted words
nobody is said to say (the answerer quoting themselves or a room: "We don't sit there and say,
“…”"), and those words are the answer's.

Nineteenth round: an oral history's label in capitals may describe its speaker in any case
("RACHEL VOSS (Detective Lane):"), and a person named only in such labels is that name in the usual
case, also by surname ("VOSS:"); a stage direction opening a turn ("WOLL: (laughs) …") is no word of
it; the narrative between turns that puts a question ("Everybody gets asked the same thing: would
they go back?", "… everyone was asked about the future.") is the question of the turns after it; an
explainer's question headings with the writer's account below them (longer than a quick answer, not
in the first person) are no quick-fire round.

Round 21: a Q&A printed as short questions and paragraphs that are each one quotation is the
interviewee's (see _printed_answers), never of a person a question names; words an answer relays
from someone else ("he told me he …", see .relays) are that person's, no part of the answer."""

from __future__ import annotations

import dataclasses
import re

from monitor.understand import speakers
from monitor.understand.quotes import Quote
from monitor.understand.statements.base import _QuoteInfo
from monitor.understand.statements.constants import _FIRST_PERSON, _WORDS
from monitor.understand.statements.relays import _Relays

_MARKS = re.compile('["\u201c\u201d]')

_QUESTION_WORDS = 30  # an interviewer's question in an unlabelled Q&A is short
_DIALOGUE_DASH = re.compile("[ \t]*[\u2014\u2015\u2013][ \t]+")  # "— How is lockdown treating you?"
_SENTENCE_MARK = re.compile(r"[.!?](?=\s|$)")
_PROMPT_WORDS = 15  # a quick-fire question printed above its answer is shorter still
_LINE_ANSWER_WORDS = 20  # a quick-fire answer not in the first person is short ("Inevitable.")

# a stage direction opening a turn, "(laughs)", "[Laughter]", "(pauses)": a few words in brackets
_OPENING_DIRECTION = re.compile(r"[(\[][A-Za-z][A-Za-z ,]{0,30}[)\]]\s+(?=\S)")

_ASKED = re.compile(r"\b(?:asked|asks|ask|question)\b", re.IGNORECASE)

_RELAYED_MARKS = re.compile("[\"\u201c\u2018']?\0[\"\u201d\u2019']?")  # a relayed quote's place and marks

# a transcript's key to its initials: "CC is Charlie Cox", "LRQ is Long Read Quarterly; FJ is Finn Jones"
_LEGEND = re.compile(
    r"\b(?P<abbr>[A-Z]{2,4}) +(?:is|=|stands for) +"
    r"(?P<name>[A-Z][\w'\u2019-]*(?: +(?:of +|the +)?[A-Z][\w'\u2019-]*){0,4})"
)
_INITIALS = re.compile(r"[A-Z]{2,4}")

# the first person typed in lower case, as AMA and social-media answers often are ("honestly? i was
# …", "i'm not going to pretend"): a lone "i" (not "i.e.", not a list's "(i)")
_LOWER_I = re.compile(r"(?<![\w.(])i(?:['\u2019](?:m|ve|d|ll))?(?![\w.)'\u2019])")


class _Interviews(_Relays):
    """The answers of interviews and transcripts (see the module docstring)."""

    _printed: dict[int, str] | None = None  # a Q&A's quoted answers (see _printed_answers)

    def _printed_answers(self) -> dict[int, str]:
        """Round 21: a Q&A printed as short questions, each followed by a paragraph that is all one
        quotation ("2. Do you miss television?" / "“I miss the deadlines, weirdly.”"): two such pairs at
        least make the format. The paragraphs of the answers, each with its question; the answers are
        the interviewee's (see :meth:`_interviewee`), never of a person a question names ("Your
        conductor, Mireille Dantan, called the piece …. Fair?")."""
        if self._printed is None:
            lay, text = self.lay, self.text
            found: dict[int, str] = {}
            for i in range(1, len(lay.paras)):
                qs, qe = lay.paras[i - 1]
                question = text[qs:qe].strip()
                if not question.endswith("?") or len(_WORDS.findall(question)) > _QUESTION_WORDS:
                    continue
                ps, _ = lay.paras[i]
                own = [q for q in lay.quotes if q.first_para == i]
                if (
                    len(own) == 1
                    and own[0].balanced
                    and not text[ps : own[0].open].strip()
                    and self._whole_paragraph(own[0])
                ):
                    found[i] = question
            self._printed = found if len(found) >= 2 else {}
        return self._printed

    def _printed_answer(self, q: Quote, sentence: int) -> _QuoteInfo | None:
        """A quote that is a printed Q&A's answer (see :meth:`_printed_answers`), the interviewee's."""
        answers = self._printed_answers()
        asked = answers.get(q.first_para)
        if asked is None:
            return None
        speaker = self._interviewee(min(answers) - 1)
        return _QuoteInfo(q, speaker, sentence, "continued", question=asked) if speaker else None

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
        answered_by: str | None = None  # who gave it
        last_asked: str | None = None  # the question it answered
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
            while first - 1 > previous and (first - 1 in turns or self._stage_direction(first - 1)):
                first -= 1  # (past a stage direction: "(Cheering.)")
            while first < i and self._stage_direction(first):
                first += 1
            asked = text[lay.paras[first][0] : lay.paras[i - 1][1]] if first < i else None
            if asked is None and labelled[0][0] < i - 1 and i - 1 not in turns:
                # an oral history's narrative between the turns puts the question to all who answer
                # next ("Looking back, everybody gets asked the same thing: would they do it again?")
                between = text[lay.paras[i - 1][0] : lay.paras[i - 1][1]]
                if between.rstrip().endswith("?") or _ASKED.search(between) is not None:
                    asked = between
            if asked is None and previous == i - 1 and answered_by not in (None, speaker):
                # a roundtable answering in turn: the question put to them all, unless the turn before
                # asks one of its own ("… You're in it, right?")
                before = text[lay.paras[i - 1][0] : lay.paras[i - 1][1]]
                asked = before if before.rstrip().endswith("?") else last_asked
            previous, answered_by, last_asked = i, speaker, asked
            pe = lay.paras[i][1]
            direction = _OPENING_DIRECTION.match(text, answer, pe)
            # "WOLL: (laughs) Nobody's called.": the stage direction is no word of the answer
            words_at = direction.end() if direction is not None else answer
            body = " ".join(text[words_at:pe].split())
            if (
                len(body) > 2
                and body[0] in '"\u201c'
                and body[-1] in '"\u201d'
                and _MARKS.search(body, 1, len(body) - 1) is None
            ):
                body = body[1:-1]  # "Charlie Cox: “I'd love that.”": the answer is the quotation
            q = Quote(words_at, pe, body, i, i, True)
            out.append(_QuoteInfo(q, speaker, words_at, "interview", question=asked))
            out.extend(self._answer_goes_on(i, turns, quote_paras, speaker, asked))
        return out

    def _stage_direction(self, para: int) -> bool:
        """A transcript's stage direction, a paragraph all in brackets ("(Laughter.)", "[crosstalk]")."""
        ps, pe = self.lay.paras[para]
        body = self.text[ps:pe].strip()
        return len(body) > 2 and body[0] + body[-1] in ("()", "[]") and body.count(body[0]) == 1

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
                or not _first_person(body)
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
        # Round 21: "Mike Colter and I had dinner, and he told me he hasn't heard a thing": Colter's
        kept.extend(self._relay_infos(out))
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

    def _interviewee(self, first: int | None = None) -> str | None:
        """Who answers in a Q&A: the person the introduction (the paragraphs before paragraph
        ``first``, where the exchange starts) is about, the subject of most of its sentences; else
        the watchlist person the text names most, else the one the headline names, else the person
        the first sentence is about."""
        if first is not None:
            intro: dict[str, int] = {}
            for _, para, name in self.mentions.subjects:
                if para < first:
                    intro[name] = intro.get(name, 0) + 1
            if intro:
                return max(intro, key=lambda n: intro[n])
        counts: dict[str, int] = {}
        for _, _, name in self.mentions.watch:
            counts[name] = counts.get(name, 0) + 1
        if counts:
            return max(counts, key=lambda n: counts[n])
        # an introduction that says only "its showrunner": the watchlist person the headline names
        titled = {self.lex.lookup_person(m.group(0)) for m in self.lex.people_matches(self.title)} - {None}
        if len(titled) == 1:
            return titled.pop()
        return self.mentions.subjects[0][2] if self.mentions.subjects else None

    def _unlabelled_answers(
        self, quote_paras: set[int], own: frozenset[int] = frozenset()
    ) -> list[_QuoteInfo]:
        """A Q&A printed without labels (the questions were in bold): a short paragraph ending with
        "?" followed by a paragraph in the first person without quote marks, at least twice. The
        answers are the interviewee's (see :meth:`_interviewee`). An answer runs on over a paragraph
        in ``own``: words the answerer quotes inside their own talk, given to nobody ("We don't sit
        in a room and say, “Next year we'll do this.”")."""
        lined = self._line_answers(quote_paras)
        lay, text = self.lay, self.text
        pairs: list[int] = []
        taken = {info.quote.first_para for info in lined}
        for i in range(1, len(lay.paras)):
            if i in quote_paras or i - 1 in quote_paras or i in taken or i - 1 in taken:
                continue
            qs, qe = lay.paras[i - 1]
            question = text[qs:qe].strip()
            if not question.endswith("?") or len(_WORDS.findall(question)) > _QUESTION_WORDS:
                continue
            ps, pe = lay.paras[i]
            if _first_person(text[ps:pe]) and not _asks(text[ps:pe]):
                pairs.append(i)
        if len(pairs) < 2:
            return lined
        speaker = self._interviewee(pairs[0] - 1)
        if speaker is None:
            return lined
        out: list[_QuoteInfo] = list(lined)
        for i in pairs:
            ps, pe = lay.paras[i]
            last = i
            # an answer runs over the paragraphs after it, up to the next question (or a quote)
            while last + 1 < len(lay.paras) - 1 and self._goes_on_answer(last + 1, quote_paras - own):
                last += 1
            pe = lay.paras[last][1]
            # (a dialogue dash opening a turn, "— In a heartbeat.", is no word of it)
            dash = _DIALOGUE_DASH.match(text, ps, pe)
            ps = dash.end() if dash is not None else ps
            body = " ".join(_undashed(" ".join(text[a:b].split())) for a, b in lay.paras[i : last + 1])
            q = Quote(ps, pe, body, i, last, True)
            qs, qe = lay.paras[i - 1]
            out.append(_QuoteInfo(q, speaker, ps, "interview", question=_undashed(text[qs:qe])))
        return out

    def _own_quoted(self, infos: list[_QuoteInfo]) -> frozenset[int]:
        """Paragraphs in the first person whose quotes nobody is said to say, each opening after
        words of the paragraph ("We don't sit in a room and say, “Next year we'll do this.”"): in an
        unlabelled Q&A, the answerer quoting themselves or a room, part of the answer."""
        by_para: dict[int, list[_QuoteInfo]] = {}
        for info in infos:
            for p in range(info.quote.first_para, info.quote.last_para + 1):
                by_para.setdefault(p, []).append(info)
        own: set[int] = set()
        for p, found in by_para.items():
            ps, pe = self.lay.paras[p]
            if all(
                i.speaker is None
                and i.how == "none"
                and i.quote.first_para == i.quote.last_para == p
                and self.text[ps : i.quote.open].strip()
                for i in found
            ) and _first_person(self.text[ps:pe]):
                own.add(p)
        return frozenset(own)

    def _line_answers(self, quote_paras: set[int]) -> list[_QuoteInfo]:
        """A quick-fire round printed a question to a paragraph, the answer on the line below it
        ("Defenders reunion: yes or no?" / "Yes. Obviously yes."): at least two paragraphs whose short
        first line asks ("?") make the format, and then every paragraph of a short first line and
        an answer below it is a pair ("Defenders reunion. One word." / "Inevitable."). The answers
        are the interviewee's."""
        lay, text = self.lay, self.text
        pairs: list[tuple[int, str, int]] = []  # (paragraph, prompt, where the answer starts)
        asking = 0
        for i, (ps, pe) in enumerate(lay.paras):
            cut = text.find("\n", ps, pe)
            if cut < 0 or i in quote_paras:
                continue
            prompt = text[ps:cut].strip()
            if not prompt or len(_WORDS.findall(prompt)) > _PROMPT_WORDS or not text[cut:pe].strip():
                continue
            reply = text[cut:pe]
            if len(_WORDS.findall(reply)) > _LINE_ANSWER_WORDS and not _first_person(reply):
                continue  # an explainer's heading and the writer's account below it ("Why did it end?")
            asking += prompt.endswith("?")
            pairs.append((i, prompt, cut + 1))
        if asking < 2:
            return []
        speaker = self._interviewee(pairs[0][0])
        if speaker is None:
            return []
        out: list[_QuoteInfo] = []
        for i, prompt, below in pairs:
            pe = lay.paras[i][1]
            start = below + len(text[below:pe]) - len(text[below:pe].lstrip())
            q = Quote(start, pe, " ".join(text[start:pe].split()), i, i, True)
            out.append(_QuoteInfo(q, speaker, start, "interview", question=prompt))
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
            return self._interviewee(self._turn_labels()[0][0])
        m = lex.people.fullmatch(label) or lex.people.fullmatch(label.title())
        if m is not None:
            return lex.lookup_person(m.group(0))
        # (in any case: "Vincent D'Onofrio", "VINCENT D'ONOFRIO", "D'ONOFRIO")
        folded = {name.casefold(): name for name in self.mentions.surnames.values()}
        folded.update({last.casefold(): name for last, name in self.mentions.surnames.items()})
        found = folded.get(label.casefold())
        if found is None and _INITIALS.fullmatch(label):
            return self._initials_speaker(label)
        if found is None:
            found = self._described_names().get(label.casefold())
        return found

    def _described_names(self) -> dict[str, str]:
        """The people an oral history names only in its labels, full name in capitals and what they
        did in brackets ("PHIL ABRAHAM (director): …"), by their label and surname ("ABRAHAM: …"), as
        the name written in the usual case ("Phil Abraham")."""
        self._turn_labels()
        out: dict[str, str] = {}
        for label in sorted(self._described):
            name = " ".join(w.capitalize() if len(w.strip(".")) > 1 else w for w in label.split())
            if speakers.clean_name(name, self.lex) != name:
                continue  # "AUDIENCE MEMBER (front row)": no person's name
            out[label.casefold()] = name
            out.setdefault(name.split()[-1].casefold(), name)
        return out

    def _initials_speaker(self, label: str) -> str | None:
        """Whom a label of initials stands for ("CC: …", "LRQ: …"): the name the article's key gives it
        ("CC is Charlie Cox"; a key naming no person, "LRQ is Long Read Quarterly", is the outlet,
        nobody), else the one person the article names whose initials it spells ("MC" for Mike
        Colter, "DAW" or "DW" for Deborah Ann Woll)."""
        for m in _LEGEND.finditer(self.text):
            if m.group("abbr") == label:
                name = m.group("name")
                known = self.lex.lookup_person(name)
                if known is not None:
                    return known
                return name if name in self.mentions.surnames.values() else None
        named = {name for _, _, name in self.mentions.watch} | set(self.mentions.surnames.values())
        fits = {name for name in named if label in _initials_of(name)}
        return fits.pop() if len(fits) == 1 else None


def _initials_of(name: str) -> set[str]:
    """The initials a transcript may give ``name``: every word's ("DAW"), or the first and last ("DW")."""
    caps = [w[0] for w in name.split() if w[:1].isupper()]
    return {"".join(caps), caps[0] + caps[-1]} if len(caps) >= 2 else set()


def _first_person(paragraph: str) -> bool:
    """Is a paragraph in the first person ("I'd go back", "we", or a lower-case "i" typed in a
    hurry)?"""
    return _FIRST_PERSON.search(paragraph) is not None or _LOWER_I.search(paragraph) is not None


def _asks(paragraph: str) -> bool:
    """Does a paragraph ask (a question, not an answer)? It ends with a question mark, and its first
    sentence asks too or runs on without one: an answer may end with a question of its own ("Of
    course I would. What actor says no to her family?"), and open with one ("Honestly? I …")."""
    body = _undashed(paragraph.strip())
    if not body.endswith("?"):
        return False
    first = _SENTENCE_MARK.search(body)
    return first is None or first.group(0) == "?"


def _undashed(turn: str) -> str:
    """A turn without the dialogue dash that opens it ("— How is lockdown treating you?")."""
    dash = _DIALOGUE_DASH.match(turn)
    return turn[dash.end() :] if dash is not None else turn
