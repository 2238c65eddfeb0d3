"""Names that are not the story's: a topic term written as a common noun ("public defenders"), used
only inside a longer name ("the Iron Fist Academy"), given to something else ("a greyhound called
Daredevil"), after a noun for an animal, a vessel or a band ("the gelding Iron Fist", "punk band the
Defenders"), or a person's with an age after it ("Jessica Jones, 78, said"). See
:mod:`monitor.understand.relevance` for the rules.
"""

from __future__ import annotations

import re

from monitor.understand import speakers
from monitor.understand.lexicon import Lexicon

_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# words that may follow a show's name without making a longer name of it
_CONTINUATION_WORDS = """season seasons part episode episodes vol volume chapter series saga special finale
    premiere trailer reboot revival cast star stars actor actress showrunner"""
_NAME_CONTINUATIONS = frozenset(_CONTINUATION_WORDS.split()) | speakers.NOT_NAME_START


def _title_case(title: str) -> bool:
    """Is nearly every longer word of ``title`` capitalised (so capitals say nothing there)?"""
    long_words = [w for w in _TITLE_WORD.findall(title) if len(w) > 3]
    return len(long_words) >= 2 and sum(1 for w in long_words if w[0].isupper()) >= 0.8 * len(long_words)


# a page's list of tags or topics: a label, a colon and the labels (a line of its own)
_TAG_HINTS = ("Tags", "TAGS", "Tagged", "Topics", "Filed under", "Keywords")
_TAG_LINE = re.compile(
    r"^[ \t]*(?:Tags|TAGS|Tagged(?: with)?|Topics|Filed under|Keywords)[ \t]*:[^\n]*$", re.MULTILINE
)
_SINGULARS: dict[int, tuple[Lexicon, dict[str, tuple[re.Pattern[str], str]]]] = {}


def _singulars(lex: Lexicon) -> dict[str, tuple[re.Pattern[str], str]]:
    """For each capitalised topic term in the plural ("Defenders"): its lower-case singular ("a
    public defender"), as first word -> (pattern, term). Compiled once per lexicon."""
    cached = _SINGULARS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    out: dict[str, tuple[re.Pattern[str], str]] = {}
    for form, term in (lex.common_of or {}).items():
        if len(form) > 4 and form.endswith("s") and not form.endswith("ss") and " " not in form:
            word = form[:-1]
            out[word] = (re.compile(rf"(?<![\w/.-]){re.escape(word)}(?![\w/-])"), term)
    _SINGULARS[id(lex)] = (lex, out)
    return out


def _common_uses(lex: Lexicon, text: str) -> dict[str, int]:
    """:meth:`Lexicon.common_uses`, and the lower-case singular of a plural name ("a public
    defender", "the defender's office" for "Defenders") counted with it. A page's tag line ("Tags:
    finn jones, danny rand") is not counted: a tag is a label in lower case, not a common noun."""
    if any(label in text for label in _TAG_HINTS):
        text = _TAG_LINE.sub("", text)
    uses = lex.common_uses(text)
    for word, (pattern, term) in _singulars(lex).items():
        if word in text:
            n = sum(1 for _ in pattern.finditer(text))
            if n:
                uses[term] = uses.get(term, 0) + n
    return uses


def _common_nouns(
    lex: Lexicon, title: str, text: str, t_topics: dict[str, int], b_topics: dict[str, int]
) -> dict[str, int]:
    """Capitalised topic terms the text writes in lower case more often than capitalised ("public
    defenders", "two defenders", "born again" Christians): there the words are common nouns, not the
    story's names.
    They count as exclusion terms, and a title-case headline's use of them proves nothing (in title
    case every word has a capital), nor does a use that opens a sentence-case headline: their title
    points are taken back (from ``t_topics``)."""
    if lex.common is None:
        return {}
    uses = _common_uses(lex, text)
    out = {term: n for term, n in uses.items() if n > b_topics.get(term, 0)}
    if out and _title_case(title):
        for term in out:
            t_topics.pop(term, None)
    elif out:
        # the title's first word has its capital from the sentence ("Defenders of a community
        # garden vow to …")
        opening = _opening_term(lex, title)
        if opening in out and t_topics.get(opening) == 1:
            t_topics.pop(opening)
    return out


def _opening_term(lex: Lexicon, title: str) -> str | None:
    """The topic term that opens ``title`` (after any quote mark), if one does."""
    for m in lex.topic_matches(title):
        if title[: m.start()].strip(" '\"\u2018\u201c") == "":
            found = lex.lookup_term(m.group(0))
            return found[1] if found is not None and found[0] == "topic" else None
        return None
    return None


def _other_names(
    lex: Lexicon,
    text: str,
    named: list[tuple[str, int]],
    topics: dict[str, int],
    extra: dict[str, int] | None = None,
) -> dict[str, int]:
    """Topic terms used here only as part of a longer name ("the Iron Fist Academy", "a Luke Cage
    Park cleanup"): a term followed by a capitalised word that starts no term, person or series word
    ("Daredevil Season 2", "Iron Fist Netflix"), in a line that is not in title case (where every word
    has a capital); ``extra`` counts the uses inside a longer name found otherwise (a name given to
    something else, see :func:`_given_names`). Returns the terms all of whose uses are such, with
    their counts."""
    inside: dict[str, int] = dict(extra or {})
    for term, pos in named:
        word = _TITLE_WORD.match(text, pos)
        if word is None:
            continue
        low = word.group(0).lower()
        if low in _NAME_CONTINUATIONS or low in (lex.topic_firsts or ()) or low in (lex.people_firsts or ()):
            continue
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        if _title_case(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue
        inside[term] = inside.get(term, 0) + 1
    return {term: n for term, n in inside.items() if n >= topics.get(term, 0)}


# a name given to something else: "a greyhound called Daredevil", "a bar named Jessica Jones", "they
# named her Daredevil", "a quiz team calling themselves the Defenders of …": after a common noun (the
# thing named), an object pronoun (whom the name is given) or "calling themselves"; not after a name
# or a subject pronoun ("Variety named Jessica Jones the best show of the year", "he called Daredevil
# the role of his life": a verdict), nor "was named" (a post)
_GIVEN_NAME = re.compile(
    r"(?:(?<![\w'\u2019-])(?P<prev>[a-z][\w'\u2019-]*)[ \t]+(?:called|named|dubbed|nicknamed|christened)"
    r"|\b(?:called|named|dubbed|nicknamed|christened)[ \t]+(?:him|her|it|them)"
    r"|\bcalling[ \t]+(?:themselves|itself|himself|herself))[ \t]+(?:[Tt]he[ \t]+)?$"
)
_GIVEN_HINT = re.compile(r"\b(?:called|named|dubbed|nicknamed|christened|calling)\b")
# before "called": the story itself ("a series called …", "the character named …"), a subject or a
# verb's helper ("who named", "has named", "was named"), a word that is no noun ("also called")
_NOT_GIVEN_WORDS = """series show shows film films movie movies pilot project spinoff spin-off miniseries
    season episode episodes franchise team group crossover team-up character characters hero heroes
    superhero superheroes vigilante vigilantes role i we you he she they it who which that and or but
    also once later then since just often was were is are be been being get gets got has have had"""
_NOT_GIVEN = frozenset(_NOT_GIVEN_WORDS.split())
# a sentence about whom an actor plays ("Ritter plays a detective named Jessica Jones", "her role as
# a lawyer named Matt Murdock"): the story's own character
_PLAYS = re.compile(
    r"(?<![\w-])(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|star(?:s|red|ring)? as|character|role)\b",
    re.IGNORECASE,
)
# after the name: it goes on into a longer one ("called Daredevil Dash", "the Defenders of Ward Nine")
_NAME_GOES_ON = re.compile(r"['\u2019]s\b|[ \t]+[A-Z]|[ \t]+(?:of|de|del|von|van)[ \t]+(?:the[ \t]+)?[A-Z]")


def _given_names(lex: Lexicon, text: str) -> tuple[set[str], dict[str, int]]:
    """Topic terms the text gives as the name of something else: "a greyhound called Daredevil",
    "they named her Daredevil", "a bar named Jessica Jones" (the whole article then means that thing
    by it: the first set), or the start of a longer name so given ("a quiz team calling themselves
    the Defenders of Ward Nine": that use only, the counts). Not the story itself ("a series called
    …", "plays a lawyer named Matt Murdock") nor an appointment ("was named")."""
    whole: set[str] = _named_kinds(lex, text) | _aged_people(lex, text)
    inside: dict[str, int] = {}
    if _GIVEN_HINT.search(text) is None:
        return whole, inside
    for m in lex.topic_matches(text):
        given = _GIVEN_NAME.search(text, max(0, m.start() - 60), m.start())
        if given is None:
            continue
        found = lex.lookup_term(m.group(0))
        if found is None or found[0] != "topic":
            continue
        prev = given.group("prev") or ""
        if prev in _NOT_GIVEN:
            continue
        sentence = max(text.rfind(c, 0, given.start()) for c in ".!?\n") + 1
        if _PLAYS.search(text, sentence, given.start()):
            continue
        if _NAME_GOES_ON.match(text, m.end()):
            inside[found[1]] = inside.get(found[1], 0) + 1
        else:
            whole.add(found[1])
    return whole, inside


# (nineteenth round) a name in apposition after a noun for an animal, a vessel or a band: "the gelding
# Iron Fist", "the yacht Daredevil", "punk band the Defenders" (in lower case: the noun, not a name's
# word); a person's noun ("detective Jessica Jones") is the story's own character, so none is here
_KIND_WORDS = """gelding geldings mare mares colt colts filly fillies stallion stallions racehorse racehorses
    horse horses greyhound greyhounds hound hounds dog dogs puppy pup kitten cat yacht yachts boat boats
    ship ships vessel vessels trawler ferry schooner cutter band bands"""
_KIND_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(_KIND_WORDS.split()) + r")[ \t]+(?:the[ \t]+)?$")
_KIND_HINT = re.compile(r"\b(?:" + "|".join(_KIND_WORDS.split()) + r")[ \t]")


def _named_kinds(lex: Lexicon, text: str) -> set[str]:
    """Topic terms the text writes right after a noun for an animal, a vessel or a band ("the
    gelding Iron Fist", "punk band the Defenders"): the thing's name, all through the article."""
    out: set[str] = set()
    if _KIND_HINT.search(text) is None:
        return out
    for m in lex.topic_matches(text):
        if _KIND_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
            continue
        found = lex.lookup_term(m.group(0))
        if found is not None and found[0] == "topic":
            out.add(found[1])
    return out


# (nineteenth round) a name with an age after it is a person's, as news gives ages ("Jones, 78, said",
# "Jessica Jones, 41, of Elm Street"): no character's
_AGED = re.compile(r"\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?),[ \t]+\d{1,3},")


def _aged_people(lex: Lexicon, text: str) -> set[str]:
    """Topic terms that are people's names here: the name in full, or its last word when the text
    names the term in full and no watchlist person of that surname, followed by an age ("Jessica
    Jones, 78, said"; "former principal Jessica Jones … Jones, 78, said")."""
    out: set[str] = set()
    if _AGED.search(text) is None:
        return out
    full: dict[str, list[str]] | None = None
    for m in _AGED.finditer(text):
        name = m.group(1)
        found = lex.lookup_term(name)
        if found is not None and found[0] == "topic" and " " in found[1]:
            out.add(found[1])
            continue
        if " " in name:
            continue
        if full is None:
            full = {}
            for t in lex.topic_matches(text):
                f = lex.lookup_term(t.group(0))
                if f is not None and f[0] == "topic" and " " in f[1]:
                    full.setdefault(f[1].split()[-1], []).append(f[1])
            for p in lex.people_matches(text):
                person = lex.lookup_person(p.group(0)) if " " in p.group(0).strip() else None
                if person is not None:
                    full.pop(person.split()[-1], None)
        out.update(full.get(name, ()))
    return out
