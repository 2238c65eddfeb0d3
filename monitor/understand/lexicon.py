"""A watchlist's vocabulary compiled once: topic terms, exclusion terms and people as regexes.

Compiled per watchlist and cached (``functools.lru_cache`` keyed on the frozen ``Watchlist``), so
analysing thousands of entries costs one compilation.

Matching rules (documented in the README, section "understanding"):

* Whole words only: a term never matches inside a longer word ("Cage" not in "Cages").
* Case: a term written with a capital letter is a proper noun and matches with that capitalisation
  (or in capitals); a term written in lower case matches in any case. So "Defenders" does not match
  "defenders of democracy", and "reunion" matches "Reunion".
* Longest match wins among all terms and names, so "Jessica Jones" (a show) is not "Jones" (a person)
  and "the Jessica Jones star" is the person who plays her.
* People are found by canonical name, every alias (a leading "the" is optional), and the surname
  alone when no other person of the watchlist shares it.
* A topic term is *core* when its words appear in the watchlist's question ("Defenders" in "Will the
  Defenders reunite on screen?"): core terms weigh more in relevance.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from monitor.types import Watchlist
from monitor.understand.normalise import fold

_QUESTION_STOP_WORDS = (
    "will would the a an on in of to and or be is are do does did ever again at for with from by this that"
)
_QUESTION_STOP = frozenset(_QUESTION_STOP_WORDS.split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    topic: re.Pattern[str]  # topic and exclusion terms (longest first)
    people: re.Pattern[str]  # people's names and aliases, with topic terms as blockers
    term_of: dict[str, tuple[str, str]]  # matched text (exact or lower) -> (kind, term)
    person_of: dict[str, str | None]  # matched text (exact or lower) -> canonical name (None: a blocker)
    core_terms: frozenset[str]
    people_names: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]  # (role word, canonical name)
    question_words: frozenset[str]
    question: re.Pattern[str]  # words sharing a stem with the question's own ("reunion" for "reunite")

    def lookup_term(self, matched: str) -> tuple[str, str] | None:
        key = _key(matched)
        found = self.term_of.get(key) or self.term_of.get(key.lower())
        if found is None and key.endswith("s"):
            found = self.term_of.get(key[:-1]) or self.term_of.get(key[:-1].lower())
        return found

    def lookup_person(self, matched: str) -> str | None:
        key = _key(matched)
        for k in (key, key.lower(), key[:-1], key[:-1].lower()):
            if k in self.person_of:
                return self.person_of[k]
        return None


def _variants(term: str) -> list[str]:
    term = " ".join(term.split())
    if not term:
        return []
    out = [term]
    if term.lower().startswith("the ") and len(term) > 4:
        out.append(term[4:])
    return out


def _alternative(term: str) -> str:
    body = r"\s+".join(re.escape(part) for part in term.split(" "))
    body = body.replace(r"\'", "['\u2019]").replace("'", "['\u2019]")
    if term == term.lower():
        return f"(?i:{body})"
    upper = r"\s+".join(re.escape(part) for part in term.upper().split(" "))
    return f"{body}|{upper}" if upper != body else body


def _pattern(terms: list[str]) -> re.Pattern[str]:
    if not terms:
        return re.compile(r"(?!x)x")
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    alts = "|".join(_alternative(t) for t in ordered)
    # A look-ahead on the possible first letters lets the engine skip most positions quickly.
    firsts = {t[0] for t in ordered} | {t[0].upper() for t in ordered} | {t[0].lower() for t in ordered}
    first = "".join(sorted(re.escape(c) for c in firsts))
    # An optional plural "s" lets "crossover" find "crossovers".
    return re.compile(rf"(?=[{first}])(?<!\w)(?:{alts})(?:s\b)?(?!\w)")


def _key(term: str) -> str:
    return " ".join(fold(term).split())


def _register(table: dict[str, object], term: str, value: object) -> None:
    key = _key(term)
    table.setdefault(key, value)
    table.setdefault(key.upper(), value)
    if key == key.lower():
        table.setdefault(key.lower(), value)


def _question_words(question: str) -> frozenset[str]:
    ws = re.findall(r"[A-Za-z][A-Za-z'\u2019-]+", question)
    return frozenset(w.lower() for w in ws if w.lower() not in _QUESTION_STOP)


def _question_pattern(qwords: frozenset[str]) -> re.Pattern[str]:
    stems = sorted({w[:5] for w in qwords if len(w) >= 5})
    if not stems:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:{'|'.join(re.escape(s) for s in stems)})\w*", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def lexicon(watchlist: Watchlist) -> Lexicon:
    """The compiled vocabulary of ``watchlist`` (cached)."""
    qwords = _question_words(watchlist.question)
    term_of: dict[str, object] = {}
    topic_terms: list[str] = []
    core: set[str] = set()
    for term in watchlist.topic_terms:
        for v in _variants(term):
            topic_terms.append(v)
            _register(term_of, v, ("topic", _key(term)))
        if all(
            w.lower() in qwords for w in re.findall(r"[A-Za-z']+", term) if w.lower() not in _QUESTION_STOP
        ):
            core.add(_key(term))
    for term in watchlist.exclude_terms:
        for v in _variants(term):
            topic_terms.append(v)
            _register(term_of, v, ("exclude", _key(term)))

    person_of: dict[str, object] = {}
    person_terms: list[str] = []
    surnames: dict[str, list[str]] = {}
    roles: list[tuple[str, str]] = []
    for person in watchlist.people:
        names = [person.name, *person.aliases]
        for name in names:
            for v in _variants(name):
                person_terms.append(v)
                _register(person_of, v, person.name)
        parts = person.name.split()
        if len(parts) >= 2 and len(parts[-1]) >= 3:
            surnames.setdefault(parts[-1], []).append(person.name)
        for word in re.findall(r"[a-z]+", person.role.lower()):
            if len(word) >= 4:
                roles.append((word, person.name))
    for surname, owners in surnames.items():
        if len(set(owners)) == 1 and _key(surname) not in person_of:
            person_terms.append(surname)
            _register(person_of, surname, owners[0])
    # Topic terms block shorter person names inside them ("Jessica Jones" is not "Jones").
    for term in watchlist.topic_terms:
        for v in _variants(term):
            if _key(v) not in person_of and _key(v).upper() not in person_of:
                person_terms.append(v)
                _register(person_of, v, None)

    return Lexicon(
        topic=_pattern(topic_terms),
        people=_pattern(person_terms),
        term_of={k: v for k, v in term_of.items() if isinstance(v, tuple)},
        person_of={k: (v if isinstance(v, str) else None) for k, v in person_of.items()},
        core_terms=frozenset(core),
        people_names=tuple(p.name for p in watchlist.people),
        roles=tuple(roles),
        question_words=qwords,
        question=_question_pattern(qwords),
    )
