"""When a statement was said, when the article says it was said earlier than it was published.

Explainers, retrospectives and "everything we know" pieces re-quote lines said years before ("In
2019, Ritter told Vulture: “…”", "Back in March 2021, Colter said …", "he said last year", "as she
put it in a 2018 interview"). Such a statement is dated by the time the text gives for the saying,
not by the article's date, so that the diff does not take a re-quoted old line for the speaker's
latest word (see :mod:`monitor.understand.diff`).

Seventeenth round: the time must attach to the saying, in the statement's attribution (for a quote:
the narrative of its sentence, and the sentence introducing it when its own says no more than who
spoke, or says "at the time"; for a reported claim: the words before the claim and an attribution
after it):

* an opening adverbial of the clause that attributes it: "In 2019, …", "Back in March 2021, …",
  "Last year she told …", "Two years ago, …", "As recently as 2024, …", "In May, …", one naming an
  occasion or a speech act before the time ("In an interview with X in October 2019, …", "At a fan
  convention in Chicago last month she told …", "Speaking to X back in 2016, …", "Asked in March
  2024 whether …, he …"), and an opening when-clause ("When the series was announced at Comic-Con
  in 2022, Feige was blunt: …");
* the time right after a speech verb and whom it was said to or where ("told Vulture in 2019",
  "said back in 2017", "told fans on Reddit in August", "put it best back in 2019", "said last
  year"), not followed by a verb of its own ("told X his last day in 2018 was …" dates the day),
  nor after "of" or "about" ("said of the 2018 finale" names what was spoken of);
* an occasion with its year ("in a 2018 interview", "From a 2023 YouTube interview:") or an
  occasion followed by the time ("at the Defenders premiere in 2017", "at a convention in October");
* a time set off by commas after the speaker ("Ritter, back in 2017, …"), one followed by a
  when-clause of saying ("the line Colter took last year, when he told X …") and "as far back as
  2017" / "as recently as 2024" wherever they stand in the attribution.

A time inside a relative clause the attribution closes before the statement ("Cox, who told a
podcast in January that …, said: “…”") is another occasion's; one in what was said ("said he would
return in 2026", "said the show ended in 2019") is never the date of saying, nor one after "since";
the opening time of an earlier clause ("In 2019 the show ended, but X told Y: …") is that clause's;
an attribution in the present tense or with "now", "today" ("she says now") is today's.

Round 22: a reported claim the article relays as said some time before, without saying when ("Ritter,
who has said she doesn't expect a reunion", "asked about Ritter's recent comments that …"), is dated
the day before the article; "Eighteen months after telling X that …" counts back like "… ago".
"Last spring", "last summer", "last May" (also "as recently as last summer") are the latest such season
or month over before the article's month, dated its last day (a season ends in May, August, November
or February).

Resolving against the article's date (:func:`resolve`): a statement dated by a stretch of time is
dated its LAST day, the latest it can have been said, so that a re-quote is never placed before the
line it re-quotes ("in January" against a line known from January 15th): a year alone is December
31st (early/mid/late: April 30th, August 31st, December 31st), a month its last day, a month without
a year the latest such month before the article's, "last year" December 31st of the year before,
"last month" the last day of the month before, "N months ago" / "N years ago" the last day of the
month that far back. Only a time clearly earlier than the article counts (an earlier year; an
earlier month): otherwise, and in an article without a date, the statement keeps the article's
date. (Measured on the devsets against July 1st / the first day of the month: the same change
accuracy in total, but the first-day convention put re-quotes of a line said in the same month
before it, so they were compared with what the speaker had said before that line.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.understand.quotes import Layout

__all__ = ["When", "find", "note", "resolve"]


@dataclass(frozen=True, slots=True)
class When:
    """An earlier time of saying as the text gives it, before it is resolved against the article's
    date: absolute (``year``, perhaps ``month`` and ``day``), or relative (``months_back`` months
    before the article, ``calendar``: counted in calendar years or months, "last year")."""

    phrase: str  # as printed: "in 2019", "last year"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    months_back: int = 0  # relative: how far back ("last year" 12, "two months ago" 2)
    calendar: bool = False  # relative in calendar units ("last year", "last month"), else exact
    only_month: bool = False  # a month named without a year ("in May")
    part: bool = False  # ``month`` is where an "early", "mid" or "late" part of the year ends
    before: bool = False  # some time before the article, not said when ("has said", "recent comments")
    gone: bool = False  # "last summer", "last May": the latest such season or month over before the
    # article's month (``month``: the month it ends in)


_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_PART_MONTH = {"early": 4, "mid": 8, "late": 12}  # the month each part of a year ends in
# Round 22: the month each season ends in ("last spring": May 31st; "last winter": February's end)
_SEASON_MONTH = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)(?![\d\u2013/-]|\s*[\u2013-]\s*\d)"
_NUM = "(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d{1,2})"
_PART = r"(?:(?P<part>early|mid|late)[-\s]+)?"

# the date itself (after "in", "on", "during", "as recently as", …)
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})"
    rf"|{_PART}(?:(?P<m3>{_MONTH})\s+(?:of\s+)?)?(?P<y3>{_YEAR}))"
)
# a time phrase: "in 2019", "back in March 2021", "as recently as 2024", "last year", "two years
# ago", "in May", "on March 3, 2021"
_TIME = re.compile(
    r"(?P<lead>(?:(?:way\s+|all\s+the\s+way\s+)?back|just|only|even|earlier|already)\s+)?"
    r"(?:(?:in|on|during)\s+(?:the\s+(?:spring|summer|fall|autumn|winter)\s+of\s+)?"
    + _DATE
    + r"|as\s+(?:recently|early|far\s+back|long\s+ago)\s+as\s+(?:(?:in|on)\s+)?"
    + _DATE.replace("?P<", "?P<a")
    + rf"|(?:in|during)\s+(?P<mo>{_MONTH})(?!\w|\s+(?:\d|of\s+\d))"
    + rf"|(?P<n>{_NUM})\s+(?P<unit>years?|months?)\s+(?:ago|after\s+(?=telling|saying|insisting|claiming))"
    + r"|(?:as\s+(?:recently|early|far\s+back|long\s+ago)\s+as\s+)?(?:(?P<lpart>early|late)\s+)?last\s+"
    + r"(?P<lunit>year|month|spring|summer|fall|autumn|winter)"
    + rf"|last\s+(?P<lmo>{_MONTH})(?!\w))",
    re.IGNORECASE,
)
# a year inside the noun phrase of a speech occasion: "a 2018 interview", "the 2017 premiere"
_OCCASION = (
    r"(?:interviews?|conversations?|chats?|Q&As?|AMAs?|podcasts?|panels?|premieres?|junkets?|"
    r"press\s+(?:conferences?|tours?|days?|events?|junkets?|calls?)|appearances?|profiles?|posts?|"
    r"tweets?|statements?|videos?|livestreams?|streams?|broadcasts?|speech(?:es)?|keynotes?|"
    r"events?|conventions?|cons|Comic-?Cons?|expos?|festivals?|roundtables?|sessions?|"
    r"red\s+carpets?|signings?|calls?|investor\s+days?|segments?|radio\s+spots?)"
)
_OCCASION_YEAR = re.compile(
    r"\b(?:in|from|during|at|on|for|over)\s+(?:a|an|the|his|her|their|its|one|that|this)\s+"
    rf"(?:[\w&'\u2019-]+\s+){{0,2}}?(?P<y>{_YEAR})(?:['\u2019]s)?\s+"
    rf"(?:[\w&'\u2019-]+\s+){{0,2}}?{_OCCASION}\b",
    re.IGNORECASE,
)
# an occasion, then (after whom or where, a few words) the time: "at the Defenders premiere in 2017"
_OCCASION_THEN = re.compile(
    r"\b(?:in|at|during|on|from|over)\s+(?:a|an|the|his|her|their|its|one|that|this)\s+"
    rf"(?:[\w&'\u2019.-]+\s+){{0,3}}?{_OCCASION}\b",
    re.IGNORECASE,
)
# a verb that says something was said: the time right after it (and whom to) is when
_SAID = re.compile(
    r"\b(?:said|told|wrote|posted|tweeted|put\s+it|insisted|admitted|joked|explained|revealed|noted|"
    r"teased|confirmed|declared|claimed|stated|remarked|quipped|answered|replied|responded|asked|"
    r"hinted|suggested|acknowledged|conceded|stressed|argued|commented|reiterated|recalled|"
    r"speaking|talking|saying|telling|writing|posting|chatting|appearing|interviewed|pressed|quizzed|"
    r"questioned)\b",
    re.IGNORECASE,
)
# a clause opening with a speech act before the time: "Speaking to X back in 2016,", "Asked in …"
_ACT_OPENING = re.compile(
    r"(?:speaking|talking|asked|writing|appearing|interviewed|posting|chatting|responding|replying|"
    r"when\s+asked|pressed|quizzed|questioned)\b",
    re.IGNORECASE,
)
# an opening when-clause, up to its comma: its time is the time of the clause it opens
_WHEN_OPENING = re.compile(r"(?:back\s+)?when\b[^,;:.]{1,160},", re.IGNORECASE)
_PREP_OPENING = re.compile(r"(?:in|at|during|on|from|by|over|for)\b", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"(?:(?:and|but|so|then|yet|even|also|still)\s+)?", re.IGNORECASE)

# words that never stand between a verb (or an occasion) and the time of saying: a clause or a verb
# of its own comes between ("said he would return in 2026", "said the show ended in 2019")
_BLOCK = frozenset(
    (
        *("that", "who", "whose", "which", "whom", "where", "when", "while", "since", "after"),
        *("before", "until", "because", "if", "although", "though", "as", "is", "was", "were"),
        *("are", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will"),
        *("would", "can", "could", "should", "may", "might", "must", "shall", "not", "never"),
        *("he", "she", "they", "i", "we", "him", "them", "us", "you", "it", "its", "it's", "he's"),
        *("she's", "they're", "i'm", "we're", "there"),
    )
)
# -ing words that are nouns of an occasion, not verbs ("told a screening audience")
_ALLOWED_ING = frozenset(
    ("morning", "evening", "meeting", "screening", "signing", "recording", "briefing", "gathering")
)
_TOPIC = frozenset(("of", "about", "regarding"))  # a gap opening with these names a topic
_GAP_WORD = re.compile(r"[\w&'\u2019.-]+")
_GAP_WORDS = 8
# after the time: not a verb of its own ("said the finale in 2019 was …")
_VERB_AFTER = re.compile(
    r"\s*(?:is|was|were|are|would|will|had|has|have|could|can|did|does|do|got|gets|might|may|should|"
    r"must|became|becomes|ended|ends|began|begins|started|starts|aired|premiered|wrapped)\b",
    re.IGNORECASE,
)
# a relative clause the attribution closes before the statement: another occasion's words
_RELATIVE = re.compile(r",\s*(?:who|whose|which|whom)\b[^,;:\u2014]*,")
# where an attribution after a quote ends and another clause begins
_SUFFIX_END = re.compile(
    r",\s*(?:who|whose|which|adding|and|but|though|although|while)\b|;|\s[\u2014\u2013]\s|\s-\s|\u2014"
)
_NOW = re.compile(r"\b(?:now|today|these\s+days|this\s+week|nowadays)\b", re.IGNORECASE)
_PRESENT = re.compile(
    r"\b(?:says|tells|admits|insists|explains|adds|writes|recalls|muses|reflects|concedes|argues|"
    r"acknowledges)\b",
    re.IGNORECASE,
)
_AT_THE_TIME = re.compile(r"\b(?:at\s+the\s+time|back\s+then)\b", re.IGNORECASE)
# where the clause attributing a statement starts: "…; by the premiere in March he was saying:"
_CLAUSES = re.compile(r";|\s[\u2014\u2013]\s|,\s*(?:and|but)\s")
# "the one Colter struck last year, when he told X: …": a when-clause of saying right after the time
_WHEN_SAID = re.compile(
    r"\s*,\s*when\s+(?:(?:he|she|they)\s+|(?:[A-Z][\w'\u2019-]+\s+){1,3})(?:\w+ly\s+)?"
    + r"(?=(?:said|told|wrote|posted|tweeted|put\s+it|insisted|admitted|joked|explained|revealed|"
    + r"noted|teased|confirmed|declared|claimed|stated|answered|replied|responded|was\s+asked)\b)"
)
# "as far back as 2017", "as recently as 2024": the time of the clause's own event, wherever it stands
_AS_FAR = re.compile(r"\bas\s+(?:recently|early|far\s+back|long\s+ago)\s+as\b", re.IGNORECASE)
_SHORT_ATTRIBUTION = 6  # words: a quote's own sentence that says no more than who spoke


def _when(m: re.Match[str]) -> When:
    """The time a match of :data:`_TIME` gives."""
    g = m.groupdict()
    phrase = " ".join(m.group(0).split())
    if g.get("n"):
        n = _NUMBERS.get(g["n"].lower()) or int(g["n"])
        months = n * 12 if g["unit"].lower().startswith("year") else n
        return When(phrase, months_back=months)
    if g.get("lunit"):
        if g["lunit"].lower() == "year":
            part = g.get("lpart")
            return When(
                phrase,
                month=_PART_MONTH[part.lower()] if part else None,
                months_back=12,
                calendar=True,
                part=part is not None,
            )
        if g["lunit"].lower() == "month":
            return When(phrase, months_back=1, calendar=True)
        return When(phrase, month=_SEASON_MONTH[g["lunit"].lower()], gone=True)
    if g.get("lmo"):
        return When(phrase, month=_month(g["lmo"]), gone=True)
    if g.get("mo"):
        return When(phrase, month=_month(g["mo"]), only_month=True)
    pick = {k.removeprefix("a"): v for k, v in g.items() if v and k.startswith("a")} or g
    for y, mo, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", None)):
        if pick.get(y):
            month = _month(pick[mo]) if pick.get(mo) else None
            part = pick.get("part")
            if month is None and part:
                return When(phrase, year=int(pick[y]), month=_PART_MONTH[part.lower()], part=True)
            day = int(pick[d]) if d and pick.get(d) else None
            return When(phrase, year=int(pick[y]), month=month, day=day)
    raise ValueError(phrase)  # pragma: no cover - the pattern always sets one of the above


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def resolve(when: When, published: dt.date | None) -> dt.date | None:
    """The date of ``when`` for an article of ``published``, if clearly earlier than it (see the
    module docstring for the conventions); else None (always without the article's date: nothing
    tells that the time is earlier)."""
    if published is None:
        return None
    if when.before:
        return published - dt.timedelta(days=1)
    if when.year is not None:
        year = when.year
        if when.day is not None and when.month is not None:
            try:
                date = dt.date(year, when.month, when.day)
            except ValueError:
                return None
            return date if date < published else None
        if when.month is not None and not when.part:
            if (year, when.month) >= (published.year, published.month):
                return None  # only an earlier month
            return _month_end(year, when.month)
        if year >= published.year:
            return None  # a year alone: only an earlier year
        return _year_point(year, when.month)
    if when.gone:  # the latest such season or month over before the article's month
        assert when.month is not None
        return _month_end(published.year if when.month < published.month else published.year - 1, when.month)
    if when.only_month:
        assert when.month is not None
        if when.month == published.month:
            return None  # "in May" in May: this month
        return _month_end(published.year if when.month < published.month else published.year - 1, when.month)
    if when.calendar and when.months_back == 12:  # "last year", "late last year"
        return _year_point(published.year - 1, when.month)
    total = published.year * 12 + published.month - 1 - when.months_back
    year, month = divmod(total, 12)
    if year < 1:
        return None
    return _month_end(year, month + 1)


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month: a statement dated by its month was said no later than that."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _year_point(year: int, part: int | None) -> dt.date:
    """A year alone (``part``: the month an "early", "mid" or "late" ends in): its last day."""
    return _month_end(year, part or 12)


def note(when: When) -> str:
    """What ``Statement.note`` says of a statement dated by ``when``."""
    return f"dated from the text: {when.phrase!r}"


# ------------------------------------------------------------------------------------------
# Finding the time in an attribution
# ------------------------------------------------------------------------------------------


def _gap_ok(gap: str) -> bool:
    """Are the words between a verb (or an occasion) and a time only whom or where it was said
    ("Vulture", "a Comic-Con audience", "fans on Reddit", "at a convention", "best")?"""
    if any(c in gap for c in ',;:()\u201c\u201d"') or "\n" in gap:
        return False
    ws = _GAP_WORD.findall(gap)
    if len(ws) > _GAP_WORDS or (ws and ws[0].lower() in _TOPIC):
        return False  # "said of the finale in 2019": what was spoken of, not when
    for w in ws:
        low = w.lower()
        if low in _BLOCK:
            return False
        if w[0].islower() and len(low) > 4 and low.endswith(("ed", "ing")) and low not in _ALLOWED_ING:
            return False
    return True


def _time_after(clause: str, pos: int, *, verb_follow: bool = True) -> re.Match[str] | None:
    """The first time phrase after ``pos`` with only whom or where between."""
    for m in _TIME.finditer(clause, pos):
        if not _gap_ok(clause[pos : m.start()]):
            return None
        if verb_follow and _VERB_AFTER.match(clause, m.end()):
            return None
        return m
    return None


def _opening(clause: str) -> re.Match[str] | None:
    """A time the clause opens with ("In 2019, …", "Last year she …", "In an interview with X in
    October 2019, …", "Speaking to X back in 2016, …", "Asked in March 2024 whether …")."""
    lead = _LEAD_WORDS.match(clause)
    pos = lead.end() if lead else 0
    m = _TIME.match(clause, pos)
    if m is not None:
        return m
    when = _WHEN_OPENING.match(clause, pos)
    if when is not None:  # "When the series was announced at Comic-Con in 2022, Feige was blunt: …"
        return _TIME.search(when.group(0))
    act = _ACT_OPENING.match(clause, pos) or _PREP_OPENING.match(clause, pos)
    if act is None:
        return None
    return _time_after(clause, act.end(), verb_follow=False)


def _in_clause(clause: str) -> re.Match[str] | None:
    """A time of saying anywhere in the attribution ``clause`` (an occasion with its year, an
    occasion followed by the time, a time right after a speech verb, a time set off after the
    speaker)."""
    found: list[re.Match[str]] = []
    for m in _OCCASION_YEAR.finditer(clause):
        found.append(m)
    for m in _OCCASION_THEN.finditer(clause):
        t = _time_after(clause, m.end())
        if t is not None:
            found.append(t)
    for m in _SAID.finditer(clause):
        t = _time_after(clause, m.end())
        if t is not None:
            found.append(t)
    for m in re.finditer(r",\s*", clause):
        t = _TIME.match(clause, m.end())
        if t is not None and re.match(r"\s*[,:]", clause[t.end() :]):
            found.append(t)  # "Ritter, back in 2017, …"
    for t in _TIME.finditer(clause):
        if _WHEN_SAID.match(clause, t.end()) or _AS_FAR.match(clause, t.start()):
            found.append(t)  # "… last year, when she told X …", "bullish as far back as 2017"
    return min(found, key=lambda m: m.start()) if found else None


def _when_of(m: re.Match[str]) -> When:
    if m.re is _OCCASION_YEAR:
        return When(" ".join(m.group(0).split()), year=int(m.group("y")))
    return _when(m)


def _aside_blanked(clause: str) -> str:
    """``clause`` with the relative clauses closed inside it blanked (another occasion's)."""
    return _RELATIVE.sub(lambda m: " " * len(m.group(0)), clause)


def _attribution(prefix: str, suffix: str) -> When | None:
    """The time of saying in the words before a statement (``prefix``, from its sentence's start)
    and after it (``suffix``, to the sentence's end)."""
    clause = _aside_blanked(_CLAUSES.split(prefix)[-1])
    if _NOW.search(clause) or _PRESENT.search(clause):
        return None
    stripped = clause.lstrip(" \t\n,.\u201d\u201c\"'\u2019")
    m = _opening(stripped) or _in_clause(clause)
    if m is not None:
        return _when_of(m)
    cut = _SUFFIX_END.search(suffix)
    tail = suffix[: cut.start()] if cut else suffix
    if _NOW.search(tail) or _PRESENT.search(tail):
        return None
    m = _in_clause(tail)
    return _when_of(m) if m is not None else None


def find(text: str, narrative: str, lay: Layout, kind: str, start: int, said: str) -> When | None:
    """The earlier time of saying the text gives for a statement (``kind`` "quote" or "reported",
    at ``start``, whose words are ``said``), if any. ``narrative`` is ``text`` with the quoted
    words blanked out (same length)."""
    if kind == "quote":
        return _for_quote(narrative, lay, start)
    return _for_claim(text, narrative, lay, start, said)


def _for_quote(narrative: str, lay: Layout, start: int) -> When | None:
    q = lay.quote_at(start)
    if q is None:  # words without quote marks: only an introduction ending with a colon dates them
        para = lay.para_of(start)
        if para == 0 or lay.paras[para][0] < start - 1:
            return None
        return _introduction(narrative, lay, lay.paras[para][0], own="")
    s0 = lay.sentence_start(q.open)
    s1 = lay.sentence_end(q.close)
    prefix, suffix = narrative[s0 : q.open], narrative[q.close + 1 : s1]
    found = _attribution(prefix, suffix)
    if found is not None:
        return found
    return _introduction(narrative, lay, s0, own=prefix + " " + suffix)


def _introduction(narrative: str, lay: Layout, s0: int, own: str) -> When | None:
    """The time of the sentence introducing a quote whose own sentence (``own``: its narrative)
    says no more than who spoke, or says "at the time": the sentence before it in its paragraph,
    or the one ending the paragraph before with a colon."""
    if _NOW.search(own) or _PRESENT.search(own):
        return None
    words = _GAP_WORD.findall(own)
    if len(words) > _SHORT_ATTRIBUTION and not _AT_THE_TIME.search(own):
        return None
    if s0 <= 0:
        return None
    p0 = lay.sentence_start(s0 - 1)
    sentence = narrative[p0:s0]
    same_para = lay.para_of(p0) == lay.para_of(s0)
    colon = sentence.rstrip().endswith(":")
    if not same_para and not colon:
        return None
    if not (colon or _AT_THE_TIME.search(own) or _SAID.search(sentence) or _OCCASION_THEN.search(sentence)):
        return None
    return _attribution(sentence, "")


def _for_claim(text: str, narrative: str, lay: Layout, start: int, said: str) -> When | None:
    body = said.removeprefix("denies that ")
    s0 = lay.sentence_start(start)
    bound = lay.paras[lay.para_of(start)][1]
    at = text.find(body, s0, bound)
    end = at + len(body)
    if at < 0:
        at = text.find(body[:25], s0, bound)
        end = -1
    if at < 0:
        return None
    suffix = narrative[end : lay.sentence_end(end)] if end >= 0 else ""
    prefix = narrative[s0:at]
    found = _attribution(prefix, suffix)
    if found is None and (m := _EARLIER_CLAIM.search(prefix)) is not None:
        return When(" ".join(m.group(0).split()), before=True)
    return found


# Round 22: a claim the article relays as said before, without saying when: in the present perfect
# ("Ritter, who has said she doesn't expect a reunion", "Cox has repeatedly insisted that …") or
# as earlier comments ("asked about Ritter's recent comments that a reunion is unlikely")
_EARLIER_CLAIM = re.compile(
    r"(?:\b(?:has|have)\s+(?:\w+ly\s+)?(?:said|insisted|maintained|stated|claimed|argued|suggested|"
    r"hinted|admitted)"
    r"|\b(?:recent|earlier|previous|past|prior)\s+(?:comments?|remarks?|claims?|statements?|assertions?|"
    r"suggestions?|admissions?))\s+(?:that\s+)?$",
    re.IGNORECASE,
)
