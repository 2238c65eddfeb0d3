"""Where the quotations are: paragraphs, quote spans and sentence boundaries of a plain text.

* Quote marks: curly (“ ” „ « »), corner brackets (「 」 『 』) and straight ``"`` (alternating
  open/close); after „ the German closing mark “ closes (``„Never say never“``). Single quotes (' ‘ ’)
  are quotation marks only in the British style of a full quoted sentence: the opening mark starts
  the paragraph or follows a space, colon or dash and comes before a capital letter, and the closing
  mark comes right after , . ! or ? (``'I can't wait,' she said.``), or after an emoji that ends a
  post (``'Bags packed, just in case. 🎬'``); a quotation ending with a comma
  goes on after a short attribution in lower case (``'If they call,' he said, 'but nobody has.'``).
  So apostrophes, quoted titles ('The Defenders') and headline scare quotes are never taken for
  quotations.
* A quote that is still open at the end of its paragraph continues into the next paragraph when that
  one begins with an opening mark (the convention for quotes spanning paragraphs); otherwise it is
  unbalanced and ends with its paragraph, so a stray mark never swallows the rest of the article.
* A new opening curly mark inside an open curly quote closes the earlier one (it was unbalanced).
* Double marks nested inside a single-quoted quotation are part of it ('Kevin has heard me say it:
  "Put us back together."').
* Dialogue dashes (European style): a paragraph opening with an em dash glued to its first word
  ("—I would love to …") is a quotation, up to a dash before a lower-case attribution ("… —the actor
  confessed") or the paragraph's end; after the attribution's closing dash ("—he said—. More") it
  goes on. A signature line under an embedded post ("— Name (@handle)") is not one.
* A transcript printing several labelled turns in one block, a line each ("[00:21:03]" / "HOST: …?" /
  "GUEST: …"), has a paragraph per turn: a line opening with a speaker label in capitals ("RAMIREZ:",
  "BETH ADEYEMI:", "Q:") starts one, when at least two lines of the block do (eighteenth round).
* Sentence boundaries are found outside quotes only; common abbreviations and initials do not end
  a sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

_MARK = re.compile('[\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f"]')
_OPENERS = "\u201c\u201e\u00ab\u300c\u300e"
_CLOSERS = "\u201d\u00bb\u300d\u300f"
_LOW_OPEN, _GERMAN_CLOSE = "\u201e", "\u201c"  # „…“: the German pair
_PARA = re.compile(r"\n[ \t]*\n\s*")
# a line opening with a transcript's speaker label in capitals, maybe after a time stamp:
# "RAMIREZ: …", "BETH ADEYEMI: …", "Q: …", "[00:21:03] HOST: …"
_TURN_LINE = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*)?"
    r"[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}:[ \t]+\S",
    re.M,
)
_BOUNDARY = re.compile(
    r"[.!?\u2026]+[\"\u201d\u2019')\]\u00bb\u300d\u300f]*\s+(?=[\"\u201c\u2018(\[\u201e\u00ab\u300c\u300e]?[A-Z0-9])"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Hon|vs|etc|Inc|Ltd|Co|No|Vol|Ep|Ch|Pt|approx)"
    r"|\b[A-Z])\.$"
)


@dataclass(frozen=True, slots=True)
class Quote:
    open: int  # position of the opening mark
    close: int  # position of the closing mark (end of paragraph when unbalanced)
    text: str  # the words quoted, paragraph breaks as spaces, inner opening marks removed
    first_para: int
    last_para: int
    balanced: bool


@dataclass(frozen=True, slots=True)
class Layout:
    text: str
    paras: tuple[tuple[int, int], ...]
    para_starts: tuple[int, ...]
    quotes: tuple[Quote, ...]
    boundaries: tuple[int, ...]  # sentence starts (outside quotes), sorted; paragraph starts included
    _quote_opens: tuple[int, ...]

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def quote_at(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_opens, pos) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.open <= pos <= q.close:
                return q
        return None

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.boundaries, pos) - 1
        return self.boundaries[i] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        """Start of the next sentence after ``pos`` (or the end of the paragraph)."""
        i = bisect.bisect_right(self.boundaries, pos)
        para_end = self.paras[self.para_of(pos)][1]
        if i < len(self.boundaries):
            return min(self.boundaries[i], para_end)
        return para_end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        if text[pos : m.start()].strip():
            out.extend(_turns(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.extend(_turns(text, pos, len(text)))
    return out or [(0, len(text))]


def _turns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The block ``text[start:end]`` as paragraphs: one, or a paragraph per labelled turn when at least
    two of its lines open with a speaker label in capitals (a transcript printing its turns a line
    each, "ADEYEMI: …?" / "RAMIREZ: …"); the lines before the first turn (a time stamp) are one."""
    cuts = [m.start() for m in _TURN_LINE.finditer(text, start, end)]
    if len(cuts) < 2:
        return [(start, end)]
    bounds = [start, *(c for c in cuts if c > start), end]
    out: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(bounds):
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + len(piece.rstrip())))
    return out


def _quote_text(text: str, start: int, end: int) -> str:
    raw = text[start:end]
    raw = re.sub(r"\n\s*\n\s*[\u201c\u201e\u00ab\u300c\u300e\"]?", " ", raw)
    return " ".join(raw.split())


def _find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    marks_by_para: list[list[tuple[int, str]]] = [[] for _ in paras]
    starts = [p[0] for p in paras]
    for m in _MARK.finditer(text):
        i = max(0, bisect.bisect_right(starts, m.start()) - 1)
        marks_by_para[i].append((m.start(), m.group(0)))
    quotes: list[Quote] = []
    open_pos: int | None = None
    open_para = 0
    straight = False
    german = False  # the open quote began with „, which “ closes

    def emit(close: int, last_para: int, balanced: bool) -> None:
        assert open_pos is not None
        body = _quote_text(text, open_pos + 1, close)
        quotes.append(Quote(open_pos, close, body, open_para, last_para, balanced))

    for i, (ps, pe) in enumerate(paras):
        marks = marks_by_para[i]
        k = 0
        if open_pos is not None:
            # Carried over: this paragraph continues the quote only if it opens with a mark.
            lead = text[ps:pe].lstrip()
            first = ps + (len(text[ps:pe]) - len(lead))
            if marks and marks[0][0] == first and (marks[0][1] in _OPENERS or marks[0][1] == '"'):
                k = 1
            else:
                emit(paras[i - 1][1], i - 1, False)
                open_pos = None
        while k < len(marks):
            pos, ch = marks[k]
            k += 1
            if open_pos is None:
                if ch in _OPENERS or ch == '"':
                    open_pos, open_para, straight, german = pos, i, ch == '"', ch == _LOW_OPEN
                continue
            if ch in _CLOSERS or ch == '"' or (german and ch == _GERMAN_CLOSE):
                emit(pos, i, True)
                open_pos = None
            elif not straight and ch in _OPENERS:
                emit(pos, i, False)
                open_pos, open_para, straight, german = pos, i, False, ch == _LOW_OPEN
        if open_pos is not None:
            nxt = i + 1
            continues = False
            if nxt < len(paras):
                lead = text[paras[nxt][0] : paras[nxt][1]].lstrip()
                continues = bool(lead) and (lead[0] in _OPENERS or lead[0] == '"')
            if not continues:
                emit(pe, i, False)
                open_pos = None
    if open_pos is not None:
        emit(paras[-1][1], len(paras) - 1, False)
    return quotes


_SINGLE_OPEN = re.compile("['\u2018](?=[A-Z])")
_BEFORE_SINGLE_OPEN = frozenset(" \t\n([:\u2014\u2013-")
# (after a nested quotation too: 'Kevin has heard me say it: "Put us back together."'; after an
# emoji that ends a post: 'Bags packed, just in case. 🎬', with its variation selector: '… ❤️')
# (the mark first, its look-behinds after it: a search then only stops at the marks)
_EMOJI = "\u2600-\u27bf\u2b50\u2b55\U0001f000-\U0001faff"
_SINGLE_CLOSE = re.compile(
    "['\u2019](?:(?<=[,.!?]['\u2019])|(?<=[,.!?][\"\u201d]['\u2019])"
    f"|(?<=[{_EMOJI}]['\u2019])|(?<=[{_EMOJI}]\ufe0f['\u2019]))"
    "(?=[\\s)\u2014\u2013-]|$)"
)


# a short attribution after a quotation ending with a comma, then its second part, lower case
_SINGLE_RESUME = re.compile("[^'\u2018\u2019\"\u201c\u201d\n.!?]{1,60}?,\\s*['\u2018](?=[a-z])")


def _single_quotes(text: str, paras: list[tuple[int, int]], doubles: list[Quote]) -> list[Quote]:
    """Quotations in single marks (British style), outside the double-quoted spans."""
    if not _SINGLE_CLOSE.search(text):
        return []
    out: list[Quote] = []
    opens = [q.open for q in doubles]

    def inside_double(pos: int) -> bool:
        i = bisect.bisect_right(opens, pos) - 1
        return i >= 0 and doubles[i].open <= pos <= doubles[i].close

    for i, (ps, pe) in enumerate(paras):
        pos = ps
        while True:
            m = _SINGLE_OPEN.search(text, pos, pe)
            if m is None:
                break
            if m.start() > ps and text[m.start() - 1] not in _BEFORE_SINGLE_OPEN:
                pos = m.end()
                continue
            close = _SINGLE_CLOSE.search(text, m.end(), pe)
            if close is None:
                break
            if inside_double(m.start()) or inside_double(close.start()):
                pos = m.end()
                continue
            body = _quote_text(text, m.end(), close.start())
            out.append(Quote(m.start(), close.start(), body, i, i, True))
            pos = close.end()
            # "'If they call,' he said, 'but nobody has.'": the quotation goes on after its attribution
            resume = _SINGLE_RESUME.match(text, pos, pe) if body.endswith(",") else None
            if resume is not None:
                close = _SINGLE_CLOSE.search(text, resume.end(), pe)
                if close is not None and not inside_double(close.start()):
                    body = _quote_text(text, resume.end(), close.start())
                    out.append(Quote(resume.end() - 1, close.start(), body, i, i, True))
                    pos = close.end()
    return out


# Dialogue dashes (the Spanish, French and Italian style of many English editions): a paragraph
# opening with an em dash glued to the words ("—I would love to …") is a quotation, which ends at a
# dash before a lower-case attribution ("… ending —the British actor confessed.") or with the paragraph.
_DASH_OPEN = re.compile("[ \t]*[\u2014\u2015](?=[^\\s\u2014\u2015-])")
_DASH_RESUME = re.compile("[\u2014\u2015][.,;:]?\\s*(?=[A-Z\u00bf\u00a1])")
_DASH_CLOSE = re.compile("\\s?[\u2014\u2015]\\s?(?=[a-z\u00e0-\u00ff])")


def _dash_quotes(text: str, paras: list[tuple[int, int]], others: list[Quote]) -> list[Quote]:
    """Quotations introduced by a dialogue dash at the start of a paragraph."""
    if "\u2014" not in text and "\u2015" not in text:
        return []
    taken = {q.first_para for q in others}
    out: list[Quote] = []
    for i, (ps, pe) in enumerate(paras):
        m = _DASH_OPEN.match(text, ps, pe)
        if m is None or i in taken or "(@" in text[ps:pe]:
            continue  # (a signature line under an embedded post: "— Name (@handle)")
        open_pos, start = m.end() - 1, m.end()
        while True:
            close = _DASH_CLOSE.search(text, start, pe)
            end = close.start() if close is not None else pe
            body = _quote_text(text, start, end)
            if len(body.split()) >= 2:
                out.append(Quote(open_pos, end, body, i, i, True))
            if close is None:
                break
            # "—… —he said—. More words": the quotation goes on after the attribution's closing dash
            again = _DASH_RESUME.search(text, close.end(), pe)
            if again is None:
                break
            open_pos, start = again.end() - 1, again.end()
    return out


def layout(text: str) -> Layout:
    """Paragraphs, quotes and sentence starts of ``text``."""
    paras = _paragraphs(text)
    quotes = _find_quotes(text, paras)
    singles = _single_quotes(text, paras, quotes)
    if singles:
        # double marks nested inside a single-quoted quotation are part of it (British style)
        quotes = [q for q in quotes if not any(s.open < q.open and q.close < s.close for s in singles)]
    dashes = _dash_quotes(text, paras, quotes)
    if singles or dashes:
        quotes = sorted([*quotes, *singles, *dashes], key=lambda q: q.open)
    opens = tuple(q.open for q in quotes)
    para_starts = tuple(p[0] for p in paras)

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(opens, pos) - 1
        return i >= 0 and quotes[i].open < pos < quotes[i].close

    bounds = set(para_starts)
    for m in _BOUNDARY.finditer(text):
        if inside(m.end() - 1):
            continue
        if _ABBREV.search(text[max(0, m.start() - 6) : m.start() + 1]):
            continue
        bounds.add(m.end())
    return Layout(text, tuple(paras), para_starts, tuple(quotes), tuple(sorted(bounds)), opens)
