"""Is the article about the question, not only the franchise? The question's own words beyond the
names it shares with the topic (not its setting: "on screen"), the words of a return, or someone
speaking to the question. See :mod:`monitor.understand.relevance` for the rules.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection

from monitor.understand.lexicon import RETURN, Lexicon
from monitor.understand.relevance.terms import _PARA, _names_topic
from monitor.understand.statements import extract


def _spoken_about(lex: Lexicon, title: str, text: str, common: Collection[str]) -> bool:
    """Does someone in ``text`` make a statement about the question? When the article writes some
    topic terms as common nouns (``common``: "public defenders"), a statement counts only by a
    watchlist person or with another topic term in its paragraph or the one before: next to the
    common noun alone, it is about that other thing."""
    found = extract(text, lex, title)
    if not found or not common:
        return bool(found)
    starts = [m.end() for m in _PARA.finditer(text)]
    paras = _PARA.split(text)
    for e in found:
        if e.speaker is not None and e.speaker in lex.people_names:
            return True
        i = sum(1 for s in starts if s <= e.start)
        if any(_names_topic(lex, p, common) for p in paras[max(0, i - 1) : i + 1]):
            return True
    return False


def _in_question_sense(lex: Lexicon, title: str, text: str, setting: tuple[str, ...] = ()) -> bool:
    """Does the article use the question's own words beyond the names it shares with the topic
    ("reunite", "reunion", "on screen" for "Will the Defenders reunite on screen?"), or the words of
    a return ("return", "reprise", "back together", "join", "cameo", "see them again")? The
    question's setting (``setting``: the stem of "screen" in "… reunite on screen?") is no word of
    its sense: a "screen career" or a "screen version" is in any article about an actor or a film."""
    # the core terms' own words in any case or form ("defender", "defense" for "Defenders") are the
    # topic's name, not the question's sense
    core_stems = tuple(w.lower()[:5] for t in lex.core_terms for w in t.split() if len(w) >= 5)
    for part in (title, _others_clauses(lex, text)):
        if speaks_of_return(part):
            return True
        core = [
            (m.start(), m.end())
            for m in lex.topic_matches(part)
            if (found := lex.lookup_term(m.group(0))) is not None and found[1] in lex.core_terms
        ]
        for m in lex.question.finditer(part):
            word = m.group(0).lower()
            if word.startswith(setting) or word.startswith(core_stems):
                continue
            if not any(a <= m.start() < b for a, b in core):
                return True
    return False


# Round 22: a relative clause about a named person ("Solberg, who joined the show for its second
# season", "Ayelet Zurer, who returns as Vanessa"): up to the clause's end
_WHO_CLAUSE = re.compile(r"\b([A-Z][\w'\u2019-]+), who [^,.;:!?\n]*")


def _others_clauses(lex: Lexicon, text: str) -> str:
    """``text`` without the relative clauses about someone who is not a watchlist person and that name
    no topic term: a return there is that person's own (a designer joining the show, an actor back in
    another part), not the story's."""

    def keep(m: re.Match[str]) -> str:
        if lex.lookup_person(m.group(1)) is not None or _names_topic(lex, m.group(0)):
            return m.group(0)
        return m.group(1)

    return _WHO_CLAUSE.sub(keep, text) if ", who " in text else text


# seeing it happen again is a return too: "Could we see them in one room again?", "we'll never see
# that team again" (a few words between)
# (nineteenth round) or doing it again ("would they do it again?"), a sequel, or someone asking for a
# part back ("nobody's asking for it back")
_SEE_AGAIN = re.compile(
    r"\b(?:(?:see|sees|seeing|seen|saw)(?: [\w'\u2019]+){0,3}|(?:do|does|did|doing) (?:it|that|this)) again\b"
    r"|\bsequels?\b|\bask(?:s|ed|ing)? for (?:it|them|him|her|me|us) back\b",
    re.IGNORECASE,
)

# back in a part (nineteenth round): "Cox, back as Matt Murdock, was …", "is back as Jessica"
_BACK_AS = re.compile(r"\b[Bb]ack as (?:[A-Z][\w'\u2019-]*)")

# 20th round: bringing someone home ("Bring the Defenders Home", "bringing Jessica home"; a name or a
# pronoun, not "bring it home" or "brought home an award") and putting them back in one room ("put
# the four of them back in a room") are a return too
_HOME = re.compile(
    r"\b(?i:bring(?:s|ing)?|brought) (?:them|him|her|(?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})"
    r" (?i:home)\b|\b(?:back|together) in (?:a|one|the same) room\b"
)


def speaks_of_return(part: str) -> bool:
    """Does ``part`` speak of a return: its words (:data:`RETURN`), seeing someone again, someone back
    as a part, bringing them home or back in one room?"""
    return bool(RETURN.search(part) or _SEE_AGAIN.search(part) or _BACK_AS.search(part) or _HOME.search(part))


_PREPOSITION_WORDS = "on in at to for from with by into onto off across"
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())


@functools.lru_cache(maxsize=64)
def _setting(question: str) -> tuple[str, ...]:
    """The stems (five letters, as :attr:`Lexicon.question` matches) of the question's words that
    follow a preposition: where or how it happens ("on screen"), not what happens ("reunite")."""
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", question)
    pairs = itertools.pairwise(words)
    return tuple(
        sorted({w.lower()[:5] for prev, w in pairs if prev.lower() in _PREPOSITIONS and len(w) >= 5})
    )
