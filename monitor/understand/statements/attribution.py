"""Who said a quote: the attribution after or before it, the quote before it, an introduction, the
paragraphs around it; words printed without quote marks after an introduction or a colon, and
embedded social-media posts.

Seventeenth round: after a quote that closed its sentence, a speech verb with a clause of its own
("… anything.” Lina says she's printing that on a mug.") reports something else, and a sentence
ending with a comma that runs up to the next quote introduces it ("Showrunner X, he added, “…”"); a
numbered item's heading that pulls words out of the quote below it ("1. Reelside: “I'd love it”") is
no statement; a pull quote set apart is the person named alone on the line below ("— Finn Jones");
"As he told X last year, “…”" is the opening clause's subject's; "one from X, who …: “…”" and "a reply
from X:" are X's; a that-clause ("she bets every listener a pint that “…”") is its clause's subject's;
"The caption? “…”" and "X's answer got the loudest cheer." make the person the sentences are about,
or X, the one who speaks; words woven into a report, then a sentence of its own with an attribution
("He added: “…”"), are two statements; in an interview printed as questions and quoted answers
(a translated interview's «…»), an answer after a question and a stage direction is the previous
answer's speaker's, answering that question; a time-coded rundown's lines ("12:10 — …") are items of
their own, neither merged nor attributed across; "Her answer, according to Cox: “…”" is the words of
the last other person named before it (the one named after "according to" only relays them).

Eighteenth round: a post printed under a header line naming its author and where it was posted
("MIKE COLTER (@mikecolter · Bluesky · Fri 6:40 p.m.)", "Jo Bell (Threads, Sunday)") is the author's:
a quote opening a line below the header, in the same block, is theirs.

Nineteenth round: "“…,” he said, adding that “…”" makes two statements, as "X said that …, adding
that “…”" does; after a quote that closed its sentence, an attribution whose verb reports a clause of
its own after a hearer or a time ("… minds.” Y told the crowd in July that Marvel was “…”") is the
next quote's, not this one's; a caption ("X posted a photo with the caption “…”") is the words of
the sentence's subject, who posted it; a watchlist person's surname written after another first
name ("Alaqua Cox" beside Charlie Cox) is another person (see speakers.namesake).

Round 21: a quote's relayed words are the one's who said them (see .relays); a whole-paragraph quote
after a printed question of a Q&A is the interviewee's (see .interviews).

Round 22: a quote paragraph after one person's quote and a narrative paragraph about one other
person, opening a sentence ("Cox, quiet a year ago, seemed changed."), is that person's; a quote its
own sentence introduces ("Cox told reporters, “… I'm in.”") keeps that speaker, not the speech verb
of the next sentence; a speech verb in a relative clause after a quote ("She turned to Winderbaum,
who laughed") attributes nothing; a host's prompt to a guest ("“…,” she said. “Brad?”", "“Tell me I'm
right.”") is no statement (see .prompts); a quote told in someone else's report ("She added that Cox
once told her, “…”") is the teller's, whole; a quote paragraph after a user's question in a session of
questions is the answer of the one who answered before."""

from __future__ import annotations

import bisect
import re

from monitor.understand import speakers
from monitor.understand.normalise import norm_key
from monitor.understand.quotes import Quote
from monitor.understand.statements.base import _QuoteInfo
from monitor.understand.statements.constants import _FIRST_PERSON, _WORDS
from monitor.understand.statements.interviews import _Interviews
from monitor.understand.statements.page import _LIST_ITEM
from monitor.understand.statements.prompts import prompts_guest
from monitor.understand.statements.sentences import _is_intro, _is_title, _pick_subject

_LEAD_PUNCT = re.compile(r"^[\s,.!?;:\u2014\u2013-]*")

_SAID_OF = re.compile(r"\s+of\s+([^.!?\n]{3,160})")

# the signature line under an embedded post: "— Krysten Ritter (@KrystenRitter) May 3, 2025"
_EMBED_SIGNATURE = re.compile(r"\s*[\u2014\u2013-]{1,2}\s*(?P<who>[^()\n]{2,60}?)\s*\(@[\w.]{1,30}\)")

# a line of a rundown, inside a paragraph: a time stamp or a bullet opens it ("\n38:50 — …")
_NEW_ITEM = re.compile(r"\n[^\S\n]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?|[\u2022*\u00b7])[^\S\n]")
_ASKED_PARAS = 3  # an interviewer's question and a stage direction between two quoted answers
_MAX_BEFORE = 1000  # characters: the furthest back an attribution before a quote is looked for
_THAT_BEFORE = re.compile(r"\bthat\s*$")
_THAT_AFTER = re.compile(r"\s+that\s")  # "She added that Cox told her, “…”": a report's clause
# "… with the caption “…”", "… captioned “…”": what the subject posted under a picture
_CAPTION_BEFORE = re.compile(r"\b(?:(?:the|a|her|his|their)\s+caption|captioned(?:\s+it)?)\s*,?:?\s*$", re.I)
# a noun of what was said (or "one" standing for it), then whom it is from
_FROM_WHOM = re.compile(
    r"\b(?:one|answer|reply|replies|response|message|post|comment|statement|note|tweet|text|email|letter)"
    r"\s+from\s+"
)
# a noun of what was said, asked as a question before the words themselves: "The caption?"
_WORDS_ASKED = re.compile(
    r"(?:^|(?<=[.!?])\s)\s*(?:the|his|her|their)\s+(?:[a-z]+\s+)?(?:answer|reply|response|verdict|take|"
    r"prediction|comment|message|caption|advice|reaction|post|tweet|statement)\?\s*$",
    re.IGNORECASE,
)
# "Her answer, according to Cox: “…”": the words are the possessor's, the one named only relays them
_RELAYED_ANSWER = re.compile(
    r"(?:^|(?<=[.!?])\s)\s*(?P<pro>his|her|their)\s+(?:[a-z]+\s+)?(?:answer|reply|response|verdict|"
    r"message|promise|prediction)\s*,\s*(?:according\s+to|as\s+(?:told|relayed|reported)\s+by)\s+"
    r"(?P<via>[^,:\n]{2,60}),?\s*:\s*$",
    re.IGNORECASE,
)
# a speaker's name alone on the line under a pull quote: "— Finn Jones"
_SIGNATURE = re.compile(r"\s*[\u2014\u2013-]{1,2}[^\S\n]*(?P<who>[A-Z][^()\n,;:.!?]{2,60}?)\s*")
# a post in a round-up of posts and replies: "@charliecoxactual: Same jacket, different decade."
_POST_LINE = re.compile(r"[ \t]*@(?P<handle>[A-Za-z0-9_.]{2,30})[ \t]*:[ \t]+(?=\S)")
# the header line of a post printed in a round-up: its author's name, then a handle or platform in
# brackets, on a line of its own ("MIKE COLTER (@mikecolter · Bluesky · Fri 6:40 p.m.)")
_POST_HEADER = re.compile(
    r"[ \t]*(?P<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3})[ \t]*"
    r"\((?=[^()\n]*(?:@\w|\b(?:Instagram|Twitter|X|Threads|Bluesky|TikTok|Facebook|Tumblr|Reddit)\b))"
    r"[^()\n]{2,80}\)[ \t]*\n"
)
# the words of a fan or news account's handle ("@coxfanclub", "@hellskitchenhive", "@ritterdaily")
_FAN_HANDLE = re.compile(r"fan|stan|daily|news|update|hive|club|archive|central|unofficial|edits|source")
_HANDLE_SURNAME = 4  # a shorter surname ("Cox") names its owner in a handle only with the first name
# the word right before a work's title inside a sentence ("her new thriller “Low Tide,”"): not a
# colon, comma or dash, which introduce a quotation
_WORK_BEFORE = re.compile(r"[A-Za-z]\s*$")

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

# "Then, more soberly, turning the die over in her fingers: " (a lead-in of a few words, then a colon)
_LEAD_IN_WORDS = 4
_COLON_LEAD = re.compile(r"\s*([^:\n.!?]{3,160}):\s+(?=[A-Z])")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S*")

# '… that the studio is “building toward” a reunion, adding that “…”': a second claim of the same
# report, not more of the words quoted before
_ADDING_THAT = re.compile(
    r",\s+(?:adding|saying|noting|insisting|stressing|explaining|arguing|claiming)\s+that\s*$"
    # "…, telling Lumen Magazine in a new profile that she wants “…”": a second claim, to an outlet
    r"|(?:^|,)\s+telling\s+[^,;.]{1,60}?\s+that\s+(?:he|she|they|it|we)\s+[\w'\u2019]+\s*$",
    re.IGNORECASE,
)
# "Then you said season two was “a different conversation.”": an interviewer quoting back the words
# of the person asked, said before; no statement of this article
_YOU_SAID = re.compile(
    r"\byou(?:['\u2019]ve| have| had)?\s+(?:\w+ly\s+|once\s+|also\s+)?(?:said|told|called|described|put it)\b"
    r"[^.!?:\u201c\u201d\"]{0,80}$",
    re.IGNORECASE,
)
# a forum or social-media user opening the sentence ("u/harlem_paradise asked:", "@hivemind wrote:")
_USER_SUBJECT = re.compile(r"\s*(?:/?u/|@)[\w.-]{2,}")
_DASH_BEFORE = re.compile(r"(?:\s[\u2014\u2013-]|\u2014)\s*$")
# what a speech verb says when it reports a clause of its own ("says she's printing it", "said that")
_OWN_CLAUSE = re.compile(
    r"\s+(?:that\s|(?:he|she|they|it|we|there)(?:['\u2019](?:s|d|ll|re|ve))?\s+[a-z]{2,})"
)
# "… minds.” Brad Winderbaum told Comic-Con in July that …": the verb's clause after a hearer or a time
_LATER_CLAUSE = re.compile(r"\s+(?:[A-Za-z][\w'\u2019.-]*,?\s+){1,6}?that\s")
# a relative pronoun right before a speech verb: "…, who laughed"
_WHO_BEFORE = re.compile(r",\s*who\s+(?:\w+ly\s+)?$")
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|although|though)\b", re.IGNORECASE)


class _Attribution(_Interviews):
    """Who said a quote (see the module docstring)."""

    # ------------------------------------------------------------------ quotes
    def _attribute(self, idx: int, q: Quote, infos: list[_QuoteInfo]) -> _QuoteInfo:
        lay, text = self.lay, self.text
        sentence_start = lay.sentence_start(q.open)
        prev = infos[-1] if infos else None
        same_para = prev is not None and prev.quote.last_para == q.first_para
        sent_start = sentence_start
        if prev is not None and same_para and prev.quote.close >= sent_start:
            sent_start = prev.quote.close + 1
        # (no attribution reaches further back than this: a hostile run-on "sentence" of thousands of
        # quote marks would make each quote's look back as long as the text)
        sent_start = max(sent_start, q.open - _MAX_BEFORE)
        next_open = lay.quotes[idx + 1].open if idx + 1 < len(lay.quotes) else len(text)
        para_end = lay.paras[q.last_para][1]
        after_end = min(lay.sentence_end(q.close + 2), next_open, q.close + 160, para_end)
        item = _NEW_ITEM.search(text, q.close, after_end)
        if item is not None:
            after_end = item.start()  # (a rundown's next line is no attribution of this one)
        after = text[q.close + 1 : after_end] if q.balanced else ""
        before = text[sent_start : q.open]

        if q.balanced and _WORK_BEFORE.search(before) and _is_title(q.text) and len(q.text.split()) > 1:
            # 'her new thriller "Low Tide," the actress said she was "open to" …': the name of a work
            # inside the sentence, not a quote; the attribution after it is the next quote's
            return _QuoteInfo(q, None, sentence_start, "title")

        if self._heading_pull(idx, q):
            # "2. Couch Critics: “I've stopped guessing”": a numbered item's heading pulls words out
            # of the quote below it, which is the statement
            return _QuoteInfo(q, None, sentence_start, "heading", about_other=True)

        signed = self._signature_after(q)
        if signed is not None:
            # a pull quote set apart, its speaker on the line below: "“…”" / "— Finn Jones"
            return _QuoteInfo(q, signed, sentence_start, "signed")

        # 0. words quoted inside a post of a round-up ("@handle: “…” is the loudest sentence ever
        # written") are the post's: a named person's, or, in a fan account's, nobody's statement
        ps, pe = lay.paras[q.first_para]
        post = _POST_LINE.match(text, ps, pe)
        if post is not None and q.open >= post.end():
            poster = self._handle_owner(post.group("handle"))
            return _QuoteInfo(q, poster, sentence_start, "embedded", about_other=poster is None)

        header = _POST_HEADER.match(text, ps, pe)
        if header is not None and q.open >= header.end() and text[q.open - 1] == "\n":
            # a post under the header line naming its author: "MIKE COLTER (@mikecolter · Bluesky)" / "“…”"
            author = self._named(header.group("who"))
            if author is not None:
                return _QuoteInfo(q, author, sentence_start, "embedded")

        # 1. attribution after the quote
        lead = _LEAD_PUNCT.match(after)
        a_off = q.close + 1 + (lead.end() if lead else 0)
        a_words = after[a_off - q.close - 1 :].split()
        a_head = speakers.speech_verb(" ".join(a_words[:7])) if a_words else None
        if a_head is not None and _NEW_CLAUSE.search(" ".join(a_words[:7])[: a_head.start()]):
            a_head = None  # '"…" one day, and D'Onofrio jokes that …': another clause's attribution
        if a_head is not None and self._introduces_next(q, before, after, after_end, next_open):
            a_head = None  # 'X was blunt: “… show.” In 2024, Y told Z: “…”': the next quote's introduction
        if a_head is not None and self._introduced_closed(q, before, after):
            a_head = None  # 'Cox told reporters, “… I'm in.” Mike Colter, asked …, said:': Cox's
        window = text[a_off : a_off + len(" ".join(a_words[:10])) + 1]
        v = speakers.speech_verb(window) if a_head is not None else None
        if (
            v is not None
            and q.text.rstrip().endswith((".", "!", "?"))
            and (
                _OWN_CLAUSE.match(window, v.end())
                or _LATER_CLAUSE.match(text, a_off + v.end(), after_end) is not None
            )
        ):
            # '“… more than anything.” Lina says she's printing that on a T-shirt.': after a quote that
            # closed its sentence, a verb with a clause of its own reports something else
            a_head = None
        if a_head is not None and v is not None and _WHO_BEFORE.search(window, 0, v.start()):
            # '“… in particular.” She turned to Winderbaum, who laughed …': the verb of a relative
            # clause about someone else, no attribution of the quote (Round 22)
            a_head = None
        if a_head is not None and v is not None and speakers.spoken_for(text[a_off : a_off + v.start()]):
            # "“…,” a representative for Ritter said": words spoken for a person, not by them
            # (20th round)
            return _QuoteInfo(q, None, sentence_start, "spokesperson")
        if a_head is not None:
            speaker = self._resolve(window, a_off, v.start() if v else None, first=True)
            if speaker is None:
                # '"…," Netflix said in a statement': a company's statement is the company's words
                # (20th round: see speakers.company_speaker)
                speaker = speakers.company_speaker(text, a_off)
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
        relayed = _RELAYED_ANSWER.search(before)
        if relayed is not None:
            # (the one who relays is not the one who answered: the last other person named before it)
            relayer = {c.value for c in self._cands(relayed.group("via")) if c.kind in ("person", "name")}
            at = sent_start + relayed.start("pro")
            named = sorted(self.mentions.watch + self.mentions.other)
            for _, para, name in reversed(named[: bisect.bisect_left(named, (at, -1, ""))]):
                if self.mentions.apart(q.first_para, para) > 1:
                    break
                if name not in relayer:
                    return _QuoteInfo(q, name, sentence_start, "before")
        has_verb = speakers.speech_verb(before)
        if has_verb is not None and _YOU_SAID.search(before):
            return _QuoteInfo(q, None, sentence_start, "quoted back", about_other=True)
        if has_verb is None and _DASH_BEFORE.search(before):
            # "Feige gave us the gentlest possible maybe — “…” —": a dash, like a colon, hands the
            # quote to the sentence's subject (and to nobody else the sentence names)
            speaker = self._sentence_speaker(
                self.narrative[sent_start : q.open], sent_start, q.open - sent_start
            )
        elif before.rstrip().endswith(":") and (sender := self._words_from(before)) is not None:
            # "Among the replies was one from Mike Colter, who played Luke Cage: “…”": the one the
            # words are from
            speaker = sender
        elif has_verb is None and _CAPTION_BEFORE.search(before):
            # "X posted a photo of a jacket with the caption “…”": a caption is the poster's words
            speaker = self._sentence_speaker(
                self.narrative[sent_start : q.open], sent_start, q.open - sent_start
            )
        elif has_verb is None and _THAT_BEFORE.search(before):
            # "she bets every listener a pint that “…”", "Cox is convinced that “…”": a that-clause is
            # what the subject of its clause holds
            speaker = self._clause_subject_before(before, sent_start)
        elif has_verb is not None or before.rstrip().endswith(":") or "according to" in before.lower():
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
                if verbs and speakers.spoken_for(self.narrative[sent_start : sent_start + verbs[-1].start()]):
                    # "A representative for Ritter said she was “…”": spoken for a person, not by
                    # them; nobody's in particular (20th round)
                    return _QuoteInfo(q, None, sentence_start, "spokesperson")
                if opened is not None and verbs[-1].start() < opened - sent_start:
                    # "Asked by an outlet whether …, Colter took a diplomatic line: “…”": the speech
                    # verb is the opening clause's (its name is who asked); the sentence's subject speaks
                    speaker = self._subject_from(opened, q.open)
                    if speaker is None and not self.narrative[opened : q.open].strip(" ,\t"):
                        # "As he told Stage & Screen last year, “…”": nothing but the quote after the
                        # opening clause, whose speech verb is the quote's own; its subject speaks
                        # (the one before the verb, never whom it was told to)
                        verb = verbs[-1].start()
                        subject = _pick_subject(
                            self._cands(self.narrative[sent_start : sent_start + verb]), verb
                        )
                        if subject is not None and subject.end <= verb:
                            pos = sent_start + subject.start
                            speaker = speakers.resolve(
                                subject, self.lex, self.mentions, pos, lay.para_of(pos)
                            )
                else:
                    speaker = self._resolve(
                        before, sent_start, verbs[-1].start() if verbs else None, first=False
                    )

        # 3. the quote just before, in the same paragraph, with only an attribution between them
        if (
            prev is not None
            and same_para
            and prev.speaker
            and _NEW_ITEM.search(text, prev.quote.close, q.open)
        ):
            same_para = False  # a rundown's lines ("38:50 — On Karen's arc …") are items of their own
        if prev is not None and same_para and prev.speaker and speaker in (None, prev.speaker):
            gap = text[prev.quote.close + 1 : q.open]
            if (
                speakers.speech_verb(gap) is not None
                and (
                    len(gap) <= 80
                    or (prev.how == "after" and len(gap) <= 240 and self._only(gap, prev.speaker))
                )
                and not self._fragment_reported(q, sentence_start, prev)
                and not _ADDING_THAT.search(gap)  # "“…,” he said, adding that “…”" too
                and not (prev.how == "before" and self._reported_anew(prev, q, sentence_start, gap))
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
            how = "relayed" if self._told_in_report(before, q) else "before"
            return _QuoteInfo(q, speaker, sentence_start, how)
        verb_at = has_verb.start() if has_verb is not None else q.open - sent_start
        para_start = max(lay.paras[q.first_para][0], q.open - _MAX_BEFORE)
        if _WORDS_ASKED.search(self.narrative[para_start : q.open]):
            # "The caption? “…”", "Her verdict? “…”": the words of the person the last sentences were
            # about
            speaker = self.mentions.last_subject(q.open, q.first_para)
            if speaker is not None:
                return _QuoteInfo(q, speaker, sentence_start, "introduced")
        if _USER_SUBJECT.match(before):
            # "u/kunlun_gatekeeper pushed further: “…?”": a forum user's words, nobody's statement
            return _QuoteInfo(q, None, sentence_start, "user", about_other=True)
        if before.rstrip().endswith(":") and not any(
            c.start < verb_at for c in self._cands(self.narrative[sent_start : q.open])
        ):
            # "A single Instagram caption sent the fandom into a spiral:" / "Then, as if remembering
            # himself:": the person the last sentences were about (also when the sentence's speech
            # verb has no subject: "Her go-to line, first said to a podcast: “…”")
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
            # Round 21: an answer of a Q&A printed as questions and quoted answers, the interviewee's
            printed = self._printed_answer(q, sentence_start)
            if printed is not None:
                return printed
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
                other = self._other_subject_between(prev, q)
                if other is not None:
                    return _QuoteInfo(q, other, sentence_start, "after subject")
                return _QuoteInfo(q, prev.speaker, sentence_start, "continued")
            answered = self._answer_to_user(q, prev, infos)
            if answered is not None:
                return _QuoteInfo(q, answered, sentence_start, "continued")
            if prev is not None and prev.speaker and self._asked_between(prev.quote.last_para, q.first_para):
                # an interview printed as questions and quoted answers: the answer after a question
                # (and a stage direction: "He smiles, looks at the interpreter.") is the one who
                # answered the question before, and answers that question
                asked = " ".join(
                    self.text[a:b].strip()
                    for a, b in lay.paras[prev.quote.last_para + 1 : q.first_para]
                    if self.text[a:b].rstrip().endswith("?")
                )
                return _QuoteInfo(q, prev.speaker, sentence_start, "continued", question=asked)
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

    def _introduces_next(self, q: Quote, before: str, after: str, after_end: int, next_open: int) -> bool:
        """Is the sentence after a quote that closed its own sentence, introduced before it ("Feige
        was blunt: “…”" / "Feige said, “…”"), the introduction of the next quote, running up to it
        and ending with a colon or a comma ("In September, Winderbaum told Deadline: “…”",
        "Showrunner Cheo Coker, he added, “…”")?"""
        return (
            after_end == next_open
            and after.rstrip().endswith((":", ","))
            and q.text.rstrip().endswith((".", "!", "?"))
            and (before.rstrip().endswith(":") or speakers.speech_verb(before) is not None)
        )

    def _other_subject_between(self, prev: _QuoteInfo, q: Quote) -> str | None:
        """Round 22: after one person's quote, a narrative paragraph about someone else, then a quote
        paragraph ("“…,” Ritter said." / "Cox, who sounded cautious a year ago, was in a different
        mood." / "“…”"): the quote is of the one person the paragraph between is about, not the last
        speaker's."""
        if q.first_para - prev.quote.last_para != 2 or self._has_quote(q.first_para - 1):
            return None
        ps, pe = self.lay.paras[q.first_para - 1]
        subjects = self.mentions.subjects
        found = subjects[
            bisect.bisect_left(subjects, (ps, -1, "")) : bisect.bisect_left(subjects, (pe, -1, ""))
        ]
        about = {name for _, _, name in found}
        # (one person only, opening a sentence: a paragraph about several is no sure sign, nor a name
        # inside a sentence, "Asked about Ritter, Colter and Jones, she …")
        if (
            len(about) != 1
            or prev.speaker in about
            or not any(self._opens_sentence(at) for at, _, _ in found)
        ):
            return None
        return about.pop()

    def _opens_sentence(self, pos: int) -> bool:
        """Does a sentence open at ``pos`` (spaces and quote marks aside)?"""
        start = self.lay.sentence_start(pos)
        return not self.text[start:pos].strip(" \t\n\"'“‘")

    def _introduced_closed(self, q: Quote, before: str, after: str) -> bool:
        """Round 22: is a quote its own sentence introduces with a speech verb and a comma or a colon
        ("Cox told reporters, “If they let us do another round, I'm in.”"), closed with its sentence,
        and followed by a new sentence ("Mike Colter, asked about his future, said: …")? The
        introduction says who speaks; the speech verb after it is another sentence's."""
        return (
            q.text.rstrip().endswith((".", "!", "?"))
            and before.rstrip().endswith((",", ":"))
            and speakers.speech_verb(before) is not None
            and after.lstrip()[:1].isupper()
        )

    def _answer_to_user(self, q: Quote, prev: _QuoteInfo | None, infos: list[_QuoteInfo]) -> str | None:
        """Round 22: in a session of questions from users ("@fan followed up: “is it ever happening”" /
        "“Honestly? I've heard nothing.”"), a quote paragraph right after a user's question is the
        answer of the one who answered before it (within a few paragraphs), not of someone the next
        paragraph names."""
        if prev is None or prev.how != "user" or q.first_para - prev.quote.last_para != 1:
            return None
        for info in reversed(infos):
            if prev.quote.first_para - info.quote.last_para > _ASKED_PARAS:
                break
            if info.speaker is not None and info.how != "user":
                return info.speaker
        return None

    def _told_in_report(self, before: str, q: Quote) -> bool:
        """Round 22: is a quote, a sentence of its own, told in a report of someone else's ("She added
        that Charlie Cox once told her, “If the phone rings, I'm picking it up.”")? The words are the
        one's who told them, relayed whole: no phrase a report around it would replace."""
        verbs = speakers.speech_verbs(before)
        return (
            len(verbs) >= 2
            and q.text[:1].isupper()
            and before.rstrip().endswith((",", ":"))
            and _THAT_AFTER.match(before, verbs[-2].end()) is not None
            and bool(self._cands(before[verbs[-2].end() : verbs[-1].start()]))
        )

    def _asked_between(self, last: int, first: int) -> bool:
        """Are the paragraphs between ``last`` and ``first`` (at most three) an interviewer's
        question and stage directions: no quote, one at least ending with "?", the others naming
        nobody?"""
        between = range(last + 1, first)
        if not 0 < len(between) <= _ASKED_PARAS or any(self._has_quote(i) for i in between):
            return False
        asks = False
        for i in between:
            ps, pe = self.lay.paras[i]
            if self.text[ps:pe].rstrip().endswith("?"):
                asks = True
            elif any(c.kind in ("person", "name") for c in self._cands(self.narrative[ps:pe])):
                return False
        return asks

    def _clause_subject_before(self, before: str, offset: int) -> str | None:
        """The subject of the last clause of ``before`` (after a colon or semicolon, if any): the
        person or pronoun that opens it."""
        cut = max(before.rfind(":"), before.rfind(";")) + 1
        clause = self.narrative[offset + cut : offset + len(before)]
        cands = self._cands(clause)
        lead = len(clause) - len(clause.lstrip())
        if not cands or cands[0].start != lead or cands[0].kind == "descriptor":
            return None
        pos = offset + cut + cands[0].start
        return speakers.resolve(cands[0], self.lex, self.mentions, pos, self.lay.para_of(pos))

    def _words_from(self, before: str) -> str | None:
        """The person words are "from" ("a reply from Mike Colter, who …:", "one from X:"), in the
        text ``before`` a quote."""
        m = _FROM_WHOM.search(before)
        if m is None:
            return None
        cands = self._cands(before[m.end() :])
        if not cands or cands[0].start > 0 or cands[0].kind not in ("person", "name"):
            return None
        return cands[0].value

    def _signature_after(self, q: Quote) -> str | None:
        """The person a paragraph of its own under a quote paragraph names, after a dash and with
        nothing else ("— Finn Jones"): a pull quote's or an epigraph's speaker."""
        lay, text = self.lay, self.text
        ps = lay.paras[q.first_para][0]
        if q.last_para + 1 >= len(lay.paras) or text[ps : q.open].strip() or not self._whole_paragraph(q):
            return None
        ns, ne = lay.paras[q.last_para + 1]
        m = _SIGNATURE.fullmatch(text, ns, ne)
        if m is None:
            return None
        cands = self._cands(m.group("who"))
        if len(cands) != 1 or cands[0].kind not in ("person", "name") or cands[0].start > 0:
            return None
        return cands[0].value

    def _heading_pull(self, idx: int, q: Quote) -> bool:
        """Is ``q`` in a numbered item's heading ("1. Reelside: “I'd love it”"), its words printed
        again in a later quote of the article?"""
        ps, pe = self.lay.paras[q.first_para]
        if _LIST_ITEM.match(self.text, ps, pe) is None or q.last_para != q.first_para:
            return False
        key = norm_key(q.text)
        return bool(key) and any(
            f" {key} " in f" {norm_key(later.text)} " for later in self.lay.quotes[idx + 1 :]
        )

    def _reported_anew(self, prev: _QuoteInfo, q: Quote, sentence_start: int, gap: str) -> bool:
        """After words woven into a sentence that reports them ("Loeb called it “the thing …”"), is
        ``q`` a sentence of its own with an attribution of its own ("He added: “These four …”")?
        Then it is another statement (of the same speaker)."""
        if (
            not prev.quote.text[:1].islower()
            or not q.text[:1].isupper()
            or sentence_start <= prev.quote.close
        ):
            return False
        verb = speakers.speech_verb(self.narrative[sentence_start : q.open])
        return verb is not None

    def _fragment_reported(self, q: Quote, sentence_start: int, prev: _QuoteInfo) -> bool:
        """Is ``q`` a few words woven into a sentence of its own that reports them, after a quote
        closed by its attribution ("“…,” he told Variety last year. At Comic-Con he went further,
        saying he'd “do it tomorrow”")? Then it is another statement, not more of the quote before."""
        if sentence_start <= prev.quote.close or not q.text[:1].islower():
            return False
        closed = speakers.speech_verb(self.narrative[prev.quote.close + 1 : sentence_start]) is not None
        return closed and speakers.speech_verb(self.narrative[sentence_start : q.open]) is not None

    def _only(self, clause: str, speaker: str | None) -> bool:
        """Does ``clause`` name nobody but ``speaker`` (pronouns and descriptions aside)?"""
        return all(c.value == speaker for c in self._cands(clause) if c.kind in ("person", "name"))

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
        # Round 21: the words a quote relays from someone else are theirs (see .relays); done here,
        # once every quote is attributed and merged, before the unmarked words are read
        out: list[_QuoteInfo] = self._relay_infos(infos)
        self._drop_prompts(infos)
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

    def _drop_prompts(self, infos: list[_QuoteInfo]) -> None:
        """Round 22: a host's prompt to a guest (see .prompts) is nobody's statement: its speaker is
        dropped (in place), and it is set aside, once its continuations are merged into it."""
        mentions = self.mentions
        full = {n for _, _, n in mentions.watch + mentions.other} | set(mentions.surnames.values())
        for info in infos:
            if info.speaker is None or info.merged_into is not None or info.how == "unmarked":
                continue
            names = {w for n in full - {info.speaker} for w in n.split()} - set(info.speaker.split())
            if prompts_guest(info.quote.text, info.extra, names):
                info.speaker, info.how, info.about_other = None, "prompt", True

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

    def _named(self, name: str) -> str | None:
        """The person ``name`` is, in any case ("MIKE COLTER", "Vincent D'Onofrio"): a known person, or
        one the article names."""
        for form in (name, name.title()):
            known = self.lex.lookup_person(form)
            if known is not None:
                return known
        folded = {full.casefold(): full for full in self.mentions.surnames.values()}
        return folded.get(name.casefold())

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
