"""Reported claims: sentences of the narrative that report what someone said ("X said that …",
"according to X, …", "…, X told Variety."), with the person who speaks.

A habit of speech the writer sums up ("who has spent the year saying …", "the actor who kept saying
…") is no claim (the present "keeps telling anyone who'll listen that …" is); a "you", "I" or "we"
right before the verb ("Marlowe: In January you told …") is its subject, not the name before it; the
same speaker's second claim in a participle ("…, telling Lumen Magazine that she wants …", "…, adding
that …") is a claim of its own.

Seventeenth round: someone known only by a description ("A well-followed online scooper claimed …",
"A former marketing executive who worked on the launch, and who asked not to be named, said …") is an
anonymous source; the same speaker's report on another occasion ("…,” and in March he told Showbiz
Register that …") or with a second verb and no subject ("…”, and says he follows …") is a claim of its
own, starting where it does (a quote of the first report is no part of it); "X and that …" and "X
and said …" without a comma go on with one claim; a possessive is nobody's subject ("With Krysten
Ritter's Jessica Jones confirmed for …", nor the name after it, "Cox's Matt Murdock"; "Marvel's Brad
Winderbaum said" is the company's man); and a claim in an opening "with" clause ends where the main
clause starts ("With X saying Marvel wants them “in the same frame again,” fans have …"); a relative
clause between a subject and "has said" ("X, who played Y opposite Z, has said …") leaves X the
speaker.

Round 21: an indirect question's answer in a clause of its own words is the claim ("Pressed on a
second season, X said he would come back …"); a role after "as" in an apposition is no speaker
("Woll, back as Karen Page, said"); the writer's time clause with the same speaker's report (", a year
after he said …") and "…, but warns that …" are claims of their own.

Round 22: a name inside an apposition between the person and the verb ("Ritter, during an Instagram
Live with fans on Tuesday, said …") is no speaker; "…, sources say." and an outlet's "…, Deadline
reports." close a claim that has no speaker; an adverb between the who-clause and the verb ("X, who
took over in 2023, has previously said …") leaves X the speaker."""

from __future__ import annotations

import bisect
import re

from monitor.understand import reporting, scan, speakers
from monitor.understand.speakers import Candidate
from monitor.understand.statements.constants import _MIN_WORDS, _WORDS
from monitor.understand.statements.page import _Page
from monitor.understand.statements.sentences import _is_heading

# Round 21: the answer to an indirect question in a clause of its own (subject, verb and at least
# three words more: "he would come back “in a second” if Netflix asked"), not an ellipsis ("she
# would not", "he'd love to") nor a bare yes or no
_FULL_ANSWER = re.compile(
    r"(?:he|she|they|it|we|i|there)\s+(?:[\w'\u2019]+\s+){1,3}?(?:[\"\u201c\u2018]?[\w'\u2019-]+[,\"\u201d\u2019]*\s+){3}",
    re.IGNORECASE,
)

# Round 22: verbs closing a claim besides reporting's ("…, sources say."), and an outlet's report
# closing it ("…, Deadline reports."): a claim without a person
_OUTLET_VERBS = frozenset({"report", "reports", "reported"})
_TAIL_VERBS = reporting.TAIL_VERBS | _OUTLET_VERBS | {"say"}

_ASKED_WORD = re.compile(r"\b(?:asked|pressed|quizzed|questioned)\b", re.IGNORECASE)

_APPOSITION = re.compile(r"^\s*,[^,]{1,80},\s*$")

_MAX_SUBJECT_GAP = 90
_AS_ROLE = re.compile(r"\bas\s+$", re.IGNORECASE)

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

# "X, who played Y opposite Z, (has) said": a relative clause between a subject and its verb
_WHO_CLAUSE = re.compile(
    r",\s*(?:who|whose|whom)\b[^.;!?\n]{1,200},\s*(?:(?:has|have|had)\s+(?:also\s+|since\s+|already\s+|\w+ly\s+)?)?$"
)

# a report inside a relative clause ("Feige, who said last month that …,"), and where its claim ends:
# at a comma followed by the main clause's verb, not by a conjunction or a new subject
_RELATIVE_REPORT = re.compile(r",\s*who\s+[^,.;:]{1,60}$")
_RELATIVE_END = re.compile(
    r",\s+(?!(?:and|but|or|so|which|who|as|because|though|although|while|if|when|he|she|it|they|we|i|"
    r"that|the|a|an|his|her|their|its|there|not|even|perhaps|maybe|possibly)\b)(?=[a-z])"
)

# "With Feige saying that CLAIM, fans …": a report in a sentence's opening "with" clause, whose claim
# ends where the main clause starts (a comma, maybe inside the closing quote mark, then its subject)
_WITH_OPENER = re.compile(r"\s*(?:(?:and|but)\s+)?with\s", re.IGNORECASE)
_MAIN_CLAUSE = re.compile(
    r",(?P<mark>[\"\u201d'\u2019]?)\s+(?!(?:and|but|or|so|which|who|as|because|though|although|while|if|"
    r"when|that|not|even|perhaps|maybe|possibly|including|especially)\b)(?=[a-z])"
)


def _opening_clause(claim: str) -> str:
    """A claim made in a sentence's opening clause, up to the main clause ("Marvel wants them "in
    the same frame again," fans have …" gives "Marvel wants them "in the same frame again"")."""
    m = _MAIN_CLAUSE.search(claim)
    return claim if m is None else claim[: m.start()] + m.group("mark")


# a habit of speech summed up by the writer ("who has spent much of the year saying he …", "the actor
# who kept saying he'd like to come back"): what was said over a time gone by, no statement
# (the present "keeps telling anyone who'll listen that …" goes on: it is one)
_HABIT = re.compile(r"(?:\b(?:spent|spend|spends|spending)\b[^,.;:!?]{0,50}|\bkept)\s+$", re.IGNORECASE)

# a first- or second-person subject right before the verb ("you told", "I said", "we have said")
_PERSON_SUBJECT = re.compile(
    r"\b(?:you|i|we)(?:\s+(?:have|had|'ve|\u2019ve|also|already|once|never|just|\w+ly))*\s*$", re.IGNORECASE
)

_POSSESSIVE = re.compile(r"['\u2019]s\s+")

_MAX_WHO_CLAUSE = 220  # characters between a reported claim's subject and its verb

# the same speaker's next claim in the sentence, a claim of its own: a report on another occasion ("…,
# and in March he told Showbiz Register that …"; round 21: "…, a year after he said …") and a second
# verb without its subject ("…", and says he follows …"); (a second clause of the same report, "… and
# that …", goes on with the claim)
_AGAIN_TIME = (
    r"(?:in|on|by|at|last|later|earlier|then|weeks?|months?|days?|years?|a\s+(?:day|week|month|year)|"
    r"two|three|four|five|six)\b[^,;.:\"\u201c\u201d]{0,30}?"
)
_SAME_SPEAKER_AGAIN = re.compile(
    rf"(?:(?<=,)|(?<=,[\"\u201d]))\s+(?:(?:and|but|then)\s+{_AGAIN_TIME},?|{reporting.TIME_APART})\s+(?:he|she|they)\s+"
    r"(?:\w+ly\s+)?"
    rf"(?P<verb>{speakers.SPEECH_VERBS})\b"
    # (20th round: more verbs of saying, "…, and warns that …"; "…, but warns that …" was tried: it
    # cost a set its change floor)
    # (Round 21: "…, but warns that …", only with "that": a clause of its own, not the verb's object)
    r"|(?:(?<=,)|(?<=,[\"\u201d]))\s+(?:and\s+(?:also\s+)?|but\s+(?=\w+\s+that\b))(?P<bare>says|said|adds|added|insists|insisted|notes|noted|"
    r"tells|told|explains|explained|admits|admitted|argues|argued|stresses|stressed|warns|warned|concedes|"
    r"conceded|cautions|cautioned|acknowledges|acknowledged)\b",
    re.IGNORECASE,
)


def _same_speaker_again(claim: str, end: int | None = None) -> re.Match[str] | None:
    """The first :data:`_SAME_SPEAKER_AGAIN` of ``claim`` (before ``end``) outside quoted words."""
    for m in _SAME_SPEAKER_AGAIN.finditer(claim, 0, len(claim) if end is None else end):
        if len(reporting.QUOTE_MARKS.findall(claim, 0, m.start())) % 2 == 0:
            return m
    return None


# a sentence whose subject is someone known only by a description ("A well-followed online scooper
# claimed …", "A former Netflix marketing executive who worked on the launch, and who asked not to be
# named, said …"): an anonymous source, whatever clauses describe them before the verb
_DESCRIBED_SOURCE = re.compile(
    r"\s*(?:a|an|one)\s+(?:[\w'\u2019+-]+\s+){0,4}?"
    r"(?:scoopers?|leakers?|tipsters?|insiders?|sources?|executives?|staffers?|spokes(?:person|man|woman)|"
    r"(?:person|people|someone)\s+(?:familiar|close)\b[^,.;:!?]{0,60})"
    r"(?:,?\s+(?:who|that)\b[^.;:!?\n]{1,200}?,?)?\s*(?:\w+ly\s+)?",
    re.IGNORECASE,
)


_AND_VERB = re.compile(r"\band\s+(?:also\s+|has\s+|have\s+)?$")
_COMPANY_END = re.compile(r"[A-Z][\w&.+-]*(?:[ ][A-Z][\w&.+-]*){0,3}[^\S\n]+(?:also[^\S\n]+)?$")


def _company_start(part: str, verb: int) -> int:
    """Where the capitalised words right before ``verb`` start (a company's name, maybe), else
    ``verb``."""
    m = _COMPANY_END.search(part, max(0, verb - 60), verb)
    return m.start() if m is not None else verb


class _Reported(_Page):
    """Reported claims (see the module docstring)."""

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
        if _PERSON_SUBJECT.search(subject_text):
            return None  # "Marlowe: In January you told TV Ledger …": "you" speaks, not the name before
        for i in range(len(cands) - 1, -1, -1):
            cand = cands[i]
            gap = subject_text[cand.end :]
            if cand.kind == "name" and (
                found := self._before_apposition(cands[:i], subject_text, offset + subj_start)
            ):
                return found  # ("Deborah Ann Woll, Karen Page in Netflix's Daredevil, told")
            if (
                i
                and cand.kind in ("person", "name")
                and (cand.governed or _AS_ROLE.search(subject_text, 0, cand.start))
            ):
                # Round 21: "Deborah Ann Woll, back as Karen Page, said": the name in an apposition
                # after "as" or a preposition is a role or an object, not the one who speaks
                continue
            if cand.kind in ("person", "name") and (
                _POSSESSIVE.match(subject_text, cand.end)
                or (
                    i
                    and cands[i - 1].kind in ("person", "name")
                    and _POSSESSIVE.fullmatch(subject_text, cands[i - 1].end, cand.start)
                )
            ):
                # "Krysten Ritter's Jessica Jones confirmed for …": whose, not who (nor the person's
                # character; "Marvel's Brad Winderbaum said" is the company's man)
                continue
            if len(_WORDS.findall(gap)) <= 3 or _APPOSITION.match(gap):
                if i and _COORDINATED.match(subject_text[cands[i - 1].end : cand.start]):
                    return None  # "Colter and Jones have both said": no single speaker
                pos = offset + subj_start + cand.start
                return speakers.resolve(cand, self.lex, self.mentions, pos, self.lay.para_of(pos))
            if cand.kind != "pronoun":
                break
        return None

    def _before_apposition(self, cands: list[Candidate], subject_text: str, offset: int) -> str | None:
        """Round 22: the person right before an apposition that names someone or something else, a
        role or an occasion ("Krysten Ritter, during an Instagram Live with fans on Tuesday, said …",
        "Deborah Ann Woll, Karen Page in Netflix's Daredevil, told …"), else None."""
        for cand in reversed(cands):
            if cand.kind in ("person", "name") and _APPOSITION.match(subject_text[cand.end :]):
                pos = offset + cand.start
                return speakers.resolve(cand, self.lex, self.mentions, pos, self.lay.para_of(pos))
        return None

    def _opening_subject(self, part: str, verb: int) -> str | None:
        """The person named at the very start of ``part``, the only person named before ``verb``
        (a name after a preposition aside), else None (20th round)."""
        cands = [c for c in self._cands(part[:verb]) if c.kind != "pronoun" and not c.governed]
        if len(cands) != 1 or cands[0].kind not in ("person", "name") or part[: cands[0].start].strip():
            return None
        return cands[0].value

    def _named_right_before(self, part: str, verb: int, offset: int) -> str | None:
        """A person named right before ``verb`` (no word between them), else None."""
        cands = self._cands(part[max(0, verb - _MAX_SUBJECT_GAP) : verb])
        if not cands or cands[-1].kind not in ("person", "name"):
            return None
        start = max(0, verb - _MAX_SUBJECT_GAP)
        if part[start + cands[-1].end : verb].strip():
            return None
        return cands[-1].value

    def _reported(self) -> list[tuple[int, int, str | None, str, bool]]:
        """(sentence start, end, speaker, claim) for the reported claims of the narrative."""
        lay, text, narrative = self.lay, self.text, self.narrative
        bounds = lay.boundaries
        # Only sentences with a reporting verb or "according to" are looked at (one pass each).
        hits = {bisect.bisect_right(bounds, m.start()) - 1 for m in reporting.report_matches(narrative)}
        # "CLAIM, Scardapane told Variety.": the attribution closing a sentence
        hits.update(bisect.bisect_right(bounds, p) - 1 for p in scan.find_words(narrative, _TAIL_VERBS))
        hits.update(
            bisect.bisect_right(bounds, m.start()) - 1 for m in reporting.SAID_NOUN.finditer(narrative)
        )
        # 20th round: an indirect question and its answer, a position told by a verb and its object
        hits.update(bisect.bisect_right(bounds, m.start()) - 1 for m in _ASKED_WORD.finditer(narrative))
        hits.update(
            bisect.bisect_right(bounds, m.start()) - 1 for m in reporting.STANCE_PHRASE.finditer(narrative)
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
            asked = self._asked_answer(sentence, part, start)
            if asked is not None:
                speaker, claim, denied = asked
            elif m is not None:
                if reporting.REPORT_FROM.match(m.group("who")):
                    speaker = None  # "according to a new report from Production Ledger": an outlet
                elif (company := speakers.company_named(m.group("who"))) is not None:
                    # "Ritter will appear in “several” episodes, according to Marvel": the company
                    # says so, not the person it quotes (20th round)
                    speaker = company
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
                    elif _WITH_OPENER.match(part):
                        # "With X saying CLAIM, fans have turned to …": the claim ends with the clause
                        claim = _opening_clause(claim)
                elif (phrase := self._stance_phrase(part, start)) is not None:
                    speaker, claim = phrase[0], phrase[1] + " " + sentence[phrase[2] :]
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
            claim = reporting.cut_at_next_report(claim)
            again = _same_speaker_again(claim)
            claim = (claim[: again.start()] if again is not None else claim).strip().rstrip(".:;,").strip()
            if len(_WORDS.findall(claim)) >= _MIN_WORDS:
                out.append(
                    (start, self._claim_end(start, end, sentence, full, claim), speaker, claim, denied)
                )
            second = self._second_report(part, start, sentence, full, speaker)
            if second is not None:
                out.append((start + second[0], end, *second[1:]))
        return out

    def _asked_answer(self, sentence: str, part: str, start: int) -> tuple[str, str, bool] | None:
        """20th round: "Asked whether she would return, Ritter said no." / "Asked about a reunion,
        Colter laughed: “Never.”" / "Pressed on …, Feige declined to …": the answer to an indirect
        question is a claim about the question (speaker, claim, whether it denies it). A quoted
        answer of three words or more is a statement of its own (not this); an answer that is
        neither a yes, a no nor a maybe is left to the other rules."""
        m = reporting.ASKED_FRAME.match(sentence)
        if m is None:
            return None
        answer = sentence[m.end() :].strip()
        if answer[:1] in '"\u201c' and len(_WORDS.findall(answer)) >= _MIN_WORDS:
            return None
        if _FULL_ANSWER.match(answer):
            # Round 21: "Pressed on a second season, Ramirez said he would come back “in a second” if
            # Netflix asked": an answer in a clause of its own words is the claim, not a yes or a no
            return None
        polarity = reporting.answer_polarity(answer)
        if polarity is None:
            return None
        speaker = self._subject_before(part, m.start("verb"), start)
        if speaker is None:
            return None
        claim, denied = reporting.asked_claim(m.group("how"), m.group("q"), polarity)
        return speaker, claim, denied

    def _stance_phrase(self, part: str, start: int) -> tuple[str, str, int] | None:
        """20th round: "Cox declined to rule out a reunion", "Ritter ruled out …", "Feige would not
        confirm …", "Colter expressed interest in …": a position told by a verb and its object,
        of the person right before it (speaker, the verb in the stance cues' words, where its object
        starts in ``part``)."""
        for m in reporting.STANCE_PHRASE.finditer(part):
            speaker = self._subject_before(part, m.start(), start)
            if speaker is not None:
                return speaker, reporting.stance_phrase(m), m.end()
        return None

    def _claim_end(self, start: int, end: int, sentence: str, full: str, claim: str) -> int:
        """Where a claim cut short in its sentence (by another report, "…, adding that “…”", a
        semicolon or the writer's comment) ends in the text: the quote after it is no part of it.
        Else the sentence's end."""
        at = sentence.find(full)
        if at < 0 or (
            reporting.NEXT_REPORT.search(full) is None
            and _same_speaker_again(full) is None
            and len(claim) >= len(full.strip().rstrip(".:;,").strip())
        ):
            return end
        # (cut short by another report, a semicolon or the writer's comment: "In January he said
        # they weren't in the plans; by March he was saying: “Never say never.”")
        cut = full.find(claim)
        return start + at + cut + len(claim) if cut >= 0 else end

    def _second_report(
        self, part: str, start: int, sentence: str, claim: str, first: str | None
    ) -> tuple[int, str | None, str, bool] | None:
        """ "X says …, while Y told Variety he …": the report of another person that cut ``claim``
        short (where it starts in ``sentence``, speaker, claim, denied), or None."""
        nxt = reporting.NEXT_REPORT.search(claim)
        again = _same_speaker_again(claim, nxt.start() if nxt is not None else None)
        at = sentence.find(claim) if (again or nxt) is not None else -1
        if at < 0:
            return None
        if again is not None:
            # "…, and in March he told Z that …", "…, and says …": the same speaker again
            verb_at = at + (again.start("verb") if again.group("verb") else again.start("bare"))
            said = next(iter(reporting.report_matches(part[verb_at:])), None)
            begin = (
                verb_at + said.start() + len(said.group(0).rstrip()) if said is not None else at + again.end()
            )
            second = reporting.cut_at_next_report(sentence[begin:]).strip().rstrip(".:;,").strip()
            if first is None or len(_WORDS.findall(second)) < _MIN_WORDS:
                return None
            return at + again.start(), first, second, said is not None and said.group("deny") is not None
        assert nxt is not None
        rest = at + nxt.start()
        found = self._report_in(part[rest:], start + rest)
        if reporting.SAME_SPEAKER_NEXT.match(claim, nxt.start()):
            # "…, telling Variety that …", "…, adding that …": the same speaker's second claim
            verb = next(iter(reporting.report_matches(part[rest:])), None)
            if verb is not None:
                found = (first, verb.start() + len(verb.group(0).rstrip()), verb.group("deny") is not None)
        elif found is not None and found[0] == first:
            return None  # (the same speaker going on, "though he stressed that …", adds a proviso)
        if found is None or found[0] is None:
            return None
        second = reporting.cut_at_next_report(sentence[rest + found[1] :]).strip().rstrip(".:;,").strip()
        if len(_WORDS.findall(second)) < _MIN_WORDS:
            return None
        return rest, found[0], second, found[2]

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
        verb = next((w for w in _WORDS.finditer(attr) if w.group(0).lower() in _TAIL_VERBS), None)
        if verb is None:
            return None
        if reporting.ANONYMOUS_SOURCE.search(attr[: verb.start()].rstrip() + " ") and not self._cands(
            attr[: verb.start()]
        ):
            return None, comma  # "…, sources tell Production Ledger.": a claim without a person
        if verb.group(0).lower() in _OUTLET_VERBS:
            # "…, Deadline Desk reports.": an outlet's report, no person's (unless a watchlist one's)
            if any(c.kind == "person" for c in self._cands(attr[: verb.start()])):
                return None
            return None, comma
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

    def _report_in(self, part: str, offset: int) -> tuple[str | None, int, bool] | None:
        """The first reporting verb of ``part`` (narrative) with a person speaking, or an anonymous
        source ("One person familiar with the production told …"): (speaker, None for the source,
        where the claim starts in ``part``, whether the verb denies it)."""
        for r in reporting.report_matches(part):
            anonymous = False
            if _PARTICIPLE.match(part, r.start()) and _HABIT.search(part, max(0, r.start() - 80), r.start()):
                continue
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
            elif speakers.spoken_for(part[: r.start()]):
                # "A representative for Ritter said she was …": spoken for a person, not by them; a
                # spokesperson's claim has no speaker (20th round)
                speaker, anonymous = None, True
            else:
                speaker = self._subject_before(part, r.start(), offset)
                if speaker is None and _AND_VERB.search(part, max(0, r.start() - 12), r.start()):
                    # "Jones has been a vocal supporter for years and said …": a second verb of the
                    # subject named at the sentence's start, the one person it names (20th round)
                    speaker = self._opening_subject(part, r.start())
                if speaker is None and r.group(0)[:4].lower() in ("said", "says"):
                    # "Marvel Studios said the report was …": a company's statement (20th round)
                    speaker = speakers.company_speaker(part, _company_start(part, r.start()))
                if speaker is None:
                    head = part[max(0, r.start() - _MAX_SUBJECT_GAP - 60) : r.start()]
                    who = _WHO_CLAUSE.search(head)
                    if who is not None:  # "A person familiar with …, who was not authorised to …, said"
                        head = head[: who.start()]
                    anonymous = (
                        reporting.ANONYMOUS_SOURCE.search(head) is not None
                        or _DESCRIBED_SOURCE.fullmatch(part, 0, r.start()) is not None
                    )
            if speaker is not None or anonymous:
                # the claim starts right after the verb: the pattern's trailing space may have run
                # over a quotation blanked out of the narrative
                return speaker, r.start() + len(r.group(0).rstrip()), r.group("deny") is not None
        return None
