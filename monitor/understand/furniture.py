"""Feed furniture: the lines a site or a feed wraps an article in, which are not the article.

Twentieth round: a line (or a paragraph) that is only page furniture is dropped before the article is
read, so that a "Related:" headline, a photo credit or a WordPress footer neither becomes a
statement, nor stands between a quote and its speaker, nor lends its words to relevance:

* a WordPress or syndication footer: "The post <headline> appeared first on <outlet>.";
* a link to another story: "Related: <headline>", "READ MORE: <headline>", "See also …", "Don't
  miss …" (a line that starts with the label and a colon, bar or dash), and a bare heading of that
  kind ("Related", "More from the Post") with the short headline lines that follow it;
* "Advertisement", "Story continues below advertisement";
* a newsletter or subscription pitch ("Sign up for our newsletter …", "Subscribe to …") without
  quotation marks;
* a byline with a dateline or title ("By Jane Doe | March 4, 2025", "By Jane Doe"): a line that
  ends without a full stop;
* share widgets ("Share this: Facebook Twitter Email") and lines of only network names;
* "Tags: …", "Filed under: …", "Topics: …", a copyright line ("© 2025 …");
* a photo credit on its own ("(Photo: Netflix)", "Image: Marvel Studios") or ending a caption line
  that carries no quotation marks ("Charlie Cox as Daredevil. Image: Marvel Studios"); a caption
  with a quote keeps its words (a caption can carry the quote), only its credit goes.

Only whole lines go, and nothing with quotation marks but a credit, so a sentence of the story is
never cut; a line longer than _LONGEST, or that starts with no word furniture starts with and ends
with no credit, is left as it is (see _hint).
"""

from __future__ import annotations

import re

from monitor.understand.speakers import SPEECH_VERBS

# the first word of a furniture line (lower case, without brackets or a colon), or a word near the end
# of a caption's credit: a line with neither is not read further (a quick test, see _hint)
_STARTERS = frozenset(
    (
        "this",
        "originally",
        "first",
        "related",
        "read",
        "more",
        "also",
        "see",
        "don't",
        "don\u2019t",
        "you",
        "recommended",
        "further",
        "trending",
        "popular",
        "most",
        "watch",
        "advertisement",
        "story",
        "article",
        "share",
        "facebook",
        "twitter",
        "x",
        "email",
        "e-mail",
        "whatsapp",
        "pinterest",
        "linkedin",
        "reddit",
        "tumblr",
        "print",
        "copy",
        "messenger",
        "threads",
        "bluesky",
        "flipboard",
        "tags",
        "tagged",
        "filed",
        "topics",
        "categories",
        "category",
        "posted",
        "copyright",
        "want",
        "sign",
        "subscribe",
        "get",
        "join",
        "by",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "image",
        "images",
        "picture",
        "pictures",
        "pic",
        "pics",
        "credit",
        "credits",
        "courtesy",
        "via",
        "getty",
        "ap",
    )
)
_TAIL_HINTS = ("photo", "image", "picture", "credit", "getty", "courtesy", "via ", " pic")
_TAIL = 90


def _hint(s: str) -> bool:
    """Can the stripped line ``s`` be furniture at all: does it start with a word furniture starts
    with, or end near a credit's word?"""
    if s[0] == "\u00a9":
        return True
    first = s.split(None, 1)[0].lower().strip("([:|\u2014-")
    if first in _STARTERS or (first == "the" and s[4:9].lower() == "post "):
        return True
    tail = s[-_TAIL:].lower()
    return any(h in tail for h in _TAIL_HINTS)


_QUOTES = '"\u201c\u201d\u00ab\u00bb\u201e\u300c\u300d'

_SEP = r"\s*(?::|\||\u2014|\u2013|-|>>|\u00bb)\s*"
_LINK_LABEL = (
    r"(?:related(?:\s+(?:stories|story|articles?|coverage|content|reading|news|links?))?|read\s+more|"
    r"read\s+also|also\s+read|see\s+also|more\s+from\s+[^:|\n]{1,40}|more\s+on\s+[^:|\n]{1,40}|"
    r"more\s+news|don[\u2019']?t\s+miss|you\s+may\s+also\s+like|you\s+might\s+also\s+like|recommended"
    r"(?:\s+(?:for\s+you|reading))?|further\s+reading|trending(?:\s+now)?|popular\s+now|most\s+read|"
    r"watch(?:\s+now)?|also\s+on\s+[^:|\n]{1,40})"
)
_FURNITURE = re.compile(
    r"(?:"
    # WordPress / syndication footer
    r"the\s+post\s+.+\s+appeared\s+first\s+on\s+.+"
    r"|(?:this\s+(?:article|story|post)\s+)?(?:was\s+)?(?:originally|first)\s+(?:appeared|published)\s+"
    r"(?:on|in|at)\s+[^.\n]{1,60}\.?"
    # a link to another story
    rf"|{_LINK_LABEL}{_SEP}.+"
    # advertisement
    r"|(?:story|article)?\s*(?:continues\s+)?(?:below\s+)?advertisement(?:\s*[-:]\s*scroll\s+to\s+continue)?"
    r"|(?:story|article)\s+continues\s+below(?:\s+advertisement)?"
    # share widgets and network lists
    r"|share(?:\s+this(?:\s+(?:story|article|post))?|\s+on)?\s*:?\s*(?:(?:facebook|twitter|x|email|e-mail|"
    r"whatsapp|pinterest|linkedin|reddit|tumblr|print|copy\s+link|messenger|threads|bluesky|flipboard)"
    r"[\s,\u00b7|/]*)*"
    r"|(?:(?:facebook|twitter|x|email|e-mail|whatsapp|pinterest|linkedin|reddit|tumblr|print|copy\s+link|"
    r"messenger|threads|bluesky|flipboard)[\s,\u00b7|/]*){2,}"
    # tags and categories
    r"|(?:tags|tagged|filed\s+under|topics|categories|category|posted\s+in)\s*:\s*.+"
    # copyright
    r"|(?:\u00a9|copyright\s*\u00a9?\s*(?:\d{4}|by\b))\s*.{0,120}"
    r")",
    re.IGNORECASE,
)
# a newsletter pitch: a short line without quotation marks
_PITCH = re.compile(
    r"(?:want\s+more[^?\n]*\?\s*)?(?:sign\s+up|subscribe|get\s+(?:our|the)|join)\b.*"
    r"\b(?:newsletter|inbox|subscribe|sign\s+up)\b.*",
    re.IGNORECASE,
)
_PITCH_WORDS = 40
# a byline: "By Jane Doe", "By Jane Doe and John Roe | March 4, 2025" (no full stop at its end)
_NAME = r"(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+)){1,3}"
_BYLINE = re.compile(
    rf"by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|\u2014\u2013\u00b7-]\s*[^\n]{{0,80}})?",
    re.IGNORECASE,
)
_BYLINE_WORDS = 16
# a photo credit: "(Photo: Netflix)", "Image: Marvel Studios", "Photo by Gil Reyes/Getty Images"
_CREDIT_BODY = (
    r"(?:(?:photo(?:graph)?|image|picture|pic|credit|photo\s+credit)s?\s*(?::|by)\s*[^()\n.]{1,80}"
    r"|(?:courtesy(?:\s+of)?|via)\s+[^()\n.]{1,60}|getty\s+images|ap\s+photo[^()\n]{0,60})"
)
_CREDIT_ALONE = re.compile(rf"\(?\s*{_CREDIT_BODY}\s*\)?\.?", re.IGNORECASE)
# a caption line ending with its credit: "Charlie Cox as Daredevil. Image: Marvel Studios"
_CREDIT_END = re.compile(rf"(?<=[.)!?])\s*\(?\s*{_CREDIT_BODY}\s*\)?\.?\s*\Z", re.IGNORECASE)
_CREDIT_PAREN_END = re.compile(rf"\s*\(\s*{_CREDIT_BODY}\s*\)\.?\s*\Z", re.IGNORECASE)
_CAPTION_WORDS = 30
# a line that reports what someone said is the story's, whatever credit ends it
_REPORTS = re.compile(rf"\b(?:{SPEECH_VERBS}|according)\b", re.IGNORECASE)
# a bare heading over a list of links: "Related", "More from The Post", "Read more"
_LINK_HEADING = re.compile(rf"{_LINK_LABEL}\s*:?", re.IGNORECASE)
_LINK_HEADING_LABEL = re.compile(
    r"(?:related(?:\s+\w+)?|read\s+more|more\s+from\s+.{1,40}|more\s+on\s+.{1,40}|more\s+news|"
    r"you\s+may\s+also\s+like|you\s+might\s+also\s+like|recommended(?:\s+\w+)?|further\s+reading|"
    r"trending(?:\s+now)?|most\s+read|popular\s+now|also\s+read|see\s+also)\s*:?",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 16
_LONGEST = 400  # characters: a furniture line is short (a paragraph of the story is not read twice)
_HEADING_LONGEST = 60
_NUMBERED = re.compile(r"#?\d{1,2}[.):]\s")
_LINKS_AFTER_HEADING = 6


def _headline(line: str) -> bool:
    """A short line that reads as a linked headline: in Title Case, no full stop at its end, no
    quotation marks, no list number."""
    s = line.strip()
    if _NUMBERED.match(s):  # "4. Krysten Ritter keeps us guessing": the story's own list goes on
        return False
    if not s or not (s[0].isalnum() or s[0] in "'\u2018") or len(s.split()) > _HEADLINE_WORDS:
        return False
    if s[-1] in '.!"\u201d' or _quoted(s) or ": " in s:  # a sentence, a quote, a speaker's label
        return False
    # in Title Case, as linked headlines are ("Why the Finale Divided Fans"), not a question to a guest
    long = [w for w in s.split() if len(w) > 3 and w[0].isalpha()]
    return sum(w[0].isupper() for w in long) * 3 >= len(long) * 2


def _quoted(line: str) -> bool:
    return any(c in line for c in _QUOTES)


def _line(line: str) -> str | None:
    """``line`` without its furniture: None when it is all furniture."""
    s = line.strip()
    if not s or len(s) > _LONGEST or not _hint(s):
        return line
    if _FURNITURE.fullmatch(s) and not (_quoted(s) and not s.lower().startswith(("the post", "tags"))):
        return None
    words = len(s.split())
    if not _quoted(s):
        if words <= _PITCH_WORDS and _PITCH.fullmatch(s):
            return None
        if words <= _BYLINE_WORDS and s[-1] not in ".!?" and _BYLINE.fullmatch(s):
            return None
        if _CREDIT_ALONE.fullmatch(s):
            return None
        end = _CREDIT_END.search(s)
        if end and words <= _CAPTION_WORDS:
            if not _REPORTS.search(s, 0, end.start()):
                return None  # a caption: who is pictured, and by whom
            return line[: line.rfind(end.group().strip())].rstrip()
    elif _CREDIT_PAREN_END.search(s):
        return _CREDIT_PAREN_END.sub("", line)  # a caption carrying a quote keeps its words
    return line


def strip_furniture(text: str) -> str:
    """``text`` (paragraphs separated by blank lines) without its feed furniture (see the module
    docstring). Paragraphs that held only furniture are gone; the others keep their lines."""
    out: list[str] = []
    changed = False
    after_heading = 0  # headline lines still to drop under a "Related" heading
    for para in text.split("\n\n"):
        kept: list[str] = []
        for line in para.split("\n"):
            s = line.strip()
            if after_heading and s:
                if _headline(s):
                    after_heading -= 1
                    changed = True
                    continue
                after_heading = 0
            if (
                s
                and len(s) <= _HEADING_LONGEST
                and _LINK_HEADING_LABEL.fullmatch(s)
                and _LINK_HEADING.fullmatch(s)
            ):
                after_heading = _LINKS_AFTER_HEADING
                changed = True
                continue
            new = _line(line)
            if new is None:
                changed = True
                continue
            if new is not line:
                changed = True
            kept.append(new)
        if kept and any(k.strip() for k in kept):
            out.append("\n".join(kept))
    return "\n\n".join(out) if changed else text
