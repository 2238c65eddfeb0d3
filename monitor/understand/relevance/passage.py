"""A passage about the question in an article mostly about something else (20th round).

20th round: an interview or a profile about another film, play or show (a supporting cast member,
a showrunner, a crew member) can hold one or two paragraphs about the question: a paragraph with the
words of a return ("back together", "reunite", "bring … back", "go back to that world") that names
the story in it or in its lead-in (the paragraph or two before: an interviewer's question, the line
that sets up a quote), and a statement (a quote or a reported claim) there or in the paragraph after
(the answer). The story is named by a topic term written as a name (capitalised, outside a person's
alias), by a character of a watchlist person's ``role`` that is no topic term ("actress, Karen
Page"), or by the group: two of the story's characters or castmates by first name ("Matt, Jessica,
Luke, Danny", "Krysten, Mike, Finn, Charlie"). Such an article is kept below the threshold, with the
reason "a passage about the question: …". Not when the passage's paragraphs name an exclusion term
or an other-medium cue (a football report's defenders who return), and a topic term the article
uses as a common noun, a longer name's word or the name of something else is no name of the story.
Round 21: the paragraph after one that ends in a question (its answer) names the story too ("Would
you come back for another Defenders?" / "If Matt's there, Foggy's there."); and one name is enough
when it is the question's own subject (a core term) with a word of the topic in the passage ("asked
about a Defenders reunion", "the crossover") and the article writes it as a show's name ("The
Defenders Premiere", "the Defenders cast"), as no punk band or car club is written.
Only looked for once an article is dropped, and the statements are extracted only for an article
with such a paragraph: a poll of mostly irrelevant articles pays for one search of the return words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from monitor.types import Watchlist
from monitor.understand import speakers
from monitor.understand.lexicon import Lexicon
from monitor.understand.relevance.people import _NEXT_CAPITAL, _character_names
from monitor.understand.relevance.sense import speaks_of_return
from monitor.understand.relevance.terms import _PARA, _count_media, _count_terms
from monitor.understand.statements import extract

# going back to a part ("I'd go back to that world tomorrow", "went back to the role"), not to work
_BACK_TO = re.compile(
    r"\b(?:go|goes|going|went|gone|come|comes|coming|came) back to (?:that|the|this|those|my|his|her) "
    r"(?:world|role|part|character|suit|show|series)s?\b",
    re.IGNORECASE,
)
# a word every return pattern above holds, looked for first (in lower case)
_RETURN_KEYS = (
    "return",
    "repris",
    "reviv",
    "comeback",
    "back",
    "together",
    "reunit",
    "reunion",
    "join",
    "cameo",
    "team",
    "paths",
    "screen",
    "again",
    "sequel",
    "home",
    "room",
)
_LEAD_IN = 2  # paragraphs before the return words that may set them up (a question, a quote's lead)
_ROLE_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)+")
_WORD = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]+(?![\w-])")

_ROLE_NAMES: dict[int, tuple[Lexicon, re.Pattern[str] | None]] = {}


def role_names(lex: Lexicon, watchlist: Watchlist) -> re.Pattern[str] | None:
    """The characters of the watchlist people's roles that are no topic term ("Karen Page" of
    "actress, Karen Page"; not "Marvel Studios" of "president of Marvel Studios", a topic term, nor
    a name holding one, "The Defenders"), as one pattern (None: there are none). Once per lexicon."""
    cached = _ROLE_NAMES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    names: set[str] = set()
    for person in watchlist.people:
        for m in _ROLE_NAME.finditer(person.role):
            if not any(True for _ in lex.topic_matches(m.group(0))):
                names.add(m.group(0))
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None
    _ROLE_NAMES[id(lex)] = (lex, pattern)
    return pattern


def _returns(para: str) -> bool:
    return speaks_of_return(para) or _BACK_TO.search(para) is not None


def _story_names(lex: Lexicon, para: str, roles: re.Pattern[str] | None) -> set[str]:
    """The names of the story in ``para``: topic terms written as names (capitalised, outside a
    person's alias), the roles' characters, and the story's characters and
    castmates by first name alone ("Matt, Jessica", "Krysten, Mike"; not "Mike Smith")."""
    out: set[str] = set()
    people: list[tuple[int, int]] | None = None
    for m in lex.topic_matches(para):
        found = lex.lookup_term(m.group(0))
        if found is None or found[0] != "topic" or found[1].islower():
            continue
        if not m.group(0)[:1].isupper():
            continue
        if people is None:  # an alias holds a topic term ("the Daredevil star"): looked for only then
            people = (
                [(p.start(), p.end()) for p in lex.people_matches(para) if lex.lookup_person(p.group(0))]
                if any(w in para for w in _alias_words(lex))
                else []
            )
        if not any(a <= m.start() and m.end() <= b for a, b in people):
            out.add(found[1])
    if roles is not None:
        out.update(m.group(0) for m in roles.finditer(para))
    firsts = _firsts(lex)
    if not any(f in para for f in firsts):
        return out
    for m in _WORD.finditer(para):
        full = firsts.get(m.group(0))
        if full is not None and not _NEXT_CAPITAL.match(para, m.end()):
            out.add(full)  # "Luke" is Luke Cage: the same name as the term in full
    return out


_FIRSTS: dict[int, tuple[Lexicon, dict[str, str]]] = {}
_ALIAS_WORDS: dict[int, tuple[Lexicon, tuple[str, ...]]] = {}


def _alias_words(lex: Lexicon) -> tuple[str, ...]:
    """The last words of the people's names and aliases that hold a topic term ("star" of "the
    Daredevil star"), as written (once per lexicon): without one, a paragraph has no such alias."""
    cached = _ALIAS_WORDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    words: set[str] = set()
    for key, name in lex.person_of.items():
        if name is not None and " " in key and any(True for _ in lex.topic_matches(key)):
            last = key.split()[-1]
            words.update((last, last.lower(), last.capitalize()))
    out = tuple(sorted(words))
    _ALIAS_WORDS[id(lex)] = (lex, out)
    return out


def _firsts(lex: Lexicon) -> dict[str, str]:
    """First name -> the name in full, of the story's characters and the watchlist's castmates
    (once per lexicon)."""
    cached = _FIRSTS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    characters = _character_names(lex)
    out = dict(speakers.first_names(lex))
    for kind, term in lex.term_of.values():
        first = term.split()[0]
        if kind == "topic" and first in characters:
            out[first] = term
    _FIRSTS[id(lex)] = (lex, out)
    return out


def passage(
    lex: Lexicon,
    watchlist: Watchlist,
    title: str,
    text: str,
    not_names: Callable[[], Collection[str]] = tuple,
    terms: Collection[str] | None = None,
) -> str | None:
    """The first words of a passage of ``text`` about the question (see the module), or None.
    ``not_names`` gives the topic terms the article does not use as the story's names (asked only
    once a paragraph qualifies without them); ``terms``, the topic terms the text names if known: with
    fewer than two names among them, a first name or a role's character must be there. Cheapest
    first: a word of a return looked for as it is (a search in C), the names of the paragraphs
    around it, the return's own patterns, the statements last."""
    low = text.lower()
    if not any(k in low for k in _RETURN_KEYS):
        return None
    roles = role_names(lex, watchlist)
    # with fewer than two of the story's names in the text, a first name or a role's character must
    # be there (looked for as they are, a search in C)
    few = terms is not None and sum(1 for t in terms if not t.islower()) < 2
    # Round 21: or the question's own subject (a core term) with a word of the topic ("a Defenders
    # reunion", "the crossover")
    core_word = terms is None or (any(t in lex.core_terms for t in terms) and any(t.islower() for t in terms))

    def other_names(part: str) -> bool:
        return any(f in part for f in _firsts(lex)) or (roles is not None and roles.search(part) is not None)

    if few and not core_word and not other_names(text):
        return None
    paras = _PARA.split(text)
    found: dict[int, set[str]] = {}

    def names_of(j: int) -> set[str]:
        if j not in found:
            found[j] = _story_names(lex, paras[j], roles)
        return found[j]

    windows: list[tuple[int, int, set[str], bool]] = []
    shown: bool | None = None
    for i, para in enumerate(paras):
        low = para.lower()
        if not any(k in low for k in _RETURN_KEYS):
            continue
        first = max(0, i - _LEAD_IN)
        # Round 21: a question's answer (the paragraph after one that ends in "?") names the story too
        # ("Would you come back for another Defenders?" / "If Matt's there, Foggy's there.")
        end = i + 2 if i + 1 < len(paras) and para.rstrip().endswith("?") else i + 1
        names: set[str] = set()
        for j in range(first, end):
            names |= names_of(j)
        # one name and a return is as true of a punk band or another show; (Round 21) unless the name is
        # the question's own subject (a core term) and a word of the topic stands with it ("asked
        # about a Defenders reunion", "the crossover felt like a family dinner"): the question itself
        # and the article writes that name as a show's ("The Defenders premiere", "Defenders season
        # two"), not a band's or a car's
        one = core_word and bool(names & lex.core_terms) and _topic_word(lex, paras[first:end])
        if one and shown is None:
            shown = _as_show(lex, title + "\n" + text)
        one = one and bool(shown)
        if (len(names) < 2 and not one) or not _returns(para):
            continue
        if any(_other_subject(lex, p) for p in paras[first:end]):
            continue
        windows.append((first, min(len(paras), i + 2), names, one))
    if not windows:
        return None
    skip = set(not_names())
    windows = [w for w in windows if len(w[2] - skip) >= 2 or (w[3] and (w[2] - skip) & lex.core_terms)]
    if not windows:
        return None
    starts = [m.end() for m in _PARA.finditer(text)]
    for e in extract(text, lex, title):
        i = sum(1 for s in starts if s <= e.start)
        if any(first <= i < last for first, last, _, _ in windows):
            return " ".join(paras[i].split()[:8]) + " …"
    return None


# a show's parts and people after its name: "The Defenders Premiere", "Defenders season two"
_SHOW_WORD = re.compile(
    r"['\u2019]?[ \t]+(?:season|seasons|episode|episodes|premiere|finale|trailer|cast|showrunner|series)\b",
    re.IGNORECASE,
)


def _as_show(lex: Lexicon, text: str) -> bool:
    """Does ``text`` write a core term as a show's name, followed by a word for a show's parts or
    people ("The Defenders Premiere", "the Defenders cast"), as no band, club or car is written?"""
    for m in lex.topic_matches(text):
        found = lex.lookup_term(m.group(0))
        if found is not None and found[1] in lex.core_terms and _SHOW_WORD.match(text, m.end()):
            return True
    return False


def _topic_word(lex: Lexicon, paras: list[str]) -> bool:
    """Do ``paras`` name a word of the topic, a topic term in lower case ("reunion", "crossover")?"""
    for para in paras:
        for m in lex.topic_matches(para):
            found = lex.lookup_term(m.group(0))
            if found is not None and found[0] == "topic" and found[1].islower():
                return True
    return False


def _other_subject(lex: Lexicon, para: str) -> bool:
    """Does ``para`` name an exclusion term or an other-medium cue (a sport, a game, a toy)?"""
    _, excl = _count_terms(lex, para)
    if not excl:
        _count_media(lex, para, excl)
    return bool(excl)
