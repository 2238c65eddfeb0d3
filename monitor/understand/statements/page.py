"""The page's structure: the lede and the headline that frames it, section headings, numbered
lists and their introductions, which paragraphs hold quotes.

Seventeenth round: the time-coded items of a show's rundown ("[13:02] Finn on …", or the lines
"17:30 — …" of one paragraph), each a segment of its own (see _item_start).

Eighteenth round: the writer a byline names ("By Jane Doe, Arts Reporter", "Jane Doe | The Post"; a
line before the story's first sentence) is nobody a description ("The head of the studio says …", "a
spokeswoman said") or a pronoun stands for (see _bylines)."""

from __future__ import annotations

import bisect
import re

from monitor.understand.normalise import words
from monitor.understand.quotes import Quote
from monitor.understand.statements.base import _Base
from monitor.understand.statements.constants import _QA_LABEL, _WORDS

_LEDE_PARAS = 3  # the headline frames the quotes of the first paragraphs
# "1. Charlie Cox, always the optimist" / "#4) …": a numbered list's item heading
_LIST_ITEM = re.compile(r"\s*#?\d{1,2}[.):]\s+\S")
_LIST_ITEMS = 3
_HEADING_WORDS = 3  # a line of fewer words is page furniture ("Advertisement"), not a heading
_LEDE_WORDS = 12  # a shorter paragraph without a full stop is a byline or a dateline
_HEADLINE_RUN = 5  # words in a row the headline shares with a quote it repeats
# a byline: the writer's name, maybe after "By", maybe with a title or outlet after a comma, a bar or a
# dash ("By Jane Doe, Television Critic", "Jane Doe | The Daily Post")
_BYLINE = re.compile(
    r"(?:by\s+)?(?P<name>(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+)){1,3})"
    r"(?:\s*[,|\u2014\u2013-]\s*[^\n]*)?",
    re.IGNORECASE,
)

# after a cited headline: ". Midwest Fan Dispatch. May 18, 2025." (an outlet, maybe a page, a date)
_CITATION_TAIL = re.compile(
    r"[.,]?\s*(?:[^.\n]{1,60}\.\s*){1,2}(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\.?\s*"
)

# a time code opening an item of a show's rundown: "[13:02] Finn on …", "17:30 — Lina asks …", "0:00 -
# Intro." (not a live blog's time of day, "2:44 PM — Henson grabs the mic": its entries tell one event)
_TIME_CODE = re.compile(
    r"[ \t]*[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?(?:\s*[\u2014\u2013:-]\s*|\s+)(?![AaPp]\.?[Mm]\b)(?=\S)"
)

# a headline that lists what an interview covers ("X on 'Low Tide,' Saying No to Sequels and the
# Defenders Question"): each item is its own subject, so the headline frames no quote of the lede
_LISTED = re.compile(r"(?:\bon\b|\btalks\b|:)\s+[^,:]+,\s*[^,]+?,?\s+(?:and|&)\s+\S", re.IGNORECASE)


class _Page(_Base):
    """The page's structure (see the module docstring)."""

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

    def _headline_repeats(self, body: str) -> bool:
        """Does the headline repeat :data:`_HEADLINE_RUN` or more words of ``body`` in a row ("Krysten
        Ritter on the Defenders rumours: 'I've learned not to get my hopes up'"): it quotes it?"""
        head = words(self.title)
        said = f" {' '.join(words(body))} "
        return any(
            f" {' '.join(head[i : i + _HEADLINE_RUN])} " in said for i in range(len(head) - _HEADLINE_RUN + 1)
        )

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

    def _item_start(self, pos: int) -> int | None:
        """Where the time-coded item holding ``pos`` starts ("[13:02] Finn on the new fight team: “…”";
        in a paragraph of such lines, "17:30 — …", the line), else None: each item of a show's
        rundown is a segment of its own."""
        ps, pe = self.lay.paras[self.lay.para_of(pos)]
        line = self.text.rfind("\n", ps, pos) + 1 or ps
        for at in (line, ps) if line > ps else (ps,):
            if _TIME_CODE.match(self.text, at, pe) is not None:
                # (a transcript's time-stamped turn, "[00:36:51] MIKE COLTER: …", answers the turn before)
                return None if _QA_LABEL.match(self.text, at, pe) is not None else at
        return None

    def _item_end(self, pos: int) -> int:
        """Where the time-coded item holding ``pos`` ends: the next time-coded line of its paragraph,
        else the paragraph's end."""
        pe = self.lay.paras[self.lay.para_of(pos)][1]
        at = self.text.find("\n", pos, pe)
        while at >= 0:
            if _TIME_CODE.match(self.text, at + 1, pe) is not None:
                return at
            at = self.text.find("\n", at + 1, pe)
        return pe

    def _has_quote(self, para: int) -> bool:
        return any(q.first_para <= para <= q.last_para for q in self.lay.quotes)

    def _collect_mentions(self) -> None:
        # a pronoun's reach is counted in sentence paragraphs (see speakers.Mentions.rank): page
        # furniture and headings between a name and a pronoun do not put the name out of reach
        self.mentions.rank = [self._lede_index(i) for i in range(len(self.lay.paras))]
        super()._collect_mentions()
        # the writer named in the byline ("Jane Doe", "By Jane Doe, Television Critic") wrote the page:
        # no description ("a spokeswoman", "the head of the studio") or pronoun stands for them
        writers = self._bylines()
        if writers:
            m = self.mentions
            m.other = [x for x in m.other if x[2] not in writers]
            m.subjects = [x for x in m.subjects if x[2] not in writers]

    def _bylines(self) -> set[str]:
        """The writers a byline names: a line before the story's first sentence (no full stop, a
        few words) that is a name, maybe after "By", maybe followed by a comma, a bar or a dash and
        the writer's title or outlet ("By Jane Doe | Staff Writer")."""
        out: set[str] = set()
        for ps, pe in self.lay.paras:
            body = self.text[ps:pe].strip()
            if body.endswith((".", "!", "?")):
                break
            m = _BYLINE.fullmatch(body)
            if (
                m is not None
                and len(_WORDS.findall(body)) < _LEDE_WORDS
                # (a watchlist person's name alone on a line heads a profile: no byline)
                and self.lex.lookup_person(m.group("name")) is None
            ):
                out.add(m.group("name"))
        return out

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

    def _cited_title(self, q: Quote) -> bool:
        """A quoted headline in a list of references: only an outlet and a date follow it
        ("'The phone has rung': Mike Colter …". Midwest Fan Dispatch. May 18, 2025.)."""
        ps, pe = self.lay.paras[q.first_para]
        if self.text[ps : q.open].strip() or not q.balanced:
            return False
        return _CITATION_TAIL.fullmatch(self.text, q.close + 1, pe) is not None

    def _whole_paragraph(self, q: Quote) -> bool:
        pe = self.lay.paras[q.last_para][1]
        return not self.text[q.close + 1 : pe].strip(' \t\n.,\u201d"')

    def _intro(self) -> str:
        """The headline and the first paragraphs of the article."""
        paras = self.lay.paras[:_LEDE_PARAS]
        return self.title + "\n\n" + self.text[paras[0][0] : paras[-1][1]]

    def _quote_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.lay._quote_opens, start)
        if i < len(self.lay.quotes) and self.lay.quotes[i].open < end:
            return True
        return i > 0 and self.lay.quotes[i - 1].close >= start
