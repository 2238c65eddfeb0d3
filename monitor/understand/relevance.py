"""Is an article about the watchlist's story? Evidence from topic terms, people and exclusions.

Scoring (every figure comes from the watchlist's own terms, never from fixed wording):

* each distinct topic term found: +1.0 in the text (+0.25 per further mention, at most +0.75),
  +2.0 more when it is in the title; core terms (the question's own words, e.g. "Defenders") count
  1.5 times;
* each distinct person of the watchlist: +0.75 in the text, +1.0 more in the title;
* each distinct exclusion term: -1.5 in the text (-0.5 per further mention, at most -1.0); the
  other-medium and sports cues of :mod:`.media` ("LEGO", "action figure", "in-game", "variant
  cover", a "684-piece" set, a "five-issue" series, "Daredevil #18" or a quoted "‘Daredevil’ #14",
  "free-to-play", "splash page", "head coach", "title defense") count the same way, and so does a
  capitalised topic term the text writes in lower case more often than capitalised ("two
  defenders", "public defenders", or in the singular for a plural name: "a public defender"): a
  common noun here), whose points in a title-case headline, or opening a sentence-case one
  ("Defenders of a community garden vow …": the capital is the sentence's), are then taken back;
  a page's tag line ("Tags: cons, danny rand") is a list of labels, no common noun;
* a topic term after a title ("Cllr Jessica Jones", "Dr. Luke Cage") is a person of that name: no
  points;
* a capitalised topic term used only inside a longer name ("the Iron Fist Academy": followed by a
  capitalised word that starts no term, person or series word, outside title-case lines) earns no
  points, in the text or a sentence-case title;
* a topic term the text gives as the name of something else earns no points anywhere in the article,
  title included ("a greyhound called Daredevil", "a cocktail bar named Jessica Jones", "the owners
  named her Daredevil": after a common noun, the thing named, or an object pronoun); one that starts
  a longer name so given ("a quiz team calling themselves the Defenders of Ward Nine") is used inside
  that name. Not the story itself ("a series called Daredevil"; in a sentence about whom an actor plays or a
  role, "plays a detective named Jessica Jones"), a verdict after a name or a subject pronoun
  ("Variety named Daredevil the best new series", "he called Daredevil the role of his life") or a
  post ("was named") (seventeenth round);
* an exclusion term or other-medium cue in the **title** rules the article out (exclusion terms are
  "the terms that rule a match out": a title naming one says the article is about that other
  thing), unless a watchlist person makes a statement about the question in the text;
* the exclusion terms and cues lower the score, but a watchlist person the title names with a name
  of the story ("Mike Colter on his football film and Luke Cage") who speaks to the question in the
  text, or any watchlist person who speaks of the group (below), keeps the article whatever they
  take away: someone speaking to the question makes it relevant even when it is not its main
  subject;
* :data:`MANY_EXCLUSIONS` distinct exclusion terms and cues in the text rule it out too (a toy
  listing or a game event names every character, but also its price, its pieces and its store).

An article is relevant when the score reaches :data:`THRESHOLD` **and** the evidence co-occurs:
at least two distinct pieces (topic terms or people), of which at least one is a topic term, and
either a core term or two distinct topic terms. One word alone ("Defenders" in a hockey report, one
passing mention of a show in a profile of an actor) is never enough. The pieces are the story's
names (capitalised terms) and people: a common word of the topic ("reunion", "crossover",
"team-up") adds points but is no piece of its own, for "Defenders" and "reunion" are as true of a
punk band, a car club or a cooking show (unless the watchlist has no capitalised term at all).
A character and their show written as one credit ("Jones, who played Danny Rand in Iron Fist")
and nowhere else are one piece: a description of the actor, not two mentions of the story.
One name of the story is enough when a watchlist person named with it in the title speaks to the
question next to it in the text (the statement is the second piece; "reunion" in the title is no
name: "Mike Colter on The Good Wife's reunion" is another show's), or when a watchlist person the
article names in full speaks of the **group** the question is about: the statement's paragraph or
the one before (an interviewer's question) names another watchlist person, or its paragraph names
one by first name alone, as castmates speak of each other ("doing it alongside Mike and Krysten
again"; not "Mike Smith", nor a first name someone else in the article has), or two of the story's
characters by first name ("I'd like Luke and Danny in the room too"); the same holds when the
points of a second name are taken back (a common noun, a longer name) and one name is left. A
statement next to one name with only return words ("I'd come back tomorrow") is as true of an
actor's other show.

When the **title names no topic term**, a passing mention is not enough either: the text must carry a
statement about the question by a watchlist person (with a topic term in its paragraph or the one
before, or the one before that across a short line such as "She didn't dodge." or a short question
going on from it, "So has her phone rung? She grins.", not only in the speaker's alias; or about the
group, as above), or name topic terms in at least two paragraphs (a term inside a
person's alias, "the Daredevil star", does not count). A business story that lists the shows once,
or an actor's new role with one nod to the old one, is about something else.

A **full article** (1,200 characters or more: a feed's short summary is not held to this) must also
be about the question, not only the franchise: it uses the question's own words beyond the names it
shares with the topic ("reunite", "reunion"; the core term's own words in any case or form,
"defender", "defense", are not the question's sense, nor is the question's setting, a word after a
preposition: "screen" of "on screen", in any "screen career"), or the words of a return ("return",
"reprise", "revival", "bring … back", "back together", "join", "cameo"; seventeenth round: seeing it
again, "Could we see them in one room again?"), or someone in it speaks
to the question (when the article writes a term as a common noun, a statement next to that common
noun alone is about the other thing: it counts only by a watchlist person or next to another term).
A ratings newsletter, a "daredevil" stuntman in Hell's Kitchen or the obituary of a crew member
names the shows and people but never the question.

Nineteenth round: a title naming a watchlist person with a name of the story from their own role
(the watchlist's ``role``: "Charlie Cox on Daredevil return", or the character by first name alone,
"Krysten Ritter on saying goodbye to Jessica"; not inside their alias, "the Jessica Jones Star") that
the text names too is co-occurrence (the headline is about the actor in the role); doing it again
("would they do it again?"), a sequel, asking for a part back ("nobody's asking for it back") and
being back as a character ("Cox, back as Matt Murdock") are words of a return; exclusion terms that
all stand in one paragraph naming no topic term (a line of other credits: "Her other credits include
Breaking Bad …"), with the story's names in two other paragraphs, do not rule the article out.

Nineteenth round (g): a topic term right after a noun for an animal, a vessel or a band ("the gelding
Iron Fist", "punk band the Defenders"; not a person's noun: "detective Jessica Jones" is the
character) is that thing's name, and a name with an age after it ("Jessica Jones, 78, said", or its
surname alone, "Jones, 78," when the text names no watchlist person of that surname in full) is a
person's: no points anywhere, title included; a watchlist person the article names only by a surname
that ends a name of the story it names in full ("Jones" beside "Jessica Jones") is not counted; a
watchlist person's statement about the question next to a name of the story is worth
:data:`_STATEMENT` points (looked for only when it decides).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Iterable

from monitor.types import Relevance, Watchlist
from monitor.understand import media, speakers
from monitor.understand.lexicon import RETURN, Lexicon, count_term, lexicon
from monitor.understand.statements import extract

THRESHOLD = 3.0
_TITLE_TOPIC = 2.0
_TEXT_TOPIC = 1.0
_EXTRA_MENTION = 0.25
_CORE_FACTOR = 1.5
_TEXT_PERSON = 0.75
_TITLE_PERSON = 1.0
_STATEMENT = 0.5  # a watchlist person's statement about the question next to a name of the story
_TEXT_EXCLUDE = 1.5
_EXTRA_EXCLUDE = 0.5
MANY_EXCLUSIONS = 3
_FULL_ARTICLE = 1200  # characters (about 200 words): shorter is a feed's summary, not the article
_MIN_PARAGRAPHS = 2
_SHORT_LINE = 8  # words: a shorter paragraph between a topic and a statement only leads in to it
_SHORT_QUESTION = 20  # words: a question this short between a topic and a statement goes on from the topic
_PARA = re.compile(r"\n[ \t]*\n")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# words that may follow a show's name without making a longer name of it
_CONTINUATION_WORDS = """season seasons part episode episodes vol volume chapter series saga special finale
    premiere trailer reboot revival cast star stars actor actress showrunner"""
_NAME_CONTINUATIONS = frozenset(_CONTINUATION_WORDS.split()) | speakers.NOT_NAME_START
# a title before a name makes a person of it ("Cllr Jessica Jones", "Dr. Luke Cage")
_HONORIFIC = re.compile(
    r"\b(?:Cllr|Councillor|Councilman|Councilwoman|Alderman|Mayor|Senator|Sen|Rep|Assemblymember|MP|MSP|"
    r"Judge|Justice|Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Rev|Reverend|Sgt|Sergeant|Constable|Insp|Inspector)"
    r"\.? +$"
)
_CLOSING_QUOTES = "'\u2019\"\u201d"


def _count_terms(
    lex: Lexicon,
    text: str,
    named: list[tuple[str, int]] | None = None,
    credits: list[tuple[str, str]] | None = None,
) -> tuple[dict[str, int], dict[str, int]]:
    """Topic terms and exclusion terms found in ``text`` (with counts). ``named`` collects the
    capitalised topic terms followed by a capitalised word (term, where the word starts): maybe part
    of a longer name (see :func:`_other_names`); ``credits`` the pairs of terms written as a
    character and their show ("Danny Rand in Iron Fist", see :func:`_credit_merges`)."""
    topics: dict[str, int] = {}
    excludes: dict[str, int] = {}
    last: tuple[str, int] | None = None  # the topic term before, and where it ends
    for m in lex.topic_matches(text):
        found = lex.lookup_term(m.group(0))
        if found is None:
            continue
        kind, term = found
        if kind == "topic" and _HONORIFIC.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Cllr Jessica Jones", "Mr Luke Cage": a person of that name, not the story
        if kind == "topic":
            topics[term] = topics.get(term, 0) + 1
            end = m.end()
            if (
                credits is not None
                and last is not None
                and last[0] != term
                and _CREDIT_JOIN.fullmatch(text, last[1], m.start())
            ):
                credits.append((last[0], term))
            last = (term, end)
            if named is not None and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
                named.append((term, end + 1))
            # "Daredevil #18", or a quoted title's "‘Daredevil’ #14": an issue of the comic
            after = end + 1 if text[end : end + 1] in _CLOSING_QUOTES else end
            if lex.media_active and text.startswith(" #", after) and media.ISSUE_NUMBER.match(text, after):
                excludes["comic issue number"] = excludes.get("comic issue number", 0) + 1
        else:
            excludes[term] = excludes.get(term, 0) + 1
    return topics, excludes


# a character and the show they are in: "Danny Rand in Iron Fist", "Matt Murdock on Marvel's Daredevil"
_CREDIT_JOIN = re.compile(r" (?:in|on) (?:[A-Z][\w-]*['\u2019]s )?")


def _credit_merges(credits: list[tuple[str, str]], b_topics: dict[str, int], t_topics: dict[str, int]) -> int:
    """How many of the story's names are one piece of evidence with another: a character and their
    show written as one credit ("who played Danny Rand in Iron Fist") and nowhere else (not in the
    title either) are a description of the actor, one mention of the story, not two. Returns the
    names joined to another this way (the names of the credits less the credits they form)."""
    if not credits:
        return 0
    uses: dict[str, int] = {}
    for a, b in credits:
        uses[a] = uses.get(a, 0) + 1
        uses[b] = uses.get(b, 0) + 1
    only = {t for t, n in uses.items() if t not in t_topics and n >= b_topics.get(t, 0)}
    group: dict[str, str] = {t: t for t in only}  # each name's credit, by one of its names

    def root(t: str) -> str:
        while group[t] != t:
            t = group[t]
        return t

    for a, b in credits:
        if a in only and b in only:
            group[root(a)] = root(b)
    return len(only) - len({root(t) for t in only})


def _count_media(lex: Lexicon, text: str, excludes: dict[str, int]) -> None:
    """Add the other-medium cues of ``text`` to ``excludes`` (scanned only once a topic term is found)."""
    if not lex.media_active:
        return
    present = media.words_of(text)
    keys = {lex.media_keys[w] for w in present.intersection(lex.media_keys)}
    for key in sorted(keys):  # the cue's own pattern runs for the few present
        for cue_words, pattern, cue in lex.media[key]:
            if any(w not in present and w + "s" not in present for w in cue_words):
                continue
            n = count_term(pattern, cue, text)
            if n:
                excludes[cue] = excludes.get(cue, 0) + n
    if "-" not in text or not media.SHAPE_HINT.search(text):
        return
    for m in media.PRODUCT_SHAPE.finditer(text):
        key = "-" + m.group(0).lower().split("-")[-1]
        excludes[key] = excludes.get(key, 0) + 1


def _names_topic(lex: Lexicon, para: str, skip: Collection[str] = ()) -> bool:
    """Does ``para`` name a topic term (not one of ``skip``) outside a person's name or alias ("the
    Daredevil star")?"""
    people: list[tuple[int, int]] | None = None
    for m in lex.topic_matches(para):
        found = lex.lookup_term(m.group(0))
        if found is None or found[0] != "topic" or found[1] in skip:
            continue
        if people is None:
            people = [(p.start(), p.end()) for p in lex.people_matches(para) if lex.lookup_person(p.group(0))]
        if not any(a <= m.start() and m.end() <= b for a, b in people):
            return True
    return False


def _topic_paragraphs(lex: Lexicon, paras: list[str]) -> int:
    """How many paragraphs name a topic term (see :func:`_names_topic`), counted up to two."""
    n = 0
    for para in paras:
        n += _names_topic(lex, para)
        if n >= _MIN_PARAGRAPHS:
            break
    return n


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
    two names, a brand's ("Marvel" of "Marvel Studios" and "Marvel Television")."""
    cached = _CHARACTERS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    starts: dict[str, set[str]] = {}
    for kind, term in lex.term_of.values():
        words = term.split()
        if kind == "topic" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            starts.setdefault(words[0], set()).add(term)
    out = frozenset(w for w, terms in starts.items() if len(terms) == 1 and re.fullmatch(r"[A-Z][a-z]+", w))
    _CHARACTERS[id(lex)] = (lex, out)
    return out


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
    for part in (title, text):
        if RETURN.search(part) or _SEE_AGAIN.search(part) or _BACK_AS.search(part):
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


def _count_people(lex: Lexicon, text: str) -> dict[str, int]:
    people: dict[str, int] = {}
    for m in lex.people_matches(text):
        name = lex.lookup_person(m.group(0))
        if name is not None:
            people[name] = people.get(name, 0) + 1
    return people


def _exclusion_points(t_excl: dict[str, int], b_excl: dict[str, int], reasons: list[str]) -> float:
    score = 0.0
    for term in sorted(set(t_excl) | set(b_excl)):
        n = b_excl.get(term, 0)
        points = 0.0
        if n:
            points += _TEXT_EXCLUDE + min(n - 1, 2) * _EXTRA_EXCLUDE
        score += points
        reasons.append(f"exclusion term {term!r}: -{points:.2f}")
    return score


def _evidence(
    lex: Lexicon,
    t_topics: dict[str, int],
    b_topics: dict[str, int],
    t_people: dict[str, int],
    b_people: dict[str, int],
    merged: int = 0,
) -> tuple[float, list[str], set[str], bool]:
    """Points for the topic terms and people found, their reasons, the topic terms, co-occurrence
    (``merged``: how many names are one piece with another, see :func:`_credit_merges`)."""
    score = 0.0
    reasons: list[str] = []
    for term in sorted(set(t_topics) | set(b_topics)):
        factor = _CORE_FACTOR if term in lex.core_terms else 1.0
        n = b_topics.get(term, 0)
        points = 0.0
        if n:
            points += _TEXT_TOPIC + min(n - 1, 3) * _EXTRA_MENTION
        if term in t_topics:
            points += _TITLE_TOPIC
        points *= factor
        score += points
        where = "title and text" if term in t_topics and n else ("title" if term in t_topics else "text")
        core = ", core" if term in lex.core_terms else ""
        reasons.append(f"topic term {term!r} in {where} (x{max(n, 1)}{core}): +{points:.2f}")
    for name in sorted(set(t_people) | set(b_people)):
        points = (_TEXT_PERSON if name in b_people else 0.0) + (_TITLE_PERSON if name in t_people else 0.0)
        score += points
        reasons.append(f"person {name!r} named: +{points:.2f}")
    topics = set(t_topics) | set(b_topics)
    people = set(t_people) | set(b_people)
    has_core = bool(topics & lex.core_terms)
    # the names of the story (capitalised terms) and its people co-occur; a common word of the topic
    # ("reunion", "crossover") adds points but is no second piece of evidence: "Defenders" and
    # "reunion" are as true of a punk band or a car club as of the show
    # (a watchlist of common words only has no names: then every term is one)
    names = {t for t in topics if not t.islower()} if lex.has_names else topics
    pieces = len(names) - merged
    cooccur = bool(names) and pieces + len(people) >= 2 and (has_core or pieces >= 2)
    return score, reasons, topics, cooccur


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


def _credits_line(lex: Lexicon, text: str) -> bool:
    """Do the text's exclusion terms (and other-medium cues) all stand in one paragraph that names no
    topic term, while the story's names fill at least two other paragraphs? That paragraph is a
    list of someone's other credits ("Her other credits include …"), not what the article is about."""
    paras = _PARA.split(text)
    with_excl: list[int] = []
    with_topic = 0
    for i, para in enumerate(paras):
        topics, excl = _count_terms(lex, para)
        _count_media(lex, para, excl)
        if excl:
            if topics:
                return False
            with_excl.append(i)
        elif topics and _names_topic(lex, para):
            with_topic += 1
    return len(with_excl) == 1 and with_topic >= _MIN_PARAGRAPHS


def assess(title: str, text: str, watchlist: Watchlist) -> Relevance:
    """Relevance of one article, with the reasons (kept or dropped) spelled out."""
    lex = lexicon(watchlist)
    t_named: list[tuple[str, int]] = []
    b_named: list[tuple[str, int]] = []
    t_topics, t_excl = _count_terms(lex, title, t_named)
    credits: list[tuple[str, str]] = []
    b_topics, b_excl = _count_terms(lex, text, b_named, credits)
    if not t_topics and not b_topics:  # nothing to co-occur with: people need not be counted
        return Relevance(False, 0.0, ("no topic term",))
    t_people = _count_people(lex, title)
    b_people = _count_people(lex, text)
    _drop_surname_only(lex, title, text, t_topics, b_topics, t_people, b_people)
    merged = _credit_merges(credits, b_topics, t_topics)
    role = _title_role(lex, watchlist, title, t_topics, b_topics, t_people)
    if role is not None and role[1] not in t_topics:  # the character by first name in the title
        t_topics[role[1]] = 1
    score, reasons, topics, cooccur = _evidence(lex, t_topics, b_topics, t_people, b_people, merged)
    by_role = role is not None and not cooccur
    cooccur = cooccur or role is not None
    if merged:
        reasons.append(f"{merged} character and show named together as one credit: one piece")
    # one name, and a person of the watchlist named with it in the title who speaks to the question
    # next to it: the statement is the second piece of evidence (an actor's new film, and the old
    # show he is asked about once)
    headline: str | None = None
    common: dict[str, int] = {}
    if not cooccur and score >= THRESHOLD:
        headline = _speaker_for_one_name(lex, title, text, t_topics, t_people, b_people)
    one_name = headline is not None
    if (cooccur or one_name) and (
        score - _exclusion_points(t_excl, b_excl, []) >= THRESHOLD or (t_people and t_topics)
    ):
        # Common-noun uses and other-medium cues only lower the score: looked for only when the
        # article could be kept (by its score, or by the headline's person speaking, see below).
        n_title = len(t_topics)
        common = _common_nouns(lex, title, text, t_topics, b_topics)
        given, given_inside = _given_names(lex, text)
        other = _other_names(lex, text, b_named, b_topics, given_inside) if b_named or given_inside else {}
        if other:  # a longer name's words are not the story's: their points go, in the title too
            title_other = _other_names(lex, title, t_named, t_topics)
            for term in other:
                b_topics.pop(term, None)
                if term in title_other:
                    t_topics.pop(term, None)
        # the article's name for something else ("a greyhound called Daredevil"): no points, in the title too
        given = {term for term in given if b_topics.pop(term, None) is not None}
        for term in given:
            t_topics.pop(term, None)
        if len(t_topics) != n_title or other or given:  # points taken back
            merged = _credit_merges(credits, b_topics, t_topics)
            score, reasons, topics, cooccur = _evidence(lex, t_topics, b_topics, t_people, b_people, merged)
            if role is not None and (role[1] not in t_topics or role[1] not in b_topics):
                role = None  # the role's name was taken back (a common noun, a longer name)
            by_role = role is not None and not cooccur
            cooccur = cooccur or role is not None
            if not cooccur and not one_name and score >= THRESHOLD:  # one name left: as above
                headline = _speaker_for_one_name(lex, title, text, t_topics, t_people, b_people)
                one_name = headline is not None
        for term, n in sorted(common.items()):
            b_excl[f"{term.lower()!r} in lower case"] = n
        for term, n in sorted(other.items()):
            reasons.append(f"topic term {term!r} only inside another name (x{n}): no points")
        for term in sorted(given):
            reasons.append(f"topic term {term!r} is the name of something else here: no points")
        _count_media(lex, title, t_excl)
        _count_media(lex, text, b_excl)
    if one_name:
        cooccur = bool(topics)
        reasons.append(f"one name only, but {headline} speaks to the question")
    if by_role and role is not None:
        reasons.append(f"the title names {role[0]} with their own role")
    evidence = score
    score -= _exclusion_points(t_excl, b_excl, reasons)
    # (nineteenth round) a watchlist person speaking to the question next to a name of the story is
    # evidence of its own (looked for only when it decides: the score just short of the threshold)
    if cooccur and THRESHOLD - _STATEMENT <= score < THRESHOLD and b_people:
        speaker = _statement_by(lex, title, text, b_people, group=False)
        if speaker is not None:
            score += _STATEMENT
            evidence += _STATEMENT
            reasons.append(f"{speaker} speaks to the question next to a name of the story: +{_STATEMENT:.2f}")
    relevant = cooccur and score >= THRESHOLD
    # the terms of another subject (a sport, another medium) say what the article is mostly about;
    # a person the headline names with the story who speaks to the question keeps it all the same
    if not relevant and cooccur and evidence >= THRESHOLD and (t_excl or b_excl):
        if headline is None:
            headline = _speaker_for_one_name(lex, title, text, t_topics, t_people, b_people)
        if headline is not None:
            relevant = True
            reasons.append(f"exclusion terms, but {headline} speaks to the question")
    if relevant and t_excl:
        speaker = headline or (_statement_by(lex, title, text) if b_people else None)
        if speaker is None:
            relevant = False
            reasons.append(f"exclusion term in the title: {', '.join(sorted(t_excl))!s}")
        else:
            reasons.append(f"exclusion term in the title, but {speaker} speaks to the question")
    elif t_excl:
        reasons.append(f"exclusion term in the title: {', '.join(sorted(t_excl))!s}")
    if relevant and len(b_excl) >= MANY_EXCLUSIONS:
        if _credits_line(lex, text):
            reasons.append(f"{len(b_excl)} exclusion terms, all in one line of other credits")
        else:
            relevant = False
            reasons.append(f"{len(b_excl)} exclusion terms in the text: about something else")
    if relevant and not t_topics and _topic_paragraphs(lex, _PARA.split(text)) < _MIN_PARAGRAPHS:
        speaker = _statement_by(lex, title, text) if b_people else None
        if speaker is None:
            relevant = False
            reasons.append("no topic term in the title and only a passing mention in the text")
        else:
            reasons.append(f"no topic term in the title, but {speaker} speaks to the question")
    # a full article (not a feed's summary) with neither the question's sense nor anyone speaking to
    # it is about the franchise, not the question (a ratings newsletter, a "daredevil" stuntman in
    # Hell's Kitchen, an obituary of a crew member)
    if (
        relevant
        and len(text) >= _FULL_ARTICLE
        and not _in_question_sense(lex, title, text, _setting(watchlist.question))
        and not _spoken_about(lex, title, text, common)
    ):
        relevant = False
        reasons.append("no word of the question and no statement about it")
    if not topics:
        reasons.append("no topic term")
    elif not cooccur:
        reasons.append("no co-occurrence: one term alone proves nothing")
    reasons.append(f"score {score:.2f} {'>=' if score >= THRESHOLD else '<'} {THRESHOLD:.1f}")
    return Relevance(relevant=relevant, score=round(score, 3), reasons=tuple(reasons))
