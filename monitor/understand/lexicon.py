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
* Other-medium cues (:mod:`.media`: toys, games, comic books) have a pattern of their own, matched
  the same way, and count against relevance like exclusion terms.
* A topic term is *core* when its words appear in the watchlist's question ("Defenders" in "Will the
  Defenders reunite on screen?"): core terms weigh more in relevance.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from monitor.types import Watchlist
from monitor.understand import media, scan
from monitor.understand.normalise import fold

_QUESTION_STOP_WORDS = (
    "will would the a an on in of to and or be is are do does did ever again at for with from by this that"
)
_QUESTION_STOP = frozenset(_QUESTION_STOP_WORDS.split())


@dataclass(frozen=True, slots=True, eq=False)  # (one per watchlist: compared and hashed by identity)
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
    # other-medium cues (see .media) that apply to this watchlist, by their rarest-looking (longest)
    # word in lower case: (all the cue's words, the cue's own whole-word pattern, the cue)
    media: dict[str, tuple[tuple[frozenset[str], re.Pattern[str], str], ...]]
    media_active: bool  # any cue applies: other-medium shapes ("684-piece", "Daredevil #18") count
    topic_firsts: frozenset[str] | None = None  # first words of the topic pattern's terms (see _matches)
    people_firsts: frozenset[str] | None = None
    # the words after a leading "the" in the patterns' terms (None: any word, see _after_the)
    topic_after_the: frozenset[str] | None = None
    people_after_the: frozenset[str] | None = None
    # the capitalised topic terms written in lower case ("defenders", "iron fist", "born again"): the
    # article then uses the words as common nouns (see relevance)
    media_keys: dict[str, str] = dataclasses.field(default_factory=dict)  # key word (or plural) -> key
    common: re.Pattern[str] | None = None
    common_of: dict[str, str] | None = None  # lower-case form -> topic term key
    common_firsts: frozenset[str] | None = None
    has_names: bool = True  # some topic term is capitalised (a name), not all are common words
    learned_gate: bool = True  # the watchlist lets the learned gate add statements (see statements)

    def common_uses(self, text: str) -> dict[str, int]:
        """How often each capitalised topic term appears in ``text`` in lower case, by term key."""
        out: dict[str, int] = {}
        if self.common is None or self.common_of is None or self.common_firsts is None:
            return out
        # the lower-case first words looked for as they are (a search in C): usually none is there
        if not any(w in text for w in self.common_firsts):
            return out
        for m in self.common.finditer(text):
            key = " ".join(fold(m.group(0)).split())
            term = self.common_of.get(key) or self.common_of.get(key[:-1])
            if term is not None:
                out[term] = out.get(term, 0) + 1
        return out

    def topic_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``self.topic.finditer(text)``, found faster (see :func:`_matches`)."""
        return _matches(self.topic, self.topic_firsts, self.topic_after_the, text)

    def people_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``self.people.finditer(text)``, found faster (see :func:`_matches`)."""
        return _matches(self.people, self.people_firsts, self.people_after_the, text)

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


def _first_words(terms: list[str]) -> frozenset[str] | None:
    """The lower-case first words (letters and digits) the terms of a pattern can start with, plural
    forms included; a term "the X" starts where X does (see :func:`_matches`). None when a term
    starts with another character: then the pattern is run the ordinary way."""
    out: set[str] = set()
    for term in terms:
        words = scan.tokens(term)
        if not words or not term[:1].isascii() or not term[:1].isalnum():
            return None
        if words[0] == "the" and len(words) > 1:
            words = words[1:]
        out.add(words[0])
        out.add(words[0] + "s")
    return frozenset(out)


def _after_the(terms: list[str]) -> frozenset[str] | None:
    """The words (lower case, plurals too) that the terms of a pattern have right after a leading "the"
    ("the Daredevil star": "daredevil"). A match can start at a "the" of the text only when one of
    them follows it: the pattern needs a term's "the", its spaces, then its next part. None when a term
    is "the" alone (then a match may start at any "the")."""
    out: set[str] = set()
    for term in terms:
        parts = term.split(" ")
        if parts[0].lower() != "the":
            continue
        if len(parts) == 1:
            return None
        words = scan.tokens(parts[1])
        if words:
            out.update((words[0], words[0] + "s"))
    return frozenset(out)


def _the_before(text: str, pos: int) -> int | None:
    """Where a "the" right before ``pos`` (spaces between) starts, if there is one."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == pos or i < 3 or text[i - 3 : i].lower() != "the":
        return None
    if i > 3 and text[i - 4].isalnum():
        return None
    return i - 3


def _matches(
    pattern: re.Pattern[str], firsts: frozenset[str] | None, after_the: frozenset[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """The same matches as ``pattern.finditer(text)``: every match of the lexicon's patterns starts
    with one of ``firsts`` (or with "the" before one), so the positions of those words are found with
    string methods in C (:func:`scan.locate`) and the pattern is tried there only, instead of at
    every position of the text; at a "the" before the word too, when the word is one of
    ``after_the`` (or the text holds a character that case-insensitive patterns take for an ASCII
    letter, see :func:`scan.plain_case`)."""
    if firsts is None:
        yield from pattern.finditer(text)
        return
    after = after_the if after_the is not None and scan.plain_case(text) else None
    end = 0
    for pos, word in scan.locate(text, firsts, digits=True):
        if pos < end:
            continue
        m = None
        if after is None or word in after:
            the = _the_before(text, pos)
            if the is not None and the >= end:
                m = pattern.match(text, the)
        if m is None:
            m = pattern.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


def count_term(pattern: re.Pattern[str], term: str, text: str) -> int:
    """How often ``pattern``, the pattern of the one term ``term`` (see :func:`_pattern`), matches in
    ``text``; tried at the term's first word only (see :func:`_matches`) when that is not "the" and
    the text holds no character that case-insensitive patterns take for an ASCII letter."""
    firsts = _term_firsts(term)
    if firsts is None or not scan.plain_case(text):
        return sum(1 for _ in pattern.finditer(text))
    return sum(1 for _ in _matches(pattern, firsts, frozenset(), text))


@functools.lru_cache(maxsize=1024)
def _term_firsts(term: str) -> frozenset[str] | None:
    words = scan.tokens(term)
    return None if words[:1] == ["the"] else _first_words([term])


def _common_pattern(topic_terms: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The lower-case forms of the capitalised topic terms, matched in lower case only, as whole
    words (not inside a link or a hyphenated word: "/daredevil-born-again")."""
    forms: dict[str, str] = {}
    for term in topic_terms:
        low = " ".join(term.lower().split())
        if low != " ".join(term.split()) and low[:1].isascii() and low[:1].isalnum():
            forms.setdefault(_key(low), _key(term))
    if not forms:
        return None
    ordered = sorted(forms, key=lambda t: (-len(t), t))
    alts = "|".join(
        r"\s+".join(re.escape(p) for p in t.split(" ")).replace("'", "['\u2019]") for t in ordered
    )
    return re.compile(rf"(?<![\w/.-])(?:{alts})s?(?![\w/-])"), forms


@functools.lru_cache(maxsize=8192)
def _key(term: str) -> str:
    """A term or a matched text in its comparable form (typography folded, spaces collapsed); the
    same few names and terms are matched over and over, so the forms are cached."""
    return " ".join(fold(term).split())


def _register(table: dict[str, object], term: str, value: object) -> None:
    key = _key(term)
    table.setdefault(key, value)
    table.setdefault(key.upper(), value)
    if key == key.lower():
        table.setdefault(key.lower(), value)


# words of a return, whatever the story: "return", "reprise", "back together", "team up", "bring … back"
RETURN = re.compile(
    r"\b(?:return(?:s|ed|ing)?|repris(?:e|es|ed|ing)|reviv(?:e|es|ed|al|ing)|comeback|come back|coming back|"
    r"back together|together again|reunit\w*|reunion\w*|join(?:s|ed|ing)?|cameos?|team(?:s|ed|ing)? up|"
    r"team-ups?|(?:bring(?:s|ing)?|brought)(?: [\w']+){0,4} back|cross(?:es|ed|ing)? paths|"
    r"shar(?:e|es|ed|ing) (?:the|a) screen|"
    # someone wanted or got back, not "get back to work": "we want those people back"
    r"(?:want(?:s|ed)?|get(?:s|ting)?|got)(?: [\w']+){1,4} back(?! (?:to|from|home|in|on)\b))\b",
    re.IGNORECASE,
)


def _question_words(question: str) -> frozenset[str]:
    ws = re.findall(r"[A-Za-z][A-Za-z'\u2019-]+", question)
    return frozenset(w.lower() for w in ws if w.lower() not in _QUESTION_STOP)


def _question_pattern(qwords: frozenset[str]) -> re.Pattern[str]:
    stems = sorted({w[:5] for w in qwords if len(w) >= 5})
    if not stems:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:{'|'.join(re.escape(s) for s in stems)})\w*", re.IGNORECASE)


_LAST: tuple[Watchlist, Lexicon] | None = None


def lexicon(watchlist: Watchlist) -> Lexicon:
    """The compiled vocabulary of ``watchlist`` (cached). A frozen watchlist's hash is computed over
    all its fields on every call, so the watchlist asked for last is recognised by identity first."""
    last = _LAST
    if last is not None and last[0] is watchlist:
        return last[1]
    lex = _compile(watchlist)
    globals()["_LAST"] = (watchlist, lex)
    return lex


@functools.lru_cache(maxsize=64)
def _compile(watchlist: Watchlist) -> Lexicon:
    """The compiled vocabulary of ``watchlist``, cached by value."""
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
    cues = media.cues_for(watchlist.topic_terms, watchlist.question)
    media_cues: dict[str, list[tuple[frozenset[str], re.Pattern[str], str]]] = {}
    for cue in cues:
        if _key(cue) not in term_of and _key(cue).lower() not in term_of:  # not an exclusion term already
            cue_words = media.words_of(cue)
            key = max(sorted(cue_words), key=len)
            media_cues.setdefault(key, []).append((frozenset(cue_words), _pattern([cue]), cue))

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

    common = _common_pattern(watchlist.topic_terms)
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
        media={k: tuple(v) for k, v in media_cues.items()},
        media_keys={**{k + "s": k for k in media_cues}, **{k: k for k in media_cues}},
        media_active=bool(cues),
        topic_firsts=_first_words(topic_terms),
        people_firsts=_first_words(person_terms),
        topic_after_the=_after_the(topic_terms),
        people_after_the=_after_the(person_terms),
        common=common[0] if common else None,
        common_of=common[1] if common else None,
        common_firsts=frozenset(t.split(" ")[0] for t in common[1]) if common else None,
        learned_gate=watchlist.learned_gate,
        has_names=any(not _key(t).islower() for t in watchlist.topic_terms),
    )
