"""The watchlist's people in an article: who speaks to the question (next to a name of the story,
or of the group: castmates by first name, the story's characters), the surname of a name of the
story that is no watchlist person's, and a watchlist person the title names with their own role
("Charlie Cox on Daredevil return"). See :mod:`monitor.understand.relevance` for the rules.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable

from monitor.types import Watchlist
from monitor.understand import speakers
from monitor.understand.lexicon import Lexicon
from monitor.understand.relevance.terms import _PARA, _names_topic
from monitor.understand.statements import extract

_SHORT_LINE = 8  # words: a shorter paragraph between a topic and a statement only leads in to it
_SHORT_QUESTION = 20  # words: a question this short between a topic and a statement goes on from the topic


def _statement_by(
    lex: Lexicon,
    title: str,
    text: str,
    among: Iterable[str] | None = None,
    *,
    near_topic: bool = True,
    group: bool = True,
) -> str | None:
    """A watchlist person (one of ``among`` if given) who makes a statement about the question in
    ``text``: with a topic term in the statement's paragraph or the one before (not only in the
    speaker's own alias; ``near_topic``), or about the group (``group``, see :func:`_on_the_group`)."""
    found = extract(text, lex, title)
    if not found:
        return None
    names = lex.people_names if among is None else frozenset(among)
    starts = [m.end() for m in _PARA.finditer(text)]
    paras = _PARA.split(text)
    in_full: set[str] | None = None
    for e in found:
        if e.speaker is None or e.speaker not in names:
            continue
        i = sum(1 for s in starts if s <= e.start)
        context = paras[_lead_in(paras, i) : i + 1]
        if near_topic and any(_names_topic(lex, p) for p in context):
            return e.speaker
        if not group:
            continue
        if in_full is None:
            in_full = _named_in_full(lex, title + "\n" + text)
        article = title + "\n" + text
        if e.speaker in in_full and _on_the_group(lex, e.speaker, paras[i], context, article, in_full):
            return e.speaker
    return None


def _named_in_full(lex: Lexicon, text: str) -> set[str]:
    """The watchlist people ``text`` names by a full name or an alias (not only by a surname, which
    may be a character's: "Jones" in an article about Jessica Jones)."""
    out: set[str] = set()
    for m in lex.people_matches(text):
        if " " in m.group(0).strip():
            name = lex.lookup_person(m.group(0))
            if name is not None:
                out.add(name)
    return out


def _on_the_group(
    lex: Lexicon, speaker: str, para: str, context: list[str], article: str, in_full: Collection[str]
) -> bool:
    """Does a statement by ``speaker`` (in paragraph ``para``) speak of the group the question is
    about? Its paragraph or the one before (``context``: an interviewer's question) names another
    watchlist person (one the article names in full), or its paragraph names another by first name
    alone, as castmates speak of each other ("doing it with Mike and Krysten again"; not "Mike
    Smith", nor when the article names someone else of that first name), or two of the story's
    characters by first name ("I'd like Luke and Danny in the room too")."""
    for p in context:
        for m in lex.people_matches(p):
            name = lex.lookup_person(m.group(0))
            if name is not None and name != speaker and name in in_full:
                return True
    firsts = speakers.first_names(lex)
    characters = _character_names(lex)
    seen: set[str] = set()
    for m in _CAPITALISED.finditer(para):
        word = m.group(0)
        owner = firsts.get(word)
        if owner is None and word not in characters:
            continue
        if _NEXT_CAPITAL.match(para, m.end()):
            continue  # "Mike Smith": another person; "Luke Cage": the name in full, a topic term
        if owner is None:
            seen.add(word)
            if len(seen) >= 2:
                return True
        elif owner != speaker and not _shared_first_name(article, word, owner):
            return True
    return False


# a capitalised word alone, or with a possessive ("Charlie's got his show"); after an apostrophe only
# as a single quote's opening mark ("she says. 'Charlie, Elden, me …'"; not "O'Brien": nineteenth round)
_CAPITALISED = re.compile(r"(?<![\w\u2019])(?<!\w')[A-Z][a-z]+(?=['\u2019]s\b|(?![\w'\u2019-]))")
_NEXT_CAPITAL = re.compile(r"[ ]+[A-Z]")
_CHARACTERS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _character_names(lex: Lexicon) -> frozenset[str]:
    """The first words of the story's names of two or three capitalised words ("Luke" of "Luke
    Cage", "Danny" of "Danny Rand"), which people use alone for a character; not a word that starts
    two names, a brand's ("Marvel" of "Marvel Studios" and "Marvel Television"), nor a name with a
    word that starts no person's name ("Born Again")."""
    cached = _CHARACTERS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    starts: dict[str, set[str]] = {}
    for kind, term in lex.term_of.values():
        words = term.split()
        if kind == "topic" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            # Round 21: not a name with a word that never starts a name ("Born Again": "Born in 1982")
            if any(w.lower() in speakers.NOT_NAME_START for w in words):
                continue
            starts.setdefault(words[0], set()).add(term)
    out = frozenset(w for w, terms in starts.items() if len(terms) == 1 and re.fullmatch(r"[A-Z][a-z]+", w))
    _CHARACTERS[id(lex)] = (lex, out)
    return out


def _group_named(lex: Lexicon, text: str) -> bool:
    """Round 21: does a paragraph of ``text`` name two or more of the story's characters by first name
    alone ("what about Jessica, Luke and Danny?"), as people speak of the group the question is about
    (not "Luke Smith", nor a first name someone else in the article has)?"""
    characters = _character_names(lex)
    if sum(1 for c in characters if c in text) < 2:  # looked for as they are first (a search in C)
        return False
    for para in _PARA.split(text):
        seen: set[str] = set()
        for m in _CAPITALISED.finditer(para):
            word = m.group(0)
            if word not in characters or _NEXT_CAPITAL.match(para, m.end()):
                continue
            full = next((f for w, f in _first_words_of(lex) if w == word), word)
            if _shared_first_name(text, word, full):
                continue
            seen.add(word)
            if len(seen) >= 2:
                return True
    return False


def _first_words_of(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """(first name, full name) of the watchlist people's first names and the characters' (see
    :func:`_on_the_group`)."""
    cached = _FIRSTS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    characters = _character_names(lex)
    pairs = [(first, full) for first, full in speakers.first_names(lex).items()]
    for kind, term in lex.term_of.values():
        first = term.split()[0]
        if kind == "topic" and first in characters:
            pairs.append((first, term))
    out = tuple(sorted(set(pairs)))
    _FIRSTS[id(lex)] = (lex, out)
    return out


_FIRSTS: dict[int, tuple[Lexicon, tuple[tuple[str, str], ...]]] = {}


def _shared_first_name(article: str, first: str, owner: str) -> bool:
    """Does ``article`` name someone else of that first name ("Mike Smith" besides Mike Colter)?"""
    pattern = re.compile(rf"\b{re.escape(first)} [A-Z][a-z]+")
    return any(not owner.startswith(m.group(0)) for m in pattern.finditer(article))


def _lead_in(paras: list[str], i: int) -> int:
    """The first paragraph that frames paragraph ``i``'s statement: the one before it, or the one
    before that when a short line stands between ("Ritter didn't dodge."), or a short question that
    goes on from it ("So has her phone rung? She grins.": the question asks about what came before)."""
    if i >= 2:
        n = len(paras[i - 1].split())
        if n < _SHORT_LINE or (n < _SHORT_QUESTION and "?" in paras[i - 1]):
            return i - 2
    return max(0, i - 1)


def _drop_surname_only(
    lex: Lexicon,
    title: str,
    text: str,
    t_topics: dict[str, int],
    b_topics: dict[str, int],
    t_people: dict[str, int],
    b_people: dict[str, int],
) -> None:
    """(nineteenth round) A watchlist person the article names only by a surname that is also the
    last word of a name of the story it names in full ("Jones" next to "Jessica Jones", never "Finn
    Jones") is not found: the surname is the other name's."""
    surnames = {t.split()[-1] for t in itertools.chain(t_topics, b_topics) if " " in t and not t.islower()}
    if not surnames:
        return
    in_full: set[str] | None = None
    for name in sorted(set(t_people) | set(b_people)):
        if name.split()[-1] not in surnames:
            continue
        if in_full is None:
            in_full = _named_in_full(lex, title + "\n" + text)
        if name not in in_full:
            t_people.pop(name, None)
            b_people.pop(name, None)


def _headline_speaker(
    lex: Lexicon, title: str, text: str, t_topics: dict[str, int], t_people: dict[str, int]
) -> str | None:
    """A watchlist person named in a title that also names a topic term ("Mike Colter on his new
    film and Luke Cage") who speaks to the question in the text (see :func:`_statement_by`): the
    headline promises the person on the story, and the text keeps the promise."""
    names = [t for t in t_topics if not t.islower()] if lex.has_names else list(t_topics)
    if not names or not t_people:  # a common word of the topic ("reunion") is no name of the story
        return None
    return _statement_by(lex, title, text, t_people)


def _group_speaker(
    lex: Lexicon, title: str, text: str, t_people: dict[str, int], b_people: dict[str, int]
) -> str | None:
    """A watchlist person who speaks of the group the question is about (see :func:`_on_the_group`):
    the statement is a piece of evidence of its own, next to one name of the story."""
    if not t_people and not b_people:
        return None
    # the statements are read only when the article could hold such a statement: two watchlist
    # people, or a first name of one or of a character standing alone
    if len(set(t_people) | set(b_people)) < 2 and not any(
        text.count(first) > text.count(full) for first, full in _first_words_of(lex)
    ):
        return None
    return _statement_by(lex, title, text, near_topic=False)


def _speaker_for_one_name(
    lex: Lexicon,
    title: str,
    text: str,
    t_topics: dict[str, int],
    t_people: dict[str, int],
    b_people: dict[str, int],
) -> str | None:
    """Who makes one name of the story enough: the headline's person speaking to the question next
    to it, or a watchlist person speaking of the group."""
    return _headline_speaker(lex, title, text, t_topics, t_people) or _group_speaker(
        lex, title, text, t_people, b_people
    )


_ROLES: dict[int, tuple[Lexicon, dict[str, frozenset[str]]]] = {}


def _role_terms(lex: Lexicon, watchlist: Watchlist) -> dict[str, frozenset[str]]:
    """The story's names in each watchlist person's own role ("actor, Matt Murdock in Daredevil":
    Matt Murdock and Daredevil for Charlie Cox). Computed once per lexicon."""
    cached = _ROLES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    out: dict[str, frozenset[str]] = {}
    for person in watchlist.people:
        terms = set()
        for m in lex.topic_matches(person.role):
            found = lex.lookup_term(m.group(0))
            if found is not None and found[0] == "topic" and not found[1].islower():
                terms.add(found[1])
        if terms:
            out[person.name] = frozenset(terms)
    _ROLES[id(lex)] = (lex, out)
    return out


# a show's name followed by a person's noun is someone's alias ("the Jessica Jones Star")
_ALIAS_AFTER = re.compile(
    r"['\u2019]?[ \t]+(?:star|stars|actor|actress|lead|alum|alumna|alumnus|veteran|creator|showrunner)\b",
    re.IGNORECASE,
)


def _title_role(
    lex: Lexicon,
    watchlist: Watchlist,
    title: str,
    t_topics: dict[str, int],
    b_topics: dict[str, int],
    t_people: dict[str, int],
) -> tuple[str, str] | None:
    """A watchlist person the title names together with their own role ("Charlie Cox on Daredevil
    return", "Krysten Ritter on saying goodbye to Jessica": the show or the character, in full or
    by the character's first name alone) that the text names too: the headline is about the actor in
    that role, the story's own subject, not a profile with one nod to an old show. Returns the
    person and the role's name."""
    if not t_people:
        return None
    roles = _role_terms(lex, watchlist)
    characters = _character_names(lex)
    # a character's first name standing alone ("goodbye to Jessica"), not the start of a full name
    firsts = {
        m.group(0)
        for m in _CAPITALISED.finditer(title)
        if m.group(0) in characters and not _NEXT_CAPITAL.match(title, m.end())
    }
    for name in sorted(t_people):
        for term in sorted(roles.get(name, ())):
            if term not in b_topics:
                continue
            # not only inside the person's alias ("Reuniting the Jessica Jones Star With …")
            if term in t_topics and any(
                found is not None and found[1] == term and not _ALIAS_AFTER.match(title, m.end())
                for m in lex.topic_matches(title)
                if (found := lex.lookup_term(m.group(0))) is not None
            ):
                return name, term
            if term.split()[0] in firsts:
                return name, term
    return None
